/**
 * PDF lexical syntax over bytes: whitespace and comments, numbers, names, literal and hex strings, arrays,
 * dictionaries, indirect references and keywords. One left-to-right pass, no regex, no backtracking beyond a
 * two-token lookahead for "N G R"; nesting is capped so hostile "[[[[…" cannot exhaust the stack. Errors are
 * reported by throwing PdfSyntaxError, which every caller in this folder catches.
 */

export type PdfValue =
  | { readonly t: "num"; readonly v: number }
  | { readonly t: "bool"; readonly v: boolean }
  | { readonly t: "null" }
  | { readonly t: "name"; readonly v: string }
  | { readonly t: "str"; readonly v: Uint8Array }
  | { readonly t: "ref"; readonly num: number; readonly gen: number }
  | { readonly t: "arr"; readonly v: PdfValue[] }
  | { readonly t: "dict"; readonly v: Map<string, PdfValue> }
  | { readonly t: "kw"; readonly v: string };

export type PdfDict = Map<string, PdfValue>;

export class PdfSyntaxError extends Error {}

/**
 * Thrown for every syntax error: one shared instance, because hostile input can raise thousands of them and
 * capturing a stack trace for each would dominate the cost.
 */
const SYNTAX_ERROR = new PdfSyntaxError("PDF syntax error");

/**
 * What an opening bracket nested past MAX_DEPTH reads as: the bracket is consumed as junk and the enclosing
 * container goes on, so hostile nesting costs one pass and no exceptions (throwing through deep recursion is
 * slow in V8).
 */
const TOO_DEEP: PdfValue = { t: "null" };

const MAX_DEPTH = 32;
/**
 * Items kept per array and entries per dictionary; the rest is read and dropped. Real ones are far smaller (a TJ
 * array, a font's /Widths), and millions of kept items would make garbage collection, not parsing, the cost.
 */
const MAX_ITEMS = 16384;
/** Names, keywords and numbers longer than this are junk; the token is cut (still consumed in full). */
const MAX_TOKEN = 256;

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return s.length > 0;
}

export function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}

export function isDelimiter(c: number): boolean {
  return (
    c === 0x28 ||
    c === 0x29 ||
    c === 0x3c ||
    c === 0x3e ||
    c === 0x5b ||
    c === 0x5d ||
    c === 0x7b ||
    c === 0x7d ||
    c === 0x2f ||
    c === 0x25
  );
}

// Built-ins used in the lexer's inner loops, bound once: under a sandboxed global (jest's vm context) every
// global lookup is slow, and the lexer runs per byte.
const fromCharCode = String.fromCharCode;
const toNumber = parseFloat;

