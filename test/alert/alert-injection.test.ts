import fc from "fast-check";
import { ALERT_LIMITS, buildSmartAlert, defang, neutraliseText, type AlertRequest } from "../../src/core/alert/index";
import type { Finding } from "../../src/core/checks/types";
import type { Lang } from "../../src/core/i18n/types";
import { describeGrowth, expectNearLinear } from "../helpers/complexity-policy";

/** Findings whose text carries attachment names chosen by whoever named the file (or sent it to us). */
function attachmentFindings(names: string[]): Finding[] {
  return [
    {
      check: "unencrypted-attachment",
      action: "warn",
      guidance: "2章-4",
      messageId: "unencrypted-attachment.not-encrypted",
      data: { marking: "機密性２", attachments: names, recipients: ["tanaka@partner.example.co.jp"] },
    },
    {
      check: "unlabelled-attachment",
      action: "warn",
      guidance: "1章-1",
      messageId: "unlabelled-attachment.missing",
      data: { attachments: names },
    },
  ];
}

function alert(names: string[], lang: Lang = "ja"): ReturnType<typeof buildSmartAlert> {
  const req: AlertRequest = {
    kind: "warn",
    findings: attachmentFindings(names),
    lang,
    guidanceUrl: (s) => `https://addin.example.go.jp/guidance/${encodeURIComponent(s)}.html`,
    sendAnyway: "button",
    fixPane: true,
  };
  return buildSmartAlert(req);
}

/** The dialog's structure: list items, paragraphs, plain lines. Mail data must not change any of these counts. */
function structure(out: ReturnType<typeof buildSmartAlert>) {
  return {
    items: out.errorMessageMarkdown.split("\r").filter((l) => /^(?:\n\n)?- /.test(l)).length,
    paragraphs: out.errorMessageMarkdown.split("\n\n").length,
    carriageReturns: out.errorMessageMarkdown.split("\r").length,
    plainLines: out.errorMessage.split("\n").length,
  };
}

// Everything but the dialog's own "\r" (end of a list item) and "\n" (paragraphs, plain lines).
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]|\udb40[\udc00-\udc7f]/;
const PLAIN_FORBIDDEN = /[\r\u2028\u2029]/;

/** Every Markdown metacharacter in `md` that is not escaped by a backslash. */
function unescapedMeta(md: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < md.length; i++) {
    const c = md.charAt(i);
    if (c === "\\") {
      i++; // the escaped character
      continue;
    }
    if ("*_[]()<>#|~&`".includes(c)) out.push(c);
  }
  return out;
}

const HARMLESS = "予算資料.xlsx";

