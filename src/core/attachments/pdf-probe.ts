/**
 * PDF encryption from the trailer: a PDF is encrypted exactly when its (last) trailer dictionary, or the dictionary
 * of its cross-reference stream, has an /Encrypt entry. We read the file's tail (where the last trailer and
 * startxref are), the dictionary startxref points at, and for linearized files the first-page trailer near the
 * start. Only when none of that yields a trailer do we fall back to a bounded walk of both ends of the file. All
 * of it is read with the top-level PDF syntax walker (pdf-syntax.ts): linear, and blind to strings, comments and
 * stream data. Never throws.
 */

import type { EncryptionStatus } from "../message";
import { latin1 } from "./bytes";
import { fileIdOf, indexOfAscii, isWhite, nameOf, PdfLexer, scanTopLevel, type PdfDict } from "./pdf-syntax";
import type { InspectContext } from "./context";
import { emptyPasswordOpener, undecryptable, type KeyOf } from "./crypto/pdf-standard";

const TAIL = 64 * 1024;
const HEAD = 64 * 1024;
const DICT_WINDOW = 16 * 1024;
const FALLBACK_SCAN = 1024 * 1024;
/** Encryption dictionaries checked for an empty user password per file (a revision-6 check takes about 15 ms). */
const MAX_PASSWORD_CHECKS = 4;

function isXrefStream(d: PdfDict): boolean {
  return nameOf(d.get("Type")) === "XRef";
}

/**
 * An encryption dictionary itself (standard password handler or certificate handler). It is never inside an
 * object stream, so it stays visible even when the trailer that points at it was cut off.
 */
function isEncryptionDict(d: PdfDict): boolean {
  const filter = nameOf(d.get("Filter"));
  if (filter === "Standard") return d.has("O") && d.has("U");
  if (filter === "Adobe.PubSec") return d.has("SubFilter") || d.has("Recipients") || d.has("V");
  return false;
}

/**
 * Where a window that does not start at the beginning of the file can be read from: just after its first
 * "endobj" (so a window opened inside binary stream data does not read that data as syntax), else at its first
 * "xref" or "trailer", else its start.
 */
function saneStart(b: Uint8Array, from: number, to: number): number {
  if (from === 0) return 0;
  const candidates = [
    indexOfAscii(b, "endobj", from, to),
    indexOfAscii(b, "xref", from, to),
    indexOfAscii(b, "trailer", from, to),
  ];
  let best = -1;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] ?? -1;
    const at = i === 0 && c >= 0 ? c + 6 : c;
    if (c >= 0 && (best < 0 || at < best)) best = at;
  }
  return best < 0 ? from : best;
}

interface Found {
  /** Trailer and cross-reference stream dictionaries, in file order per window. */
  readonly dicts: PdfDict[];
  /** Encryption dictionaries seen on the way, by object number (a later one replaces an earlier one). */
  readonly encryption: Map<number, PdfDict>;
}

/**
 * Trailer and xref-stream dictionaries (and encryption dictionaries) in b[from, to), read at the top level.
 * `atBoundary` says `from` is known to start a token (the file start, or where startxref points).
 */
function trailersIn(b: Uint8Array, from: number, to: number, into: Found, atBoundary = false): void {
  scanTopLevel(b, atBoundary ? from : saneStart(b, from, to), to, (found) => {
    const d = found.dict;
    if (d === undefined) return false;
    if (found.context === "trailer" || isXrefStream(d)) into.dicts.push(d);
    else if (isEncryptionDict(d)) into.encryption.set(found.num, d);
    return into.dicts.length >= 64;
  });
}

/**
 * Safety net for a tail window the top-level walk could not make sense of: the dictionary right after each
 * "trailer" keyword. Each search resumes after the dictionary just read, so the work stays linear.
 */
function trailerKeywords(b: Uint8Array, from: number, to: number, into: PdfDict[]): void {
  let at = indexOfAscii(b, "trailer", from, to);
  while (at >= 0 && into.length < 64) {
    const lx = new PdfLexer(b, at + 7, to);
    let resume = at + 7;
    try {
      const v = lx.value();
      if (v.t === "dict") into.push(v.v);
      resume = Math.max(resume, lx.pos);
    } catch {
      return;
    }
    at = indexOfAscii(b, "trailer", resume, to);
  }
}

export function isPdf(b: Uint8Array): boolean {
  // The header must be in the first 1024 bytes (readers tolerate junk before it).
  const head = latin1(b, 0, Math.min(b.length, 1024));
  return head.indexOf("%PDF-") >= 0;
}

