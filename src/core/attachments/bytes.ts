/**
 * Little-endian readers and byte searches over Uint8Array. Out-of-range reads yield 0 rather than throwing or
 * returning undefined: every structural reader checks bounds itself, and a 0 can never be mistaken for a signature.
 */

export function u8(b: Uint8Array, o: number): number {
  return b[o] ?? 0;
}

export function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

/** Unsigned 32-bit (the multiplication keeps the top bit from turning the result negative). */
export function u32(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16)) + (b[o + 3] ?? 0) * 0x1000000;
}

/** 64-bit as a double; values past 2^53 lose precision, which only ever makes them "too large" anyway. */
export function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

/** First index of `needle` in `hay[from, to)`, or -1. */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  const n = needle.length;
  const first = needle[0];
  if (n === 0 || first === undefined) return from;
  const last = Math.min(to, hay.length) - n;
  for (let i = Math.max(0, from); i <= last; i++) {
    if (hay[i] !== first) continue;
    let j = 1;
    while (j < n && hay[i + j] === needle[j]) j++;
    if (j === n) return i;
  }
  return -1;
}

/** Last index of `needle` starting in `hay[from, to)` (whole needle inside `hay[from, to)`), or -1. */
export function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  const n = needle.length;
  if (n === 0) return to;
  for (let i = Math.min(to, hay.length) - n; i >= Math.max(0, from); i--) {
    let j = 0;
    while (j < n && hay[i + j] === needle[j]) j++;
    if (j === n) return i;
  }
  return -1;
}

/** Bytes of an ASCII literal, for signatures and tokens. */
export function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** Each byte as one char (Latin-1): enough for PDF syntax and ASCII tokens, lossless and never throws. */
export function latin1(b: Uint8Array, start = 0, end = b.length): string {
  const parts: string[] = [];
  const stop = Math.min(end, b.length);
  for (let i = Math.max(0, start); i < stop; i += 8192) {
    const slice = b.subarray(i, Math.min(stop, i + 8192));
    parts.push(String.fromCharCode.apply(null, slice as unknown as number[]));
  }
  return parts.join("");
}

export function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (at + sig.length > b.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

/** The chunks joined into one array (one allocation, one copy each). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
