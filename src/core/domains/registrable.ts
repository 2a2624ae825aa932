import { parse } from "tldts";

// lg.jp names are <type>.<place>.lg.jp (pref.kyoto.lg.jp, city.kyoto.lg.jp): two bodies share the public-suffix
// registrable part, so the organisation is the third label down.
const THREE_LABEL_SUFFIXES = new Set(["lg.jp"]);

export interface DomainParts {
  /** The organisation boundary: the registrable domain per the Public Suffix List (three labels under lg.jp). */
  readonly registrable: string;
  readonly suffix: string;
  /** The registrable part without its suffix ("example" for example.go.jp). */
  readonly name: string;
}

/** Splits a normalised ASCII domain with one Public Suffix List lookup (the hot path of every new recipient). */
export function domainParts(domain: string): DomainParts {
  const parsed = parse(domain, { allowPrivateDomains: false, extractHostname: false });
  const suffix = parsed.publicSuffix ?? "";
  let registrable = parsed.domain ?? domain;
  if (THREE_LABEL_SUFFIXES.has(suffix)) {
    const labels = domain.split(".");
    if (labels.length >= 4) registrable = labels.slice(-4).join(".");
  }
  const name = suffix && registrable.length > suffix.length ? registrable.slice(0, -(suffix.length + 1)) : registrable;
  return { registrable, suffix, name };
}

export function registrableDomain(domain: string): string {
  return domainParts(domain).registrable;
}

export function publicSuffix(domain: string): string {
  return domainParts(domain).suffix;
}

/** True when `domain` is `base` or one of its subdomains. */
export function isSameOrSubdomain(domain: string, base: string): boolean {
  return domain === base || domain.endsWith("." + base);
}

/** Finds the entry of `map` that `domain` or one of its parent domains is, walking up one label at a time. */
export function lookupUp<T>(map: ReadonlyMap<string, T>, domain: string): T | undefined {
  let d = domain;
  for (;;) {
    const hit = map.get(d);
    if (hit !== undefined) return hit;
    const dot = d.indexOf(".");
    if (dot < 0) return undefined;
    d = d.slice(dot + 1);
  }
}
