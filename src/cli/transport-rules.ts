import { createHash } from "node:crypto";
import type { Policy } from "../core/policy/schema";
import { renderScript } from "../core/transport/powershell";
import { transportRules, TRANSPORT_HEADER, type RuleMode } from "../core/transport/rules";

/** The same hash the build embeds in the add-in (sha256 of the validated policy, 12 hex digits). */
export function policyHash(policy: Policy): string {
  return createHash("sha256").update(JSON.stringify(policy)).digest("hex").slice(0, 12);
}

export const RULE_MODES: Record<string, RuleMode> = {
  enforce: "Enforce",
  audit: "Audit",
  "audit-and-notify": "AuditAndNotify",
};

/** The PowerShell script for `sendcheck policy export-transport-rules`. */
export function transportRulesScript(policy: Policy, mode: RuleMode): string {
  const hash = policyHash(policy);
  const rules = transportRules(policy, { mode, policyHash: hash });
  const header = [
    `sendcheck: Exchange Online mail flow rules for ${policy.organisation.name} (policy ${hash}, mode ${mode}).`,
    "Run in Exchange Online PowerShell after Connect-ExchangeOnline. Save as UTF-8 with BOM (--out does) so",
    "Windows PowerShell 5.1 reads the Japanese text correctly.",
    `SentToScope NotInOrganization uses the tenant's accepted domains; they should cover ${policy.organisation.domains.join(", ")}.`,
    "Before re-running, remove the previous version:",
    "Get-TransportRule | Where-Object { $_.Name -like 'sendcheck:*' } | Remove-TransportRule -Confirm:$false",
    `Tagged mail carries the header ${TRANSPORT_HEADER}; the add-in's own record is X-SendCheck.`,
  ];
  if (rules.length === 0) header.push("The policy turns external-confidential off: there is nothing to enforce.");
  return renderScript(header, rules);
}
