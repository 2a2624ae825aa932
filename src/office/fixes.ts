import { MAX_RECIPIENTS_PER_CALL, planMoveToBcc } from "../core/fixes/move-to-bcc";
import type { Recipient, RecipientField } from "../core/message";
import { officeCall, type OfficeResult } from "./async";
import { recipientOf } from "./read-draft";

/**
 * The fix pane's writes to the draft. office.js throws on more than 100 recipients per call and on a subject over
 * 255 characters, so every call is sized before it is made; failures come back as values, per recipient where
 * that is what the user needs to see.
 */

export interface RecipientFailure {
  readonly address: string;
  readonly error: string;
}

export interface MoveResult {
  /** Addresses now only in BCC. */
  readonly moved: readonly string[];
  /** Addresses that did not move and stay visible in To/CC (or sit in both), with the reason. */
  readonly failed: readonly RecipientFailure[];
}

type Item = Office.MessageCompose;
const key = (a: string) => a.trim().toLowerCase();
const details = (r: Recipient): Office.EmailAddressDetails =>
  ({ emailAddress: r.address, displayName: r.displayName ?? r.address }) as Office.EmailAddressDetails;

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += MAX_RECIPIENTS_PER_CALL) out.push(list.slice(i, i + MAX_RECIPIENTS_PER_CALL));
  return out;
}

/**
 * Fields that hold an entry without an address (a personal contact group). office.js writes addresses only, so
 * rewriting such a field with setAsync would drop the group from the mail: those fields are never rewritten, and
 * whoever would need that is reported as not moved, with the reason.
 */
function fieldsWithGroups(recipients: readonly Recipient[]): Set<RecipientField> {
  return new Set(recipients.filter((r) => r.address.trim() === "").map((r) => r.field));
}

const groupError = (field: RecipientField) =>
  `${field.toUpperCase()} holds a contact group without an address, which Outlook cannot rewrite without dropping it: move it by hand`;

/** Replaces a field: setAsync overwrites with the first 100, addAsync appends the rest one batch at a time. */
export async function setRecipientField(
  item: Item,
  field: RecipientField,
  list: readonly Recipient[],
): Promise<OfficeResult<void>> {
  const [first = [], ...rest] = chunks(list);
  const set = await officeCall<void>((cb) => item[field].setAsync(first.map(details), cb));
  if (!set.ok) return set;
  for (const batch of rest) {
    const added = await officeCall<void>((cb) => item[field].addAsync(batch.map(details), cb));
    if (!added.ok) return added;
  }
  return { ok: true, value: undefined };
}

/**
 * Moves the chosen To/CC addresses to BCC. BCC is written first (addAsync appends, ≤100 per call), and To/CC are
 * rewritten only afterwards without the addresses that made it, so a failure never drops a recipient from the
 * mail: whoever failed to reach BCC stays in To/CC and is reported.
 */
export async function moveToBcc(
  item: Item,
  recipients: readonly Recipient[],
  addresses: readonly string[],
): Promise<MoveResult> {
  const locked = fieldsWithGroups(recipients);
  const failedAdd = new Map<string, string>();
  for (const r of recipients) {
    if (r.field !== "bcc" && locked.has(r.field) && addresses.some((a) => key(a) === key(r.address)))
      failedAdd.set(key(r.address), groupError(r.field));
  }
  const plan = planMoveToBcc(
    recipients,
    addresses.filter((a) => !failedAdd.has(key(a))),
  );
  for (const batch of plan.bccBatches) {
    const r = await officeCall<void>((cb) => item.bcc.addAsync(batch.map(details), cb));
    if (!r.ok) for (const rec of batch) failedAdd.set(key(rec.address), r.error);
  }
  const moving = new Set(plan.moved.map((r) => key(r.address)).filter((a) => !failedAdd.has(a)));
  const failed: RecipientFailure[] = [...failedAdd].map(([address, error]) => ({ address, error }));
  const fields: ("to" | "cc")[] = ["to", "cc"];
  const rewrites = await Promise.all(
    fields.map(async (field) => {
      const current = recipients.filter((r) => r.field === field);
      const keep = current.filter((r) => !moving.has(key(r.address)));
      if (keep.length === current.length) return { field, ok: true as const, leaving: [] as string[] };
      const r = await setRecipientField(item, field, keep);
      const leaving = current.filter((x) => moving.has(key(x.address))).map((x) => key(x.address));
      return r.ok ? { field, ok: true as const, leaving } : { field, ok: false as const, leaving, error: r.error };
    }),
  );
  for (const w of rewrites) {
    if (w.ok) continue;
    for (const a of w.leaving) {
      moving.delete(a);
      failed.push({ address: a, error: `${w.field.toUpperCase()}: ${w.error}` });
    }
  }
  const original = new Map(recipients.map((r) => [key(r.address), r.address]));
  return {
    moved: [...moving].map((a) => original.get(a) ?? a),
    failed: failed.map((f) => ({ ...f, address: original.get(f.address) ?? f.address })),
  };
}

