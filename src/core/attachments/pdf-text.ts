/**
 * Text decoding for PDF strings: text strings (document information, outlines) in UTF-16BE with a byte-order
 * mark, UTF-8 with a mark (PDF 2.0) or PDFDocEncoding; and strings shown on a page, decoded through the font's
 * ToUnicode CMap (bfchar / bfrange), a predefined Unicode or Shift_JIS CMap, or a simple font's single bytes.
 */

import { decodeCp932 } from "./cp932";
import { PdfLexer, type PdfValue } from "./pdf-syntax";
import { decodeUtf8 } from "./utf8";

/** Bound once: a global lookup per character is slow under a sandboxed global (jest's vm context). */
const fromCharCode = String.fromCharCode;

/** PDFDocEncoding where it differs from Latin-1: 0x18-0x1F and 0x80-0xA0 (0x9F is undefined). */
const PDF_DOC_HIGH =
  "\u2022\u2020\u2021\u2026\u2014\u2013\u0192\u2044\u2039\u203a\u2212\u2030\u201e\u201c\u201d\u2018" +
  "\u2019\u201a\u2122\ufb01\ufb02\u0141\u0152\u0160\u0178\u017d\u0131\u0142\u0153\u0161\u017e\ufffd\u20ac";
const PDF_DOC_LOW = "\u02d8\u02c7\u02c6\u02d9\u02dd\u02db\u02da\u02dc";

function utf16be(b: Uint8Array, start: number, end: number): string {
  const parts: string[] = [];
  let codes: number[] = [];
  for (let i = start; i + 1 < end; i += 2) {
    codes.push(((b[i] ?? 0) << 8) | (b[i + 1] ?? 0));
    if (codes.length >= 4096) {
      parts.push(String.fromCharCode.apply(null, codes));
      codes = [];
    }
  }
  if (codes.length > 0) parts.push(String.fromCharCode.apply(null, codes));
  return parts.join("");
}

function pdfDocChar(c: number): string {
  if (c >= 0x18 && c <= 0x1f) return PDF_DOC_LOW.charAt(c - 0x18);
  if (c >= 0x80 && c <= 0xa0) return PDF_DOC_HIGH.charAt(c - 0x80);
  return fromCharCode(c);
}

/** A PDF text string (document information entries and the like) as a JavaScript string. */
export function decodeTextString(b: Uint8Array): string {
  if (b[0] === 0xfe && b[1] === 0xff) return utf16be(b, 2, b.length);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return decodeUtf8(b, 3);
  let out = "";
  for (let i = 0; i < b.length; i++) out += pdfDocChar(b[i] ?? 0);
  return out;
}

/** How the codes of a shown string map to text, for one font. */
export interface FontDecoder {
  decode(s: Uint8Array): string;
}

interface CodeRange {
  readonly bytes: number;
  readonly lo: number;
  readonly hi: number;
}

/** Entries a ToUnicode map may expand to (bfrange lo..hi spans are expanded into the map). */
const MAX_CMAP_ENTRIES = 65536;

function codeOf(b: Uint8Array): number {
  let v = 0;
  for (let i = 0; i < b.length && i < 4; i++) v = v * 256 + (b[i] ?? 0);
  return v;
}

export interface ToUnicode {
  readonly map: Map<number, string>;
  readonly ranges: readonly CodeRange[];
}

