import { parseAddress, type NormalisedAddress } from "../address/parse-address";
import { classifyDomain, type DomainClass } from "../domains/classify";
import type { CompiledPolicy } from "../policy/compile";
import type { MailAddress } from "./types";

/** A mailbox from the mail, parsed and classified once, with the name the sender chose to show. */
export interface ClassifiedMailbox extends NormalisedAddress {
  readonly displayName: string;
  readonly cls: DomainClass;
}

/**
 * An address is at most 254 characters (RFC 5321); written with full-width or IDN characters a little more. Longer
 * strings are refused before NFKC and IDNA, whose cost grows faster than the length on hostile input.
 */
export const MAX_ADDRESS_INPUT = 1024;

export function classifyMailbox(m: MailAddress | undefined, compiled: CompiledPolicy): ClassifiedMailbox | undefined {
  if (!m || typeof m.emailAddress !== "string" || m.emailAddress.length > MAX_ADDRESS_INPUT) return undefined;
  const parsed = parseAddress(m.emailAddress);
  if (!parsed) return undefined;
  return {
    ...parsed,
    displayName: typeof m.displayName === "string" ? m.displayName : "",
    cls: classifyDomain(parsed.domain, compiled),
  };
}

/** Two mailboxes belong to one organisation when their orgKeys match (a partner's domains share one key). */
export function sameOrganisation(a: ClassifiedMailbox, b: ClassifiedMailbox): boolean {
  // Free-mail domains are shared by millions of strangers: there only the same address is the same party.
  if (a.cls.kind === "freemail" || b.cls.kind === "freemail")
    return a.address.toLowerCase() === b.address.toLowerCase();
  return a.cls.orgKey === b.cls.orgKey;
}
