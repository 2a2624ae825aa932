import { buildSmartAlert } from "../../src/core/alert/index";
import { parseInline, parseMarkdown } from "../../src/simulator/markdown";

describe("the simulator's Smart Alerts Markdown", () => {
  test("HTTPS links become links; anything else stays text", () => {
    expect(parseInline("[a](https://x.example/p)")).toEqual([
      { type: "link", href: "https://x.example/p", children: [{ type: "text", text: "a" }] },
    ]);
    expect(parseInline("[a](http://x.example/)")).toEqual([{ type: "text", text: "a (http://x.example/)" }]);
    expect(parseInline("[a](javascript:alert(1))")).toEqual([{ type: "text", text: "[a](javascript:alert(1))" }]);
  });

  test("bold, italics, escapes and unclosed markers", () => {
    expect(parseInline("**太字** と *斜体* と \\*星\\*")).toEqual([
      { type: "strong", children: [{ type: "text", text: "太字" }] },
      { type: "text", text: " と " },
      { type: "em", children: [{ type: "text", text: "斜体" }] },
      { type: "text", text: " と *星*" },
    ]);
    expect(parseInline("a_b")).toEqual([{ type: "text", text: "a_b" }]);
  });

  test("paragraphs and \\r-terminated list items; <script> is only text", () => {
    expect(parseMarkdown("**見出し**\n\n- 一\r- 二\r\n\n<script>x</script>")).toEqual([
      { type: "paragraph", children: [{ type: "strong", children: [{ type: "text", text: "見出し" }] }] },
      { type: "list", ordered: false, items: [[{ type: "text", text: "一" }], [{ type: "text", text: "二" }]] },
      { type: "paragraph", children: [{ type: "text", text: "<script>x</script>" }] },
    ]);
  });

  test("the handler's own dialog text keeps its guidance link and escaped mail data", () => {
    const text = buildSmartAlert({
      kind: "warn",
      findings: [
        {
          check: "bcc-expected",
          guidance: "2章-4",
          messageId: "bcc-expected.organisations",
          data: { count: 2, domains: ["a_b.co.jp", "[x](https://evil.example)"], recipients: [] },
        },
      ],
      lang: "ja",
      guidanceUrl: () => "https://addin.example.go.jp/guidance/ja/2-4.html",
      sendAnyway: "button",
      fixPane: true,
    });
    const blocks = parseMarkdown(text.errorMessageMarkdown);
    const links: string[] = [];
    const walk = (n: any): void => {
      if (n.type === "link") links.push(n.href);
      for (const c of n.children ?? n.items?.flat() ?? []) walk(c);
    };
    blocks.forEach(walk);
    expect(links).toEqual(["https://addin.example.go.jp/guidance/ja/2-4.html"]);
    expect(JSON.stringify(blocks)).toContain("a_b.co.jp");
  });
});
