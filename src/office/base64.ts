/**
 * Base64 → bytes without atob: Outlook's JavaScript-only runtime (classic Windows) is not guaranteed to have it, and
 * Microsoft's own event samples carry their own decoder for the same reason. Whitespace is skipped; any other
 * character outside the alphabet makes the input invalid (null), never a thrown error.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const LOOKUP = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  // The URL-safe alphabet decodes too: some clients hand it out.
  t["-".charCodeAt(0)] = 62;
  t["_".charCodeAt(0)] = 63;
  return t;
})();

export function decodeBase64(text: string): Uint8Array | null {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  let ended = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61 /* = */) {
      ended = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    const v = c < 128 ? (LOOKUP[c] ?? -1) : -1;
    if (v < 0 || ended) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  // A single leftover sextet cannot encode a byte: the input was truncated.
  if (bits >= 6) return null;
  return out.subarray(0, n);
}
