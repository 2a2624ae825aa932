import { readEml } from "../../src/eml/read-eml";
import { describeDoubling, isLinear, measureDoubling } from "../helpers/complexity-eml";

/**
 * Each hostile shape is grown from 10k to 320k units and read with readEml; the time must grow about linearly.
 * These shapes once took seconds to minutes (a regex HTML reducer, Blob-joined body lines, joined encoded words).
 */
const enc = new TextEncoder();
const HEAD = "From: yamada@example.go.jp\r\nTo: tanto@alpha.co.jp\r\nSubject: test\r\nMIME-Version: 1.0\r\n";
const text = (body: string, type = "text/plain; charset=utf-8") =>
  enc.encode(`${HEAD}Content-Type: ${type}\r\n\r\n${body}`);
const html = (body: string) => text(body, "text/html; charset=utf-8");
const times = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));
const multipart = (parts: string) =>
  enc.encode(`${HEAD}Content-Type: multipart/mixed; boundary="b"\r\n\r\n${parts}--b--\r\n`);

const SHAPES: [string, (n: number) => Uint8Array][] = [
  ["long run of spaces in the body", (n) => text(`${" ".repeat(n)}【機密性２】`)],
  ["long run of spaces in a header", (n) => enc.encode(`${HEAD.replace("test", `a${" ".repeat(n)}b`)}\r\nbody`)],
  ["unclosed <script x tags", (n) => html(times("<script x", n))],
  ["open <script> tags never closed", (n) => html(`${times("<script>", n)}【機密性２】`)],
  ["unclosed attribute quotes", (n) => html(times('<a title="', n))],
  ["one long attribute", (n) => html(`<a x=${"y".repeat(n)}>【機密性２】`)],
  ["many entities", (n) => html(times("&#12304;&amp;&bogus;", n))],
  [
    "long header line of addresses",
    (n) => enc.encode(`${HEAD.replace("tanto@alpha.co.jp", times("a@b.co.jp, ", n))}\r\n.`),
  ],
  [
    "address junk: quotes, comments, brackets",
    (n) => enc.encode(`${HEAD.replace("tanto@alpha.co.jp", times('"(<[', n))}\r\n.`),
  ],
  [
    "many MIME parts",
    (n) => multipart(times('--b\r\nContent-Disposition: attachment; filename="f.bin"\r\n\r\nx\r\n', n)),
  ],
  [
    "deep multipart nesting",
    (n) => {
      let head = "";
      for (let d = 0; d < Math.min(250, n / 1280); d++)
        head += `Content-Type: multipart/mixed; boundary="b${d}"\r\n\r\n--b${d}\r\n`;
      return enc.encode(`${HEAD}${head}Content-Type: text/plain\r\n\r\n${" ".repeat(n)}\r\n`);
    },
  ],
  ["one long encoded word", (n) => enc.encode(HEAD.replace("test", `=?utf-8?B?${btoa("x".repeat(n))}?=`) + "\r\n.")],
  ["many encoded words", (n) => enc.encode(HEAD.replace("test", times("=?utf-8?B?44CQ?= ", n)) + "\r\n.")],
  [
    "many unknown-charset words",
    (n) => enc.encode(HEAD.replace("test", times("=?UNKNOWN?Q?=E3=80=90?= ", n)) + "\r\n."),
  ],
  ["many short body lines", (n) => text(times("a\r\n", n))],
  [
    "CR-only line endings",
    (n) => text(times("【機密性２】\r", n)).map((b, i, a) => (b === 0x0a && a[i - 1] === 0x0d ? 0x20 : b)),
  ],
  [
    "padded base64 lines",
    (n) =>
      multipart(
        `--b\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment\r\n\r\n${times("QQ==\r\n", n)}`,
      ),
  ],
  ["UTF-7 body", (n) => text(times("+MBBqX1vGYCf/EjAR-\r\n", n), "text/plain; charset=utf-7")],
  [
    "Shift_JIS body without a label",
    (n) => Uint8Array.from([...text(""), ...new Uint8Array(n).fill(0x82).map((b, i) => (i % 2 ? 0xa0 : b))]),
  ],
  [
    "many attached mails",
    (n) =>
      multipart(
        times(
          `--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: a@example.go.jp\r\nSubject: s\r\n\r\n${"x".repeat(200)}\r\n`,
          n,
        ),
      ),
  ],
];

describe("readEml grows linearly on hostile shapes (10k → 320k)", () => {
  test.each(SHAPES)("%s", async (_name, make) => {
    const result = await measureDoubling(make, (bytes) => readEml(bytes));
    const detail = describeDoubling(result);
    // The detail rides along so a failure shows the figures.
    expect({ linear: isLinear(result), detail }).toEqual({
      linear: true,
      detail,
    });
  });
});
