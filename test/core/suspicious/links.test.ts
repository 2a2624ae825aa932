import { extractAnchors, decodeEntities } from "../../../src/core/suspicious/html-anchors";
import { hostNamedByText, hostOfUrl, linkTarget } from "../../../src/core/suspicious/link-target";
import { analyse, find, ids } from "./helpers";

const from = { emailAddress: "a@tsuhan-store.net" };
const html = (content: string) => analyse({ from, body: { type: "html", content } });

describe("extractAnchors", () => {
  it("reads href and visible text, entities decoded, inner tags removed", () => {
    expect(
      extractAnchors(`<p>x <A class=x HREF='https://a.example/?a=1&amp;b=2'><b>www.</b>example.go.jp</A> y</p>`),
    ).toEqual([{ href: "https://a.example/?a=1&b=2", text: "www.example.go.jp" }]);
  });

  it("skips comments, scripts and styles, and handles unquoted and unclosed anchors", () => {
    const a = extractAnchors(
      `<!-- <a href="https://hidden.example">x</a> --><script>var s="<a href='https://s.example'>y</a>"</script>` +
        `<a href=https://one.example>one<a href="https://two.example">two`,
    );
    expect(a).toEqual([
      { href: "https://one.example", text: "one" },
      { href: "https://two.example", text: "two" },
    ]);
  });

  it("ignores anchors without href and tags that only start with a", () => {
    expect(extractAnchors(`<a name="top">x</a><abbr title="t">y</abbr>`)).toEqual([]);
  });

  it("decodes numeric and named entities", () => {
    expect(decodeEntities("&#x65;xample&#46;go&period;jp &lt;")).toBe("example.go&period;jp <");
  });
});

describe("link hosts", () => {
  it.each([
    ["https://www.example.go.jp/login", "www.example.go.jp"],
    ["HTTPS://EXAMPLE.GO.JP.:443/x", "example.go.jp"],
    ["https://www.example.go.jp@evil.example/", "evil.example"],
    ["https:\\\\evil.example\\x", "evil.example"],
    ["https://ｅｘａｍｐｌｅ．ｇｏ．ｊｐ/", "example.go.jp"],
    ["javascript:alert(1)", ""],
    ["/relative", ""],
  ])("%s → %s", (url, host) => {
    expect(hostOfUrl(url)).toBe(host);
  });

  it("sees through Safe Links and URL Defense wrappers", () => {
    const inner = encodeURIComponent("https://evil.example/login");
    expect(linkTarget(`https://jpn01.safelinks.protection.outlook.com/?url=${inner}&data=05%7C02`).host).toBe(
      "evil.example",
    );
    expect(linkTarget("https://urldefense.com/v3/__https://evil.example/x__;!!abc$").host).toBe("evil.example");
    expect(linkTarget("https://urldefense.proofpoint.com/v2/url?u=https-3A__evil.example_x&d=DwMF").host).toBe(
      "evil.example",
    );
    expect(linkTarget("https://jpn01.safelinks.protection.outlook.com/?data=x").opaque).toBe(true);
  });

  it.each([
    ["https://example.go.jp/x", "example.go.jp"],
    ["www.example.go.jp", "www.example.go.jp"],
    ["example.go.jp", "example.go.jp"],
    ["<example.go.jp/login>", "example.go.jp"],
    ["soc@example.go.jp", "example.go.jp"],
    ["こちら", ""],
    ["詳細はこちら example.go.jp", ""],
    ["請求書.pdf", ""],
    ["資料.zip", ""],
    ["v1.2", ""],
  ])("text %s names %s", (text, host) => {
    expect(hostNamedByText(text)).toBe(host);
  });
});

