/**
 * SHA-256, SHA-384 and SHA-512 (FIPS 180-4), for the PDF 2.0 password checks (revisions 5 and 6). SHA-512's
 * 64-bit words are kept as high and low 32-bit halves. No constant table: the standard defines the constants as
 * the first 64 bits of the fractional parts of the cube roots (round constants) and square roots (initial values)
 * of the first primes, and computing them here keeps the event bundle smaller than writing them out (SHA-256's are
 * the high halves of SHA-512's). A wrong constant could only make a password check fail to match, never match
 * falsely; the tests compare every hash with node:crypto.
 */

import { padWords, wordBytes } from "./words";

const TWO32 = 4294967296;

/** Round constants as (high, low) pairs (the high halves are SHA-256's constants). */
const K = new Int32Array(160);
/** Initial values as (high, low) pairs: SHA-512's (and in the high halves SHA-256's), then SHA-384's. */
const IV = new Int32Array(32);

/** Dekker's split: a = high + low, each half of at most 26 significant bits (so their products are exact). */
function split(a: number): number[] {
  const t = 134217729 * a;
  const high = t - (t - a);
  return [high, a - high];
}

/** The rounding error of a × b (Dekker's two-product): a × b = (a * b) + the result, exactly. */
function productError(a: number, b: number): number {
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return ah! * bh! - a * b + ah! * bl! + al! * bh! + al! * bl!;
}

/**
 * The first 64 fraction bits of the k-th root of n (k = 2 or 3), stored as (high, low) at `at`: Math.pow's root
 * (a few ulps off at most), then one Newton step from the residual n − y^k computed exactly enough, about 100
 * bits in all. With m = y^(k−2) (1 or y, both exact), y^k = m·y² = m·(s + e) where s + e is y² exactly.
 */
function rootBits(into: Int32Array, at: number, n: number, k: number): void {
  const y = Math.pow(n, 1 / k);
  const m = Math.pow(y, k - 2);
  const s = y * y;
  const e = productError(y, y);
  const correction = (n - m * s - productError(m, s) - m * e) / (k * m * y);
  const high = (y - Math.floor(y)) * TWO32;
  const low = (high - Math.floor(high)) * TWO32 + correction * TWO32 * TWO32;
  into[at] = Math.floor(high) + Math.floor(low / TWO32);
  into[at + 1] = Math.floor(low);
}

for (let n = 2, i = 0; i < 80; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (!prime) continue;
  rootBits(K, 2 * i, n, 3);
  if (i < 16) rootBits(IV, 2 * i, n, 2);
  i++;
}

/** Rotation right of a 32-bit word by n (0 < n < 32); also the high half of a 64-bit (x, y) rotation. */
const rot = (x: number, y: number, n: number): number => (x >>> n) | (y << (32 - n));

export function sha256(m: Uint8Array): Uint8Array {
  const w = padWords(m, 64, false);
  const h = new Int32Array(8);
  for (let i = 0; i < 8; i++) h[i] = IV[2 * i]!;
  const W = new Int32Array(64);
  const s = new Int32Array(8);
  for (let o = 0; o < w.length; o += 16) {
    W.set(w.subarray(o, o + 16));
    for (let t = 16; t < 64; t++) {
      const x = W[t - 15]!;
      const y = W[t - 2]!;
      W[t] =
        (rot(y, y, 17) ^ rot(y, y, 19) ^ (y >>> 10)) +
        W[t - 7]! +
        (rot(x, x, 7) ^ rot(x, x, 18) ^ (x >>> 3)) +
        W[t - 16]!;
    }
    s.set(h);
    for (let t = 0; t < 64; t++) {
      const a = s[0]!;
      const e = s[4]!;
      const t1 =
        s[7]! + (rot(e, e, 6) ^ rot(e, e, 11) ^ rot(e, e, 25)) + ((e & s[5]!) ^ (~e & s[6]!)) + K[2 * t]! + W[t]!;
      const t2 = (rot(a, a, 2) ^ rot(a, a, 13) ^ rot(a, a, 22)) + ((a & s[1]!) ^ (a & s[2]!) ^ (s[1]! & s[2]!));
      // h ← g … b ← a; then e = d + T1 (d has just moved into e's place) and a = T1 + T2.
      s.copyWithin(1, 0, 7);
      s[4] = s[4]! + t1;
      s[0] = t1 + t2;
    }
    for (let i = 0; i < 8; i++) h[i] = h[i]! + s[i]!;
  }
  return wordBytes(h, 32, false);
}

/**
 * SHA-512 (`outBytes` 64) or SHA-384 (48). State and schedule hold (high, low) pairs; a 64-bit sum adds the
 * unsigned low halves as doubles (exact below 2^53) and carries what passes 2^32 (`sum / 2^32 | 0`, the sum being
 * positive) into the high half.
 */
function sha512Family(m: Uint8Array, outBytes: number): Uint8Array {
  const w = padWords(m, 128, false);
  const h = IV.slice(outBytes === 64 ? 0 : 16, outBytes === 64 ? 16 : 32);
  const W = new Int32Array(160);
  const s = new Int32Array(16);
  for (let o = 0; o < w.length; o += 32) {
    W.set(w.subarray(o, o + 32));
    for (let t = 32; t < 160; t += 2) {
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
        ((low / TWO32) | 0);
      W[t + 1] = low;
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
        (K[t + 1]! >>> 0) +
        (W[t + 1]! >>> 0);
      const t1h =
        s[14]! +
        (rot(eh, el, 14) ^ rot(eh, el, 18) ^ rot(el, eh, 9)) +
        ((eh & s[10]!) ^ (~eh & s[12]!)) +
        K[t]! +
        W[t]! +
        ((t1l / TWO32) | 0);
      const t2l =
        ((rot(al, ah, 28) ^ rot(ah, al, 2) ^ rot(ah, al, 7)) >>> 0) +
        (((al & s[3]!) ^ (al & s[5]!) ^ (s[3]! & s[5]!)) >>> 0);
      const t2h =
        (rot(ah, al, 28) ^ rot(al, ah, 2) ^ rot(al, ah, 7)) +
        ((ah & s[2]!) ^ (ah & s[4]!) ^ (s[2]! & s[4]!)) +
        ((t2l / TWO32) | 0);
      // h ← g … b ← a; then e = d + T1 (d has just moved into e's place) and a = T1 + T2.
      s.copyWithin(2, 0, 14);
      const el2 = (s[9]! >>> 0) + (t1l >>> 0);
      s[8] = s[8]! + t1h + ((el2 / TWO32) | 0);
      s[9] = el2;
      const al2 = (t1l >>> 0) + (t2l >>> 0);
      s[0] = t1h + t2h + ((al2 / TWO32) | 0);
      s[1] = al2;
    }
    for (let i = 0; i < 16; i += 2) {
      const l = (h[i + 1]! >>> 0) + (s[i + 1]! >>> 0);
      h[i] = h[i]! + s[i]! + ((l / TWO32) | 0);
      h[i + 1] = l;
    }
  }
  return wordBytes(h, outBytes, false);
}

export const sha512 = (m: Uint8Array): Uint8Array => sha512Family(m, 64);
export const sha384 = (m: Uint8Array): Uint8Array => sha512Family(m, 48);
