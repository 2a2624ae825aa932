import { parse as parseHost } from "tldts";
import { normaliseDomain, parseAddress } from "../address/parse-address";
import { stripBidi } from "./display-safe";
import { charsIn, trimEndWhere, trimStartWhere, type CharTest } from "../trim";

/**
 * Where a link really goes, and which domain its visible text names. Both reduce to a normalised host so that
 * ｗｗｗ．example.go.jp, WWW.EXAMPLE.GO.JP. and https://example.go.jp/x compare equal.
 */

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function queryParam(url: string, name: string): string | undefined {
  const q = url.indexOf("?");
  if (q < 0) return undefined;
  const end = url.indexOf("#", q);
  for (const pair of url.slice(q + 1, end < 0 ? undefined : end).split("&")) {
    const eq = pair.indexOf("=");
    if (eq > 0 && pair.slice(0, eq).toLowerCase() === name) return pair.slice(eq + 1);
  }
  return undefined;
}

/**
 * No host name is longer than 253 characters once encoded; its written form (full-width, percent-encoded, IDN) may
 * be a few times that, never this. Longer ones are not hosts, and are refused before NFKC and IDNA run on them.
 */
const MAX_HOST_INPUT = 1024;

const isControlOrSpace: CharTest = (c) => c <= 0x20;

/** Browsers drop tabs and newlines anywhere in a URL and trim spaces and controls at the ends. */
function withoutUrlNoise(raw: string): string {
  const inner =
    raw.indexOf("\t") < 0 && raw.indexOf("\n") < 0 && raw.indexOf("\r") < 0 ? raw : raw.replace(/[\t\n\r]/g, "");
  return trimEndWhere(trimStartWhere(inner, isControlOrSpace), isControlOrSpace);
}

const SCHEME = /^([a-z][\w+.-]*):/i;

