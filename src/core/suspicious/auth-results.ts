import { isSameOrSubdomain } from "../domains/registrable";
import type { HeaderField } from "./headers";

/**
 * Authentication-Results (RFC 8601) as receiving servers really write them: several headers per message, folded,
 * with (comments) anywhere, and Microsoft 365's variant that has no authserv-id and repeats the receiving domain
 * as a bare segment ("spf=pass (sender IP is …) smtp.mailfrom=a.example; contoso.com; dkim=…").
 */

export interface MethodResult {
  /** Lower case: spf, dkim, dmarc, compauth, arc, … */
  readonly method: string;
  /** Lower case: pass, fail, softfail, neutral, none, temperror, permerror, policy, bestguesspass, softpass … */
  readonly result: string;
  /** reason=, action= and ptype.property values such as smtp.mailfrom, header.d, header.from (lower-case keys). */
  readonly props: Readonly<Record<string, string>>;
}

export interface AuthResultsHeader {
  /** Lower case; "" for Microsoft 365's header, which starts directly with a result. */
  readonly authservId: string;
  readonly results: readonly MethodResult[];
}

const MAX_VALUE_CHARS = 16 * 1024;

/** Replaces (nested) comments by a space, leaving quoted strings alone. */
export function stripComments(value: string): string {
  let out = "";
  let depth = 0;
  let inQuote = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c === "\\" && (depth > 0 || inQuote)) {
      if (depth === 0) out += c + value.charAt(i + 1);
      i++;
      continue;
    }
    if (inQuote) {
      out += c;
      if (c === '"') inQuote = false;
    } else if (c === "(") {
      if (depth === 0) out += " ";
      depth++;
    } else if (c === ")" && depth > 0) {
      depth--;
    } else if (depth === 0) {
      if (c === '"') inQuote = true;
      out += c;
    }
  }
  return out;
}

function splitOutsideQuotes(value: string, separator: (c: string) => boolean): string[] {
  const parts: string[] = [];
  let part = "";
  let inQuote = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c === '"') inQuote = !inQuote;
    if (!inQuote && separator(c)) {
      parts.push(part);
      part = "";
    } else part += c;
  }
  parts.push(part);
  return parts;
}

const isSemicolon = (c: string) => c === ";";
const isSpace = (c: string) => c === " " || c === "\t" || c === "\r" || c === "\n";

function unquote(v: string): string {
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
}

function tokens(segment: string): string[] {
  return splitOutsideQuotes(segment, isSpace).filter((t) => t !== "");
}

// method[/version]=result; method names are keywords (letters, digits, hyphen, underscore).
const METHOD_TOKEN = /^([\w-]+)(?:\/\d+)?=(.*)$/;

function parseResinfo(segment: string): MethodResult | null {
  const toks = tokens(segment);
  const head = toks[0];
  if (head === undefined) return null;
  const m = METHOD_TOKEN.exec(head);
  if (!m) return null;
  let result = (m[2] ?? "").toLowerCase();
  let rest = toks.slice(1);
  // "dkim = pass" with spaces around "=" is legal CFWS; join it back.
  if (result === "" && rest[0] !== undefined) {
    result = (rest[0] ?? "").replace(/^=/, "").toLowerCase();
    rest = rest.slice(1);
  }
  // No prototype: a property named "constructor" or "__proto__" in a hostile header stays plain data.
  const props: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const t of rest) {
    const eq = t.indexOf("=");
    if (eq <= 0) continue;
    const key = t.slice(0, eq).toLowerCase();
    // The first value wins: a later duplicate is more likely junk than a correction.
    if (!(key in props)) props[key] = unquote(t.slice(eq + 1));
  }
  return { method: (m[1] ?? "").toLowerCase(), result: unquote(result), props };
}

