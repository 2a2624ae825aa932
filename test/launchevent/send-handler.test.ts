import { ALERT_TEXTS } from "../../src/core/alert/index";
import { FIX_PANE_COMMAND_ID } from "../../src/launchevent/config";
import { AUDIT_HEADER } from "../../src/office/audit-header";
import { findingSetKey } from "../../src/office/finding-key";
import { SESSION_KEYS } from "../../src/office/session-keys";
import {
  BASE_URL,
  harness,
  ORG,
  OTHER,
  PARTNER,
  POLICY_HASH,
  sleep,
  testPolicy,
  VERSION,
  VIRTUAL_CLOCK,
} from "./setup";

// The handlers run on a virtual clock (setup.ts): budgets and hanging calls cost no real time.
jest.useFakeTimers(VIRTUAL_CLOCK);

const TWO_ORGS_IN_CC = {
  to: [ORG("me")],
  cc: [OTHER("a", "contoso.co.jp"), OTHER("b", "fabrikam.co.jp")],
  subject: "会議のご案内",
  body: "よろしくお願いします。",
};
// The stand-in edits the arrays it is given: a test that adds a recipient works on its own copy, or every later
// test would start with that recipient already there.
const ownCopy = () => ({ ...TWO_ORGS_IN_CC, cc: [...TWO_ORGS_IN_CC.cc] });

