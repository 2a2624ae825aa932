/**
 * Byte-level repairs the MIME parser does not make itself, all linear in the input: CR-only line endings, encoded
 * words whose charset label the platform does not know, UTF-7 text and Japanese text that carries no (or a wrong)
 * charset label. Browser-safe: only TextDecoder, no Node APIs.
 */

import { concatBytes, latin1 } from "../core/attachments/bytes";

const CR = 0x0d;
const LF = 0x0a;

/**
 * What sits before the first header in files saved by other tools: a UTF-8 byte order mark (it would glue itself to
 * the first field name, so a leading "To:" was not seen and the mail looked like it had no recipients), empty lines,
 * and an mbox "From " separator line.
 */
export function trimLeadingNoise(bytes: Uint8Array): Uint8Array {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  while (bytes[start] === CR || bytes[start] === LF) start++;
  // "From " with a space and no colon is the mbox separator, not the From: field.
  if (bytes[start] === 0x46 && latin1(bytes, start, start + 5) === "From ") {
    let end = start;
    while (end < bytes.length && bytes[end] !== LF && bytes[end] !== CR) end++;
    while (bytes[end] === CR || bytes[end] === LF) end++;
    start = end;
  }
  return start === 0 ? bytes : bytes.subarray(start);
}

/**
 * Classic Mac OS and some gateways end lines with CR alone; the parser splits on LF only and would read the whole
 * mail as one header. When the first line ends with a bare CR, every bare CR becomes CRLF.
 */
export function normaliseLineEndings(bytes: Uint8Array): Uint8Array {
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === CR || bytes[i] === LF) {
      first = i;
      break;
    }
  }
  if (first < 0 || bytes[first] !== CR || bytes[first + 1] === LF) return bytes;
  let bare = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === CR && bytes[i + 1] !== LF) bare++;
  const out = new Uint8Array(bytes.length + bare);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out[o++] = b;
    if (b === CR && bytes[i + 1] !== LF) out[o++] = LF;
  }
  return out;
}

const decoders = new Map<string, InstanceType<typeof TextDecoder> | null>();

/** A fatal decoder for a label, or null when the platform does not know the label. */
function fatalDecoder(label: string): InstanceType<typeof TextDecoder> | null {
  const key = label.toLowerCase();
  let d = decoders.get(key);
  if (d === undefined) {
    try {
      d = new TextDecoder(key, { fatal: true });
    } catch {
      d = null;
    }
    decoders.set(key, d);
  }
  return d;
}

// Japanese labels seen in real mail that the WHATWG encoding list lacks.
const ALIASES: Record<string, string> = {
  cp932: "shift_jis",
  "x-ms-cp932": "shift_jis",
  "windows-932": "shift_jis",
  "shift-jisx0213": "shift_jis",
  "iso-2022-jp-2": "iso-2022-jp",
  "iso-2022-jp-3": "iso-2022-jp",
  "iso-2022-jp-ms": "iso-2022-jp",
  cseucjp: "euc-jp",
  "x-euc-jp-ms": "euc-jp",
};

/** The platform label for a charset label, or undefined when neither the platform nor our aliases know it. */
function resolveCharset(label: string): string | undefined {
  const l = label.trim().toLowerCase();
  if (fatalDecoder(l) !== null) return l;
  const alias = ALIASES[l];
  return alias !== undefined && fatalDecoder(alias) !== null ? alias : undefined;
}

function isKnownCharset(label: string): boolean {
  return resolveCharset(label) !== undefined;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  const d = fatalDecoder(label);
  if (!d) return undefined;
  try {
    return d.decode(bytes);
  } catch {
    return undefined;
  }
}

function hasIso2022Escape(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] !== 0x1b) continue;
    const a = bytes[i + 1];
    const b = bytes[i + 2];
    // ESC $ @, ESC $ B (JIS X 0208), ESC $ ( D, ESC ( J, ESC ( I
    if ((a === 0x24 && (b === 0x40 || b === 0x42 || b === 0x28)) || (a === 0x28 && (b === 0x4a || b === 0x49)))
      return true;
  }
  return false;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * Share of double-byte characters whose lead byte falls where everyday Japanese lives: kana, punctuation and JIS
 * level-1 kanji (Shift_JIS leads 0x81–0x9f, EUC-JP 0xa1–0xcf). Latin-1 text read as Shift_JIS or EUC-JP lands in
 * the rare level-2 rows or half-width katakana, so it scores low; real Japanese scores high.
 */