/** The startxref offset from the file's tail (the last 64 KB unless tailStart says otherwise), or -1. */
export function startXref(b: Uint8Array, tailStart = Math.max(0, b.length - TAIL)): number {
  let sx = -1;
  for (
    let at = indexOfAscii(b, "startxref", tailStart, b.length);
    at >= 0;
    at = indexOfAscii(b, "startxref", at + 9, b.length)
  ) {
    sx = at;
  }
  if (sx < 0) return -1;
  const lx = new PdfLexer(b, sx + 9, Math.min(b.length, sx + 40));
  try {
    const v = lx.value();
    return v.t === "num" && v.v >= 0 && v.v < b.length ? v.v : -1;
  } catch {
    return -1;
  }
}

/**
 * The trailer-like dictionaries of a PDF: from the file's tail, the section startxref points at, and for
 * linearized files the first-page trailer near the start. Empty when none could be read.
 */
export function pdfTrailers(b: Uint8Array, ctx?: InspectContext): PdfDict[] {
  return readTrailers(b, ctx).dicts;
}

function readTrailers(b: Uint8Array, ctx?: InspectContext): Found {
  const tailStart = Math.max(0, b.length - TAIL);
  const found: Found = { dicts: [], encryption: new Map() };
  trailersIn(b, tailStart, b.length, found);
  if (found.dicts.length === 0) trailerKeywords(b, tailStart, b.length, found.dicts);

  const offset = startXref(b, tailStart);
  if (offset < 0 && ctx && indexOfAscii(b, "startxref", tailStart, b.length) < 0)
    ctx.note("PDF has no startxref (truncated?)");
  if (offset >= 0 && offset < tailStart) trailersIn(b, offset, Math.min(b.length, offset + DICT_WINDOW), found, true);
  if (ctx && indexOfAscii(b, "%%EOF", tailStart, b.length) < 0) ctx.note("PDF has no %%EOF marker (truncated?)");

  // Linearized files also carry a first-page trailer near the start.
  if (tailStart > 0) {
    const headEnd = Math.min(tailStart, HEAD);
    if (indexOfAscii(b, "/Linearized", 0, headEnd) >= 0) trailersIn(b, 0, headEnd, found);
  }
  return found;
}

/**
 * Object `num` as an encryption dictionary, found by its "num gen obj" header anywhere in the file (the last
 * definition wins, as in an incremental update). Only for an encryption dictionary outside the windows already
 * read; it is never inside an object stream. Each search resumes after the value just read, so it stays linear.
 */
function encryptionObject(b: Uint8Array, num: number, gen: number): PdfDict | undefined {
  const header = num + " " + gen + " obj";
  let found: PdfDict | undefined;
  for (let at = indexOfAscii(b, header, 0, b.length); at >= 0;) {
    let resume = at + header.length;
    if (at === 0 || isWhite(b[at - 1] ?? 0)) {
      const lx = new PdfLexer(b, resume, Math.min(b.length, resume + DICT_WINDOW));
      try {
        const v = lx.value();
        if (v.t === "dict" && isEncryptionDict(v.v)) found = v.v;
      } catch {
        // not an object we can read: keep looking
      }
      resume = Math.max(resume, lx.pos);
    }
    at = indexOfAscii(b, header, resume, b.length);
  }
  return found;
}

/** The entries of an encryption dictionary the key derivation reads. */
const KEY_INPUTS = ["Filter", "R", "O", "U", "UE", "P", "Length", "EncryptMetadata"];

/**
 * The empty-password checks of one file's encryption dictionaries, each run once: the probe runs them while
 * deciding whether the file counts as encrypted, and inspect.ts hands them to the contents reader, which would
 * otherwise run the same check again before it asks for the key (in revision 6 the check is one slow hash, and the
 * key, computed only when asked for, another). The key, too, is computed once: the probe asks for it (a file whose
 * key cannot be had is not readable) and the contents reader then gets the same bytes.
 * Keyed by what the derivation reads, so a dictionary parsed twice (by the probe and by the contents reader, or once
 * per trailer that names it) is checked once, and a different one never gets another's result.
 */
export class EmptyPasswordKeys {
  private readonly known = new Map<string, KeyOf | undefined>();

  /** What gives the file key `d` opens with the empty password; undefined when the password does not open it. */
  opener(d: PdfDict, id: Uint8Array): KeyOf | undefined {
    // JSON: unambiguous, and a string (bytes here) becomes its Latin-1 text.
    const inputs = JSON.stringify(
      KEY_INPUTS.map((k) => {
        const v = d.get(k);
        return v?.t === "str" ? latin1(v.v) : v;
      }).concat(latin1(id)),
    );
    if (!this.known.has(inputs)) this.known.set(inputs, once(emptyPasswordOpener(d, id)));
    return this.known.get(inputs);
  }
}

/** `keyOf` computed at most once. */
function once(keyOf: KeyOf | undefined): KeyOf | undefined {
  if (keyOf === undefined) return undefined;
  let asked = false;
  let key: Uint8Array | undefined;
  return () => {
    if (!asked) key = keyOf();
    asked = true;
    return key;
  };
}

