/**
 * Plain-text attachments: a memo saved as .txt, a list exported as .csv, a report as .tsv. Staff write the 格付 on
 * the first line of such files as they do in a mail body, and no container format hides it, so the start of the
 * file is read as text. Only the first few kilobytes are looked at: markings sit at the top, and Send must stay fast.
 */

import { decodeUtf16le } from "./utf16";
import { decodeUtf8OrCp932 } from "./legacy-text";

const SAMPLE_BYTES = 8 * 1024;
/** Control bytes (other than tab, line breaks, form feed and ESC) a text file may hold before it counts as binary. */
const MAX_CONTROL_BYTES = 4;

/** The start of a plain-text file, decoded (UTF-8, UTF-16LE with a BOM, else CP932); undefined for binary data. */
export function plainTextStart(b: Uint8Array, maxChars: number): string | undefined {
  let end = Math.min(b.length, SAMPLE_BYTES);
  if (end < 2 || maxChars <= 0) return undefined;
  // Excel's "Unicode テキスト" and Notepad's "Unicode": UTF-16LE after a byte order mark.
  if (b[0] === 0xff && b[1] === 0xfe) return decodeUtf16le(b, 2, end - (end % 2)).slice(0, maxChars);
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  let control = 0;
  for (let i = start; i < end; i++) {
    const c = b[i]!;
    if (c === 0) return undefined;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) control++;
    if (c === 0x7f) control++;
  }
  if (control > MAX_CONTROL_BYTES) return undefined;
  // The sample may end inside a UTF-8 sequence: step back to the start of a character before testing validity.
  if (end < b.length) {
    let k = 0;
    while (k < 3 && end > start && (b[end]! & 0xc0) === 0x80) {
      end--;
      k++;
    }
  }
  const text = decodeUtf8OrCp932(b, start, end);
  return text.slice(0, maxChars);
}
