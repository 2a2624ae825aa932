import { htmlToText } from "../../src/eml/html-to-text";

describe("htmlToText", () => {
  test("tags go, text stays, block ends and <br> become line breaks", () => {
    const html = "<div>【機密性２】<b>予算</b>資料</div><p>各位<br>ご確認ください。</p><ul><li>一</li><li>二</li></ul>";
    expect(htmlToText(html)).toBe("【機密性２】予算資料\n各位\nご確認ください。\n一\n二\n");
  });

  test("script, style and head content is dropped, with any case and attributes on the tags", () => {
    const html =
      '<HTML><Head><Title>x</Title><meta charset="utf-8"></HEAD><body><STYLE type="text/css">p{color:red}</style>' +
      "本文<script>var s = '【機密性３】';</SCRIPT >です</body></html>";
    // Each dropped element leaves one space, so words on either side stay apart.
    expect(htmlToText(html)).toBe("  本文 です");
  });

  test("an unclosed <head> keeps the text after it (nothing is hidden by a missing closing tag)", () => {
    expect(htmlToText("<head><body>【機密性２】報告</body>")).toBe("【機密性２】報告");
  });

  test("entities decode once: named, decimal, hex; unknown ones stay as written", () => {
    expect(htmlToText("&#12304;機密性２&#x3011;資料&amp;説明 &amp;lt; &nbsp;&yen;100 &bogus;")).toBe(
      "【機密性２】資料&説明 &lt;  ¥100 &bogus;",
    );
  });

  test("quoted attribute values may hold '>' without ending the tag", () => {
    expect(htmlToText("<a title=\"a > b\" href='x>y'>リンク</a>")).toBe("リンク");
  });

  test("comments and doctype vanish; a lone '<' in text stays", () => {
    expect(htmlToText("<!DOCTYPE html><!-- 【機密性３】 -->a < b <3")).toBe("a < b <3");
  });

  test("a tag left open at the end shows nothing after it", () => {
    expect(htmlToText("本文<script x")).toBe("本文");
    expect(htmlToText('本文<a href="')).toBe("本文");
  });

  test("100,000 unclosed <script x take well under a second (was 92 s)", () => {
    const started = Date.now();
    expect(htmlToText("<script x".repeat(100_000))).toBe("");
    // Never closed, so not treated as script: the text after it is still scanned for markings.
    expect(htmlToText("<script>".repeat(100_000) + "【機密性２】")).toBe("【機密性２】");
    expect(htmlToText("<style>a</style>".repeat(50_000))).toBe(" ".repeat(50_000));
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
