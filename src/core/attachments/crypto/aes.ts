/**
 * AES (FIPS 197) in CBC mode without padding: encryption with 128-bit keys for PDF 2.0's password hash (ISO
 * 32000-2 Algorithm 2.B), decryption with 128- and 256-bit keys for reading the strings and streams of a PDF that
 * opens with an empty password (/AESV2, /AESV3). Word-oriented with lookup tables (FIPS 197 §5 as in Daemen and
 * Rijmen, The Design of Rijndael, §4.2): about three times fewer operations than byte by byte, which matters in a
 * runtime without a JIT. The tables are computed at load (walking the multiplicative group of GF(2^8) by 3 and its
 * inverse for the S-box) to keep the event bundle small.
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

/**
 * Round tables: entry 256·j + x is what byte x in row j of a column adds to the column after SubBytes and
 * MixColumns (TE), or InvSubBytes and InvMixColumns (TD). Columns are little-endian words (row 0 in the low byte),
 * so row j's table is row 0's rotated left by 8j bits.
 */
const TE = new Int32Array(1024);
const TD = new Int32Array(1024);
for (let x = 0; x < 256; x++) {
  const s = SBOX[x]!;
  const s2 = xtime(s);
  const v = INV[x]!;
  const v2 = xtime(v);
  const v4 = xtime(v2);
  const v8 = xtime(v4);
  // MixColumns multiplies a column by (2 1 1 3), InvMixColumns by (14 9 13 11), read down the first column.
  let e = s2 | (s << 8) | (s << 16) | ((s2 ^ s) << 24);
  let d = (v8 ^ v4 ^ v2) | ((v8 ^ v) << 8) | ((v8 ^ v4 ^ v) << 16) | ((v8 ^ v2 ^ v) << 24);
  for (let j = 0; j < 1024; j += 256) {
    TE[j + x] = e;
    TD[j + x] = d;
    e = (e << 8) | (e >>> 24);
    d = (d << 8) | (d >>> 24);
  }
}

/** Round keys as column words for a 16- or 32-byte key (11 or 15 rounds' worth); other lengths are the caller's error. */
function expandKey(key: Uint8Array): Int32Array {
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
  const w = new Int32Array(rk.length / 4);
  for (let i = 0; i < rk.length; i++) w[i >> 2] = w[i >> 2]! | (rk[i]! << ((i & 3) << 3));
  return w;
}

/**
 * The round keys of the equivalent inverse cipher (FIPS 197 §5.3.5): the forward ones in reverse order, the inner
 * ones through InvMixColumns (TD of SBOX[x] is InvMixColumns of x), each with its columns mirrored (see `rounds`).
 */
function decryptionKeys(k: Int32Array): Int32Array {
  const n = k.length;
  const dk = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = k[n - 4 - (i & ~3) + ((4 - (i & 3)) & 3)]!;
    dk[i] = x;
    if (i >= 4 && i < n - 4) {
      dk[i] =
        TD[SBOX[x & 255]!]! ^
        TD[256 | SBOX[(x >>> 8) & 255]!]! ^
        TD[512 | SBOX[(x >>> 16) & 255]!]! ^
        TD[768 | SBOX[x >>> 24]!]!;
    }
  }
  return dk;
}

/**
 * All rounds on one block of four column words, in place: the cipher with (TE, SBOX) and the forward keys, or the
 * equivalent inverse cipher with (TD, INV) and decryptionKeys on a block whose columns are mirrored (1 and 3
 * swapped): InvShiftRows moves row j right by j columns, which on mirrored columns is ShiftRows' move to the left.
 */