/**
 * The encryption dictionaries the trailers name, when every one is a standard security handler dictionary that the
 * empty user password opens: the file has restrictions only, and any reader opens it without asking. Undefined when
 * one is not, cannot be found or read, or when there are too many to check.
 */
function permissionsOnly(b: Uint8Array, found: Found, keys: EmptyPasswordKeys): PdfDict[] | undefined {
  const checked = new Map<PdfDict, boolean>();
  const id = fileIdOf(found.dicts);
  for (const t of found.dicts) {
    const e = t.get("Encrypt");
    if (e === undefined) continue;
    let d: PdfDict | undefined;
    if (e.t === "dict") d = e.v;
    else if (e.t === "ref") d = found.encryption.get(e.num) ?? encryptionObject(b, e.num, e.gen);
    if (d === undefined) return undefined;
    if (!checked.has(d)) {
      if (checked.size >= MAX_PASSWORD_CHECKS) return undefined;
      checked.set(d, keys.opener(d, id) !== undefined);
    }
    if (!checked.get(d)) return undefined;
  }
  const opened: PdfDict[] = [];
  checked.forEach((_, d) => opened.push(d));
  return opened.length > 0 ? opened : undefined;
}

/**
 * Why a file the empty password opens still cannot be read as any reader reads it (undefined when it can): its
 * strings or its streams are under a crypt filter whose method is unknown or missing from /CF, or its file key
 * cannot be computed (a revision-6 /UE that is missing or short).
 */
function unreadablePart(opened: readonly PdfDict[], found: Found, keys: EmptyPasswordKeys): string | undefined {
  const id = fileIdOf(found.dicts);
  for (const d of opened) {
    const u = undecryptable(d);
    if (u.strings && u.streams) return "its strings and streams use an unknown crypt filter";
    if (u.streams) return "its streams use an unknown crypt filter";
    if (u.strings) return "its strings use an unknown crypt filter";
    const keyOf = keys.opener(d, id);
    if (keyOf === undefined || keyOf() === undefined) return "its file key cannot be computed";
  }
  return undefined;
}

/** What the probe found: whether the PDF counts as encrypted, and whether its contents are worth reading. */
export interface PdfProbe {
  readonly encryption: EncryptionStatus;
  /**
   * The contents can be read, in whole or in part: the file is not encrypted, or the empty password opens it but
   * its strings or its streams cannot be decrypted (then the other kind is still read).
   */
  readonly readable: boolean;
}

/**
 * Whether a PDF counts as encrypted. `keys` collects the empty-password checks of its encryption dictionaries, for
 * the contents reader.
 */
export function probePdf(b: Uint8Array, ctx: InspectContext, keys = new EmptyPasswordKeys()): PdfProbe {
  const found = readTrailers(b, ctx);
  const dicts = found.dicts;
  if (dicts.length > 0) {
    if (!dicts.some((d) => d.has("Encrypt"))) return { encryption: "not-encrypted", readable: true };
    const opened = permissionsOnly(b, found, keys);
    if (opened === undefined) return { encryption: "encrypted", readable: false };
    ctx.note("PDF has an empty user password: it opens without one");
    // A file the empty password opens counts as not encrypted only when its contents can be decrypted as any reader
    // decrypts them: "not-encrypted" with nothing found reads as "read, and no marking in it". When its strings or
    // streams cannot be decrypted (an unknown or undefined crypt filter, no file key), a 機密性２ page would go
    // unseen, so it is "unknown" (the checks then say encryption could not be confirmed). Not "encrypted": nothing
    // shows that a password protects it, and "encrypted" would let it pass as protected. What can be decrypted is
    // still read, so a marking in the readable part is found.
    const unreadable = unreadablePart(opened, found, keys);
    if (unreadable === undefined) return { encryption: "not-encrypted", readable: true };
    ctx.note("PDF cannot be fully decrypted: " + unreadable);
    return { encryption: "unknown", readable: true };
  }

  // No trailer we could parse: a damaged file. Walk a bounded window at both ends at the top level: an /Encrypt key
  // in a trailer or xref-stream dictionary, or an encryption dictionary itself, means encrypted; words in page text,
  // strings or stream data never count.
  ctx.note("PDF trailer not found");
  const fallback: Found = { dicts: [], encryption: new Map() };
  const limit = Math.min(b.length, FALLBACK_SCAN);
  trailersIn(b, 0, limit, fallback);
  if (b.length > limit) trailersIn(b, Math.max(limit, b.length - FALLBACK_SCAN), b.length, fallback);
  const encrypted = fallback.encryption.size > 0 || fallback.dicts.some((d) => d.has("Encrypt"));
  return { encryption: encrypted ? "encrypted" : "unknown", readable: false };
}
