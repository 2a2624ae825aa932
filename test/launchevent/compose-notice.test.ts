import { ALERT_TEXTS } from "../../src/core/alert/index";
import { CHECK_IDS } from "../../src/core/checks/ids";
import type { Finding } from "../../src/core/checks/types";
import { checkTitle } from "../../src/core/i18n/render";
import type { DecisionAction } from "../../src/core/engine";
import {
  NOTICE_ICON,
  NOTICE_KEY,
  NOTICE_MAX_CHARS,
  noticeText,
  planNotice,
} from "../../src/launchevent/compose-notice";
import { createRecipientsChangedHandler } from "../../src/launchevent/compose-notice";
import type { OfficeLike } from "../../src/launchevent/send-check";
import { planCompletion } from "../../src/launchevent/plan-completion";
import { runtimeClock } from "../../src/office/async";
import { findingSetKey } from "../../src/office/finding-key";
import { SESSION_KEYS } from "../../src/office/session-keys";
import { inspectAttachment } from "../../src/core/attachments/index";
import { launchEventFor, type DraftChange, type StandInEvent } from "../../src/office-stand-in/index";
import { officeBackend } from "../../src/taskpane/office-backend";
import {
  BASE_URL,
  fixtureBase64,
  harness,
  ORG,
  OTHER,
  PARTNER,
  settle,
  testPolicy,
  VIRTUAL_CLOCK,
  type Harness,
} from "./setup";

// The handlers run on a virtual clock (setup.ts): budgets and hanging calls cost no real time.
jest.useFakeTimers(VIRTUAL_CLOCK);

const TWO_ORGS_IN_CC = {
  to: [ORG("kacho")],
  cc: [OTHER("tanaka", "contoso.co.jp"), OTHER("suzuki", "fabrikam.co.jp")],
  subject: "説明会のご案内",
  body: "来週の説明会について、資料を追ってお送りします。",
};

/** Fires OnMessageRecipientsChanged the way Outlook does for a change, with the bundle's handler. */
async function recipientsChanged(h: Harness, fields: DraftChange = { kind: "recipients", fields: ["cc"] }) {
  const launch = launchEventFor(fields);
  if (!launch) throw new Error("no launch event");
  const event = h.standIn.event(launch.type, launch.extras);
  const handler = createRecipientsChangedHandler({
    office: () => h.standIn.Office as unknown as OfficeLike,
    config: h.config,
    clock: runtimeClock(),
    inspect: (bytes: Uint8Array) => {
      h.inspected++;
      return inspectAttachment(bytes);
    },
  });
  await settle(handler(event));
  return event as StandInEvent;
}

const notices = (h: Harness) => h.standIn.draft.notifications ?? [];
const apis = (h: Harness) => h.standIn.channel.calls.map((c) => c.api);