/** Parses one Authentication-Results value. Never throws; returns null when nothing in it looks like a result. */
export function parseAuthenticationResults(value: string): AuthResultsHeader | null {
  const text = stripComments(value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS) : value);
  const segments = splitOutsideQuotes(text, isSemicolon);
  const first = tokens(segments[0] ?? "");
  let authservId = "";
  let start = 0;
  const firstTok = first[0];
  if (firstTok !== undefined && !firstTok.includes("=")) {
    authservId = firstTok.toLowerCase();
    start = 1;
  }
  const results: MethodResult[] = [];
  for (let i = start; i < segments.length; i++) {
    const r = parseResinfo(segments[i] ?? "");
    if (r && r.method !== "none") results.push(r);
  }
  if (authservId === "" && results.length === 0) return null;
  return { authservId, results };
}

export interface TrustOptions {
  /**
   * authserv-ids the organisation's own receiving servers write (mx.example.go.jp). When given, only these are
   * trusted, plus Microsoft 365's id-less header if "" is listed.
   */
  readonly trustedAuthservIds?: readonly string[];
}

/**
 * Which Authentication-Results to believe. Any server on the way, the sender's included, can add one, so a header
 * says only what its writer claims. Forged *failures* gain an attacker nothing; the real risk is a stale failure
 * from an earlier hop (a forwarder that then re-sent the mail) or a forged pass. We therefore trust:
 *  - the group written by the nearest evaluator: every header with the same authserv-id as the topmost one
 *    (Postfix milters write one header each; Microsoft 365 writes its id-less one at the top);
 *  - headers whose authserv-id is a host of the organisation's own domains (its gateway in front of the cloud);
 *  - or, when the adapter knows them, exactly the configured ids.
 * ARC-Authentication-Results are never read: they are upstream claims we cannot verify without crypto and DNS,
 * and where the receiving server honoured them its own verdict (e.g. compauth reason=130) already says so.
 */
export function trustedAuthResults(
  fields: readonly HeaderField[],
  organisationDomains: readonly string[],
  options: TrustOptions = {},
): AuthResultsHeader[] {
  const parsed: { header: AuthResultsHeader; at: number }[] = [];
  fields.forEach((f, at) => {
    if (f.name !== "authentication-results") return;
    const p = parseAuthenticationResults(f.value);
    if (p) parsed.push({ header: p, at });
  });
  if (parsed.length === 0) return [];
  const configured = options.trustedAuthservIds?.map((s) => s.toLowerCase());
  if (configured) return parsed.filter((p) => configured.includes(p.header.authservId)).map((p) => p.header);
  const nearest = parsed[0]?.header.authservId ?? "";
  const isOrgHost = (id: string) => id !== "" && organisationDomains.some((d) => isSameOrSubdomain(id, d));
  const entry = organisationEntry(fields, isOrgHost);
  return parsed
    .filter((p) => p.header.authservId === nearest || (isOrgHost(p.header.authservId) && p.at < entry))
    .map((p) => p.header);
}

// The host that wrote a Received field: "from a.example (…) by mx.example.go.jp with ESMTP id …; date".
const RECEIVED_BY = /(?:^|[\s)])by\s+([^\s;()]+)/i;

/**
 * Where the mail entered the organisation: the index of the lowest Received field written by one of its hosts.
 * Its gateway's Authentication-Results sit above that line; anything below it was in the mail before the
 * organisation saw it, so a header there naming the organisation's host was written by the sender. A header block
 * without any Received field (a hand-made test, a stripped export) gives no position, and then nothing is excluded.
 */
function organisationEntry(fields: readonly HeaderField[], isOrgHost: (host: string) => boolean): number {
  let received = false;
  let entry = -1;
  fields.forEach((f, i) => {
    if (f.name !== "received") return;
    received = true;
    const by = RECEIVED_BY.exec(f.value);
    if (by && isOrgHost((by[1] ?? "").toLowerCase().replace(/\.$/, ""))) entry = i;
  });
  return received ? entry : fields.length;
}
