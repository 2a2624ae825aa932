/**
 * SHA-256, SHA-384 and SHA-512 (FIPS 180-4), for the PDF 2.0 password checks (revisions 5 and 6). SHA-512's
 * 64-bit words are kept as high and low 32-bit halves. Only the low halves of SHA-512's constants are written out:
 * the high halves (which are SHA-256's constants) come from the cube and square roots of the first primes, as
 * the standard defines them. A wrong constant could only make a password check fail to match, never match falsely.
 */

import { padWords, wordBytes } from "./words";

const LO =
  "d728ae2223ef65cdec4d3b2f8189dbbcf348b538b605d019af194f9bda6d8118a303024245706fbe4ee4b28cd5ffb4e2f27b896f" +
  "3b1696b125c71235cf6926949ef14ad2384f25e38b8cd5b577ac9c65592b02756ea6e483bd41fbd4831153b5ee66dfab2db43210" +
  "98fb213fbeef0ee43da88fc2930aa725e003826f0a0e6e7046d22ffc5c26c9265ac42aed9d95b3df8baf63de3c77b2a847edaee6" +
  "1482353b4cf10364bc423001d0f897910654be30d6ef52185565a9105771202a32bbd1b8b8d2d0c85141ab53df8eeb99e19b48a8" +
  "c5c95a63e3418acb7763e373d6b2b8a35defb2fc43172f60a1f0ab721a6439ec23631e28de82bde9b2c67915e372532bea26619c" +
  "21c0c207cde0eb1eee6ed17872176fbaa2c898a6bef90dae131c471b23047d8440c7249315c9bebc9c100d4ccb3e42b6fc657e2a" +
  "3ad6faec4a475817f3bcc90884caa73bfe94f82b5f1d36f1ade682d12b3e6c1ffb41bd6b137e2179c1059ed8367cd5073070dd17" +
  "f70e5939ffc00b316858151164f98fa7befa4fa4";

/** Round constants, high and low halves (the high halves are SHA-256's constants). */
const KH = new Int32Array(80);
const KL = new Int32Array(80);
/** Initial values as (high, low) pairs: SHA-512's (and in the high halves SHA-256's), then SHA-384's. */
const IV = new Int32Array(32);

const lo = (i: number): number => parseInt(LO.slice(i * 8, i * 8 + 8), 16);
/** The first 32 bits of the fraction (an Int32Array store keeps them, modulo 2^32). */
const fraction = (x: number): number => (x - Math.floor(x)) * 4294967296;

for (let n = 2, i = 0; i < 80; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (!prime) continue;
  KH[i] = fraction(Math.cbrt(n));
  KL[i] = lo(i);
  if (i < 16) {
    IV[2 * i] = fraction(Math.sqrt(n));
    IV[2 * i + 1] = lo(80 + i);
  }
  i++;
}

/** Rotation right of a 32-bit word by n (0 < n < 32); also the high half of a 64-bit (x, y) rotation. */
const rot = (x: number, y: number, n: number): number => (x >>> n) | (y << (32 - n));
const TWO32 = 4294967296;

