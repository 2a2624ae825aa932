/**
 * Best-effort CP932 (Windows Shift_JIS) decoding for legacy ZIP entry names: Japanese Windows' built-in "compressed
 * folder" and many older archivers write names in CP932 without the UTF-8 flag. ASCII, half-width katakana and the
 * double-byte characters in cp932-table.ts decode exactly; anything else becomes U+FFFD. Never throws.
 */

import { CP932_LEADS, CP932_ROWS } from "./cp932-table";

/** Bound once: a global lookup per character is slow under a sandboxed global (jest's vm context). */
const fromCharCode = String.fromCharCode;

const REPLACEMENT = "\ufffd";

function rowFor(lead: number): string | undefined {
  const idx = CP932_LEADS.indexOf(lead);
  return idx < 0 ? undefined : CP932_ROWS[idx];
}

function isLead(c: number): boolean {
  return (c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc);
}

export function decodeCp932(b: Uint8Array, start = 0, end = b.length): string {
  const stop = Math.min(end, b.length);
  let out = "";
  for (let i = Math.max(0, start); i < stop; i++) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      out += fromCharCode(c);
    } else if (c >= 0xa1 && c <= 0xdf) {
      out += fromCharCode(0xff61 + (c - 0xa1)); // half-width katakana, a linear block
    } else if (isLead(c) && i + 1 < stop) {
      const t = b[i + 1] ?? 0;
      if ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfc)) {
        const row = rowFor(c);
        const col = t < 0x7f ? t - 0x40 : t - 0x41;
        out += row === undefined ? REPLACEMENT : row.charAt(col) || REPLACEMENT;
        i++;
      } else {
        out += REPLACEMENT;
      }
    } else {
      out += REPLACEMENT;
    }
  }
  return out;
}
