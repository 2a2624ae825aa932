import PostalMime, { type Address, type Email } from "postal-mime";
import type {
  AttachmentInspection,
  AttachmentSnapshot,
  MessageSnapshot,
  Recipient,
  RecipientField,
} from "../core/message";
import { composeTypeFromSubject } from "../core/compose-type";
import { htmlToText } from "./html-to-text";

export class EmlError extends Error {}

export interface EmlAttachment {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly inline: boolean;
}

export interface EmlMessage {
  readonly snapshot: MessageSnapshot;
  readonly attachments: readonly EmlAttachment[];
}

export interface ReadEmlOptions {
  /** Byte-level inspection of each attachment; omitted, attachments are judged by their names only. */
  readonly inspect?: (files: readonly { name: string; bytes: Uint8Array }[]) => readonly AttachmentInspection[];
}

function flatten(list: readonly Address[] | undefined, field: RecipientField): Recipient[] {
  const out: Recipient[] = [];
  for (const a of list ?? []) {
    const members = a.group ?? [a];
    for (const m of members) {
      if (m.address) out.push({ field, address: m.address, ...(m.name ? { displayName: m.name } : {}) });
    }
  }
  return out;
}

/** The marking-relevant text of an attached message/rfc822 part, as an inspection; undefined when unreadable. */
async function readAttachedMail(
  bytes: Uint8Array,
): Promise<{ subject: string; inspection: AttachmentInspection } | undefined> {
  try {
    const inner = await PostalMime.parse(bytes, { attachmentEncoding: "arraybuffer" });
    const subject = inner.subject ?? "";
    const body = inner.text ?? (inner.html ? htmlToText(inner.html) : "");
    const texts = [
      { where: "attached mail subject", text: subject },
      { where: "attached mail body", text: body.slice(0, ATTACHED_MAIL_TEXT_CHARS) },
      ...inner.attachments.map((a) => ({ where: "attached mail attachment name", text: a.filename ?? "" })),
    ].filter((t) => t.text !== "");
    return {
      subject,
      inspection: { kind: "other", encryption: "not-encrypted", texts, note: "attached mail (message/rfc822)" },
    };
  } catch {
    return undefined;
  }
}

const ATTACHED_MAIL_TEXT_CHARS = 20_000;

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/**
 * Reads an .eml as its sender would have had it in the compose window: From is the sender, To/Cc/Bcc are the
 * recipients. Parsing is postal-mime's (RFC 2047 words, RFC 2231 parameters, ISO-2022-JP and Shift_JIS through
 * the platform's TextDecoder). Throws EmlError when the bytes are not a mail at all.
 */
export async function readEml(bytes: Uint8Array, options: ReadEmlOptions = {}): Promise<EmlMessage> {
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: "arraybuffer" });
  } catch (e) {
    throw new EmlError(`cannot parse as MIME: ${(e as Error).message}`);
  }
  const hasHeader = (key: string) => email.headers.some((h) => h.key === key);
  if (!hasHeader("from") && !hasHeader("to") && !hasHeader("cc") && !hasHeader("bcc") && !hasHeader("subject")) {
    throw new EmlError("not an e-mail message: no From, To, Cc, Bcc or Subject header");
  }
  const recipients = [...flatten(email.to, "to"), ...flatten(email.cc, "cc"), ...flatten(email.bcc, "bcc")];
  const parts = email.attachments.map((a) => ({ part: a, bytes: toBytes(a.content) }));
  // A mail attached to a mail (forward as attachment) is read one level deep: its subject, body and attachment
  // names carry markings just like the outer mail's.
  const attachedMails = await Promise.all(
    parts.map(({ part, bytes }) => (part.mimeType === "message/rfc822" ? readAttachedMail(bytes) : undefined)),
  );
  const files: EmlAttachment[] = parts.map(({ part, bytes }, i) => ({
    // Outlook names an attached item after its subject; do the same when the part has no file name.
    name: part.filename ?? (attachedMails[i]?.subject ? `${attachedMails[i]?.subject}.eml` : `attachment-${i + 1}`),
    bytes,
    inline: part.disposition === "inline" || (part.related === true && part.contentId !== undefined),
  }));
  const inspected = options.inspect ? options.inspect(files) : [];
  const inspections = files.map((_, i) => attachedMails[i]?.inspection ?? inspected[i]);
  const attachments: AttachmentSnapshot[] = files.map((f, i) => {
    const inspection = inspections[i];
    return { name: f.name, size: f.bytes.length, inline: f.inline, ...(inspection ? { inspection } : {}) };
  });
  const subject = email.subject ?? "";
  const from = email.from?.address ?? email.from?.group?.[0]?.address;
  const snapshot: MessageSnapshot = {
    ...(from ? { sender: from } : {}),
    recipients,
    subject,
    body: email.text ?? (email.html ? htmlToText(email.html) : ""),
    composeType: composeTypeFromSubject(subject),
    attachments,
  };
  return { snapshot, attachments: files };
}
