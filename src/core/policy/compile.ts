import type { CheckId } from "../checks/ids";
import { protectDomain, type ProtectedDomain } from "../domains/lookalike";
import type { Policy } from "./schema";

export interface PartnerInfo {
  readonly name: string;
  readonly exemptFrom: ReadonlySet<CheckId>;
}

/** Lookup structures derived from a validated policy once, then reused by every evaluation of that policy. */
export interface CompiledPolicy {
  readonly policy: Policy;
  readonly organisation: ReadonlyMap<string, true>;
  readonly partners: ReadonlyMap<string, PartnerInfo>;
  readonly freemail: ReadonlyMap<string, true>;
  readonly protectedDomains: readonly ProtectedDomain[];
  /** Partners by the registrable domain of each of their domains: the company behind eigyo.example.co.jp. */
  readonly partnerOrgs: ReadonlyMap<string, PartnerInfo>;
  readonly encryptingLabels: ReadonlySet<string>;
  readonly labelLevels: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Policy, CompiledPolicy>();

export function compilePolicy(policy: Policy): CompiledPolicy {
  const hit = cache.get(policy);
  if (hit) return hit;
  const organisation = new Map(policy.organisation.domains.map((d) => [d, true as const]));
  const partners = new Map<string, PartnerInfo>();
  for (const p of policy.partners) {
    const info: PartnerInfo = { name: p.name, exemptFrom: new Set(p.exemptFrom) };
    for (const d of [...(p.domain ? [p.domain] : []), ...(p.domains ?? [])]) partners.set(d, info);
  }
  const freemail = new Map(policy.freemailDomains.map((d) => [d, true as const]));
  const protectedDomains = [...organisation.keys(), ...partners.keys()].map(protectDomain);
  const partnerOrgs = new Map<string, PartnerInfo>();
  for (const p of protectedDomains) {
    const info = partners.get(p.domain);
    if (info && !partnerOrgs.has(p.registrable)) partnerOrgs.set(p.registrable, info);
  }
  const encryptingLabels = new Set<string>();
  const labelLevels = new Map<string, number>();
  for (const l of policy.sensitivityLabels) {
    for (const key of [l.id.toLowerCase(), ...(l.name ? [l.name.normalize("NFKC").toLowerCase()] : [])]) {
      if (l.encrypts) encryptingLabels.add(key);
      if (l.level !== undefined) labelLevels.set(key, l.level);
    }
  }
  const compiled = {
    policy,
    organisation,
    partners,
    freemail,
    protectedDomains,
    partnerOrgs,
    encryptingLabels,
    labelLevels,
  };
  cache.set(policy, compiled);
  return compiled;
}
