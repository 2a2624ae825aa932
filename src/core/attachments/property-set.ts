/**
 * [MS-OLEPS] property set streams (\u0005SummaryInformation, \u0005DocumentSummaryInformation) in legacy Office
 * files: string properties by id, and the user-defined section's name dictionary (where legacy Office keeps
 * MSIP_Label_* sensitivity label properties). Only string types are decoded; everything is bounds-checked.
 */

import { u16, u32 } from "./bytes";
import { decodeCp932 } from "./cp932";
import { decodeUtf16le } from "./utf16";
import { decodeUtf8 } from "./utf8";

const VT_I2 = 0x0002;
const VT_LPSTR = 0x001e;
const VT_LPWSTR = 0x001f;
const PID_DICTIONARY = 0;
const PID_CODEPAGE = 1;
const CP_UTF16 = 1200;
const CP_UTF8 = 65001;
const MAX_PROPERTIES = 256;

export interface PropertySection {
  /** Property id → string value (string-typed properties only). */
  readonly strings: Map<number, string>;
  /** Property id → name, from the dictionary of a user-defined section. */
  readonly names: Map<number, string>;
}

function decodeCodepage(b: Uint8Array, start: number, end: number, codepage: number): string {
  // Strings are stored with their terminating NUL; drop it and anything after it.
  let stop = start;
  while (stop < end && b[stop] !== 0) stop++;
  if (codepage === CP_UTF8) return decodeUtf8(b, start, stop);
  // CP932 decoding is also right for ASCII; other single-byte code pages only matter for their ASCII part here.
  return decodeCp932(b, start, stop);
}

function readSection(b: Uint8Array, at: number): PropertySection {
  const strings = new Map<number, string>();
  const names = new Map<number, string>();
  const size = u32(b, at);
  const end = Math.min(b.length, at + size);
  const count = Math.min(u32(b, at + 4), MAX_PROPERTIES);
  const props: { id: number; offset: number }[] = [];
  for (let i = 0; i < count && at + 8 + i * 8 + 8 <= end; i++) {
    props.push({ id: u32(b, at + 8 + i * 8), offset: at + u32(b, at + 12 + i * 8) });
  }
  let codepage = 1252;
  for (const p of props) {
    if (p.id === PID_CODEPAGE && u16(b, p.offset) === VT_I2) codepage = u16(b, p.offset + 4);
  }
  for (const p of props) {
    if (p.offset + 8 > end) continue;
    if (p.id === PID_DICTIONARY) {
      // Dictionary: count, then (id, length, name) with names in the section's code page (UTF-16 chars if 1200).
      const n = Math.min(u32(b, p.offset), MAX_PROPERTIES);
      let q = p.offset + 4;
      for (let i = 0; i < n && q + 8 <= end; i++) {
        const id = u32(b, q);
        const len = u32(b, q + 4);
        const bytes = codepage === CP_UTF16 ? len * 2 : len;
        if (q + 8 + bytes > end) break;
        const name =
          codepage === CP_UTF16
            ? (decodeUtf16le(b, q + 8, q + 8 + bytes).split(String.fromCharCode(0))[0] ?? "")
            : decodeCodepage(b, q + 8, q + 8 + bytes, codepage);
        names.set(id, name);
        q += 8 + bytes;
        if (codepage === CP_UTF16) q += (4 - (bytes % 4)) % 4;
      }
      continue;
    }
    const type = u16(b, p.offset);
    const len = u32(b, p.offset + 4);
    if (type === VT_LPSTR && p.offset + 8 + len <= end) {
      strings.set(p.id, decodeCodepage(b, p.offset + 8, p.offset + 8 + len, codepage));
    } else if (type === VT_LPWSTR && p.offset + 8 + len * 2 <= end) {
      strings.set(p.id, decodeUtf16le(b, p.offset + 8, p.offset + 8 + len * 2).split(String.fromCharCode(0))[0] ?? "");
    }
  }
  return { strings, names };
}

/** Sections of a property set stream, in order (SummaryInformation has one, DocumentSummaryInformation two). */
export function readPropertySet(b: Uint8Array): PropertySection[] {
  if (b.length < 48 || u16(b, 0) !== 0xfffe) return [];
  const n = Math.min(u32(b, 24), 2);
  const sections: PropertySection[] = [];
  for (let i = 0; i < n; i++) {
    const offset = u32(b, 28 + i * 20 + 16);
    if (offset + 8 <= b.length) sections.push(readSection(b, offset));
  }
  return sections;
}
