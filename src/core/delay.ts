import { classifyAddress } from "./domains/classify";
import type { MessageSnapshot } from "./message";
import { compilePolicy } from "./policy/compile";
import type { Policy } from "./policy/schema";

/**
 * Delayed delivery for mail that leaves the organisation (policy send.delayOutsideMinutes): the client-side
 * counterpart of the 送信ディレイ that mail gateways sell. Pure: the Office adapter reads and writes the time.
 */

/** True when any recipient (To, CC or BCC) is outside the organisation; partners are outside too. */
export function leavesOrganisation(snapshot: Pick<MessageSnapshot, "recipients">, policy: Policy): boolean {
  const compiled = compilePolicy(policy);
  for (const r of snapshot.recipients) if (classifyAddress(r.address, compiled).kind !== "organisation") return true;
  return false;
}

export type DelayPlan =
  | { readonly kind: "none" }
  /** Hold the mail until `at` (ms since the epoch). */
  | { readonly kind: "set"; readonly at: number }
  /** The delay this add-in set earlier no longer applies (the mail stays inside now): deliver at once. */
  | { readonly kind: "clear" }
  /** The user's own later schedule already holds the mail at least as long: leave it. */
  | { readonly kind: "keep" };

export interface DelayInput {
  readonly now: number;
  readonly minutes: number;
  readonly outside: boolean;
  /** The draft's current delivery time in ms, 0 when none is set. */
  readonly current: number;
  /** The time this add-in set on an earlier Send of the same draft (sessionData), if any. */
  readonly ours?: number;
  /** The user chose "send now" in the fix pane for this draft. */
  readonly declined: boolean;
}

export function planDelay(i: DelayInput): DelayPlan {
  const ourEarlier = i.ours !== undefined && i.current === i.ours;
  if (!i.outside || i.minutes <= 0 || i.declined)
    return ourEarlier && i.current > i.now ? { kind: "clear" } : { kind: "none" };
  const at = i.now + i.minutes * 60_000;
  // A schedule the user set themselves (not ours) that is later than ours is theirs to keep.
  if (i.current >= at && !ourEarlier) return { kind: "keep" };
  return { kind: "set", at };
}
