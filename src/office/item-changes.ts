import { officeCall } from "./async";

interface EventTypes {
  readonly RecipientsChanged?: string;
  readonly AttachmentsChanged?: string;
}

/**
 * Calls `onChange` whenever Outlook reports that recipients or attachments changed (Office.EventType
 * RecipientsChanged, Mailbox 1.7; AttachmentsChanged, 1.8). Subject and body raise no event: the pane re-reads them
 * on every re-evaluation. Returns a function that removes the handlers.
 */
export async function watchItemChanges(
  item: Office.MessageCompose,
  eventTypes: EventTypes | undefined,
  onChange: () => void,
): Promise<() => void> {
  const types = [
    (eventTypes && eventTypes.RecipientsChanged) || "olkRecipientsChanged",
    (eventTypes && eventTypes.AttachmentsChanged) || "olkAttachmentsChanged",
  ];
  if (typeof item.addHandlerAsync !== "function") return () => undefined;
  const added: string[] = [];
  for (const type of types) {
    const r = await officeCall<void>((cb) =>
      item.addHandlerAsync(type as unknown as Office.EventType, () => onChange(), cb),
    );
    if (r.ok) added.push(type);
  }
  return () => {
    for (const type of added)
      void officeCall<void>((cb) => item.removeHandlerAsync(type as unknown as Office.EventType, cb));
  };
}
