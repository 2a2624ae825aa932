import fc from "fast-check";
import PostalMime, { type Email } from "postal-mime";
import { parseMime } from "../../src/eml/parser";

/** parser.ts collects bodies itself (no Blob round trip); the bytes must be exactly what postal-mime produces. */
describe("parseMime body collection", () => {
  const mail = (encoding: string, body: string) =>
    new TextEncoder().encode(
      "From: a@example.go.jp\r\nTo: b@alpha.co.jp\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
        `--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: ${encoding}\r\n` +
        `Content-Disposition: attachment; filename="a.bin"\r\n\r\n${body}\r\n--b--\r\n`,
    );
  const bytesOf = async (parsed: Promise<Email>) =>
    Array.from(new Uint8Array((await parsed).attachments[0]!.content as ArrayBuffer));

  test.each([
    ["base64", "5Y+C6ICD\r\n6YCB5LuY\r\n"],
    ["base64", "QQ==\r\nQg==\r\nQ0Q=\r\n"],
    ["base64", "5Y+C 6ICD\r\n!!6YC\r\nB5LuY"],
    ["quoted-printable", "=E3=80=90abc=\r\ndef=3D\r\n=ZZ\r\n"],
    ["7bit", "line one\r\nline two\r\n\r\n"],
    ["8bit", "日本語\r\n本文"],
  ])("%s %j", async (encoding, body) => {
    const bytes = mail(encoding, body);
    expect(await bytesOf(parseMime(bytes))).toEqual(
      await bytesOf(PostalMime.parse(bytes, { attachmentEncoding: "arraybuffer" })),
    );
  });

  test("any body, any of the three encodings: same bytes as postal-mime", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("base64", "quoted-printable", "8bit"),
        fc.string({ unit: fc.constantFrom("A", "z", "0", "+", "/", "=", " ", "\r\n", "=3D", "é", "-") }),
        async (encoding, body) => {
          if (body.includes("--b")) return;
          const bytes = mail(encoding, body);
          expect(await bytesOf(parseMime(bytes))).toEqual(
            await bytesOf(PostalMime.parse(bytes, { attachmentEncoding: "arraybuffer" })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
