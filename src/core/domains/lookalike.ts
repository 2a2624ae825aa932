import { toUnicode } from "punycode/";
import { editDistanceWithin } from "./edit-distance";
import { domainParts, type DomainParts } from "./registrable";
import { skeleton } from "./skeleton";

/** A domain worth protecting: the organisation's own or a partner's, precomputed once per policy. */
export interface ProtectedDomain {
  readonly domain: string;
  readonly registrable: string;
  readonly suffix: string;
  /** The registrable part without its public suffix ("example" for example.go.jp). */
  readonly name: string;
  /** The labels of `name` (two under lg.jp: city.kyoto). */
  readonly nameLabels: readonly string[];
  /** How many labels the registrable domain has, to compare the same number of a recipient's last labels. */
  readonly labelCount: number;
  readonly skeleton: string;
  readonly nameSkeleton: string;
  /** The name with separators removed, to catch example-go-jp.com style imitations. */
  readonly squashed: string;
  /**
   * Under lg.jp, what an imitating name (the registrable part before its suffix) carries once separators are
   * removed: the body's type and place (city-hoshizora.jp) or its place and "lg" (hoshizora-lg.jp). Only in the
   * name: city.kawasaki.jp, the same city's old geographic domain, has the place in its suffix.
   */
  readonly lgForms: readonly string[];
  /** The skeleton of `squashed`, to catch exarnple-go.jp: a homoglyph and a moved separator at once. */
  readonly squashedSkeleton: string;
}

export type LookalikeReason = "homoglyph" | "typo" | "embedded" | "same-name" | "gov-imitation";

export interface LookalikeMatch {
  readonly of: string;
  readonly reason: LookalikeReason;
}

// Registration under these suffixes is restricted to public bodies by JPRS, so a one-letter difference there is
// usually another real body (mof.go.jp vs mod.go.jp), not an attacker. Only a visual trick, or one slip in a long
// name (a mistyped colleague address), counts there.
const RESTRICTED_SUFFIXES = new Set(["go.jp", "lg.jp"]);

/** Under go.jp / lg.jp, a name label this long with one letter off is a slip, not another body's short code. */
const RESTRICTED_TYPO_MIN_LENGTH = 7;

// go-jp, gojp, gov-jp, go-japan as a label or part of one; and go.jp followed by more labels (mhlw.go.jp.evil.com).
// A plain "-go.jp" ending is left alone: lets-go.jp and the like are ordinary .jp names.
const GOV_IMITATION = /(?:^|[.-])(?:go-?jp|gov[.-]?jp|go-japan)(?:[.-]|$)|(?:^|[.-])go\.jp[.-]/;

const SEPARATORS = /[.-]/g;

function squash(text: string): string {
  return text.replace(SEPARATORS, "");
}

// Under lg.jp a name is <type>.<place>; a short place (ota, tsu) is part of too many ordinary words to look for.
const LG_NAME = /^(?:city|pref|town|vill)\.([a-z0-9-]{4,})$/;