describe("OnMessageRecipientsChanged: early warning", () => {
  test("a draft Send would warn about gets one informational notice in Japanese", async () => {
    const h = harness(TWO_ORGS_IN_CC);
    const event = await recipientsChanged(h);
    expect(event.type).toBe("OnMessageRecipientsChanged");
    expect(event.changedRecipientFields).toEqual({ to: false, cc: true, bcc: false });
    expect(event.completions).toHaveLength(1);
    expect(notices(h)).toHaveLength(1);
    const n = notices(h)[0]!;
    expect(n.key).toBe(NOTICE_KEY);
    expect(n.type).toBe("informationalMessage");
    expect(n.icon).toBe(NOTICE_ICON);
    expect(n.persistent).toBe(true);
    expect(n.message).toMatch(/^送信時に確認を求められます: /);
    expect(n.message.length).toBeLessThanOrEqual(NOTICE_MAX_CHARS);
  });

  test("the notice is replaced, not stacked, when the verdict becomes a block; removed when fixed", async () => {
    const h = harness(TWO_ORGS_IN_CC);
    await recipientsChanged(h);
    h.standIn.draft.subject = "【機密性３】人事異動案";
    await recipientsChanged(h);
    expect(notices(h)).toHaveLength(1);
    expect(notices(h)[0]!.type).toBe("errorMessage");
    expect(notices(h)[0]!.icon).toBeUndefined();
    expect(notices(h)[0]!.message).toMatch(/^このままでは送信できません: /);

    // The user moves the outside addresses away and removes the marking: nothing left to warn about.
    h.standIn.draft.subject = "説明会のご案内";
    h.standIn.edit.setRecipients("cc", [ORG("kakarichou")]);
    const event = await recipientsChanged(h);
    expect(event.completions).toHaveLength(1);
    expect(notices(h)).toHaveLength(0);
    expect(apis(h)).toContain("notificationMessages.removeAsync");
  });

  test("an allowed draft gets no notice (at most a remove of an old one)", async () => {
    const h = harness({ to: [ORG("a")], cc: [ORG("b")], subject: "打合せの件", body: "明日10時から会議室Aで" });
    const event = await recipientsChanged(h);
    expect(event.completions).toHaveLength(1);
    expect(notices(h)).toHaveLength(0);
    expect(apis(h)).not.toContain("notificationMessages.replaceAsync");
    expect(apis(h)).not.toContain("notificationMessages.addAsync");
  });

  test("English users get the notice in English", async () => {
    const h = harness(TWO_ORGS_IN_CC, { displayLanguage: "en-US" });
    await recipientsChanged(h);
    expect(notices(h)[0]!.message).toMatch(/^Send will ask you to check: /);
  });

  test("the notice leaves our other notifications alone and the count stays within Outlook's five", async () => {
    const h = harness(TWO_ORGS_IN_CC);
    for (let i = 0; i < 4; i++)
      h.standIn.draft.notifications!.push({ key: `other${i}`, type: "errorMessage", message: "x" });
    await recipientsChanged(h);
    await recipientsChanged(h);
    expect(notices(h).map((n) => n.key)).toEqual(["other0", "other1", "other2", "other3", NOTICE_KEY]);
  });

  test("failing reads: completed once, no notice", async () => {
    const h = harness(TWO_ORGS_IN_CC, { faults: [{ api: "cc.getAsync", fault: { kind: "fail" } }] });
    const event = await recipientsChanged(h);
    expect(event.completions).toHaveLength(1);
    expect(notices(h)).toHaveLength(0);
  });

  test("a read that never answers: completed once, within the budget", async () => {
    const h = harness(TWO_ORGS_IN_CC, { faults: [{ api: "to.getAsync", fault: { kind: "hang" } }] });
    const start = Date.now();
    const event = await recipientsChanged(h);
    expect(event.completions).toHaveLength(1);
    expect(event.completions[0]!.at - start).toBeLessThanOrEqual(testPolicy().send.timeBudgetMs * 4 + 100);
    expect(notices(h)).toHaveLength(0);
  });

  test("a notice call that throws still completes once", async () => {
    const h = harness(TWO_ORGS_IN_CC, {
      faults: [{ api: "notificationMessages.replaceAsync", fault: { kind: "throw" } }],
    });
    const event = await recipientsChanged(h);
    expect(event.completions).toHaveLength(1);
  });

  test("an attachment not yet inspected is cached, so Send reads no file", async () => {
    const a = { id: "0", name: "資料.docx", size: 12345, contentBase64: fixtureBase64("word-kimitsu2.docx") };
    const h = harness({ to: [PARTNER("p")], subject: "資料送付", body: "ご確認ください", attachments: [a] });
    await recipientsChanged(h, { kind: "recipients", fields: ["to"] });
    expect(h.inspected).toBe(1);
    expect(Object.keys(h.standIn.draft.sessionData).filter((k) => k.startsWith("sc.att."))).toHaveLength(1);
    // 機密性２ inside the document, sent outside: Send will warn, and the notice says so already.
    expect(notices(h)[0]!.type).toMatch(/informationalMessage|errorMessage/);
    const before = h.standIn.channel.calls.length;
    const { options } = await h.send();
    expect(h.standIn.channel.calls.slice(before).map((c) => c.api)).not.toContain("getAttachmentContentAsync");
    expect(h.inspected).toBe(1);
    expect(options.allowEvent).toBe(false);
  });
});

