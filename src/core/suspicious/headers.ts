/**
 * A small reader for the header block getAllInternetHeadersAsync returns. It unfolds continuation lines and keeps
 * every field in order (top = added last = nearest to us), which is what matters for Authentication-Results. It
 * never throws: lines that are not fields are skipped, and a body after the blank line is ignored.
 */

export interface HeaderField {
  /** Lower-case field name. */
  readonly name: string;
  /** Unfolded value, surrounding whitespace trimmed. */
  readonly value: string;
}

// A field name is printable ASCII except colon and space (RFC 5322 ftext).
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

/** Caps keep a pathological header string from costing the pane more than a few milliseconds. */
const MAX_HEADER_CHARS = 512 * 1024;
const MAX_FIELDS = 2000;
/** No field we read is anywhere near this long; continuation lines past it are dropped, not joined. */
const MAX_FIELD_CHARS = 64 * 1024;

export function parseHeaderBlock(raw: string | undefined | null): HeaderField[] {
  if (typeof raw !== "string" || raw.length === 0) return [];
  const text = raw.length > MAX_HEADER_CHARS ? raw.slice(0, MAX_HEADER_CHARS) : raw;
  const fields: HeaderField[] = [];
  // Parts joined once per field: appending to a string per folded line builds a rope that is slow to collect.
  let current: { name: string; parts: string[]; length: number } | null = null;
  const push = () => {
    if (current && fields.length < MAX_FIELDS)
      fields.push({ name: current.name, value: current.parts.join(" ").trim() });
    current = null;
  };
  // Line by line with indexes rather than split(): a continuation line past the field cap costs no allocation.
  for (let start = 0; start < text.length;) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x0d && text.charCodeAt(end) !== 0x0a) end++;
    const next = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    const lineStart = start;
    start = next;
    if (end === lineStart) {
      // The blank line ends the header block; anything after it is body.
      if (fields.length > 0 || current) break;
      continue;
    }
    const first = text.charCodeAt(lineStart);
    if ((first === 0x20 || first === 0x09) && current) {
      // Folded continuation: unfolding removes only the line break (RFC 5322 2.2.3).
      if (current.length < MAX_FIELD_CHARS) {
        const part = text.slice(lineStart, end).trim();
        current.parts.push(part);
        current.length += part.length + 1;
      }
      continue;
    }
    const line = text.slice(lineStart, end);
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    push();
    if (name === "" || !FIELD_NAME.test(name)) continue;
    const value = line.slice(colon + 1);
    current = { name: name.toLowerCase(), parts: [value], length: value.length };
  }
  push();
  return fields;
}

export function headerValues(fields: readonly HeaderField[], name: string): string[] {
  const n = name.toLowerCase();
  return fields.filter((f) => f.name === n).map((f) => f.value);
}

/**
 * Splits an address-list header (Reply-To, Return-Path) into the mailboxes it names, ignoring display names and
 * comments: only the addresses are compared, and a display name is never mistaken for an address.
 */
export function addressesInHeader(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inQuote = false;
  let escaped = false;
  let part = "";
  const flush = () => {
    const angle = /<([^<>]*)>/.exec(part);
    const candidate = (angle ? (angle[1] ?? "") : part).trim();
    if (candidate.includes("@") && !/\s/.test(candidate)) out.push(candidate);
    part = "";
  };
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (escaped) {
      escaped = false;
      if (depth === 0 && !inQuote) part += c;
      continue;
    }
    if (c === "\\") {
      escaped = true;
      continue;
    }
    if (inQuote) {
      if (c === '"') inQuote = false;
      continue; // quoted display-name text is not an address
    }
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (depth > 0) continue;
    else if (c === '"') inQuote = true;
    else if (c === "," || c === ";") flush();
    else part += c;
  }
  flush();
  return out;
}
