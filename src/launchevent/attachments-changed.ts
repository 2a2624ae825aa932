import { withDeadline, type Clock } from "../office/async";
import { attachmentKey, encodeInspection } from "../office/attachment-cache";
import { readAndInspect, type Inspector } from "../office/inspect-attachments";
import { removeSession, setSession } from "../office/session";
import { completionGuard } from "./completion-guard";
import { composeBudget, refreshNotice } from "./compose-notice";
import type { SendCheckConfig } from "./config";
import type { OfficeLike } from "./send-check";

export interface AttachmentsChangedDeps {
  readonly office: () => OfficeLike;
  readonly config: SendCheckConfig;
  readonly clock: Clock;
  readonly inspect: Inspector;
}

interface AttachmentsChangedEvent {
  completed(options?: unknown): void;
  readonly attachmentStatus?: string;
  readonly attachmentDetails?: { id?: unknown; name?: unknown; size?: unknown; attachmentType?: unknown };
}

/**
 * OnMessageAttachmentsChanged: inspect the one attachment added (or forget the one removed) and cache the compact
 * result in sessionData, so Send needs no extra round trip; then refresh the early-warning notice (compose-notice.ts).
 * Nothing here affects the mail; any failure only means Send inspects the file itself. In classic Outlook each event starts a fresh runtime: sessionData is the only
 * thing that survives until Send.
 */
export function createAttachmentsChangedHandler(deps: AttachmentsChangedDeps): (event: unknown) => Promise<void> {
  return async (raw) => {
    const event = raw as AttachmentsChangedEvent;
    const guard = completionGuard(event);
    const { clock } = deps;
    // No dialog waits on this event, but the runtime should not linger: a generous, still bounded, budget.
    const until = clock.now() + composeBudget(deps.config);
    const timer = clock.setTimeout(() => guard.complete(), until - clock.now() + 50);
    try {
      // A failed cache still leaves the notice to refresh (Send then reads that file itself).
      await cacheChange(deps, event, until).catch(() => undefined);
      // Early warning: the notice reflects the new attachment set (its inspection is cached now, not read again).
      await refreshNotice(deps, until);
    } catch {
      // Caching and the notice are optimisations: whatever went wrong, Send still checks the attachment.
    } finally {
      clock.clearTimeout(timer);
      guard.complete();
    }
  };
}

/** Inspects the one attachment added (or forgets the one removed) into sessionData. */
async function cacheChange(deps: AttachmentsChangedDeps, event: AttachmentsChangedEvent, until: number): Promise<void> {
  const { clock } = deps;
  const item = deps.office().context.mailbox?.item as Office.MessageCompose | undefined;
  const d = event.attachmentDetails;
  if (!item || !item.sessionData || !d || typeof d.name !== "string" || typeof d.id !== "string") return;
  const size = typeof d.size === "number" ? d.size : 0;
  const key = attachmentKey(d.name, size);
  if (event.attachmentStatus === "removed") {
    await withDeadline(removeSession(item, key), until, clock);
    return;
  }
  if (d.attachmentType !== undefined && d.attachmentType !== "file") return;
  const listed = { id: d.id, name: d.name, size, inline: false, type: "file" as const };
  const r = await readAndInspect(item, listed, deps.inspect, until, clock);
  if (!r.inspection) return;
  const extraWords = deps.config.policy.labels.extraWords.map((w) => w.word);
  const encoded = encodeInspection(d.name, r.inspection, extraWords);
  // A full sessionData makes this write fail; Send will then read the file itself.
  if (encoded !== undefined) await withDeadline(setSession(item, key, encoded), until, clock);
}