function commonLeadRatio(bytes: Uint8Array, charset: "shift_jis" | "euc-jp"): number {
  let common = 0;
  let total = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    total++;
    if (charset === "shift_jis") {
      if ((b >= 0x81 && b <= 0x9f) || b >= 0xe0) {
        if (b <= 0x9f) common++;
        i++;
      }
    } else if (b >= 0xa1) {
      if (b <= 0xcf) common++;
      i++;
    } else if (b === 0x8e || b === 0x8f) {
      i += b === 0x8f ? 2 : 1;
    }
  }
  return total === 0 ? 0 : common / total;
}

const CONFIDENT = 0.6;

/**
 * Guesses the charset of text bytes that carry no usable label: ISO-2022-JP by its escapes, UTF-8 when the bytes
 * are valid UTF-8, else whichever of Shift_JIS and EUC-JP decodes cleanly and looks like everyday Japanese.
 * Undefined when nothing fits (the caller keeps its own decoding).
 */
export function sniffCharset(bytes: Uint8Array): string | undefined {
  if (hasIso2022Escape(bytes)) return "iso-2022-jp";
  if (!hasHighBytes(bytes)) return undefined;
  if (tryDecode("utf-8", bytes) !== undefined) return "utf-8";
  const sjis = tryDecode("shift_jis", bytes) !== undefined ? commonLeadRatio(bytes, "shift_jis") : -1;
  const euc = tryDecode("euc-jp", bytes) !== undefined ? commonLeadRatio(bytes, "euc-jp") : -1;
  if (Math.max(sjis, euc) < CONFIDENT) return undefined;
  return euc > sjis ? "euc-jp" : "shift_jis";
}

/** Labels that say nothing reliable about Japanese text: absent, plain ASCII (often 8-bit JIS mislabelled). */
function labelIsUninformative(label: string): boolean {
  const l = label.trim().toLowerCase();
  return l === "" || l === "us-ascii" || l === "ascii" || l === "unknown-8bit" || !isKnownCharset(l);
}

export function isUtf7(label: string | undefined): boolean {
  return label !== undefined && /^(?:x-)?(?:unicode-(?:1-1|2-0)-)?utf-?7$/i.test(label.trim());
}

/**
 * Decodes a text part: UTF-7 by hand (no platform decodes it); a missing, ASCII or unknown label by sniffing.
 * Undefined when the label can be trusted, so the parser's own decoding stands.
 */
export function decodeTextPart(bytes: Uint8Array, label: string | undefined): string | undefined {
  if (isUtf7(label)) return decodeUtf7(latin1(bytes));
  const l = (label ?? "").trim().toLowerCase();
  if ((l === "utf-8" || l === "utf8") && tryDecode("utf-8", bytes) === undefined) {
    // Labelled UTF-8 but not UTF-8 at all: Japanese mobile gateways do this with Shift_JIS.
    const sniffed = sniffCharset(bytes);
    return sniffed && sniffed !== "utf-8" ? new TextDecoder(sniffed).decode(bytes) : undefined;
  }
  if (!labelIsUninformative(l)) {
    // Known to us but not to the platform (cp932, ISO-2022-JP-2): decode under the platform's name.
    const resolved = resolveCharset(l);
    return resolved !== undefined && resolved !== l ? new TextDecoder(resolved).decode(bytes) : undefined;
  }
  const sniffed = sniffCharset(bytes);
  return sniffed ? new TextDecoder(sniffed).decode(bytes) : undefined;
}

/** Value of each base64 character (by char code), -1 for anything else. */
export const BASE64_VALUE = new Int8Array(256).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  .split("")
  .forEach((c, i) => (BASE64_VALUE[c.charCodeAt(0)] = i));

/** RFC 2152 UTF-7: `+` opens modified base64 of UTF-16 units, ended by any other character (`-` is absorbed). */
export function decodeUtf7(text: string): string {
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const plus = text.indexOf("+", i);
    if (plus < 0) {
      out.push(text.slice(i));
      break;
    }
    out.push(text.slice(i, plus));
    i = plus + 1;
    if (text.charAt(i) === "-") {
      out.push("+");
      i++;
      continue;
    }
    const units: number[] = [];
    i = readBase64(text, i, 16, true, units);
    for (let k = 0; k < units.length; k += 4096) out.push(String.fromCharCode(...units.slice(k, k + 4096)));
    if (text.charAt(i) === "-") i++;
  }
  return out.join("");
}

/**
 * Two repairs on RFC 2047 encoded words, made on the raw bytes before parsing; other bytes stay exactly as they were.
 * - A charset label the platform does not know (`=?UNKNOWN?B?…?=`) is replaced by the charset the bytes show, so
 *   the words decode instead of turning into Latin-1 mojibake.
 * - A long run of adjacent base64 words that the parser would join anyway (same charset, whole 4-character groups)
 *   is joined here into one word: the parser re-tests the growing joined text for every word it adds, which made a
 *   subject of 90,000 words take over ten seconds.
 */