export function protectDomain(domain: string): ProtectedDomain {
  const { registrable, suffix, name } = domainParts(domain);
  const squashed = squash(name + suffix);
  const lg = suffix === "lg.jp" ? LG_NAME.exec(name) : null;
  return {
    lgForms: lg ? [squash(name), squash(lg[1]!) + "lg"] : [],
    domain,
    registrable,
    suffix,
    name,
    nameLabels: name.split("."),
    labelCount: registrable.split(".").length,
    skeleton: skeleton(registrable),
    nameSkeleton: skeleton(name),
    squashed,
    squashedSkeleton: skeleton(squashed),
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

const suffixSkeletons = new Map<string, string>();

function suffixSkeleton(suffix: string): string {
  let sk = suffixSkeletons.get(suffix);
  if (sk === undefined) {
    sk = skeleton(unicodeForm(suffix));
    if (suffixSkeletons.size < 2000) suffixSkeletons.set(suffix, sk);
  }
  return sk;
}

function allowedDistance(nameLength: number, max: number): number {
  if (nameLength <= 3) return 0;
  if (nameLength <= 6) return Math.min(1, max);
  return max;
}

/** The last `count` labels of `domain`, or "" when it has fewer. */
function lastLabels(domain: string, count: number): string {
  let dot = domain.length;
  for (let i = 0; i < count; i++) {
    if (dot <= 0) return "";
    dot = domain.lastIndexOf(".", dot - 1);
    if (dot < 0) return i === count - 1 ? domain : "";
  }
  return domain.slice(dot + 1);
}

/**
 * Under go.jp / lg.jp: the same suffix, every name label equal but one, and that one a long label one edit away
 * (kankyo-sanple.go.jp for kankyo-sample.go.jp). Short codes (mof / mod, cas / caa) are different real bodies.
 */
function mistypedColleague(name: string, p: ProtectedDomain, maxDistance: number): boolean {
  if (maxDistance < 1) return false;
  const labels = name.split(".");
  if (labels.length !== p.nameLabels.length) return false;
  let differing = -1;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === p.nameLabels[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  if (differing < 0) return false;
  const want = p.nameLabels[differing]!;
  return want.length >= RESTRICTED_TYPO_MIN_LENGTH && editDistanceWithin(labels[differing]!, want, 1) <= 1;
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
  const restricted = RESTRICTED_SUFFIXES.has(suffix);
  const unicode = unicodeForm(registrable);
  const nameSk = skeleton(unicodeForm(name));
  // Skeletons never reach across a dot, so the registrable one is the name's plus the (cached) suffix's.
  const sk = name === registrable ? nameSk : nameSk + "." + suffixSkeleton(suffix);
  const squashedDomain = squash(domain);
  const squashedName = squash(name);
  const squashedSk = skeleton(domain.includes("xn--") ? squash(unicodeForm(domain)) : squashedDomain);
  // Whoever holds a protected registrable domain holds every name under it: eigyo.example.co.jp beside a partner
  // listed as partner.example.co.jp is that partner's own company, not an imitation of anyone.
  for (const p of protectedDomains) if (registrable === p.registrable) return undefined;
  // Visual tricks first, across every protected domain, so a partner homograph is not reported as a typo of ours.
  for (const p of protectedDomains) {
    // example.go.jp.evil.com, or mail-example-go-jp.com: the real name carried inside another domain. Under go.jp
    // nobody but a public body can register such a name, so there it is some body's real name.
    const embeds = !restricted && p.name.length >= 3;
    if (
      domain.includes(p.registrable + ".") ||
      (embeds && (squashedDomain.includes(p.squashed) || p.lgForms.some((f) => squashedName.includes(f))))
    ) {
      return { of: p.registrable, reason: "embedded" };
    }
    if (
      sk === p.skeleton ||
      (nameSk === p.nameSkeleton && unicode !== registrable) ||
      squashedSk === p.squashedSkeleton
    ) {
      return { of: p.registrable, reason: "homoglyph" };
    }
    // login.exarnple-go.jp.example.net: the name again, but disguised by a homoglyph as well.
    if (embeds && squashedSk.includes(p.squashedSkeleton)) return { of: p.registrable, reason: "embedded" };
  }
  for (const p of protectedDomains) {
    if (restricted) {
      if (suffix === p.suffix && mistypedColleague(name, p, maxDistance)) return { of: p.registrable, reason: "typo" };
      continue;
    }
    if (p.name.length >= 3 && name === p.name) return { of: p.registrable, reason: "same-name" };
    const allowed = allowedDistance(p.name.length, maxDistance);
    if (allowed > 0 && editDistanceWithin(registrable, p.registrable, allowed) <= allowed) {
      return { of: p.registrable, reason: "typo" };
    }
    // The whole domain too: a suffix the Public Suffix List does not know (go.jo, co.jo) leaves the name outside
    // the registrable part, so compare as many trailing labels as the protected domain has. The same name before
    // a suffix one letter off is a country-code imitation; before an unrelated one (example.awsapps.com) it is not.
    const tail = lastLabels(domain, p.labelCount);
    if (tail === "" || tail === registrable) continue;
    if (
      p.name.length >= 3 &&
      tail.startsWith(p.name + ".") &&
      editDistanceWithin(tail.slice(p.name.length + 1), p.suffix, 1) <= 1
    ) {
      return { of: p.registrable, reason: "same-name" };
    }
    if (allowed > 0 && editDistanceWithin(tail, p.registrable, allowed) <= allowed) {
      return { of: p.registrable, reason: "typo" };
    }
  }
  if (!restricted && GOV_IMITATION.test(domain)) return { of: "go.jp", reason: "gov-imitation" };
  return undefined;
}
