import { toASCII } from "punycode/";
import { trimEndWhere } from "../trim";

/** A recipient reduced to what the checks compare: the real mailbox, never the display name. */
export interface NormalisedAddress {
  /** local@domain with the domain in lower-case ASCII (IDN converted to punycode). */
  readonly address: string;
  readonly local: string;
  /** Lower-case ASCII, no trailing dot. Empty when the address has no usable domain. */
  readonly domain: string;
  /** The Unicode form of the domain as typed, for messages the user reads. */
  readonly displayDomain: string;
}

// Full-width and ideographic dots are what IME users type by accident; IDNA (UTS #46) treats them as dots too.
const DOT_VARIANTS = /[\u3002\uff0e\uff61]/g;
// Invisible characters UTS #46 ignores: a soft hyphen or zero-width space pasted from a PDF or a web page. The
// domain routes without them, and no registry accepts a name that holds them.
const IGNORED = /[\u00ad\u200b\u2060\ufeff]/g;

/**
 * Takes the mailbox part of what a client gave us. Outlook hands over the bare address, but .eml headers and some
 * clients give `"Display" <addr>`; a display name that itself looks like an address must never be mistaken for it.
 */
export function extractMailbox(raw: string): string {
  if (!raw.includes("<")) return raw.trim();
  let inQuote = false;
  let escaped = false;
  let lastOpen = -1;
  let lastClose = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (escaped) {
      escaped = false;
      continue;
    }
    if (c === "\\") escaped = true;
    else if (c === '"') inQuote = !inQuote;
    else if (!inQuote && c === "<") lastOpen = i;
    else if (!inQuote && c === ">" && lastOpen >= 0) lastClose = i;
  }
  if (lastOpen >= 0 && lastClose > lastOpen) return raw.slice(lastOpen + 1, lastClose).trim();
  return raw.trim();
}

/** Normalises a domain as mail servers would route it: NFKC, lower case, IDN to ASCII, no trailing dot. */
export function normaliseDomain(raw: string): string {
  let d = raw.normalize("NFKC").replace(IGNORED, "").replace(DOT_VARIANTS, ".").trim().toLowerCase();
  while (d.endsWith(".")) d = d.slice(0, -1);
  if (d.startsWith("[")) return /^\[(?:ipv6:)?[0-9a-f:.]+\]$/.test(d) ? d : ""; // address literal such as [192.0.2.1]
  // Almost every domain is plain ASCII already; IDNA conversion is only needed for the rest.
  if (!ASCII_ONLY.test(d)) {
    try {
      d = toASCII(d);
    } catch {
      return "";
    }
  }
  return isPlausibleDomain(d) ? d : "";
}

// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function isPlausibleDomain(domain: string): boolean {
  if (domain.length === 0 || domain.length > 253) return false;
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  return labels.every((l) => LABEL.test(l));
}

// `/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=…`: a legacyExchangeDN (X500).
const EXCHANGE_DN = /^\/o=[^@]*\/cn=[^@/]+$/i;

/**
 * Whether Outlook gave a mailbox's Exchange directory name instead of an SMTP address (Outlook on the web does so
 * for some colleagues: office-js #3701). Such a name is not a mail domain anyone can register or spoof: it only
 * resolves inside the organisation's own Exchange directory, and Outlook returned it because it found the person
 * there. A name with an `@` is left to the SMTP parser, as the internet would route it.
 */
export function isExchangeDirectoryName(raw: string): boolean {
  return EXCHANGE_DN.test(extractMailbox(raw));
}

/** Returns null when there is no `@` with something after it: such a recipient is judged by the caller as unknown. */
export function parseAddress(raw: string): NormalisedAddress | null {
  const mailbox = extractMailbox(raw);
  const at = mailbox.lastIndexOf("@");
  if (at <= 0 || at === mailbox.length - 1) return null;
  const local = mailbox.slice(0, at);
  const rawDomain = mailbox.slice(at + 1);
  const domain = normaliseDomain(rawDomain);
  if (domain === "") return null;
  const spelled = rawDomain.normalize("NFKC").replace(DOT_VARIANTS, ".").toLowerCase();
  // Trailing dots (an FQDN's root) go, by index: an end-anchored /\.+$/ rescans every run of dots.
  return { address: `${local}@${domain}`, local, domain, displayDomain: trimEndWhere(spelled, isDot) };
}

const isDot = (code: number): boolean => code === 46;