export function repairEncodedWords(bytes: Uint8Array): Uint8Array {
  const edits: Edit[] = [];
  const joins = (prev: EncodedWord, word: EncodedWord) =>
    prev.isB &&
    word.isB &&
    prev.charset === word.charset &&
    prev.raw.length % 4 === 0 &&
    prev.raw.charAt(prev.raw.length - 1) !== "=";
  forEachRun(bytes, joins, (run) => {
    if (run.length >= MERGE_RUN) {
      const payload = run.map((w) => w.raw).join("");
      const first = run[0]!;
      const label = betterLabel(first.label, () => base64Bytes(payload)) ?? first.charset;
      edits.push({ start: first.start, end: run[run.length - 1]!.end, text: `=?${label}?B?${payload}?=` });
    } else {
      for (const w of run) {
        const label = betterLabel(w.label, () => (w.isB ? base64Bytes(w.raw) : qBytes(w.raw)));
        if (label) edits.push({ start: w.start + 2, end: w.start + 2 + w.label.length, text: label });
      }
    }
  });
  return joinSplitCharacters(applyEdits(bytes, edits));
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Calls `close` with each run of encoded words separated only by folding space that `joins` accepts pair by pair.
 * Every scan starts at a "=?" and skips past the word it read, so each byte is looked at a bounded number of times.
 */
function forEachRun(
  bytes: Uint8Array,
  joins: (prev: EncodedWord, word: EncodedWord) => boolean,
  close: (run: EncodedWord[]) => void,
): void {
  let run: EncodedWord[] = [];
  let i = 0;
  const n = bytes.length;
  while (i + 1 < n) {
    const at = bytes.indexOf(0x3d, i);
    if (at < 0 || at + 1 >= n) break;
    i = at + 1;
    if (bytes[at + 1] !== 0x3f) continue;
    const word = readEncodedWord(bytes, at);
    if (!word) continue;
    i = word.end;
    const prev = run[run.length - 1];
    if (prev === undefined || !joins(prev, word) || !onlyFoldingSpace(bytes, prev.end, word.start)) {
      if (run.length > 0) close(run);
      run = [];
    }
    run.push(word);
  }
  if (run.length > 0) close(run);
}

/**
 * Adjacent encoded words of one charset that cut a character in two (=?UTF-8?B?44CQ5g==?= =?UTF-8?B?qZ/l…?=: the
 * first word ends inside 機). RFC 2047 forbids it, yet some mailers cut a long subject every so many bytes; decoded
 * word by word, the cut character becomes U+FFFD and a 【機密性２】 in the subject is lost. Such a run is rewritten
 * as one B word of the joined bytes. Runs whose words each decode on their own are left exactly as they were.
 */
function joinSplitCharacters(bytes: Uint8Array): Uint8Array {
  const edits: Edit[] = [];
  const sameCharset = (prev: EncodedWord, word: EncodedWord) => prev.label.toLowerCase() === word.label.toLowerCase();
  forEachRun(bytes, sameCharset, (run) => {
    const first = run[0]!;
    const charset = run.length >= 2 ? resolveCharset(first.label) : undefined;
    if (charset === undefined) return;
    const parts = run.map((w) => (w.isB ? base64Bytes(w.raw) : qBytes(w.raw)));
    const joined = concatBytes(parts);
    if (parts.some((p) => tryDecode(charset, p) === undefined) && tryDecode(charset, joined) !== undefined) {
      edits.push({
        start: first.start,
        end: run[run.length - 1]!.end,
        text: `=?${first.label}?B?${toBase64(joined)}?=`,
      });
    }
  });
  return applyEdits(bytes, edits);
}

const BASE64_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function toBase64(b: Uint8Array): string {
  let out = "";
  for (let k = 0; k < b.length; k += 3) {
    const n = (b[k]! << 16) | ((b[k + 1] ?? 0) << 8) | (b[k + 2] ?? 0);
    out += BASE64_DIGITS.charAt(n >> 18) + BASE64_DIGITS.charAt((n >> 12) & 63);
    out += k + 1 < b.length ? BASE64_DIGITS.charAt((n >> 6) & 63) : "=";
    out += k + 2 < b.length ? BASE64_DIGITS.charAt(n & 63) : "=";
  }
  return out;
}

/** Runs shorter than this are left to the parser, so ordinary mail reaches it byte for byte. */
const MERGE_RUN = 16;

/** The label to use instead of `label`, or undefined when the platform knows it (or nothing fits better). */
function betterLabel(label: string, payload: () => Uint8Array): string | undefined {
  if (isKnownCharset(label) || isUtf7(label)) return undefined;
  return sniffCharset(payload());
}

function onlyFoldingSpace(bytes: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const b = bytes[k];
    if (b !== 0x20 && b !== 0x09 && b !== CR && b !== LF) return false;
  }
  return true;
}