/** Bytes [start, stop) as a Latin-1 string (tokens are at most MAX_TOKEN long). */
function fromCharCodes(b: Uint8Array, start: number, stop: number): string {
  let s = "";
  for (let i = start; i < stop; i++) s += fromCharCode(b[i] ?? 0);
  return s;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

export class PdfLexer {
  pos: number;
  readonly end: number;
  /** value() fails once pos passes this: bounds the work one hostile value (a megabyte-long array) can cause. */
  limit = Infinity;

  constructor(
    readonly b: Uint8Array,
    start = 0,
    end = b.length,
  ) {
    this.pos = start > 0 ? start : 0;
    this.end = end < b.length ? end : b.length;
  }

  get atEnd(): boolean {
    return this.pos >= this.end;
  }

  /** Skips whitespace and comments. */
  skipSpace(): void {
    const b = this.b;
    while (this.pos < this.end) {
      const c = b[this.pos] ?? 0;
      if (isWhite(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < this.end && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  /** A regular-character run (keyword, number, name body) from pos, consumed whole, returned cut to MAX_TOKEN. */
  private regular(): string {
    const b = this.b;
    const start = this.pos;
    while (this.pos < this.end) {
      const c = b[this.pos] ?? 0;
      if (isWhite(c) || isDelimiter(c)) break;
      this.pos++;
    }
    const stop = this.pos < start + MAX_TOKEN ? this.pos : start + MAX_TOKEN;
    return fromCharCodes(b, start, stop);
  }

  private name(): string {
    this.pos++; // "/"
    const raw = this.regular();
    if (raw.indexOf("#") < 0) return raw;
    // #xx escapes (PDF 1.2+): /A#20B is "A B".
    let out = "";
    for (let i = 0; i < raw.length; i++) {
      const h = raw.charAt(i) === "#" && i + 2 < raw.length ? hexValue(raw.charCodeAt(i + 1)) : -1;
      const l = h >= 0 ? hexValue(raw.charCodeAt(i + 2)) : -1;
      if (l >= 0) {
        out += fromCharCode(h * 16 + l);
        i += 2;
      } else out += raw.charAt(i);
    }
    return out;
  }

  /** A literal string "( … )" with nested parentheses and escapes; pos is at "(". */
  literal(): Uint8Array {
    const b = this.b;
    // Fast path: no escapes before the closing parenthesis, so the string is a plain copy of its bytes.
    let depth = 1;
    for (let p = this.pos + 1; p < this.end; p++) {
      const c = b[p];
      if (c === 0x5c) break;
      if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) {
        const v = b.slice(this.pos + 1, p);
        this.pos = p + 1;
        return v;
      }
    }
    const out: number[] = [];
    depth = 1;
    this.pos++;
    while (this.pos < this.end) {
      const c = b[this.pos++] ?? 0;
      if (c === 0x5c) {
        if (this.pos >= this.end) break;
        const e = b[this.pos++] ?? 0;
        if (e === 0x6e) out.push(0x0a);
        else if (e === 0x72) out.push(0x0d);
        else if (e === 0x74) out.push(0x09);
        else if (e === 0x62) out.push(0x08);
        else if (e === 0x66) out.push(0x0c);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && this.pos < this.end; k++) {
            const d = b[this.pos] ?? 0;
            if (d < 0x30 || d > 0x37) break;
            v = v * 8 + (d - 0x30);
            this.pos++;
          }
          out.push(v & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++; // line continuation
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) return Uint8Array.from(out);
        out.push(c);
      } else out.push(c);
    }
    throw SYNTAX_ERROR;
  }

  /** A hex string "< … >"; pos is at "<". */
  hex(): Uint8Array {
    const b = this.b;
    const out: number[] = [];
    let high = -1;
    this.pos++;
    while (this.pos < this.end) {
      const c = b[this.pos++] ?? 0;
      if (c === 0x3e) {
        if (high >= 0) out.push(high * 16);
        return Uint8Array.from(out);
      }
      const v = hexValue(c);
      if (v < 0) continue; // whitespace (and junk) inside hex strings is ignored
      if (high < 0) high = v;
      else {
        out.push(high * 16 + v);
        high = -1;
      }
    }
    throw SYNTAX_ERROR;
  }

  /**
   * The next value or keyword; throws PdfSyntaxError at the end of input or on nesting past MAX_DEPTH. "]" and
   * ">>" come back as keywords so the array and dictionary readers see them.
   */
  value(depth = 0): PdfValue {
    this.skipSpace();
    if (this.pos >= this.end || this.pos > this.limit) throw SYNTAX_ERROR;
    const b = this.b;
    const c = b[this.pos] ?? 0;
    if (c === 0x2f) return { t: "name", v: this.name() };
    if (c === 0x28) return { t: "str", v: this.literal() };
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        if (depth >= MAX_DEPTH) return TOO_DEEP;
        return { t: "dict", v: this.dictBody(depth + 1) };
      }
      return { t: "str", v: this.hex() };
    }
    if (c === 0x3e) {
      this.pos += b[this.pos + 1] === 0x3e ? 2 : 1;
      return { t: "kw", v: ">>" };
    }
    if (c === 0x5b) {
      this.pos++;
      if (depth >= MAX_DEPTH) return TOO_DEEP;
      const items: PdfValue[] = [];
      for (;;) {
        const v = this.value(depth + 1);
        if (v.t === "kw" && v.v === "]") return { t: "arr", v: items };
        if (items.length < MAX_ITEMS) items.push(v);
      }
    }
    if (c === 0x5d || c === 0x29 || c === 0x7b || c === 0x7d) {
      this.pos++;
      return { t: "kw", v: fromCharCode(c) };
    }
    const word = this.regular();
    if (word === "") {
      this.pos++;
      return { t: "kw", v: "" };
    }
    const first = word.charCodeAt(0);
    if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e) {
      const n = toNumber(word);
      if (n === n) {
        if (word.length <= 10 && isDigits(word)) return this.maybeRef(n);
        return { t: "num", v: n };
      }
    }
    if (word === "true" || word === "false") return { t: "bool", v: word === "true" };
    if (word === "null") return { t: "null" };
    return { t: "kw", v: word };
  }

  /** After an unsigned integer: "G R" makes it a reference; otherwise the lexer is left just after the integer. */
  private maybeRef(num: number): PdfValue {
    const save = this.pos;
    this.skipSpace();
    const b = this.b;
    let gen = 0;
    let digits = 0;
    for (; this.pos < this.end && digits < 6; digits++, this.pos++) {
      const c = b[this.pos] ?? 0;
      if (c < 0x30 || c > 0x39) break;
      gen = gen * 10 + (c - 0x30);
    }
    if (digits > 0 && this.pos < this.end && isWhite(b[this.pos] ?? 0)) {
      this.skipSpace();
      const next = b[this.pos + 1];
      if (b[this.pos] === 0x52 && (this.pos + 1 >= this.end || isWhite(next ?? 0) || isDelimiter(next ?? 0))) {
        this.pos++;
        return { t: "ref", num, gen };
      }
    }
    this.pos = save;
    return { t: "num", v: num };
  }

  private dictBody(depth: number): PdfDict {
    const d: PdfDict = new Map();
    for (;;) {
      const k = this.value(depth);
      if (k.t === "kw" && k.v === ">>") return d;
      if (k.t !== "name") continue; // junk where a key should be: skip it, as lenient readers do
      const v = this.value(depth);
      if (v.t === "kw" && v.v === ">>") {
        d.set(k.v, { t: "null" });
        return d;
      }
      if (d.size < MAX_ITEMS && !d.has(k.v)) d.set(k.v, v);
    }
  }

  /** True when the bytes at pos spell `word` followed by a delimiter, whitespace or the end. */
  startsWithWord(word: string, at = this.pos): boolean {
    for (let i = 0; i < word.length; i++) if (this.b[at + i] !== word.charCodeAt(i)) return false;
    const after = this.b[at + word.length];
    return after === undefined || at + word.length >= this.end || isWhite(after) || isDelimiter(after);
  }

  /**
   * After the "stream" keyword: skips the stream's data and "endstream", returning the data's bounds. A direct
   * /Length that lands on "endstream" is trusted; otherwise the next "endstream" ends the data.
   */
  skipStream(length: number | undefined): { start: number; end: number } {
    const b = this.b;
    if (b[this.pos] === 0x0d) this.pos++;
    if (b[this.pos] === 0x0a) this.pos++;
    const start = this.pos;
    if (length !== undefined && length >= 0 && start + length <= this.end) {
      let p = start + length;
      while (p < this.end && isWhite(b[p] ?? 0)) p++;
      if (this.startsWithWord("endstream", p)) {
        this.pos = p + 9;
        return { start, end: start + length };
      }
    }
    const at = indexOfAscii(b, "endstream", start, this.end);
    if (at < 0) {
      this.pos = this.end;
      return { start, end: this.end };
    }
    let end = at;
    if (b[end - 1] === 0x0a) end--;
    if (b[end - 1] === 0x0d) end--;
    this.pos = at + 9;
    return { start, end: Math.max(start, end) };
  }
}

