import { inspectAttachment } from "../../src/core/attachments/index";
import { inlineStringsText, runText } from "../../src/core/attachments/ooxml-text";
import { evaluate } from "../../src/core/engine";
import { detectMarkings } from "../../src/core/labels/detect";
import { readEml } from "../../src/eml/read-eml";
import { decodeInspection, encodeInspection } from "../../src/office/attachment-cache";
import { buildZip } from "../core/attachments/zip-builder";
import { mail, POLICY } from "../helpers/mail";
import { buildEml, docx, pptx, xlsx } from "./fresh-helpers";

/** The unit-level shape of each misjudgement the fresh cases found, so a regression names the layer that broke. */

const body = (text: string) => detectMarkings(text, [], { place: "body" });

describe("labels", () => {
  test("a post followed by 限り (課長限り, 管理職限り) restricts the readership", () => {
    expect(body("回覧：課長限り\n\n日程です。")).toEqual([{ text: "課長限り", level: 0, restriction: "limited" }]);
    expect(body("各位\n\n※管理職限り\n")).toEqual([{ text: "管理職限り", level: 0, restriction: "limited" }]);
    expect(body("できる限り早めにお願いします。受付は本日限りです。")).toEqual([]);
  });

  test("※本メールは関係者限り ends a long mail without a copula: still a marking", () => {
    const text = "加藤様\n" + "本文の行です。\n".repeat(14) + "※本メールは関係者限り\n";
    expect(body(text)).toEqual([{ text: "関係者限り", level: 0, restriction: "limited" }]);
    expect(body("加藤様\n" + "本文の行です。\n".repeat(14) + "添付資料は機密性２。\n")).toEqual([
      { text: "機密性2", level: 2 },
    ]);
  });

  test("a label framed by box lines, bullets, asterisks or ≪≫ on a line of its own is a marking", () => {
    const level2 = [{ text: "機密性2", level: 2 }];
    expect(body("加藤様\n┏━━━━┓\n┃機密性２┃\n┗━━━━┛\n")).toEqual(level2);
    expect(body("加藤様\n■機密性２■\n")).toEqual(level2);
    expect(body("加藤様\n＊＊＊機密性２＊＊＊\n")).toEqual(level2);
    expect(body("加藤様\n＝＝ 機密性２ ＝＝\n")).toEqual(level2);
    expect(body("加藤様\n≪機密性２≫\n")).toEqual(level2);
  });

  test("本資料の格付は機密性２、… states this content's class", () => {
    expect(body("加藤様\n本資料の格付は機密性２、取扱制限は関係者限りです。")).toEqual([
      { text: "機密性2", level: 2 },
      { text: "関係者限り", level: 0, restriction: "limited" },
    ]);
  });

  test("関係者限りでの共有をお願いします and a (注) footer state this content's restriction", () => {
    const limited = [{ text: "関係者限り", level: 0, restriction: "limited" }];
    expect(body("加藤様\n\n※本資料は関係者限りでの共有をお願いします。")).toEqual(limited);
    expect(body("加藤様\n" + "本文の行です。\n".repeat(12) + "（注）本資料は関係者限り\n")).toEqual(limited);
  });

  test("【機密】 is a secret-tier marking and 取扱厳重注意 a caution marking; 機密性 and 機密保持 are not 機密", () => {
    expect(detectMarkings("【機密】防護計画", [], { place: "subject" })).toEqual([{ text: "機密", level: 3 }]);
    expect(detectMarkings("【取扱厳重注意】名簿", [], { place: "subject" })).toEqual([{ text: "取扱注意", level: 2 }]);
    expect(detectMarkings("【機密性２】機密保持契約", [], { place: "subject" })).toEqual([
      { text: "機密性2", level: 2 },
    ]);
  });

  test("a topic ending a sentence is still a mention", () => {
    const text = "各位\n" + "本文の行です。\n".repeat(14) + "※今回の研修テーマは機密性２情報\n";
    expect(body(text)).toEqual([{ text: "機密性2", level: 2, mention: true }]);
  });
});