/** Parses a ToUnicode CMap: codespace ranges, bfchar and bfrange (destination string or array form). */
export function parseToUnicode(data: Uint8Array): ToUnicode {
  const map = new Map<number, string>();
  const ranges: CodeRange[] = [];
  const lx = new PdfLexer(data);
  const operands: PdfValue[] = [];
  let section = "";
  const put = (code: number, text: string): boolean => {
    if (map.size >= MAX_CMAP_ENTRIES) return false;
    map.set(code, text);
    return true;
  };
  try {
    while (!lx.atEnd) {
      const v = lx.value();
      if (v.t !== "kw") {
        operands.push(v);
        if (section === "bfchar" && operands.length === 2) {
          const [src, dst] = operands;
          if (src?.t === "str" && dst?.t === "str") put(codeOf(src.v), utf16be(dst.v, 0, dst.v.length));
          else if (src?.t === "str" && dst?.t === "name") put(codeOf(src.v), dst.v);
          operands.length = 0;
        } else if (section === "bfrange" && operands.length === 3) {
          const [lo, hi, dst] = operands;
          if (lo?.t === "str" && hi?.t === "str") {
            const a = codeOf(lo.v);
            const z = Math.min(codeOf(hi.v), a + MAX_CMAP_ENTRIES);
            if (dst?.t === "str" && dst.v.length >= 2) {
              const base = utf16be(dst.v, 0, dst.v.length);
              const head = base.slice(0, -1);
              const last = base.charCodeAt(base.length - 1);
              for (let c = a; c <= z; c++) if (!put(c, head + fromCharCode((last + c - a) & 0xffff))) break;
            } else if (dst?.t === "arr") {
              for (let c = a, k = 0; c <= z && k < dst.v.length; c++, k++) {
                const item = dst.v[k];
                if (item?.t === "str" && !put(c, utf16be(item.v, 0, item.v.length))) break;
              }
            }
          }
          operands.length = 0;
        } else if (section === "codespacerange" && operands.length === 2) {
          const [lo, hi] = operands;
          if (lo?.t === "str" && hi?.t === "str" && lo.v.length >= 1 && lo.v.length <= 4 && ranges.length < 64) {
            ranges.push({ bytes: lo.v.length, lo: codeOf(lo.v), hi: codeOf(hi.v) });
          }
          operands.length = 0;
        } else if (operands.length > 8) {
          operands.shift();
        }
        continue;
      }
      operands.length = 0;
      if (v.v === "beginbfchar") section = "bfchar";
      else if (v.v === "beginbfrange") section = "bfrange";
      else if (v.v === "begincodespacerange") section = "codespacerange";
      else if (v.v.slice(0, 3) === "end") section = "";
    }
  } catch {
    // A truncated CMap still maps what came before the damage.
  }
  return { map, ranges };
}

/** Code length at s[i] from the codespace ranges; `fallback` when no range says. */
function codeLength(s: Uint8Array, i: number, ranges: readonly CodeRange[], fallback: number): number {
  for (let n = 1; n <= 4; n++) {
    if (i + n > s.length) break;
    let v = 0;
    for (let k = 0; k < n; k++) v = v * 256 + (s[i + k] ?? 0);
    for (const r of ranges) if (r.bytes === n && v >= r.lo && v <= r.hi) return n;
  }
  return fallback;
}

export function toUnicodeDecoder(cmap: ToUnicode, twoByte: boolean): FontDecoder {
  const fallback = twoByte ? 2 : 1;
  return {
    decode(s: Uint8Array): string {
      let out = "";
      for (let i = 0; i < s.length;) {
        const n = cmap.ranges.length > 0 ? codeLength(s, i, cmap.ranges, fallback) : fallback;
        let code = 0;
        for (let k = 0; k < n; k++) code = code * 256 + (s[i + k] ?? 0);
        const text = cmap.map.get(code);
        if (text !== undefined) out += text;
        else if (!twoByte) out += pdfDocChar(code & 0xff);
        i += n;
      }
      return out;
    },
  };
}

/** A decoder for a font without ToUnicode, from its /Encoding name; undefined when the codes are glyph ids. */
export function encodingDecoder(encoding: string | undefined, twoByte: boolean): FontDecoder | undefined {
  if (!twoByte) {
    return {
      decode: (s) => {
        let out = "";
        for (let i = 0; i < s.length; i++) out += pdfDocChar(s[i] ?? 0);
        return out;
      },
    };
  }
  if (encoding === undefined) return undefined;
  // Predefined CMaps whose codes are Unicode (UniJIS-UCS2-H, UniJIS-UTF16-H, UniJIS-UTF8-H …) or Shift_JIS.
  if (/^Uni[\da-z]*-(?:UCS2|UTF16)(?:-HW)?-[HV]$/i.test(encoding)) return { decode: (s) => utf16be(s, 0, s.length) };
  if (/^Uni[\da-z]*-UTF8-[HV]$/i.test(encoding)) return { decode: (s) => decodeUtf8(s) };
  if (/-RKSJ-[HV]$/.test(encoding)) {
    return { decode: (s) => decodeCp932(s) };
  }
  return undefined; // Identity-H and other CID orderings: glyph ids, not text
}