/** First index of an ASCII word in b[from, to), or -1 (a first-byte scan, linear in practice). */
export function indexOfAscii(b: Uint8Array, word: string, from: number, to: number): number {
  const first = word.charCodeAt(0);
  const last = Math.min(to, b.length) - word.length;
  for (let i = Math.max(0, from); i <= last; i++) {
    if (b[i] !== first) continue;
    let j = 1;
    while (j < word.length && b[i + j] === word.charCodeAt(j)) j++;
    if (j === word.length) return i;
  }
  return -1;
}

export function nameOf(v: PdfValue | undefined): string | undefined {
  return v !== undefined && v.t === "name" ? v.v : undefined;
}

export function numberOf(v: PdfValue | undefined): number | undefined {
  return v !== undefined && v.t === "num" ? v.v : undefined;
}

export function stringOf(v: PdfValue | undefined): Uint8Array | undefined {
  return v !== undefined && v.t === "str" ? v.v : undefined;
}

/**
 * The file ID that encryption keys are derived from: the first string of the first trailer /ID that has one.
 * Empty when none has (a key computed with it still shows whether the empty password opens the file).
 */
export function fileIdOf(trailers: readonly PdfDict[]): Uint8Array {
  for (const t of trailers) {
    const ids = t.get("ID");
    const id = ids !== undefined && ids.t === "arr" ? stringOf(ids.v[0]) : undefined;
    if (id !== undefined) return id;
  }
  return new Uint8Array(0);
}

