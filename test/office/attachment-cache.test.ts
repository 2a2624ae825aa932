import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { inspectAttachment } from "../../src/core/attachments/index";
import { detectMarkings } from "../../src/core/labels/detect";
import {
  attachmentKey,
  compactText,
  decodeInspection,
  encodeInspection,
  MAX_ENTRY_CHARS,
} from "../../src/office/attachment-cache";
import { ROOT } from "../helpers/mail";

// Every reading counts: the marking, and whether the judge took it as a marking or a mention, in running text
// (document bodies, first pages) and in explicit places (headers, titles).
const markingSet = (text: string) =>
  new Set(
    (["body", "explicit"] as const).flatMap((place) =>
      detectMarkings(text, [], { place }).map(
        (m) => `${place}|${m.text}|${m.level}|${m.restriction ?? ""}|${m.mention ? "mention" : "marking"}`,
      ),
    ),
  );

const SAMPLES = [
  "【機密性２】 令和7年度 予算要求資料",
  "本資料は関係者限りとします。転送禁止。" + "あ".repeat(500) + "機密性：３情報",
  "秘書課からのお知らせ。便秘。\n  秘  \n以上",
  "取扱注意事項を確認のこと。取扱注意",
  "x".repeat(10_000) + "【秘】" + "y".repeat(10_000) + "送信要許可",
  "できる限り早く。庁内限り。省外秘。複製禁止 コピー不可 配布要許可 暗号化必須 読後廃棄",
];

describe("attachment cache in sessionData", () => {
  test.each(SAMPLES)("compacting keeps exactly the markings: %#", (text) => {
    expect(markingSet(compactText(text))).toEqual(markingSet(text));
    expect(compactText(text).length).toBeLessThanOrEqual(Math.max(text.length, 200));
  });

  test("a label line far down a long document stays a late line (a mention) in the cached copy", () => {
    const paragraph = "本文の段落です。".repeat(30);
    const lines = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${paragraph}`);
    lines.splice(25, 0, "機密性２");
    const text = lines.join("\n");
    const full = detectMarkings(text, [], { place: "body" });
    expect(full.map((m) => [m.text, m.mention === true])).toEqual([["機密性2", true]]);
    expect(markingSet(compactText(text))).toEqual(markingSet(text));
    // The same line near the top is a marking, in the whole text and in the cached copy.
    const early = ["機密性２", ...lines.slice(0, 24)].join("\n");
    expect(detectMarkings(early, [], { place: "body" })[0]?.mention).toBeUndefined();
    expect(markingSet(compactText(early))).toEqual(markingSet(early));
  });

  test("【要機密】 is kept in the cached copy", () => {
    const text = "x".repeat(3000) + "\n【要機密】\n" + "y".repeat(3000);
    expect(compactText(text)).toContain("【要機密】");
    expect(markingSet(compactText(text))).toEqual(markingSet(text));
  });

  test("long texts: the cached copy reads exactly like the whole (random documents of marking fragments)", () => {
    const pieces = [
      "機密性２",
      "【機密性３】",
      "機密性２情報の取扱いに関する研修",
      "格付：",
      "添付資料は",
      "情報です。",
      "関係者限り",
      "転送禁止",
      "【要機密】",
      "秘書",
      "\n",
      "\n",
      "\n",
      "> ",
      "・",
      "あいうえお".repeat(20),
      "x".repeat(250),
      "本文です。".repeat(60),
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 20, maxLength: 80 }), (parts) => {
        const text = parts.join("");
        expect(markingSet(compactText(text))).toEqual(markingSet(text));
      }),
      { numRuns: 300 },
    );
  });

  test("compacting keeps the markings of random text built from marking fragments", () => {
    const pieces = [
      "機密性",
      "２",
      "3",
      "【",
      "】",
      "秘",
      "書",
      "限り",
      "庁内",
      "転送",
      "禁止",
      "注意",
      "取扱",
      "\n",
      " ",
      "あいう",
      "x".repeat(60),
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        expect(markingSet(compactText(text))).toEqual(markingSet(text));
      }),
      { numRuns: 500 },
    );
  });

  test("a real document round-trips and stays small", () => {
    const bytes = readFileSync(join(ROOT, "test", "fixtures", "attachments", "word-kimitsu2.docx"));
    const inspection = inspectAttachment(new Uint8Array(bytes));
    const encoded = encodeInspection("a.docx", inspection) as string;
    expect(encoded.length).toBeLessThan(MAX_ENTRY_CHARS);
    const back = decodeInspection("a.docx", encoded);
    expect(back?.kind).toBe(inspection.kind);
    expect(back?.encryption).toBe(inspection.encryption);
    const all = (i: typeof inspection) => markingSet(i.texts.map((t) => t.text).join("\n"));
    expect(all(back as typeof inspection)).toEqual(all(inspection));
  });

  test("a foreign or corrupt entry is a cache miss", () => {
    const encoded = encodeInspection("a.pdf", { kind: "pdf", encryption: "not-encrypted", texts: [] }) as string;
    expect(decodeInspection("b.pdf", encoded)).toBeUndefined();
    expect(decodeInspection("a.pdf", "{not json")).toBeUndefined();
    expect(decodeInspection("a.pdf", JSON.stringify({ n: "a.pdf", k: "exe", e: "unknown" }))).toBeUndefined();
    expect(decodeInspection("a.pdf", encoded)?.encryption).toBe("not-encrypted");
  });

  test("keys depend on name and size, not on Outlook's attachment id", () => {
    expect(attachmentKey("a.docx", 10)).toBe(attachmentKey("a.docx", 10));
    expect(attachmentKey("a.docx", 10)).not.toBe(attachmentKey("a.docx", 11));
    expect(attachmentKey("a.docx", 10)).toMatch(/^sc\.att\.[0-9a-f]{8}$/);
  });
});
