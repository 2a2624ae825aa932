import { analyseReceivedMail } from "../../../src/core/suspicious/analyse";
import type { ReceivedMail } from "../../../src/core/suspicious/types";
import { describeGrowth, expectNearLinear } from "../../helpers/complexity-policy";
import { policy } from "./helpers";

/**
 * Received mail is written by whoever sent it. Each hostile shape below is doubled from 10k to 320k characters and
 * the analysis must grow about linearly: a regex that backtracks or rescans (a 200k-space href once took 39 s)
 * shows up here as a ratio near 4 per doubling.
 */

const FROM = { emailAddress: "keiri@torihikisaki.example.co.jp", displayName: "経理部 佐藤" };
const html = (content: string): ReceivedMail => ({ from: FROM, body: { type: "html", content } });
const headers = (block: string): ReceivedMail => ({ from: FROM, internetHeaders: block });
/** n distinct CJK characters: the worst case for IDNA (punycode's cost grows with distinct code points). */
const distinctCjk = (n: number) => {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(String.fromCharCode(0x4e00 + (i % 20000)));
  return out.join("");
};

const SHAPES: Array<[string, (n: number) => ReceivedMail]> = [
  ["href with a long run of spaces", (n) => html(`<a href="https://${" ".repeat(n)}x.example/">請求書</a>`)],
  ["href with a long run of controls", (n) => html(`<a href="https://x.example/${"\u0001".repeat(n)}y">確認</a>`)],
  ["long href", (n) => html(`<a href="https://x.example/${"a/".repeat(n / 2)}">https://example.go.jp/</a>`)],
  ["long IDN host in an href", (n) => html(`<a href="https://${distinctCjk(n)}.jp/">ログイン</a>`)],
  ["mailto with a long IDN domain", (n) => html(`<a href="mailto:soumu@${distinctCjk(n)}.jp">総務課</a>`)],
  [
    "URL Defense v3 wrapper without its end",
    (n) => html(`<a href="https://urldefense.com${"/v3/__".repeat(n / 6)}">x</a>`),
  ],
  ["unclosed tags", (n) => html("<b ".repeat(n / 3))],
  ["unclosed anchors", (n) => html("<a".repeat(n / 2))],
  ["unclosed quoted attribute", (n) => html(`<a href="${"a".repeat(n)}`)],
  ["long unquoted attribute value", (n) => html(`<a title=${"x".repeat(n)} href="https://x.example/">y</a>`)],
  ["many anchors", (n) => html('<a href="https://x.example/">https://example.go.jp/</a>'.repeat(n / 50))],
  ["long header line", (n) => headers(`Authentication-Results: mx.example.go.jp; spf=fail ${"x".repeat(n)}\r\n`)],
  ["header line of spaces", (n) => headers(`Authentication-Results: mx.example.go.jp; dkim=${" ".repeat(n)}x\r\n`)],
  [
    "many Received headers",
    (n) => headers("Received: from a.example by mx.example.go.jp; Tue, 1 Dec 2026\r\n".repeat(n / 60)),
  ],
  ["many folded lines", (n) => headers("Subject: x\r\n" + " y\r\n".repeat(n / 4))],
  ["Reply-To of angle brackets", (n) => headers(`From: a@b.example\r\nReply-To: ${"<".repeat(n)}\r\n`)],
  ["display name without @", (n) => ({ from: { emailAddress: FROM.emailAddress, displayName: "総務".repeat(n / 2) } })],
  ["From with a long IDN domain", (n) => ({ from: { emailAddress: `soumu@${distinctCjk(n)}.jp` } })],
  ["attachment name padded with spaces", (n) => ({ attachments: [{ name: `請求書${" ".repeat(n)}x`, size: 1 }] })],
  ["attachment name padded with underscores", (n) => ({ attachments: [{ name: `${"_".repeat(n)}x.exe`, size: 1 }] })],
];

describe("suspicious-mail analysis grows linearly on hostile input", () => {
  const lines: string[] = [];
  afterAll(() => console.log(lines.join("\n")));

  test.each(SHAPES)("%s", (label, make) => {
    const g = expectNearLinear(label, make, (mail) => analyseReceivedMail(mail, policy));
    lines.push(describeGrowth(label, g));
  });
});
