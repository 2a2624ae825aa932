import { CHECK_IDS } from "../../src/core/checks/ids";
import type { Finding } from "../../src/core/checks/types";
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
  messageId: "ppap.password-in-mail",
  data: { attachments: ["a.zip"] },
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
    expect(card!.fixes[1]).toMatchObject({ kind: "checklist" });
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
