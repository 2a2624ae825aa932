/**
 * The handlers against what the Outlook API reference allows and what clients are known to return
 * (docs/office-api-audit.md): each case is one difference between what the code assumed and what is documented.
 */
import { completionGuard } from "../../src/launchevent/completion-guard";
import { SESSION_KEYS } from "../../src/office/session-keys";
import { sessionObject } from "../../src/office/session";
import { createMailboxEvent, MAILBOX_VERSIONS } from "../../src/office-stand-in/index";
import { officeBackend } from "../../src/taskpane/office-backend";
import { BASE_URL, harness, ORG, OTHER, PARTNER, settle, testPolicy, VIRTUAL_CLOCK } from "./setup";

jest.useFakeTimers(VIRTUAL_CLOCK);

const TWO_ORGS_IN_CC = {
  to: [ORG("soumu")],
  cc: [OTHER("yamada", "contoso.co.jp"), OTHER("sato", "fabrikam.co.jp")],
  subject: "説明会の日程について",
  body: "各位\n説明会の日程をお知らせします。",
};

/** Makes sessionData.getAllAsync answer with the JSON text, as some clients do (OfficeDev/office-js#5353). */
function sessionAsText(h: ReturnType<typeof harness>): void {
  const sd = (h.standIn.Office.context as any).mailbox.item.sessionData;
  const original = sd.getAllAsync;
  sd.getAllAsync = (cb: (r: any) => void) =>
    original((r: any) => cb(r.status === "succeeded" ? { ...r, value: JSON.stringify(r.value) } : r));
}

describe("sessionData.getAllAsync answering with JSON text", () => {
  test("sessionObject reads an object, the JSON text of one, and nothing else", () => {
    expect(sessionObject({ "sc.warned": "k" })).toEqual({ "sc.warned": "k" });
    expect(sessionObject("{}")).toEqual({});
    expect(sessionObject('{"sc.warned":"k","n":1}')).toEqual({ "sc.warned": "k" });
    expect(sessionObject("[]")).toBeUndefined();
    expect(sessionObject("{壊れた")).toBeUndefined();
    expect(sessionObject(null)).toBeUndefined();
  });

  test("Mailbox 1.12: pressing Send again still sends after the warning", async () => {
    const h = harness(TWO_ORGS_IN_CC, { mailboxVersion: "1.12" });
    sessionAsText(h);
    const first = await h.send();
    expect(first.options.allowEvent).toBe(false);
    expect(h.standIn.draft.sessionData[SESSION_KEYS.warned]).toBeDefined();
    const second = await h.send();
    expect(second.options).toEqual({ allowEvent: true });
  });

  test("an inspection Send made is cached for the next Send", async () => {
    const h = harness(
      {
        to: [PARTNER("tantou")],
        subject: "資料送付",
        body: "資料をお送りします。",
        attachments: [{ id: "0", name: "資料.pdf", size: 8, contentBase64: "JVBERi0xLjQK" }],
      },
      { mailboxVersion: "1.15" },
    );
    sessionAsText(h);
    await h.send();
    expect(Object.keys(h.standIn.draft.sessionData).some((k) => k.indexOf(SESSION_KEYS.attachmentPrefix) === 0)).toBe(
      true,
    );
  });
});

describe("event.completed within the reference's limits", () => {
  test("a refused over-long message is retried within 500 characters", () => {
    const event = createMailboxEvent("OnMessageSend", {}, Date.now, 1.15);
    const guard = completionGuard(event);
    guard.complete({
      allowEvent: false,
      errorMessage: "送信前に宛先と添付ファイルを確認してください。".repeat(30),
      errorMessageMarkdown: "**確認**",
    });
    expect(event.completions).toHaveLength(1);
    const options = event.completions[0]?.options as Office.SmartAlertsEventCompletedOptions;
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage?.length).toBe(500);
    expect(options.errorMessageMarkdown).toBeUndefined();
  });

  test.each(MAILBOX_VERSIONS.filter((v) => ["1.12", "1.13", "1.14", "1.15", "1.16"].indexOf(v) >= 0))(
    "Mailbox %s: warn, block and error completions use only options the client has",
    async (mailboxVersion) => {
      const drafts = [
        TWO_ORGS_IN_CC,
        { to: [PARTNER("jinji")], subject: "【機密性３】人事異動案", body: "添付のとおりです。" },
      ];
      for (const draft of drafts) {
        const { event } = await harness(draft, { mailboxVersion }).send();
        expect(event.completions).toHaveLength(1);
        expect(event.completions[0]?.unsupported).toEqual([]);
      }
      const failing = harness(
        TWO_ORGS_IN_CC,
        { mailboxVersion, faults: [{ api: "to.getAsync", fault: { kind: "fail" } }] },
        testPolicy((p) => (p.onError = "warn")),
      );
      const { event } = await failing.send();
      expect(event.completions[0]?.unsupported).toEqual([]);
    },
  );
});

describe("attachments the reference says cannot be read", () => {
  // A mail or meeting attached as a file (web, new Outlook): its content read throws there; classic lists it as an
  // item and never reads it. Any other file whose read fails leaves the check incomplete, and onError decides.
  test.each([
    ["打合せのお知らせ.eml", true],
    ["定例会議.ics", true],
    ["見積書.xlsx", false],
  ])("%s whose content read throws: the check stays complete = %s", async (name, complete) => {
    const h = harness(
      {
        to: [PARTNER("tantou")],
        subject: "先日の件について",
        body: "ご確認ください。",
        attachments: [{ id: "AAMkAD=", name, size: 2048, attachmentType: "file" }],
      },
      { mailboxVersion: "1.15", faults: [{ api: "getAttachmentContentAsync", fault: { kind: "throw" } }] },
      testPolicy((p) => (p.onError = "warn")),
    );
    const { options } = await h.send();
    expect(options.allowEvent).toBe(complete);
  });
});

describe("fix pane: only what removeAttachmentAsync can remove", () => {
  test("an inline image is not offered for removal; a file attachment is", async () => {
    const policy = testPolicy();
    const h = harness(
      {
        to: [PARTNER("tantou")],
        subject: "構成案の送付",
        body: "ご確認ください。",
        attachments: [
          { id: "0", name: "【機密性２】構成図.png", size: 900, isInline: true },
          { id: "1", name: "【機密性２】構成案.txt", size: 900, contentBase64: "5qeL5oiQ5qGI" },
        ],
      },
      { mailboxVersion: "1.15" },
      policy,
    );
    const backend = officeBackend(h.standIn.Office as unknown as typeof Office, { policy, baseUrl: BASE_URL });
    const r = await settle(backend.check());
    if (!r.ok) throw new Error(r.errors.join("; "));
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.draft.attachments).toEqual([{ id: "1", name: "【機密性２】構成案.txt" }]);
  });
});
