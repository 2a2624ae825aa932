import type { Channel } from "./channel";
import { StandInArgumentError } from "./channel";

/** Office.EventType values the compose item raises (the strings office.js uses at run time). */
export const ITEM_EVENT_TYPES = {
  RecipientsChanged: "olkRecipientsChanged",
  AttachmentsChanged: "olkAttachmentsChanged",
  /** Mailbox 1.15: the Smart Alert's button, pressed while the add-in's pane is open, refreshes it (no relaunch). */
  InitializationContextChanged: "olkInitializationContextChanged",
} as const;

/** What changed in the draft; the simulator's window listens to redraw, the item events derive from it. */
export type DraftChange =
  | { readonly kind: "recipients"; readonly fields: readonly ("to" | "cc" | "bcc")[] }
  | {
      readonly kind: "attachments";
      readonly status: "added" | "removed";
      readonly details: { id: string; name: string; size: number; attachmentType: string; isInline: boolean };
    }
  | { readonly kind: "subject" | "body" | "headers" | "session" | "delivery" | "notifications" | "sent" };

type Handler = (args: Record<string, unknown>) => void;

/**
 * `item.addHandlerAsync` / `removeHandlerAsync` and the events behind them. Outlook raises RecipientsChanged and
 * AttachmentsChanged for every change, whether the user typed it or an add-in called setAsync; handlers run
 * asynchronously. Observers (the simulator's compose window) hear every change, including subject and headers.
 */
export class ItemEvents {
  private readonly handlers = new Map<string, Handler[]>();
  private readonly observers = new Set<(change: DraftChange) => void>();

  constructor(private readonly ch: Channel) {}

  api() {
    const known = Object.values(ITEM_EVENT_TYPES) as string[];
    return {
      addHandlerAsync: (...args: unknown[]) => {
        const [type, handler] = args;
        if (typeof type !== "string" || !known.includes(type)) {
          throw new StandInArgumentError("addHandlerAsync", `unsupported event type ${String(type)}`);
        }
        if (typeof handler !== "function") throw new StandInArgumentError("addHandlerAsync", "handler is a function");
        this.ch.call("addHandlerAsync", args, () => {
          this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler as Handler]);
          return { ok: true, value: undefined };
        });
      },
      // office.js removes every handler of the type; there is no way to remove just one.
      removeHandlerAsync: (...args: unknown[]) => {
        const [type] = args;
        if (typeof type !== "string") throw new StandInArgumentError("removeHandlerAsync", "eventType is a string");
        this.ch.call("removeHandlerAsync", args, () => {
          this.handlers.delete(type);
          return { ok: true, value: undefined };
        });
      },
    };
  }

  /** Listens to every draft change; returns the unsubscribe function. */
  observe(listener: (change: DraftChange) => void): () => void {
    this.observers.add(listener);
    return () => this.observers.delete(listener);
  }

  changed(change: DraftChange): void {
    for (const o of [...this.observers]) o(change);
    if (change.kind === "recipients") {
      const f = change.fields;
      this.raise(ITEM_EVENT_TYPES.RecipientsChanged, {
        changedRecipientFields: { to: f.includes("to"), cc: f.includes("cc"), bcc: f.includes("bcc") },
      });
    } else if (change.kind === "attachments") {
      this.raise(ITEM_EVENT_TYPES.AttachmentsChanged, {
        attachmentStatus: change.status,
        attachmentDetails: change.details,
      });
    }
  }

  /**
   * A pane opened from the dialog while the add-in's pane is already open: Outlook raises InitializationContextChanged
   * with the new contextData in that pane instead of relaunching it. False when no pane listens (it is launched).
   */
  initializationContextChanged(data: string): boolean {
    const type = ITEM_EVENT_TYPES.InitializationContextChanged;
    if (!(this.handlers.get(type) ?? []).length) return false;
    this.raise(type, { initializationContextData: data });
    return true;
  }

  private raise(type: string, args: Record<string, unknown>): void {
    for (const h of this.handlers.get(type) ?? []) this.ch.later(() => h({ type, ...args }));
  }
}

/**
 * The launch event (manifest LaunchEvent Type) Outlook fires for a draft change, with the event's own properties:
 * OnMessageRecipientsChanged carries changedRecipientFields, OnMessageAttachmentsChanged the attachment's status and
 * details. Undefined for changes that fire none. The simulator and tests dispatch the associated handler with it.
 */
export function launchEventFor(
  change: DraftChange,
): { readonly type: string; readonly extras: Record<string, unknown> } | undefined {
  if (change.kind === "recipients") {
    const f = change.fields;
    return {
      type: "OnMessageRecipientsChanged",
      extras: { changedRecipientFields: { to: f.includes("to"), cc: f.includes("cc"), bcc: f.includes("bcc") } },
    };
  }
  if (change.kind === "attachments") {
    return {
      type: "OnMessageAttachmentsChanged",
      extras: { attachmentStatus: change.status, attachmentDetails: change.details },
    };
  }
  return undefined;
}
