import { composeTypeFromSubject } from "../../../src/core/compose-type";
import { detectMarkings, hasEarlierMessage, normaliseForScan } from "../../../src/core/labels/detect";
import { lineTable } from "../../../src/core/labels/lines";
import { placeOfWhere } from "../../../src/core/labels/place";

const forms = (text: string, place: "subject" | "explicit" | "body" | "cells" = "body") =>
  detectMarkings(text, [], { place }).map((m) => `${m.text}:${m.mention ? "mention" : "marking"}`);

describe("where an inspected text sits", () => {
  test.each([
    ["word/header1.xml", "explicit"],
    ["word/footer2.xml", "explicit"],
    ["xl/worksheets/sheet1.xml header/footer", "explicit"],
    ["xl sheet name", "explicit"],
    ["docProps/core.xml title", "explicit"],
    ["docProps/core.xml subject", "explicit"],
    ["docProps/core.xml keywords", "explicit"],
    ["docProps/custom.xml sensitivity label", "explicit"],
    ["docProps/custom.xml 格付", "explicit"],
    ["SummaryInformation Title", "explicit"],
    ["zip entry name", "explicit"],
    ["attached mail subject", "explicit"],
    ["attached mail attachment name", "explicit"],
    ["pdf /Info Title", "explicit"],
    ["pdf /Info Subject", "explicit"],
    ["pdf /Info Keywords", "explicit"],
    ["pdf XMP", "explicit"],
    ["inner.zip: word/header1.xml", "explicit"],
    ["attached mail: attached mail subject", "explicit"],
    ["word/document.xml", "body"],
    ["ppt/slides/slide1.xml", "body"],
    ["attached mail body", "body"],
    ["pdf page 1", "body"],
    ["docProps/core.xml description", "body"],
    ["xl/sharedStrings.xml", "cells"],
  ])("%s → %s", (where, place) => expect(placeOfWhere(where)).toBe(place));
});

describe("marking or mention, word by word", () => {
  test.each([
    // [text, place, expected]
    ["【機密性２】", "body", ["機密性2:marking"]],
    ["［機密性：２］", "body", ["機密性2:marking"]],
    ["（秘）", "body", ["秘:marking"]],
    ["㊙", "body", ["秘:marking"]],
    ["「秘」指定の文書", "body", ["秘:mention"]],
    ["機密性２情報の取扱い", "subject", ["機密性2:mention"]],
    ["【機密性２情報取扱研修】", "subject", ["機密性2:mention"]],
    ["【関係者限り・機密性２】", "subject", ["機密性2:marking", "関係者限り:marking"]],
    ["20250401_機密性2_名簿.xlsx", "explicit", ["機密性2:marking"]],
    ["名簿(機密性2).xlsx", "explicit", ["機密性2:marking"]],
    ["機密性2.docx", "explicit", ["機密性2:marking"]],
    ["機密性２情報の取扱い研修.pptx", "explicit", ["機密性2:mention"]],
    ["極秘に進められた", "body", ["極秘:mention"]],
    ["格付：極秘", "body", ["極秘:marking"]],
    ["区分: 機密性３情報", "body", ["機密性3:marking"]],
    ["送信不可のため郵送します", "body", ["送信不可:mention"]],
    ["【送信不可】", "body", ["送信不可:marking"]],
    ["本メールは転送禁止です。", "body", ["転送禁止:marking"]],
    ["転送禁止でお願いします。", "body", ["転送禁止:marking"]],
    ["自動転送禁止の設定について", "body", ["転送禁止:mention"]],
    ["機密性２→１に見直し", "body", ["機密性2:mention"]],
    ["【機密性２→１】", "subject", ["機密性2:mention"]],
    ["機密性２", "cells", ["機密性2:marking"]],
  ] as const)("%s (%s)", (text, place, expected) => expect(forms(text, place).sort()).toEqual([...expected].sort()));

  test("a label line counts near the top of the body, not deep inside it", () => {
    expect(forms("各位\n\n機密性２\n本文")).toEqual(["機密性2:marking"]);
    expect(forms("各位\n" + "説明。\n".repeat(12) + "機密性２\n")).toEqual(["機密性2:mention"]);
  });

  test("the same word as a marking and as a mention is reported once, as a marking", () => {
    expect(forms("【機密性２】\n機密性２情報の取扱いに注意してください。")).toEqual(["機密性2:marking"]);
  });

  test("in a reply, a quoted label line counts and a quoted statement does not", () => {
    const quoted = (body: string) =>
      detectMarkings(body, [], { place: "body", composeType: "reply" }).map(
        (m) => `${m.text}:${m.mention ? "mention" : "marking"}:${m.quoted ? "quoted" : "new"}`,
      );
    expect(quoted("了解です。\n> 機密性２\n> 資料です")).toEqual(["機密性2:marking:quoted"]);
    expect(quoted("了解です。\n> 添付資料は機密性２情報です。")).toEqual(["機密性2:mention:quoted"]);
    expect(
      detectMarkings("了解です。\n> 添付資料は機密性２情報です。", [], { place: "body", composeType: "forward" }),
    ).toEqual([{ text: "機密性2", level: 2, quoted: true }]);
  });
});

