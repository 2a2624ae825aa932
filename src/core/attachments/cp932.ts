/**
 * Best-effort CP932 (Windows Shift_JIS) decoding for legacy ZIP entry names: Japanese Windows' built-in "compressed
 * folder" and many older archivers write names in CP932 without the UTF-8 flag. ASCII, half-width katakana and the
 * double-byte characters in cp932-table.ts decode exactly; anything else becomes U+FFFD. Never throws.
 *
 * The double-byte table ships as a compact bit stream (format: scripts/make-attachment-fixtures.py, cp932_encode) and
 * is unpacked on the first double-byte character only: most events never decode CP932 at all.
 */

import { CP932_DATA, CP932_END, CP932_K0, CP932_KM, CP932_K_GAP, CP932_K_RUN, CP932_K_TOKEN } from "./cp932-table";

/** Bound once: a global lookup per character is slow under a sandboxed global (jest's vm context). */
const fromCharCode = String.fromCharCode;

/** 60 lead bytes (0x81-0x9F, 0xE0-0xFC) with 188 trail bytes each. */
const POINTERS = 60 * 188;

/** Code unit per pointer, 0 where the table maps nothing; built on first use. */
let lookup: Uint16Array | undefined;

function unpack(): Uint16Array {
  const table = new Uint16Array(POINTERS);
  let pos = 0;
  let acc = 0; // the unread bits, `have` of them
  let have = 0;
  const bits = (n: number): number => {
    // n <= 24, so acc stays below 2^30
    while (have < n) {
      const c = CP932_DATA.charCodeAt(pos++);
      let v = c - 0x23;
      if (c > 0x5c) v--; // the alphabet skips the backslash
      acc = (acc << 6) | v;
      have += 6;
    }
    have -= n;
    const value = acc >> have;
    acc &= (1 << have) - 1;
    return value;
  };
  // Exponential-Golomb of order k: z zeros, then the z + 1 bits of (v >> k) + 1, then the k low bits of v. Reading
  // whole fields rather than bit by bit halves the first-use cost. The generator decodes the stream it wrote before
  // writing it, and the tests compare every pair with TextDecoder.
  const eg = (k: number): number => {
    let z = 0;
    while (bits(1) === 0) z++;
    return (((1 << z) | bits(z)) - 1) * (1 << k) + bits(k);
  };
  const kanjiEnd = CP932_K0 + CP932_KM;
  let prev = 0;
  let p = 0;
  while (p < CP932_END) {
    const u = eg(CP932_K_TOKEN);
    if (u === 0) {
      p += eg(CP932_K_GAP);
      prev = 0;
      continue;
    }
    if (u === 1) {
      const stop = p + eg(CP932_K_RUN) + 2;
      while (p < stop) table[p++] = ++prev;
      continue;
    }
    const d = u - 2;
    // Two assignments rather than if/else, which the minifier would make a conditional.
    let next = prev + 1 + ((d >> 1) ^ -(d & 1)); // zigzag: 0, -1, 1, -2, 2 ...
    if (prev >= CP932_K0 && prev < kanjiEnd) next = CP932_K0 + ((prev - CP932_K0 + 1 + d) % CP932_KM);
    table[p++] = prev = next;
  }
  return table;
}

/** The unit for a lead and a valid trail byte, 0 when the table has none. */
function lookUp(lead: number, trail: number): number {
  const table = lookup || (lookup = unpack());
  // Written without ?: (the event bundle's build turns each conditional into an array allocation).
  let row = lead - 0x81;
  if (lead >= 0xe0) row -= 0xe0 - 0xa0; // 0xA0-0xDF are single bytes
  let col = trail - 0x40;
  if (trail > 0x7f) col--; // 0x7F is no trail byte
  return table[row * 188 + col] || 0;
}

function isLead(c: number): boolean {
  return (c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc);
}

function isTrail(t: number): boolean {
  return (t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfc);
}

export function decodeCp932(b: Uint8Array, start = 0, end = b.length): string {
  const stop = Math.min(end, b.length);
  let out = "";
  // `!` rather than `?? 0` on indices below `stop`, and three exclusive ifs rather than an else-if chain: the ES2016
  // build lowers `??` to a conditional, the minifier turns else-if chains into conditionals, and the event bundle's
  // build turns each conditional into an array allocation, here per byte.
  for (let i = Math.max(0, start); i < stop; i++) {
    const c = b[i]!;
    let unit = 0xfffd;
    if (c < 0x80) unit = c;
    if (c >= 0xa1 && c <= 0xdf) unit = 0xff61 - 0xa1 + c; // half-width katakana, a linear block
    if (i + 1 < stop && isLead(c) && isTrail(b[i + 1]!)) {
      unit = lookUp(c, b[i + 1]!) || 0xfffd;
      i++; // a valid pair is one character even when the table lacks it
    }
    out += fromCharCode(unit);
  }
  return out;
}
