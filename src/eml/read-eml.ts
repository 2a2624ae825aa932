import { decodeWords, type Email, type Header } from "postal-mime";
import { parseAddressList, type ListedMailbox } from "../core/address/address-list";
import type {
  AttachmentInspection,
  AttachmentSnapshot,
  InnerText,
  MessageSnapshot,
  Recipient,
  RecipientField,
} from "../core/message";
import { composeTypeFromSubject } from "../core/compose-type";
import { parseMime } from "./parser";
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

/**
 * How far attached mail (message/rfc822 inside message/rfc822 …) is followed, and how much work that may cost in
 * all: each level re-parses bytes the level above already held, so without a total a small crafted mail could
 * make the reader parse the same megabytes many times over.
 */
export const ATTACHED_MAIL_LIMITS = {
  depth: 4,
  mails: 64,
  bytes: 32 * 1024 * 1024,
  /** Files inside attached mail handed to byte-level inspection. */
  files: 256,
  /** Characters of one attached mail's body scanned for markings. */
  bodyChars: 20_000,
} as const;

/** Files per mail handed to byte-level inspection; real mail has tens, a crafted one may have tens of thousands. */
export const MAX_INSPECTED_FILES = 500;

const NOT_INSPECTED: AttachmentInspection = {
  kind: "other",
  encryption: "unknown",
  texts: [],
  note: `not inspected: the mail has more than ${MAX_INSPECTED_FILES} files`,
};

const MAIL_TYPES: Record<string, boolean> = { "message/rfc822": true, "message/global": true };

// --- Addresses ---

function decodeName(name: string): string {
  try {
    return decodeWords(name).trim();
  } catch {
    return name;
  }
}

/**
 * Recipients from the raw header values, by our own address-list parser: postal-mime's drops what it cannot read
 * (a bare `x@[IPv6:::1]` vanished), and a dropped recipient is a recipient nobody checks.
 */
function recipientsOf(headers: readonly Header[]): Recipient[] {
  const out: Recipient[] = [];
  for (const h of headers) {
    if (h.key !== "to" && h.key !== "cc" && h.key !== "bcc") continue;
    const field: RecipientField = h.key;
    for (const m of parseAddressList(h.value).flatMap(reparseEncoded)) {
      const displayName = m.displayName ? decodeName(m.displayName) : "";
      // An entry we cannot read is still a recipient (it counts as outside); shown decoded, as its sender typed it.
      const address = m.valid ? m.address : decodeName(m.address);
      out.push({ field, address, ...(displayName ? { displayName } : {}) });
    }
  }
  return out;
}

/**
 * Some senders encode a whole `Name <addr>` as one RFC 2047 word; it is read again once decoded, as postal-mime
 * does. A bare encoded address (`=?utf-8?B?dGVzdEBldmlsLmNv?=`) stays invalid: no server would route it.
 */
function reparseEncoded(m: ListedMailbox): ListedMailbox[] {
  if (m.valid || m.address.indexOf("=?") < 0) return [m];
  const decoded = decodeName(m.address);
  if (!/<[^<>@]+@[^<>]+>/.test(decoded)) return [m];
  const again = parseAddressList(decoded);
  return again.length > 0 ? again : [m];
}

function senderOf(email: Email): string | undefined {
  const from = email.headers.find((h) => h.key === "from");
  const mailbox = from ? parseAddressList(from.value).find((m) => m.valid) : undefined;
  return mailbox?.address ?? email.from?.address ?? email.from?.group?.[0]?.address ?? undefined;
}

// --- Attached mail ---

interface Work {
  mails: number;
  bytes: number;
  files: number;
}

interface InnerFile {
  readonly owner: number;
  readonly where: string;
  readonly name: string;
  readonly bytes: Uint8Array;
}

