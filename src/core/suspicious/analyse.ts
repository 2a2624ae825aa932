import { compilePolicy } from "../policy/compile";
import type { Policy } from "../policy/schema";
import { attachmentSigns } from "./attachment-signs";
import { authSigns } from "./auth-signs";
import { trustedAuthResults, type TrustOptions } from "./auth-results";
import { classifyMailbox } from "./context";
import { addressesInHeader, headerValues, parseHeaderBlock, type HeaderField } from "./headers";
import { linkSigns } from "./link-signs";
import { replyToSigns, returnPathSigns } from "./reply-path-signs";
import { senderSigns } from "./sender-signs";
import { severityRank, type MailAddress, type ReceivedMail, type SuspicionSign } from "./types";

/** When the adapter has no item.from (a stored .eml, say), the header's address is the best we have. */
function fromHeader(fields: readonly HeaderField[]): MailAddress | undefined {
  const address = addressesInHeader(headerValues(fields, "from")[0] ?? "")[0];
  return address ? { emailAddress: address } : undefined;
}

export type AnalyseOptions = TrustOptions;

/**
 * Everything the report pane says about a received mail, strongest first. Pure and total: hostile or malformed
 * input yields fewer signs, never an exception, so the pane can always offer 報告する.
 */
export function analyseReceivedMail(
  input: ReceivedMail,
  policy: Policy,
  options: AnalyseOptions = {},
): SuspicionSign[] {
  const compiled = compilePolicy(policy);
  const fields = parseHeaderBlock(input.internetHeaders);
  const from = classifyMailbox(input.from ?? fromHeader(fields), compiled);
  const sender = classifyMailbox(input.sender, compiled);
  const auth = authSigns(trustedAuthResults(fields, policy.organisation.domains, options), from);
  const signs: SuspicionSign[] = [
    ...auth.signs,
    ...senderSigns(from, sender, policy),
    ...replyToSigns(from, input.replyTo, fields, compiled),
    ...returnPathSigns(from, fields, compiled, auth.fromAuthenticated),
    ...attachmentSigns(input.attachments, input.body),
    ...linkSigns(input.body, compiled),
  ];
  // Ties keep the order above (index tie-break), whatever the engine's sort stability.
  return signs
    .map((s, i) => ({ s, i }))
    .sort((a, b) => severityRank(b.s.severity) - severityRank(a.s.severity) || a.i - b.i)
    .map((x) => x.s);
}
