/**
 * MD5 (RFC 1321), only for the PDF standard security handler's key derivation (revisions 2–4); never for
 * anything that needs collision resistance. The sine table is computed rather than written out, which keeps the
 * Outlook event bundle smaller; any inaccuracy there could only make a check fail to match, never match falsely.
 */

import { padWords, wordBytes } from "./words";

const T = new Int32Array(64);
for (let i = 0; i < 64; i++) T[i] = Math.abs(Math.sin(i + 1)) * 4294967296;
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

export function md5(m: Uint8Array): Uint8Array {
  const w = padWords(m, 64, true);
  const h = Int32Array.of(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476);
  for (let o = 0; o < w.length; o += 16) {
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let f: number;
      let g: number;
      if (round === 0) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (round === 1) {
        f = (d & b) | (~d & c);
        g = 5 * i + 1;
      } else if (round === 2) {
        f = b ^ c ^ d;
        g = 3 * i + 5;
      } else {
        f = c ^ (b | ~d);
        g = 7 * i;
      }
      const s = SHIFTS[(round << 2) | (i & 3)]!;
      const t = (a + f + T[i]! + w[o + (g & 15)]!) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    h[0] = h[0]! + a;
    h[1] = h[1]! + b;
    h[2] = h[2]! + c;
    h[3] = h[3]! + d;
  }
  return wordBytes(h, 16, true);
}
