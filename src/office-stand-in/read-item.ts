import { attachmentContentApi } from "./attachment-content";
import { StandInArgumentError, type Channel } from "./channel";
import type { MessageFormRecord, ReceivedMessage } from "./read-types";
import type { DraftRecipient } from "./types";

/** Documented limits of the read-mode APIs that office.js enforces by throwing before any callback. */
export const READ_LIMITS = {
  recipientsPerField: 100,
  subjectChars: 255,
  /** htmlBody of displayNewMessageForm(Async): 32 KB. */
  htmlBodyChars: 32 * 1024,
  attachmentNameChars: 255,
  /** MessageFormAttachment.itemId: "a string of up to 100 characters". */
  itemIdChars: 100,
} as const;

type Ok<T> = { ok: true; value: T };
const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

const details = (r: DraftRecipient | undefined) =>
  r ? { emailAddress: r.emailAddress, displayName: r.displayName ?? r.emailAddress, recipientType: "other" } : null;

/** UTF-8 then base64, without Node's Buffer (the stand-in also runs in the browser). */
function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i] as number);
  return btoa(binary);
}

function emlOf(m: ReceivedMessage): string {
  if (m.eml !== undefined) return m.eml;
  const type = m.body.type === "html" ? "text/html" : "text/plain";
  const head = m.internetHeaders.replace(/\r?\n$/, "");
  return `${head}\r\nContent-Type: ${type}; charset=UTF-8\r\n\r\n${m.body.content}`;
}

/** Builds `Office.context.mailbox.item` in read mode over a received message. */
export function createReadItem(message: ReceivedMessage, ch: Channel, version: number) {
  const item: Record<string, unknown> = {
    itemType: "message",
    itemId: message.itemId,
    subject: message.subject,
    from: details(message.from),
    sender: details(message.sender ?? message.from),
    to: message.to.map(details),
    cc: message.cc.map(details),
    attachments: message.attachments.map((a) => ({
      id: a.id,
      name: a.name,
      size: a.size,
      contentType: a.contentType ?? "application/octet-stream",
      isInline: a.isInline ?? false,
      attachmentType: a.attachmentType ?? "file",
    })),
    body: {
      getAsync: (...args: unknown[]) => {
        const coercion = args[0];
        if (coercion !== "text" && coercion !== "html") {
          throw new StandInArgumentError("body.getAsync", 'coercionType must be "text" or "html"');
        }
        ch.call("body.getAsync", args, () => {
          const { type, content } = message.body;
          if (coercion === type) return ok(content);
          // A rough conversion is enough here: the pane asks for HTML, tests give whichever they have.
          return ok(coercion === "html" ? `<html><body><pre>${escapeHtml(content)}</pre></body></html>` : content);
        });
      },
    },
    getAttachmentContentAsync: attachmentContentApi(ch, () => message.attachments),
    getAllInternetHeadersAsync: (...args: unknown[]) =>
      ch.call("getAllInternetHeadersAsync", args, () => ok(message.internetHeaders)),
    getInitializationContextAsync: (...args: unknown[]) =>
      ch.call("getInitializationContextAsync", args, () => ok(message.initializationContext ?? "")),
  };
  if (version >= 1.14) {
    item.getAsFileAsync = (...args: unknown[]) => ch.call("getAsFileAsync", args, () => ok(base64Utf8(emlOf(message))));
  }
  return item;
}

function recipientStrings(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new StandInArgumentError("displayNewMessageFormAsync", `${field} is an array`);
  if (value.length > READ_LIMITS.recipientsPerField) {
    throw new StandInArgumentError("displayNewMessageFormAsync", `${field}: at most 100 recipients`);
  }
  return value.map((r: unknown) => {
    if (typeof r === "string") return r;
    if (r && typeof r === "object" && typeof (r as DraftRecipient).emailAddress === "string") {
      return (r as DraftRecipient).emailAddress;
    }
    throw new StandInArgumentError("displayNewMessageFormAsync", `${field}: a string or {emailAddress}`);
  });
}

const FORM_KEYS = ["toRecipients", "ccRecipients", "bccRecipients", "subject", "htmlBody", "attachments"];

/**
 * Validates a MessageForm the way office.js documents it ("if any of the parameters exceed the specified size
 * limits, or if an unknown parameter name is specified, an exception is thrown") and returns what it records.
 */
export function validateMessageForm(params: unknown): MessageFormRecord {
  const api = "displayNewMessageFormAsync";
  if (!params || typeof params !== "object") throw new StandInArgumentError(api, "parameters is an object");
  const p = params as Record<string, unknown>;
  for (const k of Object.keys(p)) if (!FORM_KEYS.includes(k)) throw new StandInArgumentError(api, `unknown ${k}`);
  const subject = p.subject === undefined ? "" : p.subject;
  if (typeof subject !== "string" || subject.length > READ_LIMITS.subjectChars) {
    throw new StandInArgumentError(api, "subject is a string of at most 255 characters");
  }
  const htmlBody = p.htmlBody === undefined ? "" : p.htmlBody;
  if (typeof htmlBody !== "string" || htmlBody.length > READ_LIMITS.htmlBodyChars) {
    throw new StandInArgumentError(api, "htmlBody is a string of at most 32 KB");
  }
  const raw = p.attachments === undefined ? [] : p.attachments;
  if (!Array.isArray(raw)) throw new StandInArgumentError(api, "attachments is an array");
  const attachments = raw.map((a: unknown) => {
    const x = (a ?? {}) as Record<string, unknown>;
    if (x.type !== "file" && x.type !== "item") {
      throw new StandInArgumentError(api, "attachment type must be file or item (base64 and cloud are not supported)");
    }
    if (typeof x.name !== "string" || x.name.length > READ_LIMITS.attachmentNameChars) {
      throw new StandInArgumentError(api, "attachment name is a string of at most 255 characters");
    }
    if (x.type === "item") {
      if (typeof x.itemId !== "string" || x.itemId === "" || x.itemId.length > READ_LIMITS.itemIdChars) {
        throw new StandInArgumentError(api, "item attachment needs an itemId of at most 100 characters");
      }
      return { type: "item", name: x.name, itemId: x.itemId };
    }
    if (typeof x.url !== "string") throw new StandInArgumentError(api, "file attachment needs a url");
    return { type: "file", name: x.name, url: x.url, isInline: x.isInline === true };
  });
  return {
    toRecipients: recipientStrings(p.toRecipients, "toRecipients"),
    ccRecipients: recipientStrings(p.ccRecipients, "ccRecipients"),
    bccRecipients: recipientStrings(p.bccRecipients, "bccRecipients"),
    subject,
    htmlBody,
    attachments,
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}