function applyEdits(bytes: Uint8Array, edits: readonly Edit[]): Uint8Array {
  if (edits.length === 0) return bytes;
  let size = bytes.length;
  for (const e of edits) size += e.text.length - (e.end - e.start);
  const out = new Uint8Array(size);
  let pos = 0;
  let o = 0;
  for (const e of edits) {
    out.set(bytes.subarray(pos, e.start), o);
    o += e.start - pos;
    // Labels and base64 are ASCII: one byte per character.
    for (let k = 0; k < e.text.length; k++) out[o++] = e.text.charCodeAt(k);
    pos = e.end;
  }
  out.set(bytes.subarray(pos), o);
  return out;
}

const MAX_CHARSET = 64;

interface EncodedWord {
  readonly start: number;
  readonly end: number;
  /** The label as written, with any RFC 2231 language suffix (`UNKNOWN*ja`). */
  readonly charset: string;
  /** The label without the language suffix. */
  readonly label: string;
  readonly isB: boolean;
  readonly raw: string;
}

/**
 * `=?charset?B|Q?payload?=` at `at`. Each scan stops at the next "?" or space, and every start is itself a "=?", so
 * no byte is looked at more than a few times however the input is shaped.
 */
function readEncodedWord(bytes: Uint8Array, at: number): EncodedWord | undefined {
  const charsetStart = at + 2;
  let q = charsetStart;
  while (q < bytes.length && q - charsetStart <= MAX_CHARSET && bytes[q] !== 0x3f && bytes[q]! > 0x20) q++;
  if (bytes[q] !== 0x3f || q === charsetStart) return undefined;
  const mode = bytes[q + 1];
  if (bytes[q + 2] !== 0x3f) return undefined;
  const isB = mode === 0x42 || mode === 0x62;
  if (!isB && mode !== 0x51 && mode !== 0x71) return undefined;
  const payloadStart = q + 3;
  let e = payloadStart;
  while (e < bytes.length && bytes[e] !== 0x3f && bytes[e]! > 0x20) e++;
  if (bytes[e] !== 0x3f || bytes[e + 1] !== 0x3d) return undefined;
  const charset = latin1(bytes, charsetStart, q);
  const star = charset.indexOf("*");
  return {
    start: at,
    end: e + 2,
    charset,
    label: star < 0 ? charset : charset.slice(0, star),
    isB,
    raw: latin1(bytes, payloadStart, e),
  };
}

function base64Bytes(s: string): Uint8Array {
  const out: number[] = [];
  readBase64(s, 0, 8, false, out);
  return new Uint8Array(out);
}

/**
 * Appends the `unitBits`-wide units (8: bytes, 16: UTF-16 for UTF-7) that base64 text from `start` holds; stops at
 * the first non-base64 character when `stopAtInvalid` (UTF-7), else skips it. Returns where it stopped.
 */
function readBase64(s: string, start: number, unitBits: number, stopAtInvalid: boolean, out: number[]): number {
  let bits = 0;
  let nbits = 0;
  const mask = (1 << unitBits) - 1;
  let i = start;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 256 ? BASE64_VALUE[c]! : -1;
    if (v < 0) {
      if (stopAtInvalid) break;
      continue;
    }
    bits = ((bits << 6) | v) & 0xffffff;
    nbits += 6;
    if (nbits >= unitBits) {
      nbits -= unitBits;
      out.push((bits >> nbits) & mask);
    }
  }
  return i;
}

function qBytes(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) out.push(0x20);
    else if (c === 0x3d && /^[0-9a-f]{2}$/i.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return new Uint8Array(out);
}

/**
 * A header line as UTF-8 when it is not already: raw 8-bit Shift_JIS or EUC-JP, or raw ISO-2022-JP escapes, as old
 * Japanese mailers write subjects and file names. The parser reads header bytes as UTF-8 and would turn them into
 * replacement characters (a 【機密性３】 file name became unreadable). Undefined when the line needs nothing.
 */
export function headerLineToUtf8(line: Uint8Array): Uint8Array | undefined {
  const high = hasHighBytes(line);
  let charset: string | undefined;
  if (!high) charset = hasIso2022Escape(line) ? "iso-2022-jp" : undefined;
  else if (tryDecode("utf-8", line) === undefined) charset = sniffCharset(line);
  if (!charset || charset === "utf-8") return undefined;
  return new TextEncoder().encode(new TextDecoder(charset).decode(line));
}
