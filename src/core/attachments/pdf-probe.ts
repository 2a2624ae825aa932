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
import { indexOfAscii, nameOf, PdfLexer, scanTopLevel, type PdfDict } from "./pdf-syntax";
import type { InspectContext } from "./context";

const TAIL = 64 * 1024;
const HEAD = 64 * 1024;
const DICT_WINDOW = 16 * 1024;
const FALLBACK_SCAN = 1024 * 1024;

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

export interface PdfTrailers {
  /** Trailer and cross-reference stream dictionaries, in file order per window. */
  readonly dicts: PdfDict[];
  /** Encryption dictionaries seen on the way (only the fallback counts them). */
  readonly encryptionDicts: number;
}

/**
 * Trailer and xref-stream dictionaries (and encryption dictionaries) in b[from, to), read at the top level.
 * `atBoundary` says `from` is known to start a token (the file start, or where startxref points).
 */
function trailersIn(
  b: Uint8Array,
  from: number,
  to: number,
  into: { dicts: PdfDict[]; encryptionDicts: number },
  atBoundary = false,
): void {
  scanTopLevel(b, atBoundary ? from : saneStart(b, from, to), to, (found) => {
    const d = found.dict;
    if (d === undefined) return false;
    if (found.context === "trailer" || isXrefStream(d)) into.dicts.push(d);
    else if (isEncryptionDict(d)) into.encryptionDicts++;
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
  const tailStart = Math.max(0, b.length - TAIL);
  const found = { dicts: [] as PdfDict[], encryptionDicts: 0 };
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
  return found.dicts;
}

export function probePdf(b: Uint8Array, ctx: InspectContext): EncryptionStatus {
  const dicts = pdfTrailers(b, ctx);
  if (dicts.length > 0) return dicts.some((d) => d.has("Encrypt")) ? "encrypted" : "not-encrypted";

  // No trailer we could parse: a damaged file. Walk a bounded window at both ends at the top level: an /Encrypt key
  // in a trailer or xref-stream dictionary, or an encryption dictionary itself, means encrypted; words in page text,
  // strings or stream data never count.
  ctx.note("PDF trailer not found");
  const found = { dicts: [] as PdfDict[], encryptionDicts: 0 };
  const limit = Math.min(b.length, FALLBACK_SCAN);
  trailersIn(b, 0, limit, found);
  if (b.length > limit) trailersIn(b, Math.max(limit, b.length - FALLBACK_SCAN), b.length, found);
  return found.encryptionDicts > 0 || found.dicts.some((d) => d.has("Encrypt")) ? "encrypted" : "unknown";
}
