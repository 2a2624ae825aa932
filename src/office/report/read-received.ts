import type { AttachmentInspection } from "../../core/message";
import type { MailAddress, ReceivedAttachment, ReceivedMail } from "../../core/suspicious/types";
import { officeCall, type OfficeResult } from "../async";
import { decodeBase64 } from "../base64";

/**
 * Reads a received message (read mode) into the core's ReceivedMail: the whole header block, the sender fields, the
 * attachment list and the HTML body (the link check compares an anchor's shown text with its real target, which the
 * text body has lost). Every read may fail on its own; what failed is reported, and the analysis runs on the rest.
 */

/** The slice of Office.MessageRead this adapter touches; office.js and the stand-in both provide it. */
export interface MessageReadLike {
  readonly itemId?: string;
  readonly subject?: unknown;
  readonly from?: unknown;
  readonly sender?: unknown;
  readonly attachments?: unknown;
  readonly body?: { getAsync?(coercion: string, callback: (r: Office.AsyncResult<string>) => void): void };
  getAllInternetHeadersAsync?(callback: (r: Office.AsyncResult<string>) => void): void;
  getAttachmentContentAsync?(id: string, callback: (r: Office.AsyncResult<Office.AttachmentContent>) => void): void;
  getAsFileAsync?(callback: (r: Office.AsyncResult<string>) => void): void;
  getInitializationContextAsync?(callback: (r: Office.AsyncResult<string>) => void): void;
}

export interface ReceivedRead {
  readonly mail: ReceivedMail;
  readonly itemId: string | undefined;
  readonly subject: string;
  /** Reads that failed ("headers", "body", "attachment:<name>"): the analysis is incomplete, the pane says so. */
  readonly missing: readonly string[];
}

export type ArchiveInspector = (bytes: Uint8Array) => AttachmentInspection;

/** Only archives are opened, and only small ones: the pane must stay quick, and a password ZIP is what we look for. */
const ARCHIVE_NAME = /\.zip$/i;
const MAX_ARCHIVE_BYTES = 10 * 1024 * 1024;

function address(v: unknown): MailAddress | undefined {
  if (!v || typeof v !== "object") return undefined;
  const o = v as { emailAddress?: unknown; displayName?: unknown };
  if (typeof o.emailAddress !== "string" || o.emailAddress === "") return undefined;
  return { emailAddress: o.emailAddress, displayName: typeof o.displayName === "string" ? o.displayName : undefined };
}

interface ListedAttachment extends ReceivedAttachment {
  readonly id: string;
  readonly type: string;
}

// Array.prototype.flatMap is ES2019: this file is bundled into the ES2016 event script, so a plain loop.
function listAttachments(v: unknown): ListedAttachment[] {
  if (!Array.isArray(v)) return [];
  const out: ListedAttachment[] = [];
  for (const a of v as unknown[]) {
    if (!a || typeof a !== "object") continue;
    const o = a as Record<string, unknown>;
    if (typeof o.name !== "string") continue;
    out.push({
      id: typeof o.id === "string" ? o.id : "",
      type: typeof o.attachmentType === "string" ? o.attachmentType : "file",
      name: o.name,
      size: typeof o.size === "number" ? o.size : 0,
      contentType: typeof o.contentType === "string" ? o.contentType : undefined,
      isInline: o.isInline === true,
    });
  }
  return out;
}

interface ArchiveFacts {
  readonly encrypted: boolean;
  readonly entries: readonly string[];
}

async function encryptedArchive(
  item: MessageReadLike,
  a: ListedAttachment,
  inspect: ArchiveInspector,
): Promise<OfficeResult<ArchiveFacts>> {
  if (!item.getAttachmentContentAsync || a.id === "") return { ok: false, error: "no content API" };
  const getContent = item.getAttachmentContentAsync.bind(item);
  const r = await officeCall<Office.AttachmentContent>((cb) => getContent(a.id, cb));
  if (!r.ok) return r;
  if (!r.value || String(r.value.format) !== "base64") return { ok: true, value: { encrypted: false, entries: [] } };
  const bytes = decodeBase64(String(r.value.content));
  if (!bytes) return { ok: false, error: "content is not valid base64" };
  try {
    const found = inspect(bytes);
    // The entry names: a program or shortcut inside the archive is what the archive is there to deliver.
    const entries: string[] = [];
    for (const t of found.texts) if (t.where === "zip entry name") entries.push(t.text);
    return { ok: true, value: { encrypted: found.encryption === "encrypted", entries } };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export async function readReceivedMail(item: MessageReadLike, inspect?: ArchiveInspector): Promise<ReceivedRead> {
  const missing: string[] = [];
  const getHeaders = item.getAllInternetHeadersAsync?.bind(item);
  const getBody = item.body?.getAsync?.bind(item.body);
  const listed = listAttachments(item.attachments);
  const [headers, body, archives] = await Promise.all([
    getHeaders ? officeCall<string>((cb) => getHeaders(cb)) : Promise.resolve(undefined),
    getBody ? officeCall<string>((cb) => getBody("html", cb)) : Promise.resolve(undefined),
    Promise.all(
      listed.map((a) =>
        inspect && a.type === "file" && ARCHIVE_NAME.test(a.name) && a.size <= MAX_ARCHIVE_BYTES
          ? encryptedArchive(item, a, inspect)
          : Promise.resolve(undefined),
      ),
    ),
  ]);
  // An empty header block is what Outlook returns for some items (mail sent to oneself): not an error, but the
  // authentication checks have nothing to read, so the pane should say so.
  if (!headers || !headers.ok || headers.value === "") missing.push("headers");
  if (!body || !body.ok) missing.push("body");
  const attachments: ReceivedAttachment[] = listed.map((a, i) => {
    const r = archives[i];
    if (r && !r.ok) missing.push(`attachment:${a.name}`);
    const rest: ReceivedAttachment = { name: a.name, size: a.size, contentType: a.contentType, isInline: a.isInline };
    return r && r.ok ? { ...rest, encrypted: r.value.encrypted, entries: r.value.entries } : rest;
  });
  const mail: ReceivedMail = {
    from: address(item.from),
    sender: address(item.sender),
    internetHeaders: headers && headers.ok ? String(headers.value ?? "") : "",
    attachments,
    body: body && body.ok ? { type: "html", content: String(body.value ?? "") } : undefined,
    subject: typeof item.subject === "string" ? item.subject : "",
  };
  return {
    mail,
    itemId: typeof item.itemId === "string" && item.itemId !== "" ? item.itemId : undefined,
    subject: mail.subject ?? "",
    missing,
  };
}
