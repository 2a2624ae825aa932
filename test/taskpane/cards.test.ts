import { CHECK_IDS } from "../../src/core/checks/ids";
import type { Finding } from "../../src/core/checks/types";
import { asWritten } from "../../src/core/labels/as-written";
import { buildCards, checklistKey, resolvedSince, type PaneDraft } from "../../src/taskpane/model/cards";
import { sendState } from "../../src/taskpane/model/send-state";
import { STRINGS } from "../../src/taskpane/strings";

const url = (s: string) => `https://addin.example.go.jp/guidance/ja/${s.replace("章", "")}.html`;

const bcc: Finding = {
  check: "bcc-expected",
  action: "warn",
  guidance: "2章-4",
  messageId: "bcc-expected.organisations",
  data: { count: 2, domains: ["a.co.jp", "b.co.jp"], recipients: ["x@a.co.jp", "Y@B.co.jp", "gone@c.co.jp"] },
};
const secret: Finding = {
  check: "external-confidential",
  action: "block",
  guidance: "1章-3",
  messageId: "external-confidential.secret",
  data: { where: ["attachment:秘.docx", "attachment:missing.pdf"], marking: "機密性3", recipients: ["x@a.co.jp"] },
};
const ppap: Finding = {
  check: "ppap",
  action: "warn",
  guidance: "2章-4",
  messageId: "ppap.password-separately",
  data: { attachments: ["a.zip"] },
};
const unencrypted: Finding = {
  check: "unencrypted-attachment",
  action: "warn",
  guidance: "2章-4",
  messageId: "unencrypted-attachment.not-encrypted",
  data: { marking: "機密性2", attachments: ["【機密性２】検討資料.docx"], recipients: ["x@a.co.jp"] },
};
const confidential: Finding = {
  check: "external-confidential",
  action: "warn",
  guidance: "1章-3",
  messageId: "external-confidential.confidential",
  data: { where: ["subject"], marking: "機密性2", recipients: ["x@a.co.jp"] },
};
const mention: Finding = {
  check: "external-confidential",
  action: "info",
  guidance: "1章-3",
  messageId: "external-confidential.confidential",
  data: { where: ["body"], marking: "機密性2", recipients: ["x@a.co.jp"] },
};

const draft: PaneDraft = {
  recipients: [
    { field: "to", address: "x@a.co.jp", displayName: "X" },
    { field: "cc", address: "y@b.co.jp" },
    { field: "bcc", address: "z@a.co.jp" },
  ],
  subject: "件名",
  attachments: [
    { id: "1", name: "秘.docx" },
    { id: "2", name: "other.txt" },
  ],
};

