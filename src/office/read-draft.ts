import { composeTypeFromSubject } from "../core/compose-type";
import type { ComposeType, Recipient } from "../core/message";
import { officeCall, type OfficeResult } from "./async";
import type { Capabilities } from "./capabilities";

/** An attachment as the compose item lists it (no content type in compose mode: bytes decide). */
export interface ListedAttachment {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly inline: boolean;
  readonly type: "file" | "item" | "cloud";
}

/** Everything read from the draft in the first round trip. */
export interface DraftRead {
  readonly recipients: Recipient[];
  readonly subject: string;
  readonly body: string;
  readonly composeType: ComposeType;
  readonly attachments: ListedAttachment[];
  readonly sender?: string;
  readonly sensitivityLabelId?: string;
  /** This add-in's sessionData, or undefined when the client has none or the read failed (then: no cache). */
  readonly session?: Record<string, string>;
}

export type DraftReadResult =
  { readonly ok: true; readonly draft: DraftRead } | { readonly ok: false; readonly errors: string[] };

/** The compose item, typed loosely: the same code runs against office.js and the stand-in. */
type Item = Office.MessageCompose;

function recipients(item: Item, field: "to" | "cc" | "bcc"): Promise<OfficeResult<Office.EmailAddressDetails[]>> {
  return officeCall<Office.EmailAddressDetails[]>((cb) => item[field].getAsync(cb));
}

/** From getComposeTypeAsync's value; when that read failed, from the subject (FW:/転送:), as the CLI does. */
function composeTypeOf(value: unknown, subject: string): ComposeType {
  const t = value && typeof value === "object" ? (value as { composeType?: unknown }).composeType : undefined;
  if (t === "forward" || t === "reply" || t === "newMail") return t === "newMail" ? "new" : t;
  return composeTypeFromSubject(subject);
}

/**
 * Issues every read at once (one round trip however many fields), so Send costs one server latency, not eight.
 * Recipients, subject, body and the attachment list are required: without them the check cannot decide and the
 * policy's onError does. Compose type (falls back to the subject's FW:), sender, sensitivity label and sessionData
 * are best effort.
 */
export async function readDraft(item: Item, caps: Capabilities): Promise<DraftReadResult> {
  const [to, cc, bcc, subject, body, compose, attachments, from, label, session] = await Promise.all([
    recipients(item, "to"),
    recipients(item, "cc"),
    recipients(item, "bcc"),
    officeCall<string>((cb) => item.subject.getAsync(cb)),
    officeCall<string>((cb) => item.body.getAsync("text" as Office.CoercionType, cb)),
    officeCall<unknown>((cb) => item.getComposeTypeAsync(cb as (r: Office.AsyncResult<unknown>) => void)),
    officeCall<Office.AttachmentDetailsCompose[]>((cb) => item.getAttachmentsAsync(cb)),
    item.from ? officeCall<Office.EmailAddressDetails>((cb) => item.from.getAsync(cb)) : Promise.resolve(undefined),
    caps.sensitivityLabel ? officeCall<string>((cb) => item.sensitivityLabel.getAsync(cb)) : Promise.resolve(undefined),
    caps.sessionData
      ? officeCall<Record<string, string>>((cb) =>
          item.sessionData.getAllAsync(cb as (r: Office.AsyncResult<unknown>) => void),
        )
      : Promise.resolve(undefined),
  ]);
  const errors: string[] = [];
  const need = <T>(name: string, r: OfficeResult<T>): T | undefined => {
    if (r.ok) return r.value;
    errors.push(`${name}: ${r.error}`);
    return undefined;
  };
  const list: Recipient[] = [];
  const fields: ["to" | "cc" | "bcc", OfficeResult<Office.EmailAddressDetails[]>][] = [
    ["to", to],
    ["cc", cc],
    ["bcc", bcc],
  ];
  for (const [field, r] of fields) {
    for (const d of need(field, r) || []) {
      if (d && typeof d.emailAddress === "string") {
        list.push({ field, address: d.emailAddress, ...(d.displayName ? { displayName: d.displayName } : {}) });
      }
    }
  }
  const subjectText = need("subject", subject);
  const bodyText = need("body", body);
  const composeValue = compose.ok ? compose.value : undefined;
  const listed = need("attachments", attachments);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      recipients: list,
      subject: typeof subjectText === "string" ? subjectText : "",
      body: typeof bodyText === "string" ? bodyText : "",
      composeType: composeTypeOf(composeValue, typeof subjectText === "string" ? subjectText : ""),
      attachments: (listed || []).map((a) => ({
        id: String(a.id),
        name: String(a.name),
        size: typeof a.size === "number" ? a.size : 0,
        inline: !!a.isInline,
        type: a.attachmentType === "cloud" ? "cloud" : a.attachmentType === "item" ? "item" : "file",
      })),
      ...(from && from.ok && from.value && from.value.emailAddress ? { sender: from.value.emailAddress } : {}),
      ...(label && label.ok && typeof label.value === "string" && label.value !== ""
        ? { sensitivityLabelId: label.value }
        : {}),
      ...(session && session.ok && session.value && typeof session.value === "object"
        ? { session: session.value }
        : {}),
    },
  };
}
