import fc from "fast-check";
import { decodeCp932 } from "../../../src/core/attachments/cp932";
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

/** Lead bytes the shipped table covers (cp932-table.ts): symbols, kana, NEC row 13, JIS level 1. */
const COVERED_LEADS = [
  0x81, 0x82, 0x83, 0x84, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95,
  0x96, 0x97, 0x98,
];
const isLeadByte = (c: number) => (c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc);
const isTrailByte = (t: number) => (t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfc);

/** Shift_JIS bytes of `s`, by inverting TextDecoder over the covered double-byte codes (test data only). */
function sjisBytes(s: string): number[] {
  const inverse = new Map<string, number[]>();
  for (const lead of COVERED_LEADS) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      const ch = sjis.decode(Uint8Array.from([lead, trail]));
      if (isTrailByte(trail) && ch !== "\ufffd" && !inverse.has(ch)) inverse.set(ch, [lead, trail]);
    }
  }
  return Array.from(s).flatMap((ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return [code];
    if (code >= 0xff61 && code <= 0xff9f) return [code - 0xff61 + 0xa1];
    const pair = inverse.get(ch);
    if (pair === undefined) throw new Error(`not in the covered rows: ${ch}`);
    return pair;
  });
}

describe("CP932 (best effort)", () => {
  test("every double-byte code of a covered lead is TextDecoder('shift_jis')'s character, the others U+FFFD", () => {
    let covered = 0;
    let mapped = 0;
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (!isLeadByte(lead)) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (!isTrailByte(trail)) continue;
        const pair = Uint8Array.from([lead, trail]);
        const mine = decodeCp932(pair);
        const theirs = sjis.decode(pair);
        // One character per valid pair either way: TextDecoder answers U+FFFD for a pair it does not map.
        expect(theirs).toHaveLength(1);
        if (COVERED_LEADS.includes(lead)) {
          if (mine !== theirs) throw new Error(`0x${lead.toString(16)}${trail.toString(16)}: ${mine} != ${theirs}`);
          covered++;
          if (mine !== "\ufffd") mapped++;
        } else if (mine !== "\ufffd") {
          throw new Error(`0x${lead.toString(16)}${trail.toString(16)} is not shipped but decodes to ${mine}`);
        }
      }
    }
    expect(covered).toBe(COVERED_LEADS.length * 188);
    // Symbols, kana and kanji rows are nearly full: a table that lost a row or a run would fall well below this.
    expect(mapped).toBeGreaterThan(covered * 0.8);
  });

  test("Windows' code page 932 mapping, not JIS X 0208's, for the characters where the two differ", () => {
    // MultiByteToWideChar(932) (Microsoft's cp932 table) gives the full-width forms; plain Shift_JIS tables (Python's
    // shift_jis codec, for one) map these codes to U+005C, U+301C, U+2016 and U+2212 instead.
    const codes = Uint8Array.from([0x81, 0x5f, 0x81, 0x60, 0x81, 0x61, 0x81, 0x7c]);
    expect(decodeCp932(codes)).toBe("\uff3c\uff5e\u2225\uff0d");
    // NEC row 13 and its duplicates of JIS row 2 characters (both decode to the same code point).
    expect(decodeCp932(Uint8Array.from([0x87, 0x40, 0x87, 0x82, 0x87, 0x90, 0x81, 0xe0]))).toBe("①№≒≒");
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

  test("a file name written by Windows decodes back, with the start and end bounds honoured", () => {
    const name = "【取扱制限】要機密性３・部外秘ファイル（第２版）.xlsx";
    const encoded = Uint8Array.from([0x00, 0x78, ...sjisBytes(name), 0x00]);
    expect(decodeCp932(encoded, 2, encoded.length - 1)).toBe(name);
    // A pair cut by `end` is not read past it.
    expect(decodeCp932(encoded, 2, 3)).toBe("\ufffd");
  });

  test("matches TextDecoder('shift_jis') on arbitrary text of covered characters, ASCII and broken pairs", () => {
    // Node's decoder (ICU's IBM-943 table) swaps the control bytes 0x1A, 0x1C and 0x7F; Windows' code page 932 and the
    // WHATWG Encoding Standard keep ASCII as it is, and so does decodeCp932 (one test below), so they are left out.
    const rotated = [0x1a, 0x1c, 0x7f];
    // No uncovered lead byte anywhere: a lone lead shifts the pairing, so any byte may end up starting a pair.
    const byte = fc
      .integer({ min: 0, max: 0xff })
      .filter((c) => !rotated.includes(c) && (!isLeadByte(c) || COVERED_LEADS.includes(c)));
    const unit = fc.oneof(
      fc.tuple(fc.constantFrom(...COVERED_LEADS), byte),
      fc.tuple(byte),
      fc.tuple(fc.integer({ min: 0x20, max: 0x7e })),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const b = Uint8Array.from(units.flat());
        expect(decodeCp932(b)).toBe(sjis.decode(b));
      }),
      { numRuns: 3000 },
    );
  });

  test("ASCII stays ASCII, control bytes included, as in Windows' code page 932", () => {
    const ascii = Uint8Array.from(Array.from({ length: 0x80 }, (_, i) => i));
    expect(decodeCp932(ascii)).toBe(String.fromCharCode(...ascii));
  });

  test("never throws and yields one char per byte at most", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(70), fc.nat(70), (b, start, end) => {
        expect(decodeCp932(b).length).toBeLessThanOrEqual(b.length);
        expect(decodeCp932(b, start, end).length).toBeLessThanOrEqual(Math.max(0, Math.min(end, b.length) - start));
      }),
    );
  });
});