describe("fix pane cards", () => {
  test("move-to-BCC offers only the recipients still in To/CC, matched without case", () => {
    const [card] = buildCards([bcc], draft, "ja", url);
    expect(card!.fixes).toEqual([
      {
        kind: "move-to-bcc",
        candidates: [
          { address: "x@a.co.jp", field: "to", displayName: "X" },
          { address: "y@b.co.jp", field: "cc" },
        ],
      },
    ]);
    expect(card!.guidanceUrl).toBe("https://addin.example.go.jp/guidance/ja/2-4.html");
    expect(card!.title).toBe("BCCにすべき宛先");
    expect(card!.why).toBe(STRINGS.ja.why["bcc-expected"]);
  });

  test("attachment removal maps names to the draft's ids and drops files no longer attached", () => {
    const [card] = buildCards([secret], draft, "en", url);
    expect(card!.fixes[0]).toEqual({ kind: "remove-attachment", attachments: [{ id: "1", name: "秘.docx" }] });
  });

  test("a block offers no tick box (none could lift it) and says who decides and how to send instead", () => {
    for (const lang of ["ja", "en"] as const) {
      const [card] = buildCards([secret], draft, lang, url);
      expect(card!.fixes.some((f) => f.kind === "checklist")).toBe(false);
      expect(card!.instead).toBe(STRINGS[lang].instead["external-confidential.secret"]);
    }
    expect(STRINGS.ja.instead["external-confidential.secret"]).toContain("格付を決めた人");
    const [warn] = buildCards([confidential], draft, "ja", url);
    expect(warn!.instead).toBeUndefined();
  });

  test("an unencrypted attachment offers choices, never an 'encrypted' tick, and stays open until the file changes", () => {
    const withFile: PaneDraft = { ...draft, attachments: [{ id: "9", name: "【機密性２】検討資料.docx" }] };
    const [card] = buildCards([unencrypted], withFile, "ja", url);
    expect(card!.fixes).toEqual([
      {
        kind: "attachment-choices",
        attachments: [{ id: "9", name: "【機密性２】検討資料.docx" }],
        choices: ["replace-encrypted", "share-link", "remove"],
      },
    ]);
    // Ticking everything there is cannot send it: only a change to the attachment can.
    const everything = new Set(["encrypt", "link"].map((i) => checklistKey(card!.key, i)));
    expect(sendState([card!], everything)).toEqual({ kind: "todo", count: 1 });
    // The confidential-outside warning asks only what the user alone knows.
    const [c] = buildCards([confidential], withFile, "ja", url);
    const items = c!.fixes.flatMap((f) => (f.kind === "checklist" ? f.items.map((i) => i.id) : []));
    expect(items).toEqual(["fix.ask-owner"]);
  });

  test("markings are quoted as the user wrote them, falling back to the engine's text", () => {
    const marked: PaneDraft = { ...draft, attachments: [{ id: "9", name: "【機密性２】検討資料.docx" }] };
    const [card] = buildCards([unencrypted], marked, "ja", url);
    expect(card!.message).toContain("「機密性２」");
    expect(card!.message).not.toContain("「機密性2」");
    const [plain] = buildCards([unencrypted], { ...draft, attachments: [] }, "ja", url);
    expect(plain!.message).toContain("「機密性2」");
    expect(asWritten("[機密性3]", ["件名", "【ご参考】［機密性３］資料"])).toBe("［機密性３］");
    expect(asWritten("機密性3", [undefined, "機密性　３ではない", "本文 機密性３ です"])).toBe("機密性３");
    expect(asWritten("取扱注意", ["x".repeat(100_000)])).toBe("取扱注意");
  });

  test("info findings never count as something to fix", () => {
    const cards = buildCards([mention], draft, "ja", url);
    expect(cards[0]!.action).toBe("info");
    expect(sendState(cards, new Set())).toEqual({ kind: "ready" });
  });

  test("a fix with nothing left disappears; duplicate findings get distinct keys", () => {
    const cards = buildCards([bcc, bcc], { ...draft, recipients: [] }, "ja", url);
    expect(cards[0]!.fixes).toEqual([]);
    expect(cards.map((c) => c.key)).toEqual([
      "bcc-expected|bcc-expected.organisations",
      "bcc-expected|bcc-expected.organisations#1",
    ]);
  });

  test("send state: block stops; a warning needs its fix or every checklist tick", () => {
    const cards = buildCards([ppap], draft, "ja", url);
    expect(sendState(cards, new Set())).toEqual({ kind: "todo", count: 1 });
    const items = cards[0]!.fixes[0]!.kind === "checklist" ? cards[0]!.fixes[0]!.items : [];
    const ticked = new Set(items.map((i) => checklistKey(cards[0]!.key, i.id)));
    expect(sendState(cards, ticked)).toEqual({ kind: "ready" });
    expect(sendState(buildCards([secret, ppap], draft, "ja", url), ticked)).toEqual({ kind: "blocked", count: 1 });
    expect(sendState(buildCards([bcc], draft, "ja", url), ticked)).toEqual({ kind: "todo", count: 1 });
    expect(sendState([], new Set())).toEqual({ kind: "ready" });
  });

  test("resolvedSince lists what the dialog reported and the draft no longer has", () => {
    expect(resolvedSince([bcc, ppap, bcc], [ppap])).toEqual([{ ...bcc }].map((f) => f));
  });

  test("every check has a 'why' sentence in both languages", () => {
    for (const id of CHECK_IDS) {
      expect(STRINGS.ja.why[id]).toBeTruthy();
      expect(STRINGS.en.why[id]).toBeTruthy();
    }
  });
});

describe("a card for a group in To/CC", () => {
  const group: Finding = {
    check: "bcc-expected",
    action: "warn",
    guidance: "2章-4",
    messageId: "bcc-expected.group",
    data: {
      count: 2,
      groups: ["報道機関各社", "利用者連絡会"],
      recipients: ["users-ml@alpha.co.jp"],
      unmovable: ["報道機関各社"],
    },
  };
  const draft: PaneDraft = {
    recipients: [
      { field: "to", address: "kouhou@partner.example.co.jp" },
      { field: "cc", address: "", displayName: "報道機関各社" },
      { field: "cc", address: "users-ml@alpha.co.jp", displayName: "利用者連絡会" },
    ],
    subject: "【報道発表】地域防災計画の改定について",
    attachments: [],
  };

  test("offers to move the list that has an address, never the contact group, and says why in the checklist", () => {
    const [card] = buildCards([group], draft, "ja", url);
    expect(card!.message).toContain("報道機関各社");
    expect(card!.fixes).toEqual([
      {
        kind: "move-to-bcc",
        candidates: [{ address: "users-ml@alpha.co.jp", field: "cc", displayName: "利用者連絡会" }],
      },
      {
        kind: "checklist",
        items: [{ id: "fix.move-group-by-hand", text: expect.stringContaining("この画面から移せません") }],
      },
    ]);
  });
});