describe("link signs", () => {
  it("fires high when the text names the organisation's domain and the href goes elsewhere", () => {
    const s = find(
      html(`<a href="https://evil.example/login">https://www.example.go.jp/login</a>`),
      "link-text-mismatch",
    );
    expect(s).toMatchObject({
      severity: "high",
      data: { shown: "https://www.example.go.jp/login", target: "evil.example" },
    });
  });

  it("warns for a mismatch between two unrelated outside domains", () => {
    expect(
      find(html(`<a href="https://evil.example/">www.bank-sample.co.jp</a>`), "link-text-mismatch")?.severity,
    ).toBe("warn");
  });

  it("fires through Safe Links rewriting", () => {
    const href = `https://jpn01.safelinks.protection.outlook.com/?url=${encodeURIComponent("https://evil.example/")}&amp;data=x`;
    expect(ids(html(`<a href="${href}">example.go.jp</a>`))).toContain("link-text-mismatch");
  });

  it("must not fire for matching links, subdomains, plain words or Safe Links of the same site", () => {
    const wrapped = `https://jpn01.safelinks.protection.outlook.com/?url=${encodeURIComponent("https://www.example.go.jp/a")}`;
    expect(
      html(
        `<a href="https://www.example.go.jp/a">example.go.jp</a>` +
          `<a href="https://evil.example/">こちら</a>` +
          `<a href="${wrapped}">https://www.example.go.jp/a</a>` +
          `<a href="mailto:soc@example.go.jp">soc@example.go.jp</a>`,
      ),
    ).toEqual([]);
  });

  it("fires for a mailto link whose shown address is on another domain", () => {
    expect(ids(html(`<a href="mailto:x@evil.example">soc@example.go.jp</a>`))).toEqual(["link-text-mismatch"]);
  });

  it("flags a link target imitating the organisation even behind plain words", () => {
    const s = find(html(`<a href="https://example-go-jp.com/login">ログイン</a>`), "link-lookalike");
    expect(s).toMatchObject({ severity: "high", data: { target: "example-go-jp.com", of: "example.go.jp" } });
  });

  it("ignores links in plain-text bodies", () => {
    expect(
      analyse({ from, body: { type: "text", content: `<a href="https://evil.example">example.go.jp</a>` } }),
    ).toEqual([]);
  });

  it("reports each pair once and at most five", () => {
    const many = Array.from({ length: 20 }, (_, i) => `<a href="https://evil${i}.example/">example.go.jp</a>`).join("");
    const twice = `<a href="https://evil.example/">example.go.jp</a>`.repeat(2);
    expect(html(many).filter((s) => s.id === "link-text-mismatch")).toHaveLength(5);
    expect(html(twice)).toHaveLength(1);
  });
});

describe("a user part that reads as a host (http://example.go.jp@evil.example/)", () => {
  const from = { emailAddress: "info@tsuhan-store.net" };
  const mismatch = (body: { type: "html" | "text"; content: string }) =>
    analyse({ from, body }).filter((s) => s.id === "link-text-mismatch");

  it("fires when the anchor text is that URL itself", () => {
    const url = "http://www.example.go.jp@login-kakunin.net/";
    const [s] = mismatch({ type: "html", content: `<a href="${url}">${url}</a>` });
    expect(s).toMatchObject({ severity: "high", data: { target: "login-kakunin.net" } });
  });

  it("fires for such a URL written in a plain-text body, and for user:password forms", () => {
    expect(mismatch({ type: "text", content: "確認: http://example.go.jp@kakunin-center.com/verify" })).toHaveLength(1);
    expect(mismatch({ type: "text", content: "https://example.go.jp:login@kakunin-center.com/" })).toHaveLength(1);
  });

  it("fires when only the href carries the disguise", () => {
    expect(
      mismatch({ type: "html", content: '<a href="https://example.go.jp@kakunin-center.com/">こちら</a>' }),
    ).toHaveLength(1);
  });

  it("must not fire for a user name that is no domain, the same organisation, or an @ in the path", () => {
    expect(
      mismatch({
        type: "text",
        content:
          "ftp://anonymous@ftp.tsuhan-store.net/pub https://kouhou@www.example.go.jp/ " +
          "https://social.tsuhan-store.net/@reiji_kouhou https://www.example.go.jp@example.go.jp/",
      }),
    ).toEqual([]);
  });
});

describe("URLs as a Japanese reader sees them", () => {
  const from = { emailAddress: "info@tsuhan-store.net" };

  it.each([
    ["text", "詳しくはhttps://www.example.go.jpをご覧ください。"],
    ["text", "お問い合わせはhttps://partner.example.co.jpまで"],
    ["html", '<a href="https://www.example.go.jp">https://www.example.go.jpへ</a>'],
    ["html", '<a href="https://www.example.go.jp/">www.exam\u200bple.go.jp</a>'],
  ] as const)(
    "must not fire when Japanese text runs on after the host or an invisible break sits in it (%s: %s)",
    (type, content) => {
      expect(analyse({ from, body: { type, content } })).toEqual([]);
    },
  );

  it("still reads a host written in Japanese from its start", () => {
    expect(analyse({ from, body: { type: "text", content: "https://例示省.jp/ を見て" } })).toEqual([]);
  });

  it("fires for a URL among words in the link text", () => {
    const signs = analyse({
      from,
      body: {
        type: "html",
        content: '<a href="https://kakunin-center.com/">ログインはこちら https://www.example.go.jp/login</a>',
      },
    });
    expect(signs.map((s) => [s.id, s.severity, s.data.target])).toEqual([
      ["link-text-mismatch", "high", "kakunin-center.com"],
    ]);
  });
});
