/**
 * PDF encryption from the trailer: a PDF is encrypted exactly when its (last) trailer dictionary, or the dictionary
 * of its cross-reference stream, has an /Encrypt entry. We read the file's tail (where the last trailer and
 * startxref are), the dictionary startxref points at, and for linearized files the first-page trailer near the
 * start. Only when none of that yields a trailer do we fall back to a bounded scan for "/Encrypt". Never throws.
 */

import type { EncryptionStatus } from "../message";
import { latin1 } from "./bytes";
import type { InspectContext } from "./context";

const TAIL = 64 * 1024;
const HEAD = 64 * 1024;
const DICT_WINDOW = 16 * 1024;
const FALLBACK_SCAN = 1024 * 1024;

/** /Encrypt as a key: followed by a delimiter or whitespace, so /EncryptMetadata does not count. */
const ENCRYPT_KEY = /\/Encrypt(?=[\s/<[(0-9]|$)/;

/**
 * An encryption dictionary itself (standard password handler or certificate handler). It is never inside an
 * object stream, so it stays visible even when the trailer that points at it was cut off.
 */
const SECURITY_HANDLER = /\/Filter\s*\/(Standard|Adobe\.PubSec)(?=[\s/>]|$)/;

/** The dictionary with its literal strings removed, so "(… /Encrypt …)" text in, say, /Title cannot count. */
function withoutStrings(d: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < d.length; i++) {
    const c = d.charAt(i);
    if (depth > 0) {
      if (c === "\\") i++;
      else if (c === "(") depth++;
      else if (c === ")") depth--;
    } else if (c === "(") {
      depth = 1;
      out += "()";
    } else {
      out += c;
    }
  }
  return out;
}

function hasEncryptKey(d: string): boolean {
  return ENCRYPT_KEY.test(withoutStrings(d));
}

/** The balanced << … >> dictionary starting at or after `from` in `s`, or undefined if it does not close. */
function dictionaryAt(s: string, from: number): string | undefined {
  const start = s.indexOf("<<", from);
  if (start < 0) return undefined;
  let depth = 0;
  for (let i = start; i < s.length - 1; i++) {
    const c = s.charAt(i);
    if (c === "(") {
      // Literal strings may contain unbalanced << >>; skip them (with escapes and nested parentheses).
      let paren = 1;
      for (i++; i < s.length && paren > 0; i++) {
        const d = s.charAt(i);
        if (d === "\\") i++;
        else if (d === "(") paren++;
        else if (d === ")") paren--;
      }
      i--;
    } else if (c === "<" && s.charAt(i + 1) === "<") {
      depth++;
      i++;
    } else if (c === ">" && s.charAt(i + 1) === ">") {
      depth--;
      i++;
      if (depth === 0) return s.slice(start, i + 1);
    }
  }
  return undefined;
}

/** Trailer dictionaries ("trailer << … >>") found in a piece of the file. */
function trailers(s: string): string[] {
  const found: string[] = [];
  for (let at = s.indexOf("trailer"); at >= 0 && found.length < 64; at = s.indexOf("trailer", at + 7)) {
    const d = dictionaryAt(s, at + 7);
    if (d !== undefined && /^trailer\s*$/.test(s.slice(at, s.indexOf("<<", at + 7)))) found.push(d);
  }
  return found;
}

/** Cross-reference stream dictionaries ("N G obj << /Type /XRef … >>") found in a piece of the file. */
function xrefStreamDicts(s: string): string[] {
  const found: string[] = [];
  const re = /\d+\s+\d+\s+obj\s*<</g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null && found.length < 64) {
    const d = dictionaryAt(s, m.index + m[0].length - 2);
    if (d !== undefined && /\/Type\s*\/XRef(?=[\s/>]|$)/.test(d)) found.push(d);
  }
  return found;
}

export function isPdf(b: Uint8Array): boolean {
  // The header must be in the first 1024 bytes (readers tolerate junk before it).
  const head = latin1(b, 0, Math.min(b.length, 1024));
  return head.indexOf("%PDF-") >= 0;
}

export function probePdf(b: Uint8Array, ctx: InspectContext): EncryptionStatus {
  const tailStart = Math.max(0, b.length - TAIL);
  const tail = latin1(b, tailStart, b.length);
  const dicts: string[] = trailers(tail).concat(xrefStreamDicts(tail));

  // The dictionary startxref points at, when the xref section starts before the tail we read.
  const sx = tail.lastIndexOf("startxref");
  if (sx >= 0) {
    const m = /^startxref\s+(\d{1,15})/.exec(tail.slice(sx, sx + 40));
    const offset = m && m[1] !== undefined ? parseInt(m[1], 10) : -1;
    if (offset >= 0 && offset < tailStart) {
      const window = latin1(b, offset, Math.min(b.length, offset + DICT_WINDOW));
      for (const d of trailers(window).concat(xrefStreamDicts(window))) {
        dicts.push(d);
      }
    }
  } else {
    ctx.note("PDF has no startxref (truncated?)");
  }
  if (tail.lastIndexOf("%%EOF") < 0) ctx.note("PDF has no %%EOF marker (truncated?)");

  // Linearized files also carry a first-page trailer near the start.
  if (tailStart > 0) {
    const head = latin1(b, 0, Math.min(tailStart, HEAD));
    if (head.indexOf("/Linearized") >= 0) for (const d of trailers(head).concat(xrefStreamDicts(head))) dicts.push(d);
  }

  if (dicts.length > 0) return dicts.some(hasEncryptKey) ? "encrypted" : "not-encrypted";

  // No trailer we could parse: a damaged file. Look for an /Encrypt key or an encryption dictionary in a bounded
  // window at both ends.
  const limit = Math.min(b.length, FALLBACK_SCAN);
  const scan = latin1(b, 0, limit) + (b.length > limit ? latin1(b, Math.max(limit, b.length - FALLBACK_SCAN)) : "");
  ctx.note("PDF trailer not found");
  return ENCRYPT_KEY.test(scan) || SECURITY_HANDLER.test(scan) ? "encrypted" : "unknown";
}
