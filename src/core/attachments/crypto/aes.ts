/**
 * AES (FIPS 197) in CBC mode without padding: encryption with 128-bit keys for PDF 2.0's password hash (ISO
 * 32000-2 Algorithm 2.B), decryption with 128- and 256-bit keys for reading the strings and streams of a PDF that
 * opens with an empty password (/AESV2, /AESV3). Byte-oriented and table-free apart from the S-boxes, which are
 * computed (walking the multiplicative group of GF(2^8) by 3 and its inverse) to keep the event bundle small.
 */

/** Multiplication by 2 in GF(2^8) (x < 256 in, < 256 out: the reduction clears bit 8). */
const xtime = (x: number): number => (x << 1) ^ ((x >> 7) * 0x11b);

const SBOX = new Uint8Array(256);
const INV = new Uint8Array(256);
SBOX[0] = 0x63;
INV[0x63] = 0;
for (let p = 1, q = 1, i = 0; i < 255; i++) {
  p ^= xtime(p); // p × 3
  q ^= q << 1; // q ÷ 3: q × 0xf6, the inverse of 3
  q ^= q << 2;
  q ^= q << 4;
  q &= 0xff;
  q ^= (q >> 7) * 0x09;
  const r = q | (q << 8); // the affine map rotates q; a doubled copy makes rotation a shift
  const s = (q ^ (r >> 7) ^ (r >> 6) ^ (r >> 5) ^ (r >> 4) ^ 0x63) & 0xff;
  SBOX[p] = s;
  INV[s] = p;
}

/** Round keys for a 16- or 32-byte key (11 or 15 of them); other lengths are the caller's error. */
function expandKey(key: Uint8Array): Uint8Array {
  const nk = key.length;
  const rk = new Uint8Array(4 * nk + 112);
  rk.set(key);
  for (let i = nk, rcon = 1; i < rk.length; i += 4) {
    let a = rk[i - 4]!;
    let b = rk[i - 3]!;
    let c = rk[i - 2]!;
    let d = rk[i - 1]!;
    if (i % nk === 0) {
      const t = a;
      a = SBOX[b]! ^ rcon;
      b = SBOX[c]!;
      c = SBOX[d]!;
      d = SBOX[t]!;
      rcon = xtime(rcon);
    } else if (nk > 24 && i % nk === 16) {
      // AES-256 also substitutes (without rotating) half-way through each 8-word group.
      a = SBOX[a]!;
      b = SBOX[b]!;
      c = SBOX[c]!;
      d = SBOX[d]!;
    }
    rk[i] = rk[i - nk]! ^ a;
    rk[i + 1] = rk[i - nk + 1]! ^ b;
    rk[i + 2] = rk[i - nk + 2]! ^ c;
    rk[i + 3] = rk[i - nk + 3]! ^ d;
  }
  return rk;
}

/**
 * MixColumns of t into s, masked off where m is zero (the last round): no branch in the loop. Decryption runs
 * each column through (a0 ^ u, a1 ^ v, a2 ^ u, a3 ^ v) first, which turns this into InvMixColumns (Daemen and
 * Rijmen, The Design of Rijndael, §4.1.3).
 */
function mixColumns(t: Uint8Array, s: Uint8Array, m: number, inverse: number): void {
  for (let c = 0; c < 16; c += 4) {
    let a0 = t[c]!;
    let a1 = t[c + 1]!;
    let a2 = t[c + 2]!;
    let a3 = t[c + 3]!;
    const u = xtime(xtime(a0 ^ a2)) & inverse;
    const v = xtime(xtime(a1 ^ a3)) & inverse;
    a0 ^= u;
    a1 ^= v;
    a2 ^= u;
    a3 ^= v;
    const x = (a0 ^ a1 ^ a2 ^ a3) & m;
    s[c] = a0 ^ x ^ (xtime(a0 ^ a1) & m);
    s[c + 1] = a1 ^ x ^ (xtime(a1 ^ a2) & m);
    s[c + 2] = a2 ^ x ^ (xtime(a2 ^ a3) & m);
    s[c + 3] = a3 ^ x ^ (xtime(a3 ^ a0) & m);
  }
}

/** Encrypts the block in `s` in place; `t` is scratch space. */
function encryptBlock(rk: Uint8Array, s: Uint8Array, t: Uint8Array): void {
  const rounds = rk.length / 16 - 1;
  for (let i = 0; i < 16; i++) s[i] = s[i]! ^ rk[i]!;
  for (let round = 1; round <= rounds; round++) {
    // SubBytes and ShiftRows together: row i & 3 moves left by i & 3 columns, which is byte 5i mod 16.
    for (let i = 0; i < 16; i++) t[i] = SBOX[s[(5 * i) & 15]!]!;
    mixColumns(t, s, (round - rounds) >> 31, 0);
    for (let i = 0; i < 16; i++) s[i] = s[i]! ^ rk[round * 16 + i]!;
  }
}

/** Decrypts the block in `s` in place; `t` is scratch space. */
function decryptBlock(rk: Uint8Array, s: Uint8Array, t: Uint8Array): void {
  const rounds = rk.length / 16 - 1;
  for (let i = 0; i < 16; i++) s[i] = s[i]! ^ rk[rounds * 16 + i]!;
  for (let round = rounds - 1; round >= 0; round--) {
    // InvShiftRows and InvSubBytes together (byte 13i mod 16 moves to i), then the round key, then InvMixColumns
    // except after the last round (round 0).
    for (let i = 0; i < 16; i++) t[i] = INV[s[(13 * i) & 15]!]! ^ rk[round * 16 + i]!;
    const m = -round >> 31;
    mixColumns(t, s, m, m);
  }
}

/** AES-128-CBC encryption of whole 16-byte blocks (a trailing partial block is dropped). */
export function aes128CbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const rk = expandKey(key.subarray(0, 16));
  const s = iv.slice(0, 16);
  const t = new Uint8Array(16);
  const out = new Uint8Array(data.length & ~15);
  for (let o = 0; o < out.length; o += 16) {
    for (let i = 0; i < 16; i++) s[i] = s[i]! ^ data[o + i]!;
    encryptBlock(rk, s, t);
    out.set(s, o);
  }
  return out;
}

/**
 * AES-CBC decryption (a 16- or 32-byte key) of whole 16-byte blocks: a trailing partial block is dropped and
 * padding is left in place (the caller knows whether there is any).
 */
export function aesCbcDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const rk = expandKey(key);
  const s = new Uint8Array(16);
  const t = new Uint8Array(16);
  const out = new Uint8Array(data.length & ~15);
  let prev = iv;
  for (let o = 0; o < out.length; o += 16) {
    const block = data.subarray(o, o + 16);
    s.set(block);
    decryptBlock(rk, s, t);
    for (let i = 0; i < 16; i++) out[o + i] = s[i]! ^ prev[i]!;
    prev = block;
  }
  return out;
}
