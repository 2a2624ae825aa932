import { toUnicode } from "punycode/";
import { editDistanceWithin } from "./edit-distance";
import { domainParts, type DomainParts } from "./registrable";
import { skeleton } from "./skeleton";

/** A domain worth protecting: the organisation's own or a partner's, precomputed once per policy. */
export interface ProtectedDomain {
  readonly domain: string;
  readonly registrable: string;
  /** The registrable part without its public suffix ("example" for example.go.jp). */
  readonly name: string;
  readonly skeleton: string;
  readonly nameSkeleton: string;
  /** The name with separators removed, to catch example-go-jp.com style imitations. */
  readonly squashed: string;
}

export type LookalikeReason = "homoglyph" | "typo" | "embedded" | "same-name" | "gov-imitation";

export interface LookalikeMatch {
  readonly of: string;
  readonly reason: LookalikeReason;
}

// Registration under these suffixes is restricted to public bodies by JPRS, so a one-letter difference there is
// another real body (mof.go.jp vs mod.go.jp), not an attacker: only a visual trick counts.
const RESTRICTED_SUFFIXES = new Set(["go.jp", "lg.jp"]);

const GOV_IMITATION = /(^|[.-])(go-?jp|gov-?jp|go-japan)([.-]|$)/;

export function protectDomain(domain: string): ProtectedDomain {
  const { registrable, suffix, name } = domainParts(domain);
  return {
    domain,
    registrable,
    name,
    skeleton: skeleton(registrable),
    nameSkeleton: skeleton(name),
    squashed: (name + suffix).replace(/[.-]/g, ""),
  };
}

function unicodeForm(domain: string): string {
  if (!domain.includes("xn--")) return domain;
  try {
    return toUnicode(domain);
  } catch {
    return domain;
  }
}

function allowedDistance(nameLength: number, max: number): number {
  if (nameLength <= 3) return 0;
  if (nameLength <= 6) return Math.min(1, max);
  return max;
}

/**
 * Says whether `domain` (already known not to be inside the organisation or a partner) imitates one of
 * `protectedDomains`. Checks from the most to the least certain sign and reports the first that holds.
 */
export function findLookalike(
  domain: string,
  protectedDomains: readonly ProtectedDomain[],
  maxDistance: number,
  parts: DomainParts = domainParts(domain),
): LookalikeMatch | undefined {
  const { registrable, suffix, name } = parts;
  const unicode = unicodeForm(registrable);
  const sk = skeleton(unicode);
  const nameSk = skeleton(unicodeForm(name));
  const squashedDomain = domain.replace(/[.-]/g, "");
  // Visual tricks first, across every protected domain, so a partner homograph is not reported as a typo of ours.
  for (const p of protectedDomains) {
    if (registrable === p.registrable) continue;
    // example.go.jp.evil.com, or mail-example-go-jp.com: the real name carried inside another domain.
    if (domain.includes(p.registrable + ".") || (p.name.length >= 3 && squashedDomain.includes(p.squashed))) {
      return { of: p.registrable, reason: "embedded" };
    }
    if (sk === p.skeleton || (nameSk === p.nameSkeleton && unicode !== registrable)) {
      return { of: p.registrable, reason: "homoglyph" };
    }
  }
  if (!RESTRICTED_SUFFIXES.has(suffix)) {
    for (const p of protectedDomains) {
      if (registrable === p.registrable) continue;
      if (p.name.length >= 3 && name === p.name) return { of: p.registrable, reason: "same-name" };
      const allowed = allowedDistance(p.name.length, maxDistance);
      if (allowed > 0 && editDistanceWithin(registrable, p.registrable, allowed) <= allowed) {
        return { of: p.registrable, reason: "typo" };
      }
    }
  }
  if (!RESTRICTED_SUFFIXES.has(suffix) && GOV_IMITATION.test(domain)) return { of: "go.jp", reason: "gov-imitation" };
  return undefined;
}
