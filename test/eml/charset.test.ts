import { decodeWords } from "postal-mime";
import {
  decodeTextPart,
  decodeUtf7,
  headerLineToUtf8,
  normaliseLineEndings,
  repairEncodedWords,
  sniffCharset,
  trimLeadingNoise,
} from "../../src/eml/charset";

const enc = new TextEncoder();
const dec = new TextDecoder();
const bytes = (charset: string, text: string) => {
  // Node's TextEncoder only writes UTF-8; the Japanese encodings are built from known byte sequences.
  const table: Record<string, Record<string, number[]>> = {
    shift_jis: {
      "【機密性２】資料": [
        0x81, 0x79, 0x8b, 0x40, 0x96, 0xa7, 0x90, 0xab, 0x82, 0x51, 0x81, 0x7a, 0x8e, 0x91, 0x97, 0xbf,
      ],
    },
    "euc-jp": {
      "【機密性２】資料": [
        0xa1, 0xda, 0xb5, 0xa1, 0xcc, 0xa9, 0xc0, 0xad, 0xa3, 0xb2, 0xa1, 0xdb, 0xbb, 0xf1, 0xce, 0xc1,
      ],
    },
  };
  return Uint8Array.from(table[charset]![text]!);
};

describe("charset repairs", () => {
  test("UTF-7: base64 runs of UTF-16, '-' absorbed, '+-' is a plus", () => {
    expect(decodeUtf7("Hi Mom -+Jjo--!")).toBe("Hi Mom -☺-!");
    expect(decodeUtf7("+MBBqX1vGYCf/EjAR-")).toBe("【機密性２】");
    expect(decodeUtf7("1 +- 1 = 2")).toBe("1 + 1 = 2");
    expect(decodeUtf7("A+ImIDkQ.")).toBe("A≢Α.");
  });

  test("sniffing tells Shift_JIS, EUC-JP, ISO-2022-JP and UTF-8 apart, and declines Latin-1", () => {
    expect(sniffCharset(bytes("shift_jis", "【機密性２】資料"))).toBe("shift_jis");
    expect(sniffCharset(bytes("euc-jp", "【機密性２】資料"))).toBe("euc-jp");
    expect(sniffCharset(Uint8Array.from([0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42]))).toBe("iso-2022-jp");
    expect(sniffCharset(enc.encode("【機密性２】"))).toBe("utf-8");
    expect(sniffCharset(enc.encode("plain ascii"))).toBeUndefined();
    // "Formação, Verão" in Latin-1 decodes as Shift_JIS too, but only into rare kanji: not taken for Japanese.
    expect(
      sniffCharset(
        Uint8Array.from([0x46, 0x6f, 0x72, 0x6d, 0x61, 0xe7, 0xe3, 0x6f, 0x2c, 0x20, 0x56, 0x65, 0x72, 0xe3, 0x6f]),
      ),
    ).toBeUndefined();
  });

  test("a text part's label is trusted unless it is missing, ASCII, unknown or wrong", () => {
    expect(decodeTextPart(bytes("shift_jis", "【機密性２】資料"), undefined)).toBe("【機密性２】資料");
    expect(decodeTextPart(bytes("shift_jis", "【機密性２】資料"), "us-ascii")).toBe("【機密性２】資料");
    expect(decodeTextPart(bytes("shift_jis", "【機密性２】資料"), "x-unknown")).toBe("【機密性２】資料");
    expect(decodeTextPart(bytes("shift_jis", "【機密性２】資料"), "utf-8")).toBe("【機密性２】資料");
    expect(decodeTextPart(bytes("shift_jis", "【機密性２】資料"), "cp932")).toBe("【機密性２】資料");
    expect(decodeTextPart(bytes("shift_jis", "【機密性２】資料"), "shift_jis")).toBeUndefined();
    expect(decodeTextPart(enc.encode("+MBBqX1vGYCf/EjAR-"), "UTF-7")).toBe("【機密性２】");
  });

  test("CR-only line endings become CRLF; CRLF and LF mail is returned untouched", () => {
    expect(dec.decode(normaliseLineEndings(enc.encode("To: a@b.jp\rSubject: x\r\rbody\r")))).toBe(
      "To: a@b.jp\r\nSubject: x\r\n\r\nbody\r\n",
    );
    const crlf = enc.encode("To: a@b.jp\r\n\r\nbinary\rstays\r\n");
    expect(normaliseLineEndings(crlf)).toBe(crlf);
  });

  test("leading BOM, empty lines and an mbox From_ line are dropped; a From: field is not", () => {
    expect(dec.decode(trimLeadingNoise(enc.encode("\ufeff\r\nFrom a@b.jp Mon Dec  1\nTo: x@y.jp\n")))).toBe(
      "To: x@y.jp\n",
    );
    const field = enc.encode("From: a@b.jp\n");
    expect(trimLeadingNoise(field)).toBe(field);
  });

  test("encoded words: unknown labels relabelled, long joinable runs joined, the decoded text unchanged", () => {
    const word = (text: string, charset = "utf-8") => `=?${charset}?B?${Buffer.from(text).toString("base64")}?=`;
    const unknown = dec.decode(repairEncodedWords(enc.encode(`Subject: ${word("【機密性２】", "UNKNOWN")}`)));
    expect(decodeWords(unknown.slice(9))).toBe("【機密性２】");
    const run = Array.from({ length: 40 }, () => word("機密")).join(" ");
    const repaired = dec.decode(repairEncodedWords(enc.encode(run)));
    expect(repaired.match(/=\?/g)).toHaveLength(1);
    expect(decodeWords(repaired)).toBe(decodeWords(run));
    const short = enc.encode(Array.from({ length: 3 }, () => word("機密")).join(" "));
    expect(repairEncodedWords(short)).toBe(short);
  });

  test("header lines in raw Shift_JIS or ISO-2022-JP become UTF-8; UTF-8 and ASCII lines are left alone", () => {
    const sjisLine = Uint8Array.from([...enc.encode("Subject: "), ...bytes("shift_jis", "【機密性２】資料")]);
    expect(dec.decode(headerLineToUtf8(sjisLine))).toBe("Subject: 【機密性２】資料");
    const jisLine = Uint8Array.from([...enc.encode("Subject: "), 0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42]);
    expect(dec.decode(headerLineToUtf8(jisLine))).toBe("Subject: 亜");
    expect(headerLineToUtf8(enc.encode("Subject: 【機密性２】"))).toBeUndefined();
    expect(headerLineToUtf8(enc.encode("Subject: plain"))).toBeUndefined();
  });
});