describe("OnMessageSend: decisions", () => {
  test("internal mail is allowed in one round trip, without touching headers", async () => {
    const h = harness({ to: [ORG("a")], cc: [ORG("b")], subject: "打合せ", body: "明日10時から" });
    const { event, options } = await h.send();
    expect(options).toEqual({ allowEvent: true });
    expect(event.completions).toHaveLength(1);
    const apis = h.standIn.channel.calls.map((c) => c.api);
    expect(apis).not.toContain("internetHeaders.removeAsync");
    expect(apis).not.toContain("internetHeaders.setAsync");
  });

  test("warn on Mailbox 1.15: Send Anyway, Markdown, fix pane and audit header", async () => {
    const h = harness(TWO_ORGS_IN_CC, { mailboxVersion: "1.15" });
    const { options } = await h.send();
    expect(options.allowEvent).toBe(false);
    expect(options.sendModeOverride).toBe("promptUser");
    expect(options.errorMessage.length).toBeLessThanOrEqual(500);
    expect(options.errorMessage).toContain(ALERT_TEXTS.ja.head.warn);
    expect(options.errorMessageMarkdown).toContain(`(${BASE_URL}guidance/ja/2-4.html)`);
    expect(options.commandId).toBe(FIX_PANE_COMMAND_ID);
    expect(options.cancelLabel).toBe("対処する");
    const context = JSON.parse(options.contextData);
    expect(context.findings.map((f: any) => f.messageId)).toEqual(["bcc-expected.organisations"]);
    const header = h.standIn.draft.headers[AUDIT_HEADER];
    expect(header).toContain("decision=warn");
    expect(header).toContain("findings=bcc-expected.organisations");
    expect(header).toContain(`policy=${POLICY_HASH}`);
    expect(header).toContain(`addin=${VERSION}`);
    expect(h.standIn.draft.sessionData[SESSION_KEYS.header]).toBe("1");
  });

  test("warnings confirmed in the fix pane send without a second dialog, and only those warnings", async () => {
    const h = harness(ownCopy(), { mailboxVersion: "1.15" });
    const first = await h.send();
    const confirmed = JSON.parse(first.options.contextData).findings;
    h.standIn.draft.sessionData[SESSION_KEYS.acknowledged] = findingSetKey(confirmed);
    const second = await h.send();
    expect(second.options).toEqual({ allowEvent: true });
    expect(h.standIn.draft.headers[AUDIT_HEADER]).toContain("decision=warn");

    // A recipient added after the confirmation changes the findings: the dialog comes back.
    h.standIn.draft.cc.push(OTHER("c", "northwind.co.jp"));
    const third = await h.send();
    expect(third.options.allowEvent).toBe(false);
    expect(third.options.sendModeOverride).toBe("promptUser");
  });

  test("a confirmation never turns a block into an allow", async () => {
    const h = harness({ ...TWO_ORGS_IN_CC, subject: "【機密性３】人事案" }, { mailboxVersion: "1.15" });
    const first = await h.send();
    expect(first.options.allowEvent).toBe(false);
    h.standIn.draft.sessionData[SESSION_KEYS.acknowledged] = findingSetKey(
      JSON.parse(first.options.contextData).findings,
    );
    const second = await h.send();
    expect(second.options.allowEvent).toBe(false);
    expect(second.options.sendModeOverride).toBeUndefined();
  });

  test("a client without getComposeTypeAsync still decides: a FW: subject makes the mail a forward", async () => {
    const h = harness(
      { to: [OTHER("x", "contoso.co.jp")], subject: "FW: 検討状況", body: "【転送禁止】\n検討状況です。" },
      { mailboxVersion: "1.15", faults: [{ api: "getComposeTypeAsync", fault: { kind: "throw" } }] },
    );
    const { options } = await h.send();
    expect(options.allowEvent).toBe(false);
    expect(JSON.parse(options.contextData).findings.map((f: any) => f.messageId)).toEqual([
      "handling-restriction.no-forward",
    ]);
  });

  test("warn on Mailbox 1.14: Send Anyway but no Markdown", async () => {
    const { options } = await harness(TWO_ORGS_IN_CC, { mailboxVersion: "1.14" }).send();
    expect(options.sendModeOverride).toBe("promptUser");
    expect(options.errorMessageMarkdown).toBeUndefined();
    expect(options.commandId).toBe(FIX_PANE_COMMAND_ID);
  });

  test("warn on Mailbox 1.12: press Send again to send anyway, remembered per finding set", async () => {
    const h = harness(ownCopy(), { mailboxVersion: "1.12" });
    const first = await h.send();
    expect(first.options.allowEvent).toBe(false);
    expect(first.options.sendModeOverride).toBeUndefined();
    expect(first.options.commandId).toBeUndefined();
    expect(first.options.errorMessageMarkdown).toBeUndefined();
    expect(first.options.errorMessage).toContain(ALERT_TEXTS.ja.pressAgain);
    expect(h.standIn.draft.sessionData[SESSION_KEYS.warned]).toBeDefined();

    const second = await h.send();
    expect(second.options).toEqual({ allowEvent: true });
    // Sending anyway keeps the trace of the warning.
    expect(h.standIn.draft.headers[AUDIT_HEADER]).toContain("decision=warn");

    // A different finding set (a third organisation) warns again.
    h.standIn.draft.cc.push(OTHER("c", "northwind.co.jp"));
    const third = await h.send();
    expect(third.options.allowEvent).toBe(false);
  });

  test("block: no Send Anyway on any client, no audit header", async () => {
    const draft = { to: [PARTNER("p")], subject: "【機密性３】人事案", body: "添付のとおり" };
    for (const mailboxVersion of ["1.12", "1.14", "1.15"] as const) {
      const h = harness(draft, { mailboxVersion });
      const { options } = await h.send();
      expect(options.allowEvent).toBe(false);
      expect(options.sendModeOverride).toBeUndefined();
      expect(options.errorMessage).toContain(ALERT_TEXTS.ja.head.block);
      expect(h.standIn.draft.headers[AUDIT_HEADER]).toBeUndefined();
    }
    // Pressing Send again on an old client does not get a blocked mail through.
    const old = harness(draft, { mailboxVersion: "1.12" });
    await old.send();
    expect((await old.send()).options.allowEvent).toBe(false);
  });

  test("an allow removes the header a previous warning left", async () => {
    const h = harness(
      {
        to: [ORG("a")],
        subject: "件名",
        body: "本文",
        headers: { [AUDIT_HEADER]: "v=1; decision=warn" },
        sessionData: { [SESSION_KEYS.header]: "1" },
      },
      { mailboxVersion: "1.15" },
    );
    expect((await h.send()).options).toEqual({ allowEvent: true });
    expect(h.standIn.draft.headers[AUDIT_HEADER]).toBeUndefined();
    expect(h.standIn.draft.sessionData[SESSION_KEYS.header]).toBeUndefined();
  });

  test("English from displayLanguage", async () => {
    const { options } = await harness(TWO_ORGS_IN_CC, { displayLanguage: "en-US" }).send();
    expect(options.errorMessage).toContain(ALERT_TEXTS.en.head.warn);
    expect(options.errorMessageMarkdown).toContain(`(${BASE_URL}guidance/en/2-4.html)`);
    expect(options.cancelLabel).toBe("Fix");
  });

  test("the organisation's own guidance URL replaces ours", async () => {
    const policy = testPolicy((p) => (p.guidance = { "2章-4": "https://intra.example.go.jp/rules/mail" }));
    const { options } = await harness(TWO_ORGS_IN_CC, {}, policy).send();
    expect(options.errorMessageMarkdown).toContain("(https://intra.example.go.jp/rules/mail)");
  });

  test("mail only to the report mailbox is exempt, even with a 機密性３ marking", async () => {
    const h = harness({ to: [{ emailAddress: "SOC@example.go.jp" }], subject: "【機密性３】報告", body: "" });
    expect((await h.send()).options).toEqual({ allowEvent: true });
  });

  test("mail to the report mailbox and someone else is checked as usual", async () => {
    const h = harness({
      to: [{ emailAddress: "soc@example.go.jp" }, PARTNER("p")],
      subject: "【機密性３】報告",
      body: "",
    });
    expect((await h.send()).options.allowEvent).toBe(false);
  });
});