/** The host of an absolute http(s)/ftp URL, normalised; "" for anything else (relative, mailto:, javascript:). */
export function hostOfUrl(raw: string): string {
  const url = withoutUrlNoise(stripBidi(raw));
  const m = SCHEME.exec(url);
  const scheme = m ? (m[1] ?? "").toLowerCase() : "";
  if (scheme !== "http" && scheme !== "https" && scheme !== "ftp") return "";
  // Browsers treat backslashes in these schemes as slashes.
  let rest = url.slice(scheme.length + 1).replace(/\\/g, "/");
  rest = rest.replace(/^\/+/, "");
  const stop = rest.search(/[/?#]/);
  let authority = stop < 0 ? rest : rest.slice(0, stop);
  // https://www.example.go.jp@evil.example/ goes to evil.example: everything before the last @ is a user name.
  authority = authority.slice(authority.lastIndexOf("@") + 1);
  if (authority.startsWith("[")) return authority.slice(0, authority.indexOf("]") + 1).toLowerCase();
  const host = safeDecode(authority.replace(/:\d*$/, ""));
  return host.length > MAX_HOST_INPUT ? "" : normaliseDomain(host);
}

/**
 * The domain a reader sees in the user-name part of an http(s) URL: https://www.example.go.jp@evil.example/ reads
 * as example.go.jp but goes to evil.example. "" when the URL has no user part or it does not look like a domain.
 */
export function userinfoHost(raw: string): string {
  // A user part is short; the head of the URL is enough, whatever follows it, and keeps NFKC cheap.
  const url = withoutUrlNoise(stripBidi(raw.slice(0, 2048))).normalize("NFKC");
  const m = /^(?:https?|ftp):\/*/i.exec(url);
  if (!m) return "";
  const rest = url.slice(m[0].length).replace(/\\/g, "/");
  const stop = rest.search(/[/?#]/);
  const authority = stop < 0 ? rest : rest.slice(0, stop);
  const at = authority.lastIndexOf("@");
  if (at <= 0) return "";
  // user:password@host: the part a reader takes for a host is the one before the colon.
  const user = safeDecode(authority.slice(0, at));
  return hostNamedByText(user.split(":")[0] ?? "");
}

/** The host a link really leads to, seeing through the recipient's own link-rewriting services. */
export interface LinkTarget {
  readonly host: string;
  /** The rewritten wrapper could not be opened: the real target is unknown, so no comparison is made. */
  readonly opaque: boolean;
}

function unwrap(href: string, depth: number): LinkTarget {
  const host = hostOfUrl(href);
  if (host === "" || depth > 3) return { host, opaque: depth > 3 };
  // Microsoft Defender Safe Links: https://<region>.safelinks.protection.outlook.com/?url=<encoded>&data=…
  if (/(?:^|\.)safelinks\.protection\.(?:outlook\.com|office365\.us)$/.test(host)) {
    const inner = queryParam(href, "url");
    return inner ? unwrap(safeDecode(inner), depth + 1) : { host, opaque: true };
  }
  // Proofpoint URL Defense v3: https://urldefense.com/v3/__<url>__;<marks>!!…
  if (host === "urldefense.com") {
    // indexOf, not /\/v3\/__(.+?)__;/: the lazy scan restarts at every "/v3/__" and is quadratic on a hostile href.
    const open = href.indexOf("/v3/__");
    const close = open < 0 ? -1 : href.indexOf("__;", open + 7);
    return close > open + 6 ? unwrap(href.slice(open + 6, close), depth + 1) : { host, opaque: true };
  }
  // Proofpoint URL Defense v2: ?u=<url with - for % and _ for />
  if (host === "urldefense.proofpoint.com") {
    const u = queryParam(href, "u");
    return u ? unwrap(safeDecode(u.replace(/-/g, "%").replace(/_/g, "/")), depth + 1) : { host, opaque: true };
  }
  return { host, opaque: false };
}

export function linkTarget(href: string): LinkTarget {
  const trimmed = withoutUrlNoise(stripBidi(href));
  if (/^mailto:/i.test(trimmed)) {
    const addr = safeDecode(trimmed.slice(7).split("?")[0] ?? "").split(",")[0] ?? "";
    const parsed = addr.length > MAX_HOST_INPUT ? null : parseAddress(addr);
    return { host: parsed ? parsed.domain : "", opaque: false };
  }
  return unwrap(trimmed, 0);
}

const MAX_LINK_TEXT = 4096;
const OPENING_PUNCT = charsIn("<([「『\"'");
const CLOSING_PUNCT = charsIn(">)]」』\"'.,、。:;!?");

// Real top-level domains that are also everyday file extensions: "資料.zip" as link text names a file, not a site.
const FILE_LIKE_TLDS = new Set(["zip", "mov", "md", "py", "sh", "pl", "rs", "ps", "cs", "docs", "pdf", "exe", "app"]);

/**
 * The domain that a link's visible text names, when the text looks like a URL, a bare domain or an address;
 * "" when it is ordinary words ("こちら", "詳細はこちら", "請求書.pdf").
 */
/**
 * Japanese text runs straight on after a URL: 「https://www.example.go.jpをご覧ください」 links, in every mail
 * program, only up to ".jp". Where an ASCII host with a dot is followed by a non-ASCII character, the URL a reader
 * sees ends there. A host written in Japanese from its start (https://例示省.jp) is left whole.
 */
export function urlAsRead(url: string): string {
  const start = url.indexOf("://");
  if (start < 0) return url;
  let dot = false;
  for (let i = start + 3; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 0x2f || c === 0x3f || c === 0x23) return url; // the host ended at / ? #
    if (c > 0x7f) return dot && i > start + 3 ? url.slice(0, i) : url;
    if (c === 0x2e) dot = true;
  }
  return url;
}

// Invisible characters some senders put inside link text to stop auto-linking; a reader sees the text without them.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// A URL among words in link text ("ログインはこちら https://…"): the first one is what the reader takes as the target.
const URL_WORD = /^(?:(?:https?|ftp):\/\/|www\.)/i;

export function hostNamedByText(text: string): string {
  // Link text that long is a paragraph, not an address; refusing it first keeps the work below small.
  if (text.length > MAX_LINK_TEXT) return "";
  let t = stripBidi(text).normalize("NFKC").replace(INVISIBLE, "").trim();
  t = trimEndWhere(trimStartWhere(t, OPENING_PUNCT), CLOSING_PUNCT);
  if (t === "" || t.length > 2048) return "";
  if (/\s/.test(t)) {
    const word = t
      .split(/\s+/)
      .slice(0, 50)
      .find((w) => URL_WORD.test(w));
    return word ? hostNamedByText(word) : "";
  }
  if (/^(?:https?|ftp):\/\//i.test(t)) return hostOfUrl(urlAsRead(t));
  if (/^www\./i.test(t)) return hostOfUrl(urlAsRead("http://" + t));
  if (/^mailto:/i.test(t)) return linkTarget(t).host;
  if (/^[^@/:]+@[^@/:]+$/.test(t)) return parseAddress(t)?.domain ?? "";
  // A bare domain, possibly with a path: example.go.jp, example.go.jp/login
  const m = /^([^/:?#@]+\.[^/:?#@.]+)(?::\d+)?(?:[/?#].*)?$/.exec(t);
  if (!m || !m[1]) return "";
  const host = normaliseDomain(m[1]);
  if (host === "") return "";
  const info = parseHost(host, { allowPrivateDomains: false });
  const tld = host.slice(host.lastIndexOf(".") + 1);
  if (!info.isIcann || FILE_LIKE_TLDS.has(tld)) return "";
  return host;
}
