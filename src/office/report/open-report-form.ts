import type { ReportMessage } from "../../core/suspicious/report-message";
import { officeCall } from "../async";
import { textToHtml } from "./html-text";

/**
 * Opens a new message to the report mailbox with the original attached as an Outlook item (forward-as-attachment:
 * unmodified, with all its headers). No server and no sign-in: the user sees the form and presses Send. That Send
 * runs our own send check, which lets mail addressed only to the report mailbox through (launchevent/send-check).
 */

export interface MailboxLike {
  displayNewMessageFormAsync?(form: Office.MessageForm, callback?: (r: Office.AsyncResult<void>) => void): void;
  displayNewMessageForm?(form: Office.MessageForm): void;
}

export type OpenFormResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: "no-item-id" | "unsupported" | "failed"; readonly detail?: string };

/** The attached item's file name: the original subject, with characters Windows refuses in file names replaced. */
export function attachmentName(subject: string): string {
  const clean = subject
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const base = clean === "" ? "original" : clean.slice(0, 200);
  return `${base}.eml`;
}

export function reportForm(report: ReportMessage, itemId: string, originalSubject: string): Office.MessageForm {
  return {
    toRecipients: [report.to],
    subject: report.subject,
    htmlBody: textToHtml(report.bodyText),
    attachments: [{ type: "item", itemId, name: attachmentName(originalSubject) }],
  };
}

export async function openReportForm(
  mailbox: MailboxLike | undefined,
  report: ReportMessage,
  itemId: string | undefined,
  originalSubject: string,
): Promise<OpenFormResult> {
  // Without the item id the original cannot be attached, and a report without it is what this feature replaces.
  if (!itemId) return { ok: false, reason: "no-item-id" };
  if (!mailbox) return { ok: false, reason: "unsupported" };
  const form = reportForm(report, itemId, originalSubject);
  if (typeof mailbox.displayNewMessageFormAsync === "function") {
    const open = mailbox.displayNewMessageFormAsync.bind(mailbox);
    const r = await officeCall<void>((cb) => open(form, cb));
    return r.ok ? { ok: true } : { ok: false, reason: "failed", detail: r.error };
  }
  if (typeof mailbox.displayNewMessageForm === "function") {
    // Mailbox 1.6–1.8: no callback, but a bad argument still throws.
    try {
      mailbox.displayNewMessageForm(form);
      return { ok: true };
    } catch (e) {
      return { ok: false, reason: "failed", detail: e instanceof Error ? e.message : String(e) };
    }
  }
  return { ok: false, reason: "unsupported" };
}
