/** Plain data describing a received message for the stand-in's read mode (Office.MessageRead). */
import type { DraftRecipient } from "./types";

export interface ReceivedAttachmentInit {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  /** Read-mode AttachmentDetails carries a content type (compose mode does not). */
  readonly contentType?: string;
  readonly isInline?: boolean;
  readonly attachmentType?: "file" | "item" | "cloud";
  readonly contentBase64?: string;
}

export interface ReceivedMessage {
  /** item.itemId: an EWS id. */
  itemId: string;
  subject: string;
  from?: DraftRecipient;
  sender?: DraftRecipient;
  to: DraftRecipient[];
  cc: DraftRecipient[];
  /** What getAllInternetHeadersAsync returns: the raw header block (empty for mail sent to oneself, #4773). */
  internetHeaders: string;
  body: { type: "html" | "text"; content: string };
  attachments: ReceivedAttachmentInit[];
  /** The whole message as getAsFileAsync sees it (before base64); built from headers and body when absent. */
  eml?: string;
  /** What a task pane opened with commandId receives from getInitializationContextAsync. */
  initializationContext?: string;
}

export function emptyReceived(partial: Partial<ReceivedMessage> = {}): ReceivedMessage {
  return {
    itemId: "AAMkAGI2TG93AAA=",
    subject: "",
    to: [],
    cc: [],
    internetHeaders: "",
    body: { type: "text", content: "" },
    attachments: [],
    ...partial,
  };
}

/** One displayNewMessageFormAsync / displayNewMessageForm call as the stand-in accepted it. */
export interface MessageFormRecord {
  readonly toRecipients: readonly string[];
  readonly ccRecipients: readonly string[];
  readonly bccRecipients: readonly string[];
  readonly subject: string;
  readonly htmlBody: string;
  readonly attachments: readonly { type: string; name: string; itemId?: string; url?: string; isInline?: boolean }[];
}
