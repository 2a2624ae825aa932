import fc from "fast-check";
import { parseAuthenticationResults } from "../../../src/core/suspicious/auth-results";
import { extractAnchors } from "../../../src/core/suspicious/html-anchors";
import { parseHeaderBlock } from "../../../src/core/suspicious/headers";
import { analyseFileName } from "../../../src/core/suspicious/attachment-signs";
import { hostNamedByText, linkTarget } from "../../../src/core/suspicious/link-target";
import { displaySafe } from "../../../src/core/suspicious/display-safe";
import { renderSign } from "../../../src/core/suspicious/render";
import { buildReportMessage } from "../../../src/core/suspicious/report-message";
import { analyse, policy } from "./helpers";

// Header-ish text: the characters that matter to the parsers, mixed with anything.
const headerChars = fc.constantFrom(
  ...[
    "A",
    "u",
    "t",
    "h",
    "-",
    ":",
    ";",
    "=",
    "(",
    ")",
    '"',
    "\\",
    " ",
    "\t",
    "\r\n",
    "\n",
    "@",
    ".",
    "spf",
    "dkim",
    "dmarc=fail",
    "compauth",
    "Authentication-Results: ",
    "Reply-To: ",
    "Return-Path: <",
    ">",
    "\u202e",
    "é",
    "あ",
  ],
);
const headerText = fc.oneof(fc.string({ unit: headerChars, maxLength: 300 }), fc.string({ maxLength: 300 }));
const htmlChars = fc.constantFrom(
  ...[
    "<",
    ">",
    "a",
    "A",
    " ",
    "href",
    "=",
    '"',
    "'",
    "/",
    "!--",
    "-->",
    "script",
    "&amp;",
    "&#x",
    ";",
    "http://",
    ".",
    "jp",
    "example.go.jp",
    "\u0000",
  ],
);
const htmlText = fc.oneof(fc.string({ unit: htmlChars, maxLength: 300 }), fc.string({ maxLength: 300 }));
const nameText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 40 }));

describe("never throws on arbitrary input", () => {
  it("header parsing and Authentication-Results", () => {
    fc.assert(
      fc.property(headerText, (t) => {
        parseHeaderBlock(t);
        parseAuthenticationResults(t);
      }),
      { numRuns: 2000 },
    );
  });

  it("anchors, link targets and link text", () => {
    fc.assert(
      fc.property(htmlText, (t) => {
        for (const a of extractAnchors(t)) {
          linkTarget(a.href);
          hostNamedByText(a.text);
        }
        linkTarget(t);
        hostNamedByText(t);
      }),
      { numRuns: 2000 },
    );
  });

  it("the whole analysis, with every sign rendering in both languages and into a report", () => {
    fc.assert(
      fc.property(headerText, nameText, nameText, htmlText, nameText, (headers, address, display, body, file) => {
        const signs = analyse({
          from: { emailAddress: address, displayName: display },
          sender: { emailAddress: display },
          replyTo: [{ emailAddress: address + "@x.example" }],
          internetHeaders: headers,
          attachments: [{ name: file, size: 1, contentType: display }],
          body: { type: "html", content: body },
          subject: file,
        });
        for (const s of signs) {
          expect(renderSign(s, "ja")).not.toMatch(/[\u202a-\u202e\u2066-\u2069\r\n]/);
          renderSign(s, "en");
        }
        const m = buildReportMessage({
          policy,
          answers: {},
          signs,
          reporter: { emailAddress: address },
          originalSubject: file,
          lang: "ja",
        });
        expect(m?.subject).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 1000 },
    );
  });

  it("file names, and displaySafe always removes bidi controls and line breaks", () => {
    fc.assert(
      fc.property(nameText, (n) => {
        analyseFileName(n, n);
        const shown = displaySafe(n, 50);
        expect(shown.length).toBeLessThanOrEqual(50);
        expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\r\n]/);
      }),
      { numRuns: 2000 },
    );
  });

  it("handles large hostile inputs quickly", () => {
    const big = "<a href='".repeat(20000) + "(".repeat(20000) + ";".repeat(20000);
    const t0 = Date.now();
    analyse({
      from: { emailAddress: "a@b.example", displayName: "@".repeat(50000) },
      internetHeaders: "Authentication-Results: " + big,
      body: { type: "html", content: big + "<!--".repeat(10000) },
    });
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
