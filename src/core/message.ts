/**
 * The one shape every surface (Outlook, the .eml reader, the simulator) turns a draft into before the engine sees it.
 * It holds only what the checks need, as plain data, so the engine stays pure and a snapshot can be logged or cached.
 */

export type RecipientField = "to" | "cc" | "bcc";

/**
 * Office.MailboxEnums.RecipientType as Outlook reports it. Only Outlook knows it; the CLI and .eml path leave it out.
 * A personal contact group (連絡先グループ) in compose can come back as one entry with no address and the type
 * "distributionList" or "other"; an Exchange distribution list has its address and "distributionList".
 */
export type RecipientType = "user" | "externalUser" | "distributionList" | "other";

export interface Recipient {
  readonly field: RecipientField;
  /** The address as the client gave it (empty for a contact group); normalised by the engine, never trusted. */
  readonly address: string;
  readonly displayName?: string;
  readonly recipientType?: RecipientType;
}

/** Outlook's compose types; a forward matters to 転送禁止. */
export type ComposeType = "new" | "reply" | "forward";

export type AttachmentKind = "zip" | "ooxml" | "cfb" | "pdf" | "other";

export type EncryptionStatus = "encrypted" | "not-encrypted" | "unknown";

/** A piece of text found inside a file, with where it was found (e.g. "word/header1.xml", "sheet name"). */
export interface InnerText {
  readonly where: string;
  readonly text: string;
}

/** What byte-level inspection learnt about one attachment. Produced by core/attachments, cached by adapters. */
export interface AttachmentInspection {
  readonly kind: AttachmentKind;
  readonly encryption: EncryptionStatus;
  /** Text worth scanning for markings: headers, footers, titles, entry names, sensitivity label names. */
  readonly texts: readonly InnerText[];
  /** Microsoft sensitivity label ids and names found in docProps/custom.xml. */
  readonly sensitivityLabels?: readonly { readonly id: string; readonly name?: string }[];
  /** Why the result is "unknown" or partial (cap reached, truncated, corrupt), for the CLI and logs. */
  readonly note?: string;
  /**
   * An archive some of whose files are password-protected and some not: its encryption is "not-encrypted" (the
   * unprotected files travel in the clear), yet it is still a password ZIP as far as PPAP is concerned.
   */
  readonly partlyEncrypted?: boolean;
}

export interface AttachmentSnapshot {
  readonly name: string;
  readonly size: number;
  readonly inline: boolean;
  /** Absent when the bytes could not be read in time; checks then treat encryption as unknown. */
  readonly inspection?: AttachmentInspection;
}

export interface MessageSnapshot {
  readonly sender?: string;
  readonly recipients: readonly Recipient[];
  readonly subject: string;
  /** Plain text of the body (HTML already reduced to text by the adapter). */
  readonly body: string;
  readonly composeType: ComposeType;
  readonly attachments: readonly AttachmentSnapshot[];
  /** The Microsoft Purview sensitivity label on the draft, if the client exposes one. */
  readonly sensitivityLabelId?: string;
  /**
   * For a reply: every address on the message being answered (its sender and its To/CC), when the surface knows
   * them (Outlook: captured when the reply was opened; the CLI: the earlier mail found by In-Reply-To/References).
   * Absent means unknown, and the checks that need it stay silent.
   */
  readonly answeredAddresses?: readonly string[];
}
