/** RC4, for the PDF standard security handler's password checks (revisions 2–4). */
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    const t = s[i]!;
    j = (j + t + key[i % key.length]!) & 255;
    s[i] = s[j]!;
    s[j] = t;
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    const t = s[i]!;
    j = (j + t) & 255;
    s[i] = s[j]!;
    s[j] = t;
    out[k] = data[k]! ^ s[(t + s[i]!) & 255]!;
  }
  return out;
}
