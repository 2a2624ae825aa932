import { extractMailbox, isExchangeDirectoryName, parseAddress } from "../address/parse-address";
import type { CompiledPolicy, PartnerInfo } from "../policy/compile";
import { findLookalike, type LookalikeMatch } from "./lookalike";
import { domainParts, lookupUp } from "./registrable";

export type DomainKind = "organisation" | "partner" | "freemail" | "outside" | "invalid";

export interface DomainClass {
  readonly kind: DomainKind;
  readonly domain: string;
  /** What counts as one organisation: a partner's name, else the registrable domain. */
  readonly orgKey: string;
  readonly partner?: PartnerInfo;
  readonly lookalike?: LookalikeMatch;
}

const INVALID: DomainClass = { kind: "invalid", domain: "", orgKey: "?" };
const DIRECTORY: DomainClass = { kind: "organisation", domain: "", orgKey: "self" };
const MAX_CACHE = 5000;
const caches = new WeakMap<CompiledPolicy, Map<string, DomainClass>>();

/** Classifies a normalised domain; results are cached per policy because the same domains recur on every Send. */
export function classifyDomain(domain: string, compiled: CompiledPolicy): DomainClass {
  let cache = caches.get(compiled);
  if (!cache) caches.set(compiled, (cache = new Map()));
  const hit = cache.get(domain);
  if (hit) return hit;
  const result = classifyUncached(domain, compiled);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(domain, result);
  return result;
}

function classifyUncached(domain: string, compiled: CompiledPolicy): DomainClass {
  if (domain === "") return INVALID;
  if (lookupUp(compiled.organisation, domain)) return { kind: "organisation", domain, orgKey: "self" };
  const partner = lookupUp(compiled.partners, domain);
  if (partner) return { kind: "partner", domain, orgKey: `partner:${partner.name}`, partner };
  const parts = domainParts(domain);
  // Someone at a partner's registrable domain outside the listed subdomain works for the same company: one party
  // when counting organisations, but without the partner's exemptions.
  const near = compiled.partnerOrgs.get(parts.registrable);
  const orgKey = near ? `partner:${near.name}` : parts.registrable;
  const lookalike = findLookalike(
    domain,
    compiled.protectedDomains,
    compiled.policy.checks["lookalike-domain"].maxDistance,
    parts,
  );
  const kind: DomainKind = lookupUp(compiled.freemail, domain) ? "freemail" : "outside";
  return lookalike ? { kind, domain, orgKey, lookalike } : { kind, domain, orgKey };
}

/** Classifies a raw recipient string; anything without a usable domain is "invalid" (and so counts as outside). */
export function classifyAddress(raw: string, compiled: CompiledPolicy): DomainClass & { address: string } {
  // A directory name resolves only in the organisation's own Exchange: a colleague (see isExchangeDirectoryName).
  if (isExchangeDirectoryName(raw)) return { ...DIRECTORY, address: extractMailbox(raw) };
  const parsed = parseAddress(raw);
  if (!parsed) return { ...INVALID, address: raw.trim() };
  return { ...classifyDomain(parsed.domain, compiled), address: parsed.address };
}