describe("OnMessageAttachmentsChanged: the same notice", () => {
  test("an attachment change refreshes the notice from the same evaluation", async () => {
    const h = harness(TWO_ORGS_IN_CC);
    const event = await h.attachmentsChanged({
      attachmentStatus: "removed",
      attachmentDetails: { id: "0", name: "古い資料.pdf", size: 10, attachmentType: "file" },
    });
    expect(event.completions).toHaveLength(1);
    expect(notices(h)).toHaveLength(1);
    expect(notices(h)[0]!.key).toBe(NOTICE_KEY);
  });

  test("a meeting invitation gets no notice", async () => {
    const h = harness(TWO_ORGS_IN_CC, { itemType: "appointment" });
    const event = await h.attachmentsChanged({
      attachmentStatus: "removed",
      attachmentDetails: { id: "0", name: "古い資料.pdf", size: 10, attachmentType: "file" },
    });
    expect(event.completions).toHaveLength(1);
    expect(apis(h).filter((a) => a.startsWith("notificationMessages."))).toEqual([]);
  });
});

/**
 * What the fix pane stores when the user ticked every item and sends from it (office-backend.ts `send`): the key of
 * the findings the pane checked. Written here without sending, so the notice's next refresh sees it.
 */
async function confirmInPane(h: Harness): Promise<readonly Finding[]> {
  const backend = officeBackend(h.standIn.Office as unknown as typeof Office, {
    policy: h.config.policy,
    baseUrl: BASE_URL,
  });
  const r = await settle(backend.check());
  if (!r.ok) throw new Error(r.errors.join("; "));
  h.standIn.draft.sessionData[SESSION_KEYS.acknowledged] = findingSetKey(r.findings);
  return r.findings;
}

describe("warnings already confirmed in the fix pane", () => {
  test("the notice is removed when the confirmed set is the current one, and Send indeed asks nothing", async () => {
    const h = harness(TWO_ORGS_IN_CC);
    await recipientsChanged(h);
    expect(notices(h)).toHaveLength(1);
    const confirmed = await confirmInPane(h);
    expect(confirmed.some((f) => f.action === "warn")).toBe(true);

    // The user adds a colleague: the same warnings, already confirmed.
    h.standIn.edit.setRecipients("to", [ORG("kacho"), ORG("kakarichou")]);
    await recipientsChanged(h, { kind: "recipients", fields: ["to"] });
    expect(notices(h)).toHaveLength(0);
    expect(apis(h)).toContain("notificationMessages.removeAsync");
    const { options } = await h.send();
    expect(options.allowEvent).toBe(true);
  });

  test("a finding that appears after the confirmation brings the notice back, and Send asks", async () => {
    const h = harness(TWO_ORGS_IN_CC);
    await confirmInPane(h);
    // A third outside organisation changes the BCC finding: not what the user confirmed.
    h.standIn.edit.setRecipients("cc", [...TWO_ORGS_IN_CC.cc, OTHER("sato", "northwind.or.jp")]);
    await recipientsChanged(h);
    expect(notices(h)).toHaveLength(1);
    expect(notices(h)[0]!.message).toMatch(/^送信時に確認を求められます: /);
    const { options } = await h.send();
    expect(options.allowEvent).toBe(false);
  });

  test("a block is never confirmed away: the error notice stays, and Send blocks", async () => {
    const h = harness({ ...TWO_ORGS_IN_CC, subject: "【機密性３】人事異動案" });
    await confirmInPane(h);
    await recipientsChanged(h);
    expect(notices(h)).toHaveLength(1);
    expect(notices(h)[0]!.type).toBe("errorMessage");
    expect(notices(h)[0]!.message).toMatch(/^このままでは送信できません: /);
    const { options } = await h.send();
    expect(options.allowEvent).toBe(false);
  });
});

