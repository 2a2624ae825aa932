/**
 * The read-mode side of the core: what an adapter hands over about a received mail, and the signs the analysis
 * returns. Plain data only, so the pane, the integrated Report button and the tests share one shape.
 */

/** A mailbox as Office gives it (EmailAddressDetails): the real address and the name the sender chose to show. */
export interface MailAddress {
  readonly emailAddress: string;
  readonly displayName?: string;
}

export interface ReceivedAttachment {
  readonly name: string;
  readonly size: number;
  /** Read-mode AttachmentDetails has it; a hint only, since the sender chose it. */
  readonly contentType?: string;
  readonly isInline?: boolean;
  /** Set when the adapter inspected the bytes (core/attachments) and found a password-protected archive. */
  readonly encrypted?: boolean;
  /** Names of the files inside an archive, when the adapter inspected it (readable even when it is encrypted). */
  readonly entries?: readonly string[];
}

export interface ReceivedBody {
  readonly type: "html" | "text";
  readonly content: string;
}

export interface ReceivedMail {
  /** item.from: the header From, as Outlook shows it. */
  readonly from?: MailAddress;
  /** item.sender: differs from `from` when someone sent on behalf of someone else. */
  readonly sender?: MailAddress;
  /** Reply-To, if the adapter has it; otherwise it is read from `internetHeaders`. */
  readonly replyTo?: readonly MailAddress[];
  /** The raw header block from getAllInternetHeadersAsync (empty for some items, e.g. mail sent to oneself). */
  readonly internetHeaders?: string;
  readonly attachments?: readonly ReceivedAttachment[];
  readonly body?: ReceivedBody;
  readonly subject?: string;
}

export type SignSeverity = "info" | "warn" | "high";

/** Sign ids are a contract with the pane, the report body and the desk's filters: never rename one. */
export const SIGN_IDS = [
  "auth-from-unverified",
  "auth-spf-fail",
  "auth-dkim-fail",
  "auth-not-verified",
  "display-name-address",
  "display-name-organisation",
  "sender-lookalike",
  "freemail-official",
  "sender-on-behalf",
  "reply-to-elsewhere",
  "return-path-elsewhere",
  "attachment-executable",
  "attachment-disk-image",
  "attachment-html",
  "attachment-macro",
  "attachment-password-zip",
  "attachment-double-extension",
  "attachment-bidi-control",
  "link-text-mismatch",
  "link-lookalike",
] as const;

export type SignId = (typeof SIGN_IDS)[number];

export type SignValue = string | number | readonly string[];
export type SignData = Readonly<Record<string, SignValue>>;

/** One thing that looks suspicious. Carries a message id and data, never finished text: the catalogs make that. */
export interface SuspicionSign {
  readonly id: SignId;
  readonly severity: SignSeverity;
  readonly messageId: string;
  readonly data: SignData;
}

const SEVERITY_RANK: Readonly<Record<SignSeverity, number>> = { info: 0, warn: 1, high: 2 };

export function severityRank(s: SignSeverity): number {
  return SEVERITY_RANK[s];
}
