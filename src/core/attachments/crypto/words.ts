/**
 * Message padding and word/byte conversion shared by MD5 (little-endian) and SHA-2 (big-endian): the message,
 * a 0x80 byte, zeros, and the bit length in the block's last word, as 32-bit words. Inputs here are short (a PDF
 * password check hashes at most a few kilobytes), so lengths past 2^29 bytes are not supported.
 */

/** `m` padded to whole `blockBytes` blocks (64 or 128) as 32-bit words; `le` selects MD5's byte and word order. */
export function padWords(m: Uint8Array, blockBytes: number, le: boolean): Int32Array {
  const flip = le ? 0 : 3;
  const len = m.length;
  const w = new Int32Array(((((len + blockBytes / 8) / blockBytes) | 0) + 1) * (blockBytes / 4));
  for (let i = 0; i < len; i++) w[i >> 2] = w[i >> 2]! | (m[i]! << (((i & 3) ^ flip) << 3));
  w[len >> 2] = w[len >> 2]! | (0x80 << (((len & 3) ^ flip) << 3));
  w[w.length - (le ? 2 : 1)] = len << 3;
  return w;
}

/** The first `count` bytes of words, big-endian (or little-endian for MD5). */
export function wordBytes(w: Int32Array, count: number, le: boolean): Uint8Array {
  const flip = le ? 0 : 3;
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) out[i] = w[i >> 2]! >>> (((i & 3) ^ flip) << 3);
  return out;
}
