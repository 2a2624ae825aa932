import fc from "fast-check";
import { decodeCp932 } from "../../../src/core/attachments/cp932";
import { CP932_LEADS, CP932_ROWS } from "../../../src/core/attachments/cp932-table";
import { decodeUtf16le } from "../../../src/core/attachments/utf16";
import { decodeUtf8, isValidUtf8 } from "../../../src/core/attachments/utf8";

// Node's TextDecoder is the oracle; the code under test cannot use it (classic Outlook has none).
const utf8 = new TextDecoder("utf-8", { ignoreBOM: false });
const utf8Fatal = new TextDecoder("utf-8", { fatal: true });
const sjis = new TextDecoder("shift_jis");

describe("UTF-8", () => {
  test("matches TextDecoder on arbitrary bytes, replacement characters included", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        expect(decodeUtf8(b)).toBe(utf8.decode(b));
      }),
      { numRuns: 2000 },
    );
  });

  test("round-trips arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(decodeUtf8(new TextEncoder().encode(s))).toBe(s);
      }),
    );
  });

  test("isValidUtf8 agrees with a fatal TextDecoder", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32 }), (b) => {
        let valid = true;
        try {
          utf8Fatal.decode(b);
        } catch {
          valid = false;
        }
        expect(isValidUtf8(b)).toBe(valid);
      }),
      { numRuns: 2000 },
    );
    expect(isValidUtf8(new TextEncoder().encode("機密性２.docx"))).toBe(true);
    expect(isValidUtf8(Uint8Array.from([0x8b, 0x40]))).toBe(false); // 機 in CP932
  });
});

test("UTF-16LE matches Buffer", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
      const even = b.subarray(0, b.length & ~1);
      expect(decodeUtf16le(b)).toBe(Buffer.from(even).toString("utf16le"));
    }),
  );
});

describe("CP932 (best effort)", () => {
  test("every table entry agrees with TextDecoder('shift_jis')", () => {
    CP932_LEADS.forEach((lead, i) => {
      const row = CP932_ROWS[i] ?? "";
      expect(row.length).toBe(188);
      for (let col = 0; col < 188; col++) {
        const trail = col < 0x3f ? 0x40 + col : 0x41 + col;
        const mine = decodeCp932(Uint8Array.from([lead, trail]));
        if (mine !== "\ufffd") expect(mine).toBe(sjis.decode(Uint8Array.from([lead, trail])));
      }
    });
  });

  test("label vocabulary, kana and half-width katakana decode", () => {
    const bytes = Uint8Array.from([
      0x81,
      0x79,
      0x8b,
      0x40,
      0x96,
      0xa7,
      0x90,
      0xab,
      0x82,
      0x51,
      0x81,
      0x7a, // 【機密性２】
      0x93,
      0x5d,
      0x91,
      0x97,
      0x8b,
      0xd6,
      0x8e,
      0x7e, // 転送禁止
      0xb6,
      0xc5,
      0x2e,
      0x74,
      0x78,
      0x74, // ｶﾅ.txt
    ]);
    expect(decodeCp932(bytes)).toBe("【機密性２】転送禁止ｶﾅ.txt");
  });

  test("never throws and yields one char per byte at most", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        expect(decodeCp932(b).length).toBeLessThanOrEqual(b.length);
      }),
    );
  });
});