interface AttachedMail {
  /** False when the attached mail itself (not just something inside it) could not be read. */
  read: boolean;
  subject: string;
  readonly texts: InnerText[];
  readonly notes: string[];
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/**
 * The body a recipient is shown. When a mail has both an HTML and a plain-text version, mail programs show the
 * HTML, and the two need not say the same: bulk senders and some web forms put a stub ("HTMLメールを表示できる
 * ソフトでご覧ください") in the plain part and the content, markings included, only in the HTML. So the HTML's text
 * is read, unless the plain part is much the longer.
 */
function bodyOf(email: Email): string {
  const text = email.text ?? "";
  if (!email.html) return text;
  const fromHtml = htmlToText(email.html);
  // The reverse stub exists too (an HTML part that only shows a picture or "see the text version"): a plain part
  // much longer than the HTML's text is the content.
  return fromHtml.trim().length * 2 < text.trim().length ? text : fromHtml;
}

/**
 * Reads one attached mail into marking-relevant texts, following mail attached to it down to the depth limit.
 * Texts of deeper levels carry a prefix ("attached mail › attached mail subject"); the suffix says what the text
 * is. Other files inside are queued for byte-level inspection with the rest of the mail's attachments.
 */
async function readAttachedMail(
  bytes: Uint8Array,
  depth: number,
  owner: number,
  work: Work,
  files: InnerFile[],
  into: AttachedMail,
): Promise<void> {
  const prefix = "attached mail › ".repeat(depth - 1);
  if (depth > ATTACHED_MAIL_LIMITS.depth) {
    into.notes.push(`attached mail nested deeper than ${ATTACHED_MAIL_LIMITS.depth} levels not read`);
    return;
  }
  if (work.mails >= ATTACHED_MAIL_LIMITS.mails || work.bytes + bytes.length > ATTACHED_MAIL_LIMITS.bytes) {
    into.notes.push("attached mail beyond the reading budget not read");
    return;
  }
  work.mails++;
  work.bytes += bytes.length;
  let inner: Email;
  try {
    inner = await parseMime(bytes);
  } catch {
    into.notes.push(`${prefix}attached mail could not be parsed`);
    return;
  }
  const subject = inner.subject ?? "";
  if (depth === 1) {
    into.read = true;
    into.subject = subject;
  }
  const add = (where: string, text: string) => {
    if (text !== "") into.texts.push({ where: prefix + where, text });
  };
  add("attached mail subject", subject);
  add("attached mail body", bodyOf(inner).slice(0, ATTACHED_MAIL_LIMITS.bodyChars));
  for (let k = 0; k < inner.attachments.length; k++) {
    const a = inner.attachments[k]!;
    add("attached mail attachment name", a.filename ?? "");
    const content = toBytes(a.content);
    if (MAIL_TYPES[a.mimeType] === true) {
      await readAttachedMail(content, depth + 1, owner, work, files, into);
    } else if (work.files < ATTACHED_MAIL_LIMITS.files) {
      work.files++;
      const name = a.filename ?? `attachment-${k + 1}`;
      files.push({ owner, where: `${prefix}attached mail › ${name}`, name, bytes: content });
    } else {
      into.notes.push("files in attached mail beyond the inspection budget not inspected");
    }
  }
}

function attachedMailInspection(mail: AttachedMail, inner: readonly InnerInspected[]): AttachmentInspection {
  const notes = dedupe(mail.notes);
  if (!mail.read) {
    return {
      kind: "other",
      encryption: "unknown",
      texts: [],
      note: ["attached mail (message/rfc822)", ...notes].join("; "),
    };
  }
  const texts = [...mail.texts];
  const labels: { id: string; name?: string }[] = [];
  for (const f of inner) {
    for (const t of f.inspection.texts) texts.push({ where: `${f.where} › ${t.where}`, text: t.text });
    for (const l of f.inspection.sensitivityLabels ?? []) labels.push(l);
  }
  const note = ["attached mail (message/rfc822)", ...notes].join("; ");
  return {
    kind: "other",
    encryption: "not-encrypted",
    texts,
    note,
    ...(labels.length ? { sensitivityLabels: labels } : {}),
  };
}

interface InnerInspected {
  readonly where: string;
  readonly inspection: AttachmentInspection;
}

function dedupe(list: readonly string[]): string[] {
  return list.filter((x, i) => list.indexOf(x) === i);
}

/**
 * Reads an .eml as its sender would have had it in the compose window: From is the sender, To/Cc/Bcc are the
 * recipients. Parsing is postal-mime's (RFC 2047 words, RFC 2231 parameters, ISO-2022-JP and Shift_JIS through
 * the platform's TextDecoder) after byte-level repairs (charset.ts). Throws EmlError when the bytes are not a mail.
 */
export async function readEml(bytes: Uint8Array, options: ReadEmlOptions = {}): Promise<EmlMessage> {
  let email: Email;
  try {
    email = await parseMime(bytes);
  } catch (e) {
    throw new EmlError(`cannot parse as MIME: ${(e as Error).message}`);
  }
  const hasHeader = (key: string) => email.headers.some((h) => h.key === key);
  if (!hasHeader("from") && !hasHeader("to") && !hasHeader("cc") && !hasHeader("bcc") && !hasHeader("subject")) {
    throw new EmlError("not an e-mail message: no From, To, Cc, Bcc or Subject header");
  }
  const parts = email.attachments.map((a) => ({ part: a, bytes: toBytes(a.content) }));
  // A mail attached to a mail (forward as attachment) carries markings in its subject, body and attachments just
  // like the outer mail does; it is read down to ATTACHED_MAIL_LIMITS.depth within one budget for the whole mail.
  const work: Work = { mails: 0, bytes: 0, files: 0 };
  const innerFiles: InnerFile[] = [];
  const attachedMails: (AttachedMail | undefined)[] = [];
  for (let i = 0; i < parts.length; i++) {
    const { part, bytes: content } = parts[i]!;
    if (MAIL_TYPES[part.mimeType] !== true) {
      attachedMails.push(undefined);
      continue;
    }
    const mail: AttachedMail = { read: false, subject: "", texts: [], notes: [] };
    await readAttachedMail(content, 1, i, work, innerFiles, mail);
    attachedMails.push(mail);
  }
  const files: EmlAttachment[] = parts.map(({ part, bytes: content }, i) => ({
    // Outlook names an attached item after its subject; do the same when the part has no file name.
    name: part.filename ?? (attachedMails[i]?.subject ? `${attachedMails[i]?.subject}.eml` : `attachment-${i + 1}`),
    bytes: content,
    // Inline means shown inside the body: a picture, or a part the HTML refers to by Content-ID. Apple Mail and
    // iOS write "Content-Disposition: inline" on every attachment (a PDF, a .docx, a ZIP); those are files the
    // recipient receives like any other and are checked as attachments.
    inline:
      (part.related === true && part.contentId !== undefined) ||
      (part.disposition === "inline" && /^image\//i.test(part.mimeType)),
  }));
  // One inspection call for the mail's own files and the files inside attached mail, so the mail-wide caps of the
  // inspector cover both.
  const toInspect = files.filter((_, i) => attachedMails[i] === undefined);
  const queue = [...toInspect, ...innerFiles.map((f) => ({ name: f.name, bytes: f.bytes }))];
  const inspected: (AttachmentInspection | undefined)[] = options.inspect
    ? [...options.inspect(queue.slice(0, MAX_INSPECTED_FILES))]
    : [];
  // Beyond the cap a file is still listed and judged by its name; its contents are marked as not known.
  if (options.inspect) for (let k = MAX_INSPECTED_FILES; k < queue.length; k++) inspected[k] = NOT_INSPECTED;
  const innerByOwner = new Map<number, InnerInspected[]>();
  innerFiles.forEach((f, k) => {
    const inspection = inspected[toInspect.length + k];
    if (!inspection) return;
    const list = innerByOwner.get(f.owner) ?? [];
    list.push({ where: f.where, inspection });
    innerByOwner.set(f.owner, list);
  });
  let own = 0;
  const attachments: AttachmentSnapshot[] = files.map((f, i) => {
    const mail = attachedMails[i];
    const inspection = mail ? attachedMailInspection(mail, innerByOwner.get(i) ?? []) : inspected[own++];
    return { name: f.name, size: f.bytes.length, inline: f.inline, ...(inspection ? { inspection } : {}) };
  });
  const subject = email.subject ?? "";
  const from = senderOf(email);
  const snapshot: MessageSnapshot = {
    ...(from ? { sender: from } : {}),
    recipients: recipientsOf(email.headers),
    subject,
    body: bodyOf(email),
    composeType: composeTypeFromSubject(subject),
    attachments,
  };
  return { snapshot, attachments: files };
}
