import { parse as parseHost } from "tldts";
import { normaliseDomain, parseAddress } from "../address/parse-address";
import { stripBidi } from "./display-safe";

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

// Browsers drop tabs and newlines anywhere in a URL and trim spaces and controls at the ends.
// eslint-disable-next-line no-control-regex -- controls are what is being removed
const URL_NOISE = /[\t\n\r]|^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** The host of an absolute http(s)/ftp URL, normalised; "" for anything else (relative, mailto:, javascript:). */
export function hostOfUrl(raw: string): string {
  const url = stripBidi(raw).replace(URL_NOISE, "");
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
  return normaliseDomain(host);
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
  if (/(^|\.)safelinks\.protection\.(outlook\.com|office365\.us)$/.test(host)) {
    const inner = queryParam(href, "url");
    return inner ? unwrap(safeDecode(inner), depth + 1) : { host, opaque: true };
  }
  // Proofpoint URL Defense v3: https://urldefense.com/v3/__<url>__;<marks>!!…
  if (host === "urldefense.com") {
    const m = /\/v3\/__(.+?)__;/.exec(href);
    return m && m[1] ? unwrap(m[1], depth + 1) : { host, opaque: true };
  }
  // Proofpoint URL Defense v2: ?u=<url with - for % and _ for />
  if (host === "urldefense.proofpoint.com") {
    const u = queryParam(href, "u");
    return u ? unwrap(safeDecode(u.replace(/-/g, "%").replace(/_/g, "/")), depth + 1) : { host, opaque: true };
  }
  return { host, opaque: false };
}

export function linkTarget(href: string): LinkTarget {
  const trimmed = stripBidi(href).replace(URL_NOISE, "");
  if (/^mailto:/i.test(trimmed)) {
    const addr = safeDecode(trimmed.slice(7).split("?")[0] ?? "").split(",")[0] ?? "";
    const parsed = parseAddress(addr);
    return { host: parsed ? parsed.domain : "", opaque: false };
  }
  return unwrap(trimmed, 0);
}

// Real top-level domains that are also everyday file extensions: "資料.zip" as link text names a file, not a site.
const FILE_LIKE_TLDS = new Set(["zip", "mov", "md", "py", "sh", "pl", "rs", "ps", "cs", "docs", "pdf", "exe", "app"]);

/**
 * The domain that a link's visible text names, when the text looks like a URL, a bare domain or an address;
 * "" when it is ordinary words ("こちら", "詳細はこちら", "請求書.pdf").
 */
export function hostNamedByText(text: string): string {
  let t = stripBidi(text).normalize("NFKC").trim();
  t = t.replace(/^[<([「『"']+/, "").replace(/[>)\]」』"'.,、。:;!?]+$/, "");
  if (t === "" || t.length > 2048 || /\s/.test(t)) return "";
  if (/^(https?|ftp):\/\//i.test(t)) return hostOfUrl(t);
  if (/^www\./i.test(t)) return hostOfUrl("http://" + t);
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