describe("earlier messages in a body", () => {
  test.each([
    "返信です。\n\n-----Original Message-----\nFrom: a\n本文",
    "返信です。\n\n-----元のメッセージ-----\n差出人: 鈴木\n本文",
    "返信です。\n\n---------- Forwarded message ---------\nFrom: a <a@example.jp>\n本文",
    "転送します。\n\n-------- 転送メッセージ --------\n件名: x",
    "返信です。\n\nOn Tue, Apr 1, 2025 at 10:00 AM Suzuki <suzuki@example.jp> wrote:\n> 本文",
    "返信です。\n\n2025年4月1日(火) 10:00 鈴木 <suzuki@example.go.jp>:\n本文",
    "返信です。\n\n2025/04/01 10:00、鈴木 一郎 のメッセージ:\n本文",
    "返信です。\n\n差出人: 鈴木 一郎\n送信日時: 2025年4月1日 10:00\n宛先: 山田\n件名: 報告\n\n本文",
    "返信です。\n> 引用",
  ])("found: %#", (body) => expect(hasEarlierMessage(body)).toBe(true));

  test.each([
    "各位\n\nFrom: 山田 と書いた紙を貼ってください。\n以上",
    "各位\n\n会議は10:00からです:\n以上",
    "----------\n例示省 山田",
  ])("none: %#", (body) => expect(hasEarlierMessage(body)).toBe(false));

  test("lines below a separator are quoted and counted from the separator", () => {
    const t = lineTable("新しい本文\n\n-----Original Message-----\nFrom: a\n機密性２");
    expect(t.lines.map((l) => l.quoted)).toEqual([false, false, true, true, true]);
    expect(t.lines[4]!.rank).toBe(2);
  });
});

describe("compose type from the subject", () => {
  test.each([
    ["【ご参考】FW: 検討状況", "forward"],
    ["【重要】【ご参考】転送: 日程", "forward"],
    ["[EXT] Fwd: 資料", "forward"],
    ["(再送) FW: 資料", "forward"],
    ["ＦＷ：会議", "forward"],
    ["RE: FW: 資料", "reply"],
    ["FW: RE: 資料", "forward"],
    ["【至急】RE: 回答", "reply"],
    ["転送のお願い", "new"],
    ["【転送禁止】人事メモ", "new"],
    ["Re: 転送不可のメール", "reply"],
  ])("%s → %s", (subject, type) => expect(composeTypeFromSubject(subject)).toBe(type));
});

describe("invisible characters", () => {
  test.each(["\u0000", "\u200B", "\u200D", "\u00AD", "\u202E", "\u2066", "\uFEFF", "\uFFFD", "\uFE0F", "\u0007"])(
    "U+%s is removed before matching",
    (c) => {
      expect(normaliseForScan(`機密${c}性${c}２`)).toBe("機密性2");
      expect(forms(`【機${c}密性２】`, "subject")).toEqual(["機密性2:marking"]);
    },
  );

  test("line breaks of every style become one", () => {
    expect(normaliseForScan("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
  });
});

describe("hostile input stays fast", () => {
  const cases: [string, string][] = [
    ["spaces after 機密性", "機密性" + " ".repeat(49_000) + "x"],
    ["thousands of labels on one line", "機密性２の".repeat(9_000)],
    ["thousands of bracketed labels", "【機密性２】".repeat(7_000)],
    ["open brackets", "【".repeat(49_000) + "機密性２"],
    ["quote marks", "> ".repeat(24_000) + "機密性２"],
    ["kanji before 限り", "関係者".repeat(16_000) + "限り"],
    ["many short lines", "機密性２\n".repeat(9_000)],
    ["separator-like lines", "From: a\nTo: b\n".repeat(5_000) + "機密性２"],
  ];
  test.each(cases)("%s", (_name, text) => {
    for (const place of ["body", "subject", "explicit"] as const) {
      const t0 = Date.now();
      detectMarkings(text, [], { place, composeType: "reply" });
      expect(Date.now() - t0).toBeLessThan(1500);
    }
  });
});
