import type { StandInNotification } from "./notifications";
/** Plain data describing the draft and the client the stand-in pretends to be. */

export type MailboxVersion = "1.8" | "1.9" | "1.10" | "1.11" | "1.12" | "1.13" | "1.14" | "1.15" | "1.16";

export const MAILBOX_VERSIONS: readonly MailboxVersion[] = [
  "1.8",
  "1.9",
  "1.10",
  "1.11",
  "1.12",
  "1.13",
  "1.14",
  "1.15",
  "1.16",
];

/**
 * One entry of a recipient field, as EmailAddressDetails describes it (Office.MailboxEnums.RecipientType). A
 * personal contact group in compose can be one entry with an empty address, or none at all, and the type
 * "distributionList" or "other" (office-js #4661, #4242): write `emailAddress: ""` for the first and add
 * `addressMissing: true` for the second. An Exchange distribution list has its address and "distributionList".
 */
export interface DraftRecipient {
  readonly emailAddress: string;
  readonly displayName?: string;
  readonly recipientType?: "user" | "externalUser" | "distributionList" | "other";
  /** getAsync leaves emailAddress out of this entry, as some clients do for a contact group. */
  readonly addressMissing?: boolean;
}

export interface DraftAttachment {
  /** Outlook's id: an index in classic Outlook, an opaque string on the web; the stand-in lets the test choose. */
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly isInline?: boolean;
  readonly attachmentType?: "file" | "item" | "cloud";
  /** Base64 of the file's bytes (what getAttachmentContentAsync returns for a file). */
  readonly contentBase64?: string;
}

export interface Draft {
  from?: DraftRecipient;
  to: DraftRecipient[];
  cc: DraftRecipient[];
  bcc: DraftRecipient[];
  subject: string;
  /** The body as text (getAsync with CoercionType.Text). */
  body: string;
  composeType: "newMail" | "reply" | "forward";
  attachments: DraftAttachment[];
  sensitivityLabel?: string;
  /** Internet headers set on the draft (name → value). */
  headers: Record<string, string>;
  /** This add-in's sessionData (name → value). */
  sessionData: Record<string, string>;
  /** What the Smart Alerts dialog handed to the task pane (getInitializationContextAsync). */
  initializationContext?: string;
  /** Scheduled delivery (item.delayDeliveryTime, Mailbox 1.13) in ms since the epoch; absent or 0: none. */
  delayDeliveryTime?: number;
  /** The item's notifications (item.notificationMessages), in the order they were added. */
  notifications?: StandInNotification[];
  /** Set once the item went out (the Send button or sendAsync); a sent item changes no more. */
  sent?: boolean;
}

export function emptyDraft(partial: Partial<Draft> = {}): Draft {
  return {
    to: [],
    cc: [],
    bcc: [],
    subject: "",
    body: "",
    composeType: "newMail",
    attachments: [],
    headers: {},
    sessionData: {},
    ...partial,
  };
}
