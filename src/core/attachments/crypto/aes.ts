/**
 * AES-128 encryption (FIPS 197) in CBC mode without padding: the one cipher operation PDF 2.0's password hash
 * (ISO 32000-2 Algorithm 2.B) needs. Byte-oriented and table-free apart from the S-box, which is computed (walking
 * the multiplicative group of GF(2^8) by 3 and its inverse) to keep the event bundle small.
 */

/** Multiplication by 2 in GF(2^8) (x < 256 in, < 256 out: the reduction clears bit 8). */
const xtime = (x: number): number => (x << 1) ^ ((x >> 7) * 0x11b);

const SBOX = new Uint8Array(256);
SBOX[0] = 0x63;
for (let p = 1, q = 1, i = 0; i < 255; i++) {
  p ^= xtime(p); // p × 3
  q ^= q << 1; // q ÷ 3: q × 0xf6, the inverse of 3
  q ^= q << 2;
  q ^= q << 4;
  q &= 0xff;
  q ^= (q >> 7) * 0x09;
  const r = q | (q << 8); // the affine map rotates q; a doubled copy makes rotation a shift
  SBOX[p] = (q ^ (r >> 7) ^ (r >> 6) ^ (r >> 5) ^ (r >> 4) ^ 0x63) & 0xff;
}

function expandKey(key: Uint8Array): Uint8Array {
  const rk = new Uint8Array(176);
  rk.set(key.subarray(0, 16));
  for (let i = 16, rcon = 1; i < 176; i += 4) {
    let a = rk[i - 4]!;
    let b = rk[i - 3]!;
    let c = rk[i - 2]!;
    let d = rk[i - 1]!;
    if ((i & 15) === 0) {
      const t = a;
      a = SBOX[b]! ^ rcon;
      b = SBOX[c]!;
      c = SBOX[d]!;
      d = SBOX[t]!;
      rcon = xtime(rcon);
    }
    rk[i] = rk[i - 16]! ^ a;
    rk[i + 1] = rk[i - 15]! ^ b;
    rk[i + 2] = rk[i - 14]! ^ c;
    rk[i + 3] = rk[i - 13]! ^ d;
  }
  return rk;
}

/** Encrypts the block in `s` in place; `t` is scratch space. */
function encryptBlock(rk: Uint8Array, s: Uint8Array, t: Uint8Array): void {
  for (let i = 0; i < 16; i++) s[i] = s[i]! ^ rk[i]!;
  for (let round = 1; round <= 10; round++) {
    // SubBytes and ShiftRows together: row i & 3 moves left by i & 3 columns, which is byte 5i mod 16.
    for (let i = 0; i < 16; i++) t[i] = SBOX[s[(5 * i) & 15]!]!;
    for (let c = 0; c < 16; c += 4) {
      const a0 = t[c]!;
      const a1 = t[c + 1]!;
      const a2 = t[c + 2]!;
      const a3 = t[c + 3]!;
      // MixColumns, masked off in the last round (m is all ones before round 10, zero in it): no branch here.
      const m = (round - 10) >> 31;
      const x = (a0 ^ a1 ^ a2 ^ a3) & m;
      s[c] = a0 ^ x ^ (xtime(a0 ^ a1) & m);
      s[c + 1] = a1 ^ x ^ (xtime(a1 ^ a2) & m);
      s[c + 2] = a2 ^ x ^ (xtime(a2 ^ a3) & m);
      s[c + 3] = a3 ^ x ^ (xtime(a3 ^ a0) & m);
    }
    for (let i = 0; i < 16; i++) s[i] = s[i]! ^ rk[round * 16 + i]!;
  }
}

/** AES-128-CBC encryption of whole 16-byte blocks (a trailing partial block is dropped). */
export function aes128CbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const rk = expandKey(key);
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