export function sha256(m: Uint8Array): Uint8Array {
  const w = padWords(m, 64, false);
  const h = new Int32Array(8);
  for (let i = 0; i < 8; i++) h[i] = IV[2 * i]!;
  const W = new Int32Array(64);
  for (let o = 0; o < w.length; o += 16) {
    for (let t = 0; t < 64; t++) {
      if (t < 16) W[t] = w[o + t]!;
      else {
        const x = W[t - 15]!;
        const y = W[t - 2]!;
        W[t] =
          (rot(y, y, 17) ^ rot(y, y, 19) ^ (y >>> 10)) +
          W[t - 7]! +
          (rot(x, x, 7) ^ rot(x, x, 18) ^ (x >>> 3)) +
          W[t - 16]!;
      }
    }
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    let e = h[4]!;
    let f = h[5]!;
    let g = h[6]!;
    let k = h[7]!;
    for (let t = 0; t < 64; t++) {
      const t1 = k + (rot(e, e, 6) ^ rot(e, e, 11) ^ rot(e, e, 25)) + ((e & f) ^ (~e & g)) + KH[t]! + W[t]!;
      const t2 = (rot(a, a, 2) ^ rot(a, a, 13) ^ rot(a, a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = h[0]! + a;
    h[1] = h[1]! + b;
    h[2] = h[2]! + c;
    h[3] = h[3]! + d;
    h[4] = h[4]! + e;
    h[5] = h[5]! + f;
    h[6] = h[6]! + g;
    h[7] = h[7]! + k;
  }
  return wordBytes(h, 32, false);
}

/**
 * SHA-512 (`outBytes` 64) or SHA-384 (48). State and schedule hold (high, low) pairs; a 64-bit sum adds the
 * unsigned low halves as doubles (exact below 2^53) and carries what passes 2^32 into the high half.
 */
function sha512Family(m: Uint8Array, outBytes: number): Uint8Array {
  const w = padWords(m, 128, false);
  const h = IV.slice(outBytes === 64 ? 0 : 16, outBytes === 64 ? 16 : 32);
  const W = new Int32Array(160);
  const s = new Int32Array(16);
  for (let o = 0; o < w.length; o += 32) {
    for (let t = 0; t < 160; t += 2) {
      if (t < 32) {
        W[t] = w[o + t]!;
        W[t + 1] = w[o + t + 1]!;
      } else {
        const xh = W[t - 30]!;
        const xl = W[t - 29]!;
        const yh = W[t - 4]!;
        const yl = W[t - 3]!;
        const low =
          ((rot(yl, yh, 19) ^ rot(yh, yl, 29) ^ rot(yl, yh, 6)) >>> 0) +
          (W[t - 13]! >>> 0) +
          ((rot(xl, xh, 1) ^ rot(xl, xh, 8) ^ rot(xl, xh, 7)) >>> 0) +
          (W[t - 31]! >>> 0);
        W[t] =
          (rot(yh, yl, 19) ^ rot(yl, yh, 29) ^ (yh >>> 6)) +
          W[t - 14]! +
          (rot(xh, xl, 1) ^ rot(xh, xl, 8) ^ (xh >>> 7)) +
          W[t - 32]! +
          Math.floor(low / TWO32);
        W[t + 1] = low;
      }
    }
    s.set(h);
    for (let t = 0; t < 160; t += 2) {
      const ah = s[0]!;
      const al = s[1]!;
      const eh = s[8]!;
      const el = s[9]!;
      const t1l =
        (s[15]! >>> 0) +
        ((rot(el, eh, 14) ^ rot(el, eh, 18) ^ rot(eh, el, 9)) >>> 0) +
        (((el & s[11]!) ^ (~el & s[13]!)) >>> 0) +
        (KL[t >> 1]! >>> 0) +
        (W[t + 1]! >>> 0);
      const t1h =
        s[14]! +
        (rot(eh, el, 14) ^ rot(eh, el, 18) ^ rot(el, eh, 9)) +
        ((eh & s[10]!) ^ (~eh & s[12]!)) +
        KH[t >> 1]! +
        W[t]! +
        Math.floor(t1l / TWO32);
      const t2l =
        ((rot(al, ah, 28) ^ rot(ah, al, 2) ^ rot(ah, al, 7)) >>> 0) +
        (((al & s[3]!) ^ (al & s[5]!) ^ (s[3]! & s[5]!)) >>> 0);
      const t2h =
        (rot(ah, al, 28) ^ rot(al, ah, 2) ^ rot(al, ah, 7)) +
        ((ah & s[2]!) ^ (ah & s[4]!) ^ (s[2]! & s[4]!)) +
        Math.floor(t2l / TWO32);
      // h ← g … b ← a; then e = d + T1 (d has just moved into e's place) and a = T1 + T2.
      s.copyWithin(2, 0, 14);
      const el2 = (s[9]! >>> 0) + (t1l >>> 0);
      s[8] = s[8]! + t1h + Math.floor(el2 / TWO32);
      s[9] = el2;
      const al2 = (t1l >>> 0) + (t2l >>> 0);
      s[0] = t1h + t2h + Math.floor(al2 / TWO32);
      s[1] = al2;
    }
    for (let i = 0; i < 16; i += 2) {
      const l = (h[i + 1]! >>> 0) + (s[i + 1]! >>> 0);
      h[i] = h[i]! + s[i]! + Math.floor(l / TWO32);
      h[i + 1] = l;
    }
  }
  return wordBytes(h, outBytes, false);
}

export const sha512 = (m: Uint8Array): Uint8Array => sha512Family(m, 64);
export const sha384 = (m: Uint8Array): Uint8Array => sha512Family(m, 48);
