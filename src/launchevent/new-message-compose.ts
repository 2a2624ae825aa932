import { officeCall, withDeadline, type Clock } from "../office/async";
import { encodeAnswered } from "../office/answered";
import { setSession } from "../office/session";
import { SESSION_KEYS } from "../office/session-keys";
import { completionGuard } from "./completion-guard";
import type { OfficeLike } from "./send-check";

export interface NewMessageComposeDeps {
  readonly office: () => OfficeLike;
  readonly clock: Clock;
  /** Nothing waits on this event; still, the runtime should not linger. 5 s unless a test says otherwise. */
  readonly budgetMs?: number;
}

/**
 * OnNewMessageCompose (Mailbox 1.10): when a reply or reply-all opens, Outlook has just filled its To and CC from
 * the message being answered. Those addresses go to sessionData, so Send can tell which outside organisations the
 * user added to the thread (new-domain-in-reply). A new mail or a forward stores nothing. Never changes the draft.
 */
export function createNewMessageComposeHandler(deps: NewMessageComposeDeps): (event: unknown) => Promise<void> {
  return async (raw) => {
    const guard = completionGuard(raw as { completed(options?: unknown): void });
    const { clock } = deps;
    const budget = deps.budgetMs || 5000;
    const until = clock.now() + budget;
    const timer = clock.setTimeout(() => guard.complete(), budget + 50);
    try {
      const item = deps.office().context.mailbox?.item as Office.MessageCompose | undefined;
      if (!item || !item.sessionData || typeof item.getComposeTypeAsync !== "function") return;
      const compose = await withDeadline(
        officeCall<unknown>((cb) => item.getComposeTypeAsync(cb as (r: Office.AsyncResult<unknown>) => void)),
        until,
        clock,
      );
      const type = compose.ok && compose.value ? (compose.value as { composeType?: unknown }).composeType : undefined;
      if (type !== "reply") return;
      const fields = await Promise.all(
        (["to", "cc"] as const).map((f) =>
          withDeadline(
            officeCall<Office.EmailAddressDetails[]>((cb) => item[f].getAsync(cb)),
            until,
            clock,
          ),
        ),
      );
      const addresses: string[] = [];
      for (const r of fields) {
        // Without the whole list the check would mistake an original recipient for a new one: store nothing.
        if (!r.ok) return;
        for (const d of r.value || []) if (d && typeof d.emailAddress === "string") addresses.push(d.emailAddress);
      }
      await withDeadline(setSession(item, SESSION_KEYS.answered, encodeAnswered(addresses)), until, clock);
    } catch {
      // Without the list, new-domain-in-reply simply stays silent for this draft.
    } finally {
      clock.clearTimeout(timer);
      guard.complete();
    }
  };
}