describe("OnMessageSend: groups in To/CC", () => {
  const pressRelease = { subject: "【報道発表】地域防災計画の改定について", body: "別添のとおり発表します。" };

  test.each([
    ["an empty address", { emailAddress: "" }],
    ["no address at all", { emailAddress: "", addressMissing: true }],
  ])("a contact group with %s in CC beside an outside partner warns", async (_, address) => {
    const group = { ...address, displayName: "報道機関各社", recipientType: "distributionList" as const };
    const h = harness({ to: [PARTNER("kouhou")], cc: [group], ...pressRelease }, { mailboxVersion: "1.15" });
    const { options } = await h.send();
    expect(options.allowEvent).toBe(false);
    expect(options.sendModeOverride).toBe("promptUser");
    expect(options.errorMessage).toContain("報道機関各社");
    const context = JSON.parse(options.contextData);
    expect(context.findings.map((f: any) => f.messageId)).toEqual(["bcc-expected.group"]);
  });

  test("an internal distribution list with the same partner is allowed", async () => {
    const staff = {
      emailAddress: "all-staff@example.go.jp",
      displayName: "全職員",
      recipientType: "distributionList" as const,
    };
    const h = harness({ to: [PARTNER("kouhou")], cc: [staff], ...pressRelease }, { mailboxVersion: "1.15" });
    expect((await h.send()).options).toEqual({ allowEvent: true });
  });

  test("a colleague given as an Exchange directory name keeps marked internal mail quiet", async () => {
    const dn = {
      emailAddress:
        "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=5d4c3b2a-ito.m",
      displayName: "伊藤 真",
      // As office-js #3701 shows it: Outlook on the web calls such a colleague an externalUser.
      recipientType: "externalUser" as const,
    };
    const h = harness({ to: [dn], cc: [ORG("kacho")], subject: "【機密性２】人事評価の集計", body: "" });
    expect((await h.send()).options).toEqual({ allowEvent: true });
  });
});

