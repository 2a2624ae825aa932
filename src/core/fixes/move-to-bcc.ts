import type { Recipient } from "../message";

/** Outlook's documented limit for one setAsync/addAsync call on a recipient field. */
export const MAX_RECIPIENTS_PER_CALL = 100;

export interface BccMovePlan {
  /** To and CC as they must be after the move (setAsync overwrites). */
  readonly to: readonly Recipient[];
  readonly cc: readonly Recipient[];
  /** Recipients to append to BCC (addAsync appends), in batches of at most 100. */
  readonly bccBatches: readonly (readonly Recipient[])[];
  readonly moved: readonly Recipient[];
}

/**
 * Plans moving the chosen addresses from To/CC to BCC. Matching is case-insensitive on the address; anyone already
 * in BCC is not added twice. The plan is data so the adapter can apply it and report per-recipient failures.
 */
export function planMoveToBcc(recipients: readonly Recipient[], addresses: readonly string[]): BccMovePlan {
  const chosen = new Set(addresses.map((a) => a.toLowerCase()));
  const inBcc = new Set(recipients.filter((r) => r.field === "bcc").map((r) => r.address.toLowerCase()));
  const keep = (field: "to" | "cc") =>
    recipients.filter((r) => r.field === field && !chosen.has(r.address.toLowerCase()));
  const moved: Recipient[] = [];
  const seen = new Set<string>();
  for (const r of recipients) {
    const key = r.address.toLowerCase();
    if (r.field === "bcc" || !chosen.has(key) || seen.has(key)) continue;
    seen.add(key);
    moved.push({ ...r, field: "bcc" });
  }
  const toAdd = moved.filter((r) => !inBcc.has(r.address.toLowerCase()));
  const bccBatches: Recipient[][] = [];
  for (let i = 0; i < toAdd.length; i += MAX_RECIPIENTS_PER_CALL)
    bccBatches.push(toAdd.slice(i, i + MAX_RECIPIENTS_PER_CALL));
  return { to: keep("to"), cc: keep("cc"), bccBatches, moved };
}