describe("attachments", () => {
  test("inline-string cells of a worksheet, one per line, phonetic guides left out", () => {
    const xml =
      '<sheetData><row><c t="inlineStr"><is><t>機密性２</t></is></c><c t="inlineStr"><is><r><t>氏</t></r><r><t>名</t></r><rPh><t>シメイ</t></rPh></is></c></row></sheetData>';
    expect(inlineStringsText(xml, 100)).toBe("機密性２\n氏名");
  });

  test("a VML watermark's text is read as a line of its own", () => {
    const xml =
      '<w:hdr><w:p><w:r><w:t>総務課</w:t></w:r><w:r><w:pict><v:shape><v:textpath style="font-size:1pt" string="社外秘"/></v:shape></w:pict></w:r></w:p></w:hdr>';
    expect(runText(xml, 100)).toBe("総務課\n社外秘");
    expect(detectMarkings("複製を禁ず")).toEqual([{ text: "複製を禁ず", level: 0, restriction: "no-copy" }]);
  });

  test("the start of a plain-text file is read: UTF-8, CP932, UTF-16LE; binary data is not", () => {
    const start = (bytes: Uint8Array) => inspectAttachment(bytes).texts.filter((t) => t.where === "text file start");
    expect(start(new TextEncoder().encode("【機密性２】\nメモ"))).toEqual([
      { where: "text file start", text: "【機密性２】\nメモ" },
    ]);
    const cp932 = Uint8Array.from([0x8b, 0x40, 0x96, 0xa7, 0x90, 0xab, 0x82, 0x51, 0x2c, 0x0d, 0x0a]); // 機密性２,
    expect(start(cp932)).toEqual([{ where: "text file start", text: "機密性２," }]);
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x5f, 0x6a, 0xc6, 0x5b, 0x27, 0x60, 0x12, 0xff]); // BOM 機密性２
    expect(start(utf16)).toEqual([{ where: "text file start", text: "機密性２" }]);
    expect(start(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual([]);
    expect(body("機密性２,,\n氏名,所属")).toEqual([{ text: "機密性2", level: 2 }]);
  });

  test("CMS enveloped data (S/MIME smime.p7m) is encrypted; signed data is not", () => {
    const oid = (last: number) => [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, last];
    const enveloped = Uint8Array.from([0x30, 0x80, ...oid(0x03), 0xa0, 0x80, 0, 0, 1, 2, 3]);
    const signed = Uint8Array.from([0x30, 0x80, ...oid(0x02), 0xa0, 0x80, 0, 0, 1, 2, 3]);
    expect(inspectAttachment(enveloped).encryption).toBe("encrypted");
    expect(inspectAttachment(signed).encryption).toBe("unknown");
  });

  test("a ZIP with one protected file and one plain file is partly encrypted, and the send-path cache keeps that", () => {
    const r = inspectAttachment(
      buildZip([
        { name: "a.xlsx", data: "plain" },
        { name: "b.txt", data: "locked", flags: 0x0801 },
      ]),
    );
    expect([r.encryption, r.partlyEncrypted]).toEqual(["not-encrypted", true]);
    expect(decodeInspection("x.zip", encodeInspection("x.zip", r))?.partlyEncrypted).toBe(true);
  });

  test("an xlsx whose cells are inline strings gives their text", () => {
    const r = inspectAttachment(xlsx({ inline: ["機密性２", "氏名"] }));
    expect(r.texts).toContainEqual({ where: "xl/worksheets/sheet1.xml", text: "機密性２\n氏名" });
  });

  test("a pptx slide master's text is read", () => {
    const r = inspectAttachment(pptx({ slides: [["概要"]], master: ["機密性２"] }));
    expect(r.texts).toContainEqual({ where: "ppt/slideMasters/slideMaster1.xml", text: "機密性２" });
  });
});

