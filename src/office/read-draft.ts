import { composeTypeFromSubject } from "../core/compose-type";
import type { ComposeType, Recipient, RecipientType } from "../core/message";
import { officeCall, type OfficeResult } from "./async";
import type { Capabilities } from "./capabilities";
import { readSession } from "./session";

/** An attachment as the compose item lists it (no content type in compose mode: bytes decide). */
export interface ListedAttachment {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly inline: boolean;
  readonly type: "file" | "item" | "cloud";
}

/** One entry of getAttachmentsAsync, as the checks need it (messages and appointments alike). */
export function listedAttachment(a: Office.AttachmentDetailsCompose): ListedAttachment {
  return {
    id: String(a.id),
    name: String(a.name),
    size: typeof a.size === "number" ? a.size : 0,
    inline: !!a.isInline,
    type: a.attachmentType === "cloud" ? "cloud" : a.attachmentType === "item" ? "item" : "file",
  };
}

const RECIPIENT_TYPES: readonly string[] = ["user", "externalUser", "distributionList", "other"];

/**
 * One entry of to/cc/bcc.getAsync as a Recipient. A personal contact group can come back as one entry with an
 * empty or missing emailAddress and the type "distributionList" or "other" (office-js #4661, #4242): it is kept with
 * an empty address, so the checks see a group whose members they cannot know. Other entries without an address
 * (nothing resolvable) are skipped as before.
 */
export function recipientOf(field: Recipient["field"], d: Office.EmailAddressDetails | undefined): Recipient | null {
  if (!d) return null;
  const raw = d.recipientType as unknown;
  const type = typeof raw === "string" && RECIPIENT_TYPES.indexOf(raw) >= 0 ? (raw as RecipientType) : undefined;
  const isGroup = type === "distributionList" || type === "other";
  if (typeof d.emailAddress !== "string" && !isGroup) return null;
  return {
    field,
    address: typeof d.emailAddress === "string" ? d.emailAddress : "",
    ...(d.displayName ? { displayName: d.displayName } : {}),
    ...(type ? { recipientType: type } : {}),
  };
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

/** What messages and appointments share: subject, body, attachments, sender, label and sessionData. */
export interface CommonReads {
  readonly subject: OfficeResult<string>;
  readonly body: OfficeResult<string>;
  readonly attachments: OfficeResult<Office.AttachmentDetailsCompose[]>;
  readonly sender: OfficeResult<Office.EmailAddressDetails> | undefined;
  readonly label: OfficeResult<string> | undefined;
  readonly session: OfficeResult<Record<string, string>> | undefined;
}

type ItemWithCommon = Pick<Item, "subject" | "body" | "getAttachmentsAsync" | "sensitivityLabel" | "sessionData">;

/** Starts the shared reads; `sender` is item.from for a message, item.organizer for an appointment. */
export function startCommonReads(
  item: ItemWithCommon,
  caps: Capabilities,
  sender: { getAsync(cb: (r: Office.AsyncResult<Office.EmailAddressDetails>) => void): void } | undefined,
): Promise<CommonReads> {
  return Promise.all([
    officeCall<string>((cb) => item.subject.getAsync(cb)),
    officeCall<string>((cb) => item.body.getAsync("text" as Office.CoercionType, cb)),
    officeCall<Office.AttachmentDetailsCompose[]>((cb) => item.getAttachmentsAsync(cb)),
    sender ? officeCall<Office.EmailAddressDetails>((cb) => sender.getAsync(cb)) : Promise.resolve(undefined),
    caps.sensitivityLabel ? officeCall<string>((cb) => item.sensitivityLabel.getAsync(cb)) : Promise.resolve(undefined),
    caps.sessionData ? readSession(item) : Promise.resolve(undefined),
  ]).then(([subject, body, attachments, sender, label, session]) => ({
    subject,
    body,
    attachments,
    sender,
    label,
    session,
  }));
}

/**
 * The draft from its reads. Recipients (each field under the name its read had), subject, body and the attachment
 * list are required: without them the check cannot decide and the policy's onError does. The rest is best effort.
 */
export function assembleDraft(
  fields: readonly [Recipient["field"], string, OfficeResult<Office.EmailAddressDetails[]>][],
  c: CommonReads,
  composeType: (subject: string) => ComposeType,
): DraftReadResult {
  const errors: string[] = [];
  const need = <T>(name: string, r: OfficeResult<T>): T | undefined => {
    if (r.ok) return r.value;
    errors.push(`${name}: ${r.error}`);
    return undefined;
  };
  const list: Recipient[] = [];
  for (const [field, name, r] of fields) {
    for (const d of need(name, r) || []) {
      const recipient = recipientOf(field, d);
      if (recipient) list.push(recipient);
    }
  }
  const subjectText = need("subject", c.subject);
  const bodyText = need("body", c.body);
  const listed = need("attachments", c.attachments);
  if (errors.length) return { ok: false, errors };
  const subject = typeof subjectText === "string" ? subjectText : "";
  const { sender, label, session } = c;
  return {
    ok: true,
    draft: {
      recipients: list,
      subject,
      body: typeof bodyText === "string" ? bodyText : "",
      composeType: composeType(subject),
      attachments: (listed || []).map(listedAttachment),
      ...(sender && sender.ok && sender.value && sender.value.emailAddress
        ? { sender: sender.value.emailAddress }
        : {}),
      ...(label && label.ok && typeof label.value === "string" && label.value !== ""
        ? { sensitivityLabelId: label.value }
        : {}),
      ...(session && session.ok && session.value && typeof session.value === "object"
        ? { session: session.value }
        : {}),
    },
  };
}

/**
 * Issues every read at once (one round trip however many fields), so Send costs one server latency, not eight.
 * Compose type is best effort too (it falls back to the subject's FW:, as the CLI does).
 */
export async function readDraft(item: Item, caps: Capabilities): Promise<DraftReadResult> {
  const [to, cc, bcc, compose, common] = await Promise.all([
    recipients(item, "to"),
    recipients(item, "cc"),
    recipients(item, "bcc"),
    officeCall<unknown>((cb) => item.getComposeTypeAsync(cb as (r: Office.AsyncResult<unknown>) => void)),
    startCommonReads(item, caps, item.from),
  ]);
  const composeValue = compose.ok ? compose.value : undefined;
  return assembleDraft(
    [
      ["to", "to", to],
      ["cc", "cc", cc],
      ["bcc", "bcc", bcc],
    ],
    common,
    (subject) => composeTypeOf(composeValue, subject),
  );
}
