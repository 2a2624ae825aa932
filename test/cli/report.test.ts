/**
 * What an administrator reads in `sendcheck check`'s table: attachment locations in the chosen language, and each
 * recipient list named once (as the Smart Alert does), while the JSON contract stays as it was.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { describeWhere } from "../../src/cli/where";
import { renderFinding } from "../../src/core/i18n/render";
import { markingAsWritten } from "../../src/core/labels/as-written";
import { ROOT } from "../helpers/mail";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const word = (s: string) => `=?utf-8?b?${Buffer.from(s, "utf8").toString("base64")}?=`;

/** A multipart mail from example.go.jp (the example policy's organisation) with base64 attachments. */
function eml(o: { to: string[]; cc?: string[]; subject: string; body: string; files: [string, Uint8Array][] }) {
  const boundary = "----=_sendcheck_report_test";
  const parts = o.files.map(
    ([name, bytes]) =>
      `--${boundary}\r\nContent-Type: application/octet-stream; name="${word(name)}"\r\n` +
      `Content-Disposition: attachment; filename="${word(name)}"\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
      `${Buffer.from(bytes).toString("base64")}\r\n`,
  );
  const text =
    `From: yamada@example.go.jp\r\nTo: ${o.to.join(", ")}\r\n` +
    (o.cc ? `Cc: ${o.cc.join(", ")}\r\n` : "") +
    `Subject: ${word(o.subject)}\r\nDate: Tue, 01 Dec 2026 10:00:00 +0900\r\nMIME-Version: 1.0\r\n` +
    `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n` +
    `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
    `${Buffer.from(o.body, "utf8").toString("base64")}\r\n` +
    parts.join("") +
    `--${boundary}--\r\n`;
  const dir = mkdtempSync(join(tmpdir(), "sendcheck-report-"));
  const file = join(dir, "mail.eml");
  writeFileSync(file, text);
  return file;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe("attachment locations in the table", () => {
  // A ZIP whose own name and whose entry's name both carry 機密性２.
  const zip = zipSync({ "【機密性２】名簿_令和8年度.txt": new TextEncoder().encode("氏名,所属\n山田,総務課\n") });
  const file = eml({
    to: ["kakari@example.go.jp"],
    subject: "名簿の送付",
    body: "名簿を添付します。",
    files: [["機密性2_名簿.zip", zip]],
  });

  test("Japanese by default: file name and ZIP entry name are said in Japanese", async () => {
    const r = await run("check", file);
    expect(r.out).toContain("機密性2（ファイル名）");
    expect(r.out).toContain("機密性2（ZIP内のファイル名）");
    expect(r.out).toMatch(/添付: 機密性2_名簿\.zip — ZIP、暗号化なし/);
    expect(r.out).not.toMatch(/file name|zip entry name|zip, /);
  });

  test("--lang en says them in English", async () => {
    const r = await run("check", "--lang", "en", file);
    expect(r.out).toContain("機密性2 (file name)");
    expect(r.out).toContain("機密性2 (name of a file in the ZIP)");
    expect(r.out).not.toMatch(/ファイル名|ZIP内/);
  });

  test("the JSON keeps the inspectors' own names (a public contract)", async () => {
    const [json] = JSON.parse((await run("check", "--format", "json", file)).out);
    expect(json.attachments[0].markings).toEqual([
      { marking: "機密性2", where: "file name" },
      { marking: "機密性2", where: "zip entry name" },
    ]);
  });

  test("a Word header is named as a header, with its part", async () => {
    const r = await run("check", join(ROOT, "examples", "10-marking-inside-docx.eml"));
    expect(r.out).toContain("機密性2（ヘッダー（word/header1.xml））");
  });

  test.each([
    ["word/header1.xml", "ヘッダー（word/header1.xml）", "header (word/header1.xml)"],
    [
      "内訳.zip: 見積.docx: word/footer2.xml",
      "内訳.zip: 見積.docx: フッター（word/footer2.xml）",
      "内訳.zip: 見積.docx: footer (word/footer2.xml)",
    ],
    ["docProps/core.xml title", "文書のプロパティ「タイトル」", 'document property "title"'],
    ["SummaryInformation keywords", "文書のプロパティ「キーワード」", 'document property "keywords"'],
    ["docProps/custom.xml 区分", "ユーザー設定のプロパティ「区分」", 'custom property "区分"'],
    ["DocumentSummaryInformation sensitivity label", "秘密度ラベル", "sensitivity label"],
    [
      "xl/worksheets/sheet1.xml header/footer",
      "ヘッダー・フッター（xl/worksheets/sheet1.xml）",
      "header/footer (xl/worksheets/sheet1.xml)",
    ],
    ["xl sheet name", "シート名", "sheet name"],
    ["pdf page 1", "PDFの1ページ目", "PDF page 1"],
    ["pdf /Info Title", "PDFの文書情報「Title」", 'PDF document information "Title"'],
    [
      "attached mail › 報告.docx: word/document.xml",
      "添付メール › 報告.docx: 本文（word/document.xml）",
      "attached mail › 報告.docx: body (word/document.xml)",
    ],
    ["a: b.zip: zip entry name", "a: b.zip: ZIP内のファイル名", "a: b.zip: name of a file in the ZIP"],
    // A part no rule knows is shown as it is rather than guessed at.
    ["customXml/item1.xml", "customXml/item1.xml", "customXml/item1.xml"],
  ])("%s", (where, ja, en) => {
    expect(describeWhere(where, "ja")).toBe(ja);
    expect(describeWhere(where, "en")).toBe(en);
  });
});

describe("each recipient list once in the table", () => {
  const SUBJECT = "【機密性２・配布禁止】共同研究の進捗資料";
  const OUTSIDE = ["tanaka@contoso.co.jp", "suzuki@fabrikam.co.jp", "sato@northwind.or.jp"];
  const file = eml({
    to: [OUTSIDE[0]!],
    cc: OUTSIDE.slice(1),
    subject: SUBJECT,
    body: "共同研究の進捗資料をお送りします。ご確認ください。",
    files: [["進捗資料.docx", new TextEncoder().encode("not really a document")]],
  });

  test("several findings name the same three recipients (the premise)", async () => {
    const [json] = JSON.parse((await run("check", "--format", "json", file)).out);
    const naming = json.findings.filter((f: { message: string }) => f.message.includes("tanaka@contoso.co.jp"));
    expect(naming.length).toBeGreaterThanOrEqual(2);
    // The JSON is unchanged: every finding's message is its full sentence, list included.
    for (const f of json.findings)
      expect(f.message).toBe(renderFinding({ messageId: f.messageId, data: f.data }, "ja"));
  });

  test.each(["ja", "en"] as const)("%s: the table names the list on the first line that shows it", async (lang) => {
    const r = await run("check", "--lang", lang, file);
    expect(count(r.out, "tanaka@contoso.co.jp")).toBe(1);
    expect(r.out).not.toMatch(/（）|\(\)/);
    const [json] = JSON.parse((await run("check", "--lang", lang, "--format", "json", file)).out);
    // Every finding still has its own line, the later ones without the list.
    for (const f of json.findings) {
      // The table quotes the subject's marking as written (【機密性２・…】), the JSON its normalised form.
      const data =
        f.data.marking === undefined ? f.data : { ...f.data, marking: markingAsWritten(f.data.marking, [SUBJECT]) };
      const full = renderFinding({ messageId: f.messageId, data }, lang);
      const short = renderFinding({ messageId: f.messageId, data }, lang, { omitRecipients: true });
      expect(r.out.includes(full) || r.out.includes(short)).toBe(true);
    }
  });
});

describe("the table in people's words, the JSON unchanged", () => {
  // Sent outside with a confidentiality class in the subject (full-width digit) and a mention in the body.
  const file = eml({
    to: ["tanaka@contoso.co.jp"],
    subject: "【機密性２】共同研究の進捗",
    body: "共同研究の進捗資料をお送りします。\n機密性３情報の扱いについては別途ご相談ください。",
    files: [],
  });

  test("each finding's action is said in words (ja by default, en with --lang en), never as its id", async () => {
    const [json] = JSON.parse((await run("check", "--format", "json", file)).out);
    const actions = new Set<string>(json.findings.map((f: { action: string }) => f.action));
    expect(actions.size).toBeGreaterThan(0);
    const ja = (await run("check", file)).out;
    const en = (await run("check", "--lang", "en", file)).out;
    const words = {
      ja: { block: "送信不可", warn: "警告", info: "参考" },
      en: { block: "blocked", warn: "warning", info: "note" },
    };
    for (const a of actions) {
      expect(ja).toContain(`[${words.ja[a as "warn"]}] `);
      expect(en).toContain(`[${words.en[a as "warn"]}] `);
    }
    expect(ja).not.toMatch(/\[(warn|block|info)\]/);
    expect(en).not.toMatch(/\[(warn|block|info)\]/);
    // The JSON keeps the ids (a public contract).
    for (const a of actions) expect(["warn", "block", "info"]).toContain(a);
  });

  test("a subject marking is quoted as written in the table; the JSON keeps the normalised form", async () => {
    const [json] = JSON.parse((await run("check", "--format", "json", file)).out);
    const marked = json.findings.filter((f: { data: { marking?: unknown } }) => f.data.marking !== undefined);
    expect(marked.length).toBeGreaterThan(0);
    expect(JSON.stringify(marked.map((f: { data: unknown }) => f.data))).not.toContain("機密性２");
    const ja = (await run("check", file)).out;
    expect(ja).toContain("機密性２");
    expect(ja).not.toMatch(/機密性2[^_]/);
  });
});
