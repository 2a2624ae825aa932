import { ERRORS } from "./async-result";
import { attachmentContentApi } from "./attachment-content";
import { StandInArgumentError, type Channel } from "./channel";
import type { ItemEvents } from "./item-events";
import { notificationMessagesApi } from "./notifications";
import type { Draft, DraftAttachment, DraftRecipient } from "./types";

/** Documented limits that office.js enforces by throwing before any callback. */
export const LIMITS = {
  recipientsPerCall: 100,
  headerLineChars: 998,
  subjectChars: 255,
  sessionDataCharsBefore116: 50_000,
  sessionDataChars116: 2_621_440,
} as const;

type Ok<T> = { ok: true; value: T };
const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

function sessionDataSize(data: Record<string, string>): number {
  // Outlook counts the serialised object; JSON length is the closest public description of "characters".
  return JSON.stringify(data).length;
}

function recipientList(value: unknown, api: string): DraftRecipient[] {
  if (!Array.isArray(value)) throw new StandInArgumentError(api, "recipients must be an array");
  if (value.length > LIMITS.recipientsPerCall) {
    throw new StandInArgumentError(api, `NumberOfRecipientsExceeded: at most ${LIMITS.recipientsPerCall} per call`);
  }
  return value.map((r: unknown) => {
    if (typeof r === "string") return { emailAddress: r };
    if (r && typeof r === "object" && typeof (r as DraftRecipient).emailAddress === "string") {
      const d = r as DraftRecipient;
      return {
        emailAddress: d.emailAddress,
        displayName: d.displayName ?? d.emailAddress,
        ...(d.recipientType ? { recipientType: d.recipientType } : {}),
      };
    }
    throw new StandInArgumentError(api, "each recipient is a string or {emailAddress, displayName}");
  });
}

/** Recipients over one draft field; `name` is the property the item exposes it as (requiredAttendees → to). */
export function recipientsApi(
  draft: Draft,
  field: "to" | "cc" | "bcc",
  ch: Channel,
  events: ItemEvents,
  name: string = field,
) {
  const snapshot = () =>
    draft[field].map((r) => ({
      ...(r.addressMissing ? {} : { emailAddress: r.emailAddress }),
      displayName: r.displayName ?? r.emailAddress,
      recipientType: r.recipientType ?? "other",
    }));
  return {
    getAsync: (...args: unknown[]) => ch.call(`${name}.getAsync`, args, () => ok(snapshot())),
    setAsync: (...args: unknown[]) => {
      const list = recipientList(args[0], `${name}.setAsync`);
      ch.call(`${name}.setAsync`, args, () => {
        draft[field] = list;
        events.changed({ kind: "recipients", fields: [field] });
        return ok(undefined);
      });
    },
    addAsync: (...args: unknown[]) => {
      const list = recipientList(args[0], `${name}.addAsync`);
      ch.call(`${name}.addAsync`, args, () => {
        draft[field] = [...draft[field], ...list];
        events.changed({ kind: "recipients", fields: [field] });
        return ok(undefined);
      });
    },
  };
}

/** What an attachment looks like in AttachmentsChanged events and getAttachmentsAsync (no content type). */
export function attachmentDetails(a: DraftAttachment) {
  return {
    id: a.id,
    name: a.name,
    size: a.size,
    isInline: a.isInline ?? false,
    attachmentType: a.attachmentType ?? "file",
  };
}

/** The host's send pipeline (Smart Alerts and all); resolves true when the item went out. */
export type SendPipeline = () => Promise<boolean>;

