/** UTF-16LE decoding for CFB directory names and Office property strings (no TextDecoder in classic Outlook). */

export function decodeUtf16le(b: Uint8Array, start = 0, end = b.length): string {
  const stop = Math.min(end, b.length);
  const parts: string[] = [];
  let codes: number[] = [];
  for (let i = Math.max(0, start); i + 1 < stop; i += 2) {
    codes.push((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8));
    if (codes.length >= 8192) {
      parts.push(String.fromCharCode.apply(null, codes));
      codes = [];
    }
  }
  if (codes.length > 0) parts.push(String.fromCharCode.apply(null, codes));
  return parts.join("");
}