describe("OnMessageSend: attachments", () => {
  const docx = () => ({
    id: "0",
    name: "資料.docx",
    size: 12345,
    contentBase64: require("./setup").fixtureBase64("word-kimitsu2.docx"),
  });

  test("an attachment inspected by OnMessageAttachmentsChanged is not read again at Send", async () => {
    const a = docx();
    const h = harness({ to: [PARTNER("p")], subject: "資料送付", body: "ご確認ください", attachments: [a] });
    const changed = await h.attachmentsChanged({
      attachmentStatus: "added",
      attachmentDetails: { id: a.id, name: a.name, size: a.size, attachmentType: "file" },
    });
    expect(changed.completions).toHaveLength(1);
    expect(h.inspected).toBe(1);
    const before = h.standIn.channel.calls.length;
    const { options } = await h.send();
    const sendCalls = h.standIn.channel.calls.slice(before).map((c) => c.api);
    expect(sendCalls).not.toContain("getAttachmentContentAsync");
    expect(h.inspected).toBe(1);
    // The cached inspection still carries the 機密性２ marking found inside the document.
    expect(options.allowEvent).toBe(false);
    expect(JSON.parse(options.contextData).findings.map((f: any) => f.check)).toContain("external-confidential");
  });

  test("an attachment missing from the cache is read and inspected at Send", async () => {
    const h = harness({ to: [PARTNER("p")], subject: "資料送付", body: "", attachments: [docx()] });
    const { options } = await h.send();
    expect(h.inspected).toBe(1);
    expect(options.allowEvent).toBe(false);
  });

  test("removing an attachment forgets its cache entry", async () => {
    const a = docx();
    const h = harness({ to: [ORG("a")], attachments: [a] });
    const details = { id: a.id, name: a.name, size: a.size, attachmentType: "file" };
    await h.attachmentsChanged({ attachmentStatus: "added", attachmentDetails: details });
    expect(Object.keys(h.standIn.draft.sessionData)).toHaveLength(1);
    // As in Outlook, the file is gone from the draft when the event fires (the notice re-evaluates the draft).
    h.standIn.draft.attachments = [];
    await h.attachmentsChanged({ attachmentStatus: "removed", attachmentDetails: details });
    expect(Object.keys(h.standIn.draft.sessionData)).toHaveLength(0);
  });

  test("OnMessageAttachmentsChanged completes once when the read fails or sessionData is full", async () => {
    const a = docx();
    const details = { id: a.id, name: a.name, size: a.size, attachmentType: "file" };
    const failing = harness(
      { attachments: [a] },
      { faults: [{ api: "getAttachmentContentAsync", fault: { kind: "fail" } }] },
    );
    const e1 = await failing.attachmentsChanged({ attachmentStatus: "added", attachmentDetails: details });
    expect(e1.completions).toHaveLength(1);
    expect(failing.standIn.draft.sessionData).toEqual({});

    const full = harness({ attachments: [a], sessionData: { filler: "x".repeat(49_990) } });
    const e2 = await full.attachmentsChanged({ attachmentStatus: "added", attachmentDetails: details });
    expect(e2.completions).toHaveLength(1);
    expect(Object.keys(full.standIn.draft.sessionData)).toEqual(["filler"]);
  });
});

type OnError = "allow" | "warn" | "block";

/** What each onError value must produce on a 1.15 client. */
function expectOnError(options: any, onError: OnError) {
  if (onError === "allow") {
    expect(options).toEqual({ allowEvent: true });
    return;
  }
  expect(options.allowEvent).toBe(false);
  expect(typeof options.errorMessage).toBe("string");
  expect(options.errorMessage.length).toBeLessThanOrEqual(500);
  if (onError === "warn") expect(options.sendModeOverride).toBe("promptUser");
  else expect(options.sendModeOverride).toBeUndefined();
}