/** Removes the given addresses from whichever fields hold them; one failure per field is reported per address. */
export async function removeRecipients(
  item: Item,
  recipients: readonly Recipient[],
  addresses: readonly string[],
): Promise<RecipientFailure[]> {
  const gone = new Set(addresses.map(key));
  const locked = fieldsWithGroups(recipients);
  const fields: RecipientField[] = ["to", "cc", "bcc"];
  const results = await Promise.all(
    fields.map(async (field) => {
      const current = recipients.filter((r) => r.field === field);
      const keep = current.filter((r) => !gone.has(key(r.address)));
      if (keep.length === current.length) return [];
      const r = locked.has(field)
        ? { ok: false as const, error: groupError(field) }
        : await setRecipientField(item, field, keep);
      if (r.ok) return [];
      return current.filter((x) => gone.has(key(x.address))).map((x) => ({ address: x.address, error: r.error }));
    }),
  );
  return ([] as RecipientFailure[]).concat(...results);
}

/** Outlook's limit for a subject; office.js throws above it. */
export const MAX_SUBJECT_CHARS = 255;

export function setSubject(item: Item, subject: string): Promise<OfficeResult<void>> {
  if (subject.length > MAX_SUBJECT_CHARS) {
    return Promise.resolve({ ok: false, error: "the subject would be longer than 255 characters", code: "TooLong" });
  }
  return officeCall<void>((cb) => item.subject.setAsync(subject, cb));
}

export function removeAttachment(item: Item, id: string): Promise<OfficeResult<void>> {
  return officeCall<void>((cb) => item.removeAttachmentAsync(id, cb));
}

/**
 * Sends the draft from the task pane (Mailbox 1.15). Outlook runs the send check again on the way out; code after
 * a successful send may never run, so callers do their bookkeeping first.
 */
export function sendItem(item: Item): Promise<OfficeResult<void>> {
  if (typeof (item as { sendAsync?: unknown }).sendAsync !== "function") {
    return Promise.resolve({ ok: false, error: "sendAsync is not available", code: "Unsupported" });
  }
  return officeCall<void>((cb) => item.sendAsync(cb));
}

/** The recipients as they are now: every write starts from a fresh read, so nothing the user just typed is lost. */
export async function readRecipients(item: Item): Promise<OfficeResult<Recipient[]>> {
  const fields: RecipientField[] = ["to", "cc", "bcc"];
  const results = await Promise.all(
    fields.map((f) => officeCall<Office.EmailAddressDetails[]>((cb) => item[f].getAsync(cb))),
  );
  const out: Recipient[] = [];
  for (let i = 0; i < fields.length; i++) {
    const r = results[i] as OfficeResult<Office.EmailAddressDetails[]>;
    if (!r.ok) return r;
    for (const d of r.value || []) {
      const recipient = recipientOf(fields[i] as RecipientField, d);
      if (recipient) out.push(recipient);
    }
  }
  return { ok: true, value: out };
}
