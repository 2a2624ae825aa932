import PostalMime, { type Address, type Email } from "postal-mime";
import type {
  AttachmentInspection,
  AttachmentSnapshot,
  MessageSnapshot,
  Recipient,
  RecipientField,
} from "../core/message";
import { composeTypeFromSubject } from "./compose-type";
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
  const files: EmlAttachment[] = email.attachments.map((a, i) => ({
    name: a.filename ?? `attachment-${i + 1}`,
    bytes: toBytes(a.content),
    inline: a.disposition === "inline" || (a.related === true && a.contentId !== undefined),
  }));
  const inspections = options.inspect ? options.inspect(files) : [];
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
