import { inspectAttachment } from "../core/attachments/index";
import { langFor } from "../core/i18n/render";
import type { Policy } from "../core/policy/schema";
import { guidanceUrlFor } from "../guidance/slug";
import { runtimeClock } from "../office/async";
import { detectCapabilities, supports as supportsMailbox } from "../office/capabilities";
import { checkDraft } from "../office/check-draft";
import { moveToBcc, readRecipients, removeAttachment, removeRecipients, sendItem, setSubject } from "../office/fixes";
import { findingSetKey } from "../office/finding-key";
import { readPaneContext, watchPaneContext } from "../office/init-context";
import { canDelay, readDelay, releaseDelay } from "../office/delay-delivery";
import { removeSession, setSession } from "../office/session";
import { SESSION_KEYS } from "../office/session-keys";
import { watchItemChanges } from "../office/item-changes";
import type { PaneBackend } from "./backend";

export interface PaneConfig {
  readonly policy: Policy;
  readonly baseUrl: string;
}

/** The pane's host over Office.js: the only file of the pane that touches `Office`. */
export function officeBackend(office: typeof Office, config: PaneConfig): PaneBackend {
  const item = office.context.mailbox.item as Office.MessageCompose;
  const caps = detectCapabilities(office as never);
  const lang = langFor(office.context.displayLanguage);
  const clock = runtimeClock();
  const guidance = guidanceUrlFor(config.policy.guidance, config.baseUrl, lang);
  const supports = (version: string) => supportsMailbox(office as never, version);
  const delays = config.policy.send.delayOutsideMinutes > 0 && canDelay(supports("1.13"), item);
  return {
    lang,
    canSendFromPane: supports("1.15") && typeof (item as { sendAsync?: unknown }).sendAsync === "function",
    guidanceUrl: guidance,
    context: () => readPaneContext(item),
    watchContext: (onContext) =>
      watchPaneContext(
        item,
        (office.EventType as unknown as { InitializationContextChanged?: string }).InitializationContextChanged,
        onContext,
      ),
    async check() {
      const r = await checkDraft(item, caps, config.policy, (bytes) => inspectAttachment(bytes), clock);
      if (!r.ok) return r;
      return {
        ok: true,
        draft: {
          recipients: r.draft.recipients,
          subject: r.draft.subject,
          body: r.draft.body,
          // removeAttachmentAsync does not remove inline attachments (API reference): a fix card can only offer
          // what the call can take away, so an inline image is left to the user, in the body.
          attachments: r.draft.attachments.filter((a) => !a.inline).map((a) => ({ id: a.id, name: a.name })),
        },
        findings: r.findings,
        unread: r.unread,
      };
    },
    watch: (onChange) => watchItemChanges(item, office.EventType as never, onChange),
    async moveToBcc(addresses) {
      const now = await readRecipients(item);
      if (!now.ok) return { moved: [], failed: addresses.map((address) => ({ address, error: now.error })) };
      return moveToBcc(item, now.value, addresses);
    },
    setSubject: (subject) => setSubject(item, subject),
    removeAttachment: (id) => removeAttachment(item, id),
    async removeRecipients(addresses) {
      const now = await readRecipients(item);
      if (!now.ok) return addresses.map((address) => ({ address, error: now.error }));
      return removeRecipients(item, now.value, addresses);
    },
    ...(delays
      ? {
          async heldUntil() {
            const r = await readDelay(item);
            return r.ok && r.value > clock.now() ? r.value : 0;
          },
          async releaseHold() {
            // Marker first: whatever happens to the time, the next Send does not renew the hold. Only the release
            // itself is reported: Office.js documents no way to clear a delivery time (delay-delivery.ts), so the
            // pane must not say "released" because the marker was written.
            await setSession(item, SESSION_KEYS.noDelay, "1");
            const released = await releaseDelay(item, clock.now());
            if (released.ok) await removeSession(item, SESSION_KEYS.delay);
            return released;
          },
        }
      : {}),
    async send(acknowledged) {
      // The send handler runs again on sendAsync; this marker tells it these exact warnings were confirmed here.
      if (acknowledged.length > 0) await setSession(item, SESSION_KEYS.acknowledged, findingSetKey(acknowledged));
      return sendItem(item);
    },
  };
}
