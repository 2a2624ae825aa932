/**
 * Property tests for each parser on its own (robustness.test.ts drives the whole inspection): arbitrary bytes or
 * strings never make one throw or exceed its caps, and the syntax readers give back what a writer put in.
 */
import fc from "fast-check";
import { openCfb } from "../../../src/core/attachments/cfb-reader";
import { decodeCp932 } from "../../../src/core/attachments/cp932";
import { readEntry } from "../../../src/core/attachments/inflate-bounded";
import { Budget } from "../../../src/core/attachments/limits";
import {
  coreProperties,
  customProperties,
  excelHeaderFooterText,
  firstSlideRelId,
  relationships,
  runText,
  sharedStringsText,
  sheetNames,
  stripExcelHeaderCodes,
  tidy,
} from "../../../src/core/attachments/ooxml-text";
import { contentText, xmpText } from "../../../src/core/attachments/pdf-content";
import { PdfLexer, PdfSyntaxError, scanTopLevel } from "../../../src/core/attachments/pdf-syntax";
import {
  decodeTextString,
  encodingDecoder,
  parseToUnicode,
  toUnicodeDecoder,
} from "../../../src/core/attachments/pdf-text";
import { readPropertySet } from "../../../src/core/attachments/property-set";
import { decodeUtf8 } from "../../../src/core/attachments/utf8";
import { attr, attributes, decodeEntities, scanXml } from "../../../src/core/attachments/xml-scan";
import { readZipDirectory } from "../../../src/core/attachments/zip-reader";

/** Strings biased towards XML syntax, so the scanner's branches are reached. */
const xmlish = fc
  .array(
    fc.constantFrom(
      "<",
      ">",
      "/",
      "=",
      '"',
      "'",
      " ",
      "w:t",
      "w:p",
      "r:id",
      "&amp;",
      "&#x",
      ";",
      "!--",
      "機",
      "\u3000",
      "\n",
      "a",
    ),
    {
      maxLength: 200,
    },
  )
  .map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), xmlish);

/** Bytes biased towards PDF syntax. */
const pdfish = fc
  .array(
    fc.constantFrom(
      "(",
      ")",
      "\\",
      "<",
      ">",
      "<<",
      ">>",
      "[",
      "]",
      "/",
      "%",
      " ",
      "\n",
      "1",
      "0 R",
      "obj",
      "endobj",
      "stream\n",
      "endstream",
      "trailer",
      "Tj",
      "TJ",
      "Tf",
      "BI",
      "ID",
      "EI",
      "/Encrypt",
      "beginbfchar",
      "beginbfrange",
      "<0001>",
      "\u00ff",
    ),
    { maxLength: 200 },
  )
  .map((parts) => Uint8Array.from(parts.join(""), (c) => c.charCodeAt(0) & 0xff));
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 2048 }), pdfish);

describe("XML scanner and OOXML text", () => {
  test("no extractor throws or exceeds its cap", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 50 }), (xml, max) => {
        scanXml(xml, { open: () => false, close: () => false, text: () => false });
        expect(runText(xml, max).length).toBeLessThanOrEqual(max);
        expect(sharedStringsText(xml, max).length).toBeLessThanOrEqual(max);
        expect(excelHeaderFooterText(xml, max).length).toBeLessThanOrEqual(max);
        for (const p of coreProperties(xml, max)) expect(p.text.length).toBeLessThanOrEqual(max);
        expect(customProperties(xml, 5).length).toBeLessThanOrEqual(5);
        expect(sheetNames(xml, 5).length).toBeLessThanOrEqual(5);
        relationships(xml);
        firstSlideRelId(xml);
        stripExcelHeaderCodes(xml);
      }),
      { numRuns: 400 },
    );
  });

  test("attributes written by a serializer are read back, whatever junk sits between them", () => {
    const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,8}$/);
    const value = fc.string({ maxLength: 20 }).map((s) => s.replace(/[&<"]/g, ""));
    const junk = fc.constantFrom(" ", "  ", "\n", " / ", " junk ");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(name, value), { selector: (t) => t[0], maxLength: 6 }),
        junk,
        (pairs, sep) => {
          const text = pairs.map(([n, v]) => `${sep}p:${n}="${v}"`).join("");
          for (const [n, v] of pairs) expect(attr(text, n)).toBe(v);
          expect(attributes(text)).toHaveLength(pairs.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("attributes() of any text yields names without delimiters", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const a of attributes(text)) expect(a.qname).not.toMatch(/[\s="'/]/);
      }),
      { numRuns: 300 },
    );
  });

  test("tidy: no blank line, no trailing space, idempotent", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const t = tidy(s);
        for (const line of t.split("\n").filter(() => t !== "")) {
          expect(line.trim()).not.toBe("");
          expect(line).not.toMatch(/[ \t\r]$/);
        }
        expect(tidy(t)).toBe(t);
      }),
      { numRuns: 300 },
    );
  });

  test("text without markup codes passes through entity decoding and header-code stripping unchanged", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 100 }).map((s) => s.replace(/&/g, "")),
        (s) => {
          expect(decodeEntities(s)).toBe(s);
          expect(stripExcelHeaderCodes(s)).toBe(s);
        },
      ),
    );
  });
});