describe.each<OnError>(["allow", "warn", "block"])("OnMessageSend failures with onError=%s", (onError) => {
  const policy = () => testPolicy((p) => (p.onError = onError));
  const clean = { to: [PARTNER("p")], subject: "日程", body: "よろしくお願いします。" };

  async function runAndSettle(h: ReturnType<typeof harness>) {
    const result = await h.send();
    // Wait past the budget: late callbacks and the deadline timers must not complete a second time.
    await sleep(650 - result.elapsed);
    expect(result.event.completions).toHaveLength(1);
    expect(result.elapsed).toBeLessThanOrEqual(500 + 40);
    return result;
  }

  test("a getAsync that fails", async () => {
    const h = harness(clean, { faults: [{ api: "to.getAsync", fault: { kind: "fail" } }] }, policy());
    expectOnError((await runAndSettle(h)).options, onError);
    // With Send Anyway offered, the audit header records that the check failed.
    if (onError === "warn") expect(h.standIn.draft.headers[AUDIT_HEADER]).toContain("decision=error");
    else expect(h.standIn.draft.headers[AUDIT_HEADER]).toBeUndefined();
  });

  test("a getAsync that never calls back", async () => {
    const h = harness(clean, { faults: [{ api: "body.getAsync", fault: { kind: "hang" } }] }, policy());
    const { options, elapsed } = await runAndSettle(h);
    expectOnError(options, onError);
    expect(elapsed).toBeGreaterThanOrEqual(300);
  });

  test("a getAsync that throws synchronously", async () => {
    const h = harness(clean, { faults: [{ api: "subject.getAsync", fault: { kind: "throw" } }] }, policy());
    expectOnError((await runAndSettle(h)).options, onError);
  });

  test("every call hangs", async () => {
    const h = harness(clean, { faults: [{ api: "*", fault: { kind: "hang" } }] }, policy());
    expectOnError((await runAndSettle(h)).options, onError);
  });

  test("an attachment read that errors", async () => {
    const h = harness(
      { ...clean, attachments: [{ id: "0", name: "a.pdf", size: 10, contentBase64: "JVBERi0=" }] },
      { faults: [{ api: "getAttachmentContentAsync", fault: { kind: "fail" } }] },
      policy(),
    );
    const { options } = await runAndSettle(h);
    expectOnError(options, onError);
    if (onError !== "allow") expect(options.errorMessage).toContain(ALERT_TEXTS.ja.incomplete);
  });

  test("an attachment read that never answers", async () => {
    const h = harness(
      { ...clean, attachments: [{ id: "0", name: "a.pdf", size: 10, contentBase64: "JVBERi0=" }] },
      { faults: [{ api: "getAttachmentContentAsync", fault: { kind: "hang" } }] },
      policy(),
    );
    expectOnError((await runAndSettle(h)).options, onError);
  });

  test("a full sessionData on a client without Send Anyway", async () => {
    // Warned mail on Mailbox 1.12 must remember the warning to offer "press Send again"; the write cannot succeed.
    const h = harness(
      { ...TWO_ORGS_IN_CC, sessionData: { filler: "x".repeat(49_980) } },
      { mailboxVersion: "1.12" },
      policy(),
    );
    const { options } = await runAndSettle(h);
    if (onError === "allow") expect(options).toEqual({ allowEvent: true });
    else {
      expect(options.allowEvent).toBe(false);
      expect(options.errorMessage).not.toContain(ALERT_TEXTS.ja.pressAgain);
    }
  });
});

describe("OnMessageSend: a failed audit header does not change the decision", () => {
  test("header write fails: still warns with Send Anyway", async () => {
    const h = harness(TWO_ORGS_IN_CC, { faults: [{ api: "internetHeaders.setAsync", fault: { kind: "fail" } }] });
    const { options } = await h.send();
    expect(options.allowEvent).toBe(false);
    expect(options.sendModeOverride).toBe("promptUser");
  });
});
