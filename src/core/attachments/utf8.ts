/**
 * UTF-8 decoding without TextDecoder (classic Outlook's JS runtime has none). Invalid or truncated sequences become
 * U+FFFD, one per bad byte, as the WHATWG decoder does closely enough for marking detection; it never throws.
 */

const REPLACEMENT = 0xfffd;

const CHUNK = 8192;

/** Turns the first n code units of buf into a string (apply with a typed array avoids a boxed number array). */
function flush(buf: Uint16Array, n: number, parts: string[]): void {
  if (n > 0) parts.push(String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]));
}

export function decodeUtf8(b: Uint8Array, start = 0, end = b.length): string {
  const stop = Math.min(end, b.length);
  let i = Math.max(0, start);
  // A byte-order mark says nothing about content; drop it so it cannot split a marking from the text start.
  if (b[i] === 0xef && b[i + 1] === 0xbb && b[i + 2] === 0xbf) i += 3;
  const parts: string[] = [];
  const codes = new Uint16Array(CHUNK + 1);
  let n = 0;
  while (i < stop) {
    const c = b[i] ?? 0;
    let cp = REPLACEMENT;
    let len = 1;
    if (c < 0x80) {
      cp = c;
    } else if (c >= 0xc2 && c <= 0xf4) {
      const need = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
      // Second-byte ranges exclude overlongs (E0, F0), surrogates (ED) and values past U+10FFFF (F4).
      const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
      // The mask, not the masked value, is chosen: constant arms stay allocation-free in the event build's rewrite.
      let value = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
      let ok = true;
      for (let k = 1; k <= need; k++) {
        const cc = i + k < stop ? (b[i + k] ?? -1) : -1;
        if (cc < (k === 1 ? lo : 0x80) || cc > (k === 1 ? hi : 0xbf)) {
          ok = false;
          len = k; // the bytes so far form one maximal bad subpart
          break;
        }
        value = (value << 6) | (cc & 0x3f);
      }
      if (ok) {
        cp = value;
        len = need + 1;
      }
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      codes[n++] = 0xd800 + (cp >> 10);
      codes[n++] = 0xdc00 + (cp & 0x3ff);
    } else {
      codes[n++] = cp;
    }
    if (n >= CHUNK) {
      flush(codes, n, parts);
      n = 0;
    }
    i += len;
  }
  flush(codes, n, parts);
  return parts.join("");
}

/** True when the bytes are well-formed UTF-8 (used to tell UTF-8 ZIP names from CP932 ones). */
export function isValidUtf8(b: Uint8Array, start = 0, end = b.length): boolean {
  const stop = Math.min(end, b.length);
  let i = Math.max(0, start);
  while (i < stop) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c < 0xc2 || c > 0xf4) return false;
    const need = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (i + need >= stop) return false; // truncated sequence
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k] ?? -1;
      if (cc < (k === 1 ? lo : 0x80) || cc > (k === 1 ? hi : 0xbf)) return false;
    }
    i += need + 1;
  }
  return true;
}
