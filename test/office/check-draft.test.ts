/**
 * "What the pane shows is what Send decides": the fix pane's checkDraft and the send handler evaluate through the
 * same function (office/evaluate-draft.ts). For each draft, Send runs on one stand-in and the pane's check on
 * another with the same content; the pane's action must be the one Send completed with.
 */
import { inspectAttachment } from "../../src/core/attachments/index";
import { runtimeClock } from "../../src/office/async";
import { detectCapabilities } from "../../src/office/capabilities";
import { checkDraft } from "../../src/office/check-draft";
import type { Draft } from "../../src/office-stand-in/index";
import { fixtureBase64, harness, ORG, OTHER, PARTNER, testPolicy } from "../launchevent/setup";

function sendDecision(options: any): "allow" | "warn" | "block" {
  if (options.allowEvent) return "allow";
  return options.sendModeOverride ? "warn" : "block";
}

const marked = fixtureBase64("word-kimitsu2.docx");

const DRAFTS: [string, Partial<Draft>][] = [
  ["internal mail", { to: [ORG("yamada")], subject: "打合せの件", body: "明日10時からです。" }],
  [
    "two outside organisations in CC",
    { to: [ORG("me")], cc: [OTHER("a", "contoso.co.jp"), OTHER("b", "fabrikam.co.jp")], subject: "会議のご案内" },
  ],
  ["機密性３ to a partner", { to: [PARTNER("kato")], subject: "【機密性３】契約書案", body: "ご確認ください。" }],
  [
    // The pane used to evaluate this one and show findings Send never raised: the report mailbox is exempt.
    "機密性３ only to an outside report mailbox (a SOC provider)",
    {
      to: [{ emailAddress: "reports@soc-provider.example.com" }],
      subject: "【機密性３】不審メールの報告",
      body: "転送します。",
    },
  ],
  [
    "a 機密性２ attachment to a partner",
    {
      to: [PARTNER("kato")],
      subject: "調査報告書",
      body: "添付します。",
      attachments: [{ id: "0", name: "調査報告書.docx", size: 9000, contentBase64: marked }],
    },
  ],
];

describe("the fix pane and Send decide alike", () => {
  test.each(DRAFTS)("%s", async (_name, draft) => {
    const policy = testPolicy((p) => (p.report.mailbox = "reports@soc-provider.example.com"));
    const send = await harness(draft, { mailboxVersion: "1.15" }, policy).send();

    const pane = harness(draft, { mailboxVersion: "1.15" }, policy).standIn;
    const office = pane.Office as any;
    const item = office.context.mailbox.item as Office.MessageCompose;
    const r = await checkDraft(item, detectCapabilities(office), policy, (b) => inspectAttachment(b), runtimeClock());
    if (!r.ok) throw new Error(r.errors.join("; "));
    expect(r.action).toBe(sendDecision(send.options));
    if (r.action === "allow") expect(r.findings.filter((f) => f.action !== "info")).toEqual([]);
    else expect(JSON.parse(send.options.contextData).findings.length).toBe(r.findings.length);
  });
});