describe("Smart Alert text cannot be shaped by mail data", () => {
  const baseline = structure(alert([HARMLESS]));

  test("the issue's file name adds no list item, paragraph or line (ja and en)", () => {
    const hostile = "a\r- 確認済み: 送信しても安全です\r\n\n…";
    for (const lang of ["ja", "en"] as const) {
      const out = alert([hostile], lang);
      expect(structure(out)).toEqual(structure(alert([HARMLESS], lang)));
      expect(out.errorMessageMarkdown).not.toMatch(/\r- 確認済み/);
      expect(out.errorMessage).not.toMatch(/\n- 確認済み/);
      // The name is still shown, on its own line's terms.
      expect(out.errorMessage).toContain("a - 確認済み: 送信しても安全です");
    }
  });

  test.each([
    ["CR", "\r"],
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["VT", "\u000b"],
    ["FF", "\u000c"],
    ["NEL", "\u0085"],
    ["LINE SEPARATOR", "\u2028"],
    ["PARAGRAPH SEPARATOR", "\u2029"],
    ["RLO", "\u202e"],
    ["RLI", "\u2067"],
    ["PDI", "\u2069"],
    ["RLM", "\u200f"],
    ["ARABIC LETTER MARK", "\u061c"],
    ["ZERO WIDTH SPACE", "\u200b"],
    ["WORD JOINER", "\u2060"],
    ["BOM", "\ufeff"],
    ["TAG LATIN SMALL LETTER A", "\udb40\udc61"],
  ])("%s in a name is neutralised in both texts", (_label, ch) => {
    const out = alert([`請求書${ch}- 承認済み${ch}${ch}fdp.exe`]);
    expect(out.errorMessageMarkdown).not.toMatch(FORBIDDEN);
    expect(out.errorMessage).not.toMatch(FORBIDDEN);
    expect(out.errorMessage).not.toMatch(PLAIN_FORBIDDEN);
    expect(structure(out)).toEqual(baseline);
  });

  test("a right-to-left override cannot make an .exe read as a PDF", () => {
    const out = alert(["請求書\u202efdp.exe"]);
    expect(out.errorMessage).toContain("請求書fdp.exe");
  });

  test.each([
    ["bold", "**至急**確認済み.pdf"],
    ["italic", "_社外秘_.docx"],
    ["strikethrough", "~~未承認~~.xlsx"],
    ["link", "[安全です](https://evil.example/)"],
    ["autolink", "<https://evil.example/>"],
    ["image", "![承認](https://evil.example/a.png)"],
    ["code", "`rm -rf`.txt"],
    ["heading", "# 承認済み"],
    ["table", "| 承認 | 済 |"],
    ["entity", "a&#13;- 確認済み&#10;.pdf"],
    ["backslash", "C:\\work\\*報告*.docx"],
  ])("Markdown %s in a name stays literal", (_label, name) => {
    const out = alert([name]);
    const items = out.errorMessageMarkdown.split("\r").filter((l) => /^(?:\n\n)?- /.test(l));
    expect(items.length).toBe(baseline.items);
    // Our own markup is the bold head and the guidance links; inside the list items nothing is live.
    for (const item of items) expect(unescapedMeta(item.replace(/^(?:\n\n)?- /, ""))).toEqual([]);
    expect(out.errorMessageMarkdown).not.toMatch(/\]\(https:\/\/evil/);
    expect(out.errorMessageMarkdown).not.toMatch(/<https:/);
    expect(out.errorMessage).not.toMatch(/https:\/\/evil/);
  });

  test("escaping never pushes a text past Outlook's 500 characters", () => {
    const worst = "*_[]()<>#|~&`\\".repeat(40);
    for (const lang of ["ja", "en"] as const) {
      const out = alert([worst, worst, `${worst}\r\n- x`, "\u2028".repeat(300)], lang);
      expect(out.errorMessage.length).toBeLessThanOrEqual(ALERT_LIMITS.message);
      expect(out.errorMessageMarkdown.length).toBeLessThanOrEqual(ALERT_LIMITS.message);
    }
  });

  test("property: any name keeps the dialog's structure, limits and character set", () => {
    const hostileChar = fc.constantFrom(
      "\r",
      "\n",
      "\u2028",
      "\u2029",
      "\u0085",
      "\u202e",
      "\u2066",
      "\u200b",
      "\ufeff",
      "*",
      "_",
      "[",
      "]",
      "(",
      ")",
      "<",
      ">",
      "#",
      "|",
      "~",
      "&",
      "`",
      "\\",
      "-",
      " ",
      "確",
      "a",
      ".",
      ":",
      "/",
    );
    const name = fc.array(hostileChar, { maxLength: 80 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), fc.constantFrom<Lang>("ja", "en"), (names, lang) => {
        const out = alert(names, lang);
        const reference = structure(
          alert(
            names.map(() => HARMLESS),
            lang,
          ),
        );
        expect(structure(out)).toEqual(reference);
        expect(out.errorMessageMarkdown).not.toMatch(FORBIDDEN);
        expect(out.errorMessage).not.toMatch(FORBIDDEN);
        expect(out.errorMessage).not.toMatch(PLAIN_FORBIDDEN);
        expect(out.errorMessage.length).toBeLessThanOrEqual(ALERT_LIMITS.message);
        expect(out.errorMessageMarkdown.length).toBeLessThanOrEqual(ALERT_LIMITS.message);
      }),
      { numRuns: 300 },
    );
  });

  test("neutraliseText keeps ordinary Japanese and ASCII text as it is", () => {
    const text = "【機密性２】令和7年度 予算案（第3版）_final.xlsx ＆ 補足-資料.pdf";
    expect(neutraliseText(text)).toBe(text);
  });

  test("defang gives what the old regex gave, without its quadratic rescans", () => {
    // The old one-line implementation is the oracle (run here on short strings only).
    const oracle = (t: string) => t.replace(/([a-z][a-z0-9+.-]*):\/\//gi, "$1[:]//");
    const ch = fc.constantFrom("a", "Z", "1", "+", ".", "-", ":", "/", " ", "確", "_", "@");
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 40 }), (cs) => {
        const t = cs.join("");
        expect(defang(t)).toBe(oracle(t));
      }),
      { numRuns: 2000 },
    );
    expect(defang("資料 https://evil.example/ と 1://x と ://y")).toBe("資料 https[:]//evil.example/ と 1://x と ://y");
  });

  test.each([
    ["a long run of letters", (n: number) => `${"a".repeat(n)}:/x.pdf`],
    ["many schemes", (n: number) => "ab://".repeat(n / 5)],
    ["many line breaks and escapes", (n: number) => "\r\n*_[".repeat(n / 5)],
  ])("building the alert stays linear on a name made of %s", (label, make) => {
    const g = expectNearLinear(
      label,
      (n) => [make(n)],
      (names) => alert(names),
    );
    console.log(describeGrowth(`Smart Alert, ${label}`, g));
  });
});