/** A top-level value found by scanTopLevel: the dictionary after "trailer", or the value of "N G obj". */
export interface TopLevel {
  readonly context: "trailer" | "obj";
  /** Object number (-1 for a trailer) and generation. */
  readonly num: number;
  readonly gen: number;
  readonly value: PdfValue;
  /** Where the value starts in the bytes (so a reader can keep the offset and parse the value again later). */
  readonly at: number;
  /** The value when it is a dictionary. */
  readonly dict?: PdfDict;
  /** Where the data of the stream that follows the dictionary lies, if any. */
  readonly stream?: { readonly start: number; readonly end: number };
}

/**
 * Walks a region of a PDF at the top level: objects ("N G obj … endobj", stream data skipped), xref tables and
 * trailers, reporting each trailer dictionary and each object's value. Strings, comments and stream data are
 * consumed as units, so "/Encrypt" written in page text or inside compressed data never looks like a key.
 * A syntax error skips ahead from where the error was found, so the walk stays linear on any input.
 */
export function scanTopLevel(
  b: Uint8Array,
  start: number,
  end: number,
  visit: (found: TopLevel) => boolean | void,
  maxSyntaxBytes = Infinity,
): "done" | "stopped" | "syntax-cap" {
  const lx = new PdfLexer(b, start, end);
  let prev: PdfValue | undefined;
  let prev2: PdfValue | undefined;
  let streamBytes = 0;
  while (!lx.atEnd) {
    const before = lx.pos;
    // Stream data is jumped over cheaply; everything else is tokenised, which is what the cap bounds.
    const left = maxSyntaxBytes - (before - start - streamBytes);
    if (left < 0) return "syntax-cap";
    lx.limit = before + left;
    let v: PdfValue;
    try {
      v = lx.value();
    } catch {
      if (lx.pos > lx.limit) return "syntax-cap";
      if (lx.pos >= lx.end) return "done";
      lx.pos = lx.pos > before + 1 ? lx.pos : before + 1;
      prev = prev2 = undefined;
      continue;
    }
    if (v.t === "kw" && (v.v === "trailer" || v.v === "obj")) {
      const isObj = v.v === "obj";
      const num = isObj && prev2 && prev2.t === "num" && prev && prev.t === "num" ? prev2.v : -1;
      const gen = num >= 0 && prev && prev.t === "num" ? prev.v : 0;
      prev = prev2 = undefined;
      if (isObj && num < 0) continue;
      const at = lx.pos;
      let value: PdfValue;
      try {
        value = lx.value();
      } catch {
        if (lx.pos > lx.limit) return "syntax-cap";
        if (lx.pos >= lx.end) return "done";
        lx.pos = lx.pos > at + 1 ? lx.pos : at + 1;
        continue;
      }
      if (!isObj && value.t !== "dict") continue;
      let stream: { start: number; end: number } | undefined;
      if (value.t === "dict" && isObj) {
        lx.skipSpace();
        if (lx.startsWithWord("stream")) {
          lx.pos += 6;
          stream = lx.skipStream(numberOf(value.v.get("Length")));
          streamBytes += stream.end - stream.start;
        }
      }
      const context = isObj ? "obj" : "trailer";
      const dict = value.t === "dict" ? value.v : undefined;
      const found: TopLevel = dict
        ? stream
          ? { context, num, gen, value, at, dict, stream }
          : { context, num, gen, value, at, dict }
        : { context, num, gen, value, at };
      if (visit(found)) return "stopped";
      continue;
    }
    if (v.t === "kw" && v.v === "stream") {
      // Stream of an object we did not see start (a window opened mid-object): skip its data all the same.
      const skipped = lx.skipStream(undefined);
      streamBytes += skipped.end - skipped.start;
      prev = prev2 = undefined;
      continue;
    }
    prev2 = prev;
    prev = v;
  }
  return "done";
}