/** Builds `Office.context.mailbox.item` in compose mode over a mutable draft. */
export function createComposeItem(draft: Draft, ch: Channel, version: number, events: ItemEvents, send: SendPipeline) {
  const sessionQuota = version >= 1.16 ? LIMITS.sessionDataChars116 : LIMITS.sessionDataCharsBefore116;
  const item: Record<string, unknown> = {
    itemType: "message",
    to: recipientsApi(draft, "to", ch, events),
    cc: recipientsApi(draft, "cc", ch, events),
    bcc: recipientsApi(draft, "bcc", ch, events),
    ...events.api(),
    notificationMessages: notificationMessagesApi((draft.notifications = draft.notifications ?? []), ch, () =>
      events.changed({ kind: "notifications" }),
    ),
    from: {
      getAsync: (...args: unknown[]) =>
        ch.call("from.getAsync", args, () =>
          ok(draft.from ? { emailAddress: draft.from.emailAddress, displayName: draft.from.displayName ?? "" } : null),
        ),
    },
    subject: {
      getAsync: (...args: unknown[]) => ch.call("subject.getAsync", args, () => ok(draft.subject)),
      setAsync: (...args: unknown[]) => {
        const s = args[0];
        if (typeof s !== "string") throw new StandInArgumentError("subject.setAsync", "subject must be a string");
        if (s.length > LIMITS.subjectChars) {
          throw new StandInArgumentError("subject.setAsync", `subject is longer than ${LIMITS.subjectChars}`);
        }
        ch.call("subject.setAsync", args, () => {
          draft.subject = s;
          events.changed({ kind: "subject" });
          return ok(undefined);
        });
      },
    },
    body: {
      getAsync: (...args: unknown[]) => {
        const coercion = args[0];
        if (coercion !== "text" && coercion !== "html") {
          throw new StandInArgumentError("body.getAsync", 'coercionType must be "text" or "html"');
        }
        ch.call("body.getAsync", args, () =>
          ok(coercion === "text" ? draft.body : `<html><body>${escapeHtml(draft.body)}</body></html>`),
        );
      },
    },
    getAttachmentsAsync: (...args: unknown[]) =>
      ch.call("getAttachmentsAsync", args, () => ok(draft.attachments.map(attachmentDetails))),
    removeAttachmentAsync: (...args: unknown[]) => {
      if (typeof args[0] !== "string") {
        throw new StandInArgumentError("removeAttachmentAsync", "attachmentId must be a string");
      }
      const id = args[0];
      ch.call("removeAttachmentAsync", args, () => {
        const a = draft.attachments.find((x) => x.id === id);
        if (!a) return { ok: false, error: ERRORS.invalidAttachmentId };
        draft.attachments = draft.attachments.filter((x) => x !== a);
        events.changed({ kind: "attachments", status: "removed", details: attachmentDetails(a) });
        return ok(undefined);
      });
    },
    getAttachmentContentAsync: attachmentContentApi(ch, () => draft.attachments),
    getInitializationContextAsync: (...args: unknown[]) =>
      ch.call("getInitializationContextAsync", args, () => ok(draft.initializationContext ?? "")),
    internetHeaders: {
      getAsync: (...args: unknown[]) => {
        if (!Array.isArray(args[0])) throw new StandInArgumentError("internetHeaders.getAsync", "names is an array");
        const names = args[0] as string[];
        ch.call("internetHeaders.getAsync", args, () => {
          const out: Record<string, string> = {};
          for (const n of names) {
            const key = Object.keys(draft.headers).find((k) => k.toLowerCase() === String(n).toLowerCase());
            if (key !== undefined) out[key] = draft.headers[key] ?? "";
          }
          return ok(out);
        });
      },
      setAsync: (...args: unknown[]) => {
        const headers = args[0];
        if (!headers || typeof headers !== "object") {
          throw new StandInArgumentError("internetHeaders.setAsync", "headers is an object");
        }
        for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
          if (typeof value !== "string") {
            throw new StandInArgumentError("internetHeaders.setAsync", `value of ${name} must be a string`);
          }
          if (name.length + value.length > LIMITS.headerLineChars) {
            throw new StandInArgumentError(
              "internetHeaders.setAsync",
              `header ${name} is longer than ${LIMITS.headerLineChars} characters (name and value)`,
            );
          }
        }
        ch.call("internetHeaders.setAsync", args, () => {
          Object.assign(draft.headers, headers);
          events.changed({ kind: "headers" });
          return ok(undefined);
        });
      },
      removeAsync: (...args: unknown[]) => {
        if (!Array.isArray(args[0])) throw new StandInArgumentError("internetHeaders.removeAsync", "names is an array");
        const names = (args[0] as unknown[]).map((n) => String(n).toLowerCase());
        ch.call("internetHeaders.removeAsync", args, () => {
          for (const k of Object.keys(draft.headers)) if (names.includes(k.toLowerCase())) delete draft.headers[k];
          events.changed({ kind: "headers" });
          return ok(undefined);
        });
      },
    },
  };

  if (version >= 1.1) {
    // Mailbox 1.10 (minor versions are hundredths: 1.10 is 1.1, 1.9 is 1.09); a client below it has no such method.
    item.getComposeTypeAsync = (...args: unknown[]) =>
      ch.call("getComposeTypeAsync", args, () => ok({ composeType: draft.composeType, coercionType: "html" }));
  }

  if (version >= 1.11) {
    item.sessionData = {
      getAsync: (...args: unknown[]) => {
        if (typeof args[0] !== "string") throw new StandInArgumentError("sessionData.getAsync", "name is a string");
        const name = args[0];
        ch.call("sessionData.getAsync", args, () =>
          name in draft.sessionData ? ok(draft.sessionData[name]) : { ok: false, error: ERRORS.keyNotFound },
        );
      },
      getAllAsync: (...args: unknown[]) => ch.call("sessionData.getAllAsync", args, () => ok({ ...draft.sessionData })),
      setAsync: (...args: unknown[]) => {
        const [name, value] = args;
        if (typeof name !== "string") throw new StandInArgumentError("sessionData.setAsync", "name is a string");
        if (typeof value !== "string") throw new StandInArgumentError("sessionData.setAsync", "value is a string");
        ch.call("sessionData.setAsync", args, () => {
          const next = { ...draft.sessionData, [name]: value };
          if (sessionDataSize(next) > sessionQuota) return { ok: false, error: ERRORS.sessionDataFull };
          draft.sessionData = next;
          events.changed({ kind: "session" });
          return ok(undefined);
        });
      },
      removeAsync: (...args: unknown[]) => {
        if (typeof args[0] !== "string") throw new StandInArgumentError("sessionData.removeAsync", "name is a string");
        const name = args[0];
        ch.call("sessionData.removeAsync", args, () => {
          delete draft.sessionData[name];
          events.changed({ kind: "session" });
          return ok(undefined);
        });
      },
      clearAsync: (...args: unknown[]) =>
        ch.call("sessionData.clearAsync", args, () => {
          draft.sessionData = {};
          events.changed({ kind: "session" });
          return ok(undefined);
        }),
    };
  }

  if (version >= 1.13) {
    item.sensitivityLabel = {
      getAsync: (...args: unknown[]) =>
        ch.call("sensitivityLabel.getAsync", args, () => ok(draft.sensitivityLabel ?? "")),
    };
  }

  if (version >= 1.13) {
    // As office.js: getAsync answers a Date, or 0 when no delivery time is set; setAsync throws synchronously on a
    // missing, non-Date or invalid Date (validated before the host is asked). The reference documents `datetime`
    // as "the future date and time" and no way to clear it
    // (https://learn.microsoft.com/javascript/api/outlook/office.delaydeliverytime): what a host does with a time
    // that is not in the future is not documented, so the stand-in takes the strict reading — it fails with the one
    // documented error, InvalidFormatError, and keeps the time it had — so no code here counts on clearing a hold.
    item.delayDeliveryTime = {
      getAsync: (...args: unknown[]) =>
        ch.call("delayDeliveryTime.getAsync", args, () =>
          ok(draft.delayDeliveryTime ? new Date(draft.delayDeliveryTime) : 0),
        ),
      setAsync: (...args: unknown[]) => {
        const at = args[0];
        if (!(at instanceof Date)) throw new StandInArgumentError("delayDeliveryTime.setAsync", "dateTime is a Date");
        if (isNaN(at.getTime())) throw new StandInArgumentError("delayDeliveryTime.setAsync", "dateTime is invalid");
        ch.call("delayDeliveryTime.setAsync", args, () => {
          if (at.getTime() <= ch.now()) return { ok: false as const, error: ERRORS.invalidFormat };
          draft.delayDeliveryTime = at.getTime();
          events.changed({ kind: "delivery" });
          return ok(undefined);
        });
      },
    };
  }

  if (version >= 1.15) {
    // Task panes only (never event handlers). The item goes through the same pipeline as the Send button, so a
    // Smart Alerts add-in's OnMessageSend still runs and may stop it.
    item.sendAsync = (...args: unknown[]) =>
      ch.callAsync("sendAsync", args, async () => {
        if (draft.sent) return ok(undefined);
        return (await send()) ? ok(undefined) : { ok: false as const, error: ERRORS.notSent };
      });
  }

  return item;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

export { sessionDataSize };
