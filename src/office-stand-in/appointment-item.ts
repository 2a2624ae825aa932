import { recipientsApi } from "./compose-item";
import type { Channel } from "./channel";
import type { ItemEvents } from "./item-events";
import type { Draft } from "./types";

/**
 * `Office.context.mailbox.item` when the organizer composes a meeting (AppointmentCompose). Built from the message
 * item so subject, body, attachments, sessionData, sensitivityLabel, item events and sendAsync behave the same; what
 * differs follows the AppointmentCompose reference: attendees instead of recipients (requiredAttendees over the
 * draft's `to`, optionalAttendees over `cc`, no bcc), `organizer` instead of `from`, and no internetHeaders,
 * getComposeTypeAsync or delayDeliveryTime (they exist on MessageCompose only).
 */
export function createAppointmentItem(
  message: Record<string, unknown>,
  draft: Draft,
  ch: Channel,
  events: ItemEvents,
): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const key of Object.keys(message)) {
    if (["to", "cc", "bcc", "from", "internetHeaders", "getComposeTypeAsync", "delayDeliveryTime"].indexOf(key) < 0)
      item[key] = message[key];
  }
  item.itemType = "appointment";
  item.requiredAttendees = recipientsApi(draft, "to", ch, events, "requiredAttendees");
  item.optionalAttendees = recipientsApi(draft, "cc", ch, events, "optionalAttendees");
  item.organizer = {
    getAsync: (...args: unknown[]) =>
      ch.call("organizer.getAsync", args, () => ({
        ok: true as const,
        value: draft.from ? { emailAddress: draft.from.emailAddress, displayName: draft.from.displayName ?? "" } : null,
      })),
  };
  return item;
}