describe(".eml reading", () => {
  test("Content-Disposition: inline on a document keeps it an attachment; an inline picture stays inline", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { snapshot } = await readEml(
      buildEml({
        to: ["kato@alpha-souken.co.jp"],
        subject: "報告書",
        text: "報告書です。",
        files: [
          { name: "報告書.docx", bytes: docx({ body: ["報告書"] }), disposition: "inline" },
          { name: "図.png", bytes: png, type: "image/png", disposition: "inline" },
        ],
      }),
    );
    expect(snapshot.attachments.map((a) => [a.name, a.inline])).toEqual([
      ["報告書.docx", false],
      ["図.png", true],
    ]);
  });

  test("the HTML alternative is read when the plain part is a stub", async () => {
    const { snapshot } = await readEml(
      buildEml({
        to: ["kato@alpha-souken.co.jp"],
        subject: "資料",
        text: "HTMLメールを表示できるソフトでご覧ください。",
        html: "<p>【機密性３】</p><p>資料です。</p>",
      }),
    );
    expect(snapshot.body).toContain("【機密性３】");
  });

  test("the plain alternative is read when the HTML part is the stub", async () => {
    const { snapshot } = await readEml(
      buildEml({
        to: ["kato@alpha-souken.co.jp"],
        subject: "資料",
        text: "加藤様\n\n【機密性２】\n検討資料をお送りします。ご確認をお願いいたします。",
        html: '<p><img src="cid:logo"></p><p>テキスト版をご覧ください</p>',
      }),
    );
    expect(snapshot.body).toContain("【機密性２】");
  });

  test("encoded words that cut a character in two are joined", async () => {
    const raw =
      "From: a@example.go.jp\r\nTo: b@alpha.co.jp\r\nSubject: =?UTF-8?B?44CQ5g==?=\r\n =?UTF-8?B?qZ/lr4bmgKfvvJLjgJE=?=\r\n\r\nx\r\n";
    const { snapshot } = await readEml(new TextEncoder().encode(raw));
    expect(snapshot.subject).toBe("【機密性２】");
  });

  test("encoded words that are whole each are decoded as before", async () => {
    const raw = "From: a@example.go.jp\r\nSubject: =?UTF-8?B?5qmf5a+G5oCn?= =?ISO-8859-1?Q?caf=E9?=\r\n\r\nx\r\n";
    const { snapshot } = await readEml(new TextEncoder().encode(raw));
    expect(snapshot.subject).toBe("機密性café");
  });
});

describe("an attachment's own marking", () => {
  const doc = (texts: [string, string][]) => ({
    name: "資料.docx",
    size: 1000,
    inline: false,
    inspection: {
      kind: "ooxml" as const,
      encryption: "not-encrypted" as const,
      texts: texts.map(([where, text]) => ({ where, text })),
    },
  });
  const decide = (texts: [string, string][]) =>
    evaluate(mail({ to: ["kato@alpha-souken.co.jp"], subject: "資料", attachments: [doc(texts)] }), POLICY).action;

  test("a 要機密 header does not hide a higher marking inside; a 機密性１ header still decides its file", () => {
    expect(
      decide([
        ["word/header1.xml", "機密性２"],
        ["word/document.xml", "検討資料\n【機密性３】\n別紙"],
      ]),
    ).toBe("block");
    expect(
      decide([
        ["word/header1.xml", "機密性１"],
        ["word/document.xml", "【機密性２】\n表示の例"],
      ]),
    ).toBe("allow");
  });
});

describe("ppap", () => {
  const zip = {
    name: "資料.zip",
    size: 100,
    inline: false,
    inspection: { kind: "zip" as const, encryption: "encrypted" as const, texts: [] },
  };
  const ppap = (text: string) =>
    evaluate(mail({ to: ["kato@alpha-souken.co.jp"], subject: "資料", body: text, attachments: [zip] }), POLICY)
      .findings.filter((f) => f.check === "ppap")
      .map((f) => f.messageId);

  test("a password under a bracketed heading, after spaces only, or on a line below a pointer is in the mail", () => {
    expect(ppap("資料です。\n【パスワード】 Rk7pQ2xw\n")).toEqual(["ppap.password-in-mail"]);
    expect(ppap("資料です。\nパスワード　Rk7pQ2xw\n")).toEqual(["ppap.password-in-mail"]);
    expect(ppap("資料です。\n解凍パスワードは以下のとおりです。\n\nRk7pQ2xw\n")).toEqual(["ppap.password-in-mail"]);
  });

  test("a year or a count after the word is not a password", () => {
    expect(ppap("パスワード 2024年度の変更手順はお電話でご説明します。")).toEqual([]);
  });
});
