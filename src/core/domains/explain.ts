import { parseAddress } from "../address/parse-address";
import type { Policy } from "../policy/schema";
import { compilePolicy } from "../policy/compile";
import { classifyDomain, type DomainKind } from "./classify";
import type { LookalikeReason } from "./lookalike";
import { registrableDomain } from "./registrable";

/** Why an address is classified the way it is: what the policy editor's "test an address" box shows. */
export interface AddressExplanation {
  readonly input: string;
  /** The real mailbox judged (after display names, case, IDN and trailing dots are dealt with). */
  readonly address?: string;
  readonly domain?: string;
  readonly kind: DomainKind;
  /** The policy entry that decided: an organisation domain, a partner's name, a free-mail domain. */
  readonly matched?: string;
  readonly organisation: string;
  readonly lookalike?: { readonly of: string; readonly reason: LookalikeReason };
}

function matchedEntry(domain: string, list: readonly string[]): string | undefined {
  return list.find((d) => domain === d || domain.endsWith("." + d));
}

export function explainAddress(input: string, policy: Policy): AddressExplanation {
  const parsed = parseAddress(input);
  if (!parsed) return { input, kind: "invalid", organisation: "" };
  const cls = classifyDomain(parsed.domain, compilePolicy(policy));
  const base = {
    input,
    address: parsed.address,
    domain: parsed.domain,
    kind: cls.kind,
    organisation: registrableDomain(parsed.domain),
  };
  const lookalike = cls.lookalike ? { lookalike: cls.lookalike } : {};
  switch (cls.kind) {
    case "organisation":
      return {
        ...base,
        matched: matchedEntry(parsed.domain, policy.organisation.domains) ?? "",
        organisation: policy.organisation.name,
      };
    case "partner":
      return { ...base, matched: cls.partner?.name ?? "", organisation: cls.partner?.name ?? "" };
    case "freemail":
      return { ...base, matched: matchedEntry(parsed.domain, policy.freemailDomains) ?? "", ...lookalike };
    default:
      return { ...base, ...lookalike };
  }
}
