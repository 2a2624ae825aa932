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

export function parseHeaderBlock(raw: string | undefined | null): HeaderField[] {
  if (typeof raw !== "string" || raw.length === 0) return [];
  const text = raw.length > MAX_HEADER_CHARS ? raw.slice(0, MAX_HEADER_CHARS) : raw;
  const lines = text.split(/\r\n|\r|\n/);
  const fields: HeaderField[] = [];
  let current: { name: string; value: string } | null = null;
  const push = () => {
    if (current && fields.length < MAX_FIELDS) fields.push({ name: current.name, value: current.value.trim() });
    current = null;
  };
  for (const line of lines) {
    if (line === "") {
      // The blank line ends the header block; anything after it is body.
      if (fields.length > 0 || current) break;
      continue;
    }
    const first = line.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && current) {
      // Folded continuation: unfolding removes only the line break (RFC 5322 2.2.3).
      current.value += " " + line.trim();
      continue;
    }
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    push();
    if (name === "" || !FIELD_NAME.test(name)) continue;
    current = { name: name.toLowerCase(), value: line.slice(colon + 1) };
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