/** A PDF literal string for arbitrary bytes, escaping what must be escaped and octal-escaping some bytes. */
function literal(bytes: Uint8Array): string {
  let s = "(";
  bytes.forEach((c, i) => {
    if (c === 0x28 || c === 0x29 || c === 0x5c) s += "\\" + String.fromCharCode(c);
    else if (c === 0x0d || i % 7 === 3) s += "\\" + c.toString(8).padStart(3, "0");
    else s += String.fromCharCode(c);
  });
  return s + ")";
}
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

describe("PDF syntax", () => {
  test("the lexer only ever throws PdfSyntaxError, and always moves forward", () => {
    fc.assert(
      fc.property(anyBytes, (b) => {
        const lx = new PdfLexer(b);
        for (let guard = 0; !lx.atEnd && guard < 10000; guard++) {
          const before = lx.pos;
          try {
            lx.value();
          } catch (e) {
            expect(e).toBeInstanceOf(PdfSyntaxError);
            break;
          }
          expect(lx.pos).toBeGreaterThan(before);
        }
      }),
      { numRuns: 500 },
    );
  });

  test("scanTopLevel never throws and reports streams inside the input", () => {
    fc.assert(
      fc.property(anyBytes, (b) => {
        scanTopLevel(b, 0, b.length, (found) => {
          if (found.stream) {
            expect(found.stream.start).toBeLessThanOrEqual(found.stream.end);
            expect(found.stream.end).toBeLessThanOrEqual(b.length);
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  test("literal and hex strings round-trip", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const hex = "<" + Array.from(bytes, (c) => c.toString(16).padStart(2, "0")).join(" ") + ">";
        const lit = new PdfLexer(latin1(literal(bytes))).value();
        const hx = new PdfLexer(latin1(hex)).value();
        expect(lit).toEqual({ t: "str", v: bytes });
        expect(hx).toEqual({ t: "str", v: bytes });
      }),
    );
  });

  test("text strings: UTF-16BE with a mark round-trips, printable ASCII is itself", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.stringMatching(/^[ -~]{0,40}$/), (s, ascii) => {
        const utf16 = [0xfe, 0xff];
        for (let i = 0; i < s.length; i++) utf16.push(s.charCodeAt(i) >> 8, s.charCodeAt(i) & 0xff);
        expect(decodeTextString(Uint8Array.from(utf16))).toBe(s);
        expect(decodeTextString(latin1(ascii))).toBe(ascii);
      }),
    );
  });

  test("CMaps, content streams and XMP from arbitrary input stay within their caps", () => {
    fc.assert(
      fc.property(anyBytes, fc.integer({ min: 0, max: 100 }), (b, max) => {
        const cmap = parseToUnicode(b);
        expect(cmap.map.size).toBeLessThanOrEqual(65536);
        const fonts = new Map([
          ["F1", toUnicodeDecoder(cmap, true)],
          ["F2", encodingDecoder(undefined, false)],
        ]);
        const resources = { font: (name: string) => fonts.get(name), form: () => ({ content: b, resources }) };
        expect(contentText(b, resources, max).length).toBeLessThanOrEqual(max);
        expect(xmpText(decodeUtf8(b), max).length).toBeLessThanOrEqual(max);
        decodeTextString(b);
      }),
      { numRuns: 500 },
    );
  });
});

describe("binary readers", () => {
  test("ZIP directory, CFB, property sets and text decoders never throw on arbitrary bytes", () => {
    const cfbMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (b, magic) => {
        const z = readZipDirectory(b, 50);
        if (z.ok) expect(z.dir.entries.length).toBeLessThanOrEqual(50);
        const c = magic ? Uint8Array.from([...cfbMagic, ...b]) : b;
        const cfb = openCfb(c, 50);
        if (cfb.ok) for (const e of cfb.cfb.entries) cfb.cfb.readStream(e, 256);
        readPropertySet(b);
        expect(decodeCp932(b).length).toBeLessThanOrEqual(b.length);
        expect(decodeUtf8(b).length).toBeLessThanOrEqual(b.length);
      }),
      { numRuns: 500 },
    );
  });

  test("the bounded inflater never hands out more than its cap, whatever the data", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.integer({ min: 0, max: 4096 }), (data, cap) => {
        let delivered = 0;
        const outcome = readEntry(data, 8, 1 << 20, new Budget(1 << 20), cap, (chunk) => {
          delivered += chunk.length;
          return false;
        });
        expect(["complete", "stopped", "part-cap", "budget", "corrupt"]).toContain(outcome);
        expect(delivered).toBeLessThanOrEqual(cap);
      }),
      { numRuns: 500 },
    );
  });
});