function rounds(T: Int32Array, S: Uint8Array, k: Int32Array, w: Int32Array): void {
  let s0 = w[0]! ^ k[0]!;
  let s1 = w[1]! ^ k[1]!;
  let s2 = w[2]! ^ k[2]!;
  let s3 = w[3]! ^ k[3]!;
  const last = k.length - 4;
  for (let o = 4; o < last; o += 4) {
    const t0 = T[s0 & 255]! ^ T[256 | ((s1 >>> 8) & 255)]! ^ T[512 | ((s2 >>> 16) & 255)]! ^ T[768 | (s3 >>> 24)]!;
    const t1 = T[s1 & 255]! ^ T[256 | ((s2 >>> 8) & 255)]! ^ T[512 | ((s3 >>> 16) & 255)]! ^ T[768 | (s0 >>> 24)]!;
    const t2 = T[s2 & 255]! ^ T[256 | ((s3 >>> 8) & 255)]! ^ T[512 | ((s0 >>> 16) & 255)]! ^ T[768 | (s1 >>> 24)]!;
    const t3 = T[s3 & 255]! ^ T[256 | ((s0 >>> 8) & 255)]! ^ T[512 | ((s1 >>> 16) & 255)]! ^ T[768 | (s2 >>> 24)]!;
    s0 = t0 ^ k[o]!;
    s1 = t1 ^ k[o + 1]!;
    s2 = t2 ^ k[o + 2]!;
    s3 = t3 ^ k[o + 3]!;
  }
  // The last round has no (Inv)MixColumns: the S-box alone.
  w[0] =
    (S[s0 & 255]! | (S[(s1 >>> 8) & 255]! << 8) | (S[(s2 >>> 16) & 255]! << 16) | (S[s3 >>> 24]! << 24)) ^ k[last]!;
  w[1] =
    (S[s1 & 255]! | (S[(s2 >>> 8) & 255]! << 8) | (S[(s3 >>> 16) & 255]! << 16) | (S[s0 >>> 24]! << 24)) ^ k[last + 1]!;
  w[2] =
    (S[s2 & 255]! | (S[(s3 >>> 8) & 255]! << 8) | (S[(s0 >>> 16) & 255]! << 16) | (S[s1 >>> 24]! << 24)) ^ k[last + 2]!;
  w[3] =
    (S[s3 & 255]! | (S[(s0 >>> 8) & 255]! << 8) | (S[(s1 >>> 16) & 255]! << 16) | (S[s2 >>> 24]! << 24)) ^ k[last + 3]!;
}

/** AES-128-CBC encryption of whole 16-byte blocks (a trailing partial block is dropped). */
export function aes128CbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const k = expandKey(key.subarray(0, 16));
  const w = new Int32Array(4);
  for (let i = 0; i < 16; i++) w[i >> 2] = w[i >> 2]! | (iv[i]! << ((i & 3) << 3));
  const out = new Uint8Array(data.length & ~15);
  for (let o = 0; o < out.length; o += 16) {
    for (let i = 0; i < 16; i++) w[i >> 2] = w[i >> 2]! ^ (data[o + i]! << ((i & 3) << 3));
    rounds(TE, SBOX, k, w);
    for (let i = 0; i < 16; i++) out[o + i] = w[i >> 2]! >>> ((i & 3) << 3);
  }
  return out;
}

/**
 * AES-CBC decryption (a 16- or 32-byte key) of whole 16-byte blocks: a trailing partial block is dropped and
 * padding is left in place (the caller knows whether there is any).
 */
export function aesCbcDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const dk = decryptionKeys(expandKey(key));
  const w = new Int32Array(4);
  const out = new Uint8Array(data.length & ~15);
  let prev = iv;
  for (let o = 0; o < out.length; o += 16) {
    // Columns mirrored: byte i goes to word 3·(i >> 2) mod 4 (0, 3, 2, 1).
    w.fill(0);
    for (let i = 0; i < 16; i++) w[((i >> 2) * 3) & 3] = w[((i >> 2) * 3) & 3]! | (data[o + i]! << ((i & 3) << 3));
    rounds(TD, INV, dk, w);
    for (let i = 0; i < 16; i++) out[o + i] = (w[((i >> 2) * 3) & 3]! >>> ((i & 3) << 3)) ^ prev[i]!;
    prev = data.subarray(o, o + 16);
  }
  return out;
}
