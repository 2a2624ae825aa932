import { getDomain, getPublicSuffix } from "tldts";

// lg.jp names are <type>.<place>.lg.jp (pref.kyoto.lg.jp, city.kyoto.lg.jp): two bodies share the public-suffix
// registrable part, so the organisation is the third label down.
const THREE_LABEL_SUFFIXES = new Set(["lg.jp"]);

/** The registrable domain (organisation boundary) of a normalised ASCII domain, per the Public Suffix List. */
export function registrableDomain(domain: string): string {
  const suffix = getPublicSuffix(domain, { allowPrivateDomains: false }) ?? "";
  if (THREE_LABEL_SUFFIXES.has(suffix)) {
    const labels = domain.split(".");
    if (labels.length >= 4) return labels.slice(-4).join(".");
  }
  return getDomain(domain, { allowPrivateDomains: false }) ?? domain;
}

export function publicSuffix(domain: string): string {
  return getPublicSuffix(domain, { allowPrivateDomains: false }) ?? "";
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