describe("planNotice agrees with Send", () => {
  const warn: Finding = {
    check: "bcc-expected",
    action: "warn",
    guidance: "2章-4",
    messageId: "bcc-expected.organisations",
    data: { count: 2, domains: ["contoso.co.jp", "fabrikam.co.jp"] },
  };
  const block: Finding = {
    check: "external-confidential",
    action: "block",
    guidance: "1章-3",
    messageId: "external-confidential.secret",
    data: { where: ["subject"], marking: "機密性3", recipients: ["tanaka@contoso.co.jp"] },
  };
  const lookalike: Finding = {
    check: "lookalike-domain",
    action: "warn",
    guidance: "2章-4",
    messageId: "lookalike-domain.imitates",
    data: { domain: "examp1e.go.jp", of: "example.go.jp", recipients: ["kacho@examp1e.go.jp"] },
  };
  const cases: [string, DecisionAction, Finding[], string[], Record<string, string> | undefined][] = [
    ["warn, confirmed", "warn", [warn], [], { [SESSION_KEYS.acknowledged]: findingSetKey([warn]) }],
    ["warn, nothing confirmed", "warn", [warn], [], {}],
    ["warn, sessionData unknown", "warn", [warn], [], undefined],
    ["warn, a subset confirmed", "warn", [warn, lookalike], [], { [SESSION_KEYS.acknowledged]: findingSetKey([warn]) }],
    ["warn, unread attachment", "warn", [warn], ["資料.zip"], { [SESSION_KEYS.acknowledged]: findingSetKey([warn]) }],
    ["block, its set confirmed", "block", [block], [], { [SESSION_KEYS.acknowledged]: findingSetKey([block]) }],
    [
      "block with a warning, set confirmed",
      "block",
      [block, warn],
      [],
      { [SESSION_KEYS.acknowledged]: findingSetKey([block, warn]) },
    ],
  ];
  test.each(cases)("%s", (_name, action, findings, unread, session) => {
    const notice = planNotice(action, findings, unread, "ja", session);
    const send = planCompletion({
      outcome: { kind: "decided", action, findings, incomplete: unread.length > 0 },
      onError: "warn",
      caps: { promptUser: true, sessionData: true },
      session,
      hasItem: true,
      headers: true,
    });
    expect(notice.kind).toBe(send.completion.allow ? "remove" : "show");
  });
});

describe("noticeText", () => {
  const finding = (check: string, action: "warn" | "block"): Finding =>
    ({ check, action, guidance: "2-4", messageId: "x", data: {} }) as unknown as Finding;

  test("names the first check and counts the others, within 150 characters in both languages", () => {
    const many = [
      finding("bcc-expected", "warn"),
      finding("external-confidential", "warn"),
      finding("unencrypted-attachment", "warn"),
    ];
    for (const lang of ["ja", "en"] as const) {
      const text = noticeText("warn", many, lang);
      expect(text.length).toBeLessThanOrEqual(NOTICE_MAX_CHARS);
      expect(text).toMatch(lang === "ja" ? /ほか2件/ : /\+2 more/);
    }
  });

  test("every check's title fits: one finding or all of them, block or warn, ja and en", () => {
    for (const lang of ["ja", "en"] as const) {
      for (const id of CHECK_IDS) {
        for (const action of ["warn", "block"] as const) {
          const text = noticeText(action, [finding(id, action)], lang);
          expect(text.length).toBeLessThanOrEqual(NOTICE_MAX_CHARS);
          expect(text).toContain(checkTitle(id, lang));
        }
      }
      const all = noticeText(
        "warn",
        CHECK_IDS.map((id) => finding(id, "warn")),
        lang,
      );
      expect(all.length).toBeLessThanOrEqual(NOTICE_MAX_CHARS);
      expect(all).toMatch(lang === "ja" ? new RegExp(`ほか${CHECK_IDS.length - 1}件`) : /more\)$/);
    }
  });

  test("a block names a blocking finding, not a mere warning", () => {
    const text = noticeText(
      "block",
      [finding("bcc-expected", "warn"), finding("external-confidential", "block")],
      "en",
    );
    expect(text).toMatch(/^This cannot be sent as it is: /);
    expect(text).not.toMatch(/more/);
  });

  test("is never the Smart Alert's own headline (a notice is advice, the dialog decides)", () => {
    expect(noticeText("warn", [finding("bcc-expected", "warn")], "ja")).not.toContain(ALERT_TEXTS.ja.head.warn);
  });
});
