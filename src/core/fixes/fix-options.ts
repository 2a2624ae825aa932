import type { Finding } from "../checks/types";

/** What the fix pane can offer for a finding. Automatic fixes change the draft; a checklist asks the user to act. */
export type FixOption =
  | { readonly kind: "move-to-bcc"; readonly addresses: readonly string[] }
  | { readonly kind: "mark-subject"; readonly level: number }
  | { readonly kind: "remove-recipients"; readonly addresses: readonly string[] }
  | { readonly kind: "remove-attachment"; readonly attachment: string }
  | {
      /**
       * Ways to stop sending these files as they are. Whether a file is encrypted is something the add-in checks
       * itself (it re-inspects every attachment change), so there is deliberately no tick that says "encrypted".
       */
      readonly kind: "attachment-choices";
      readonly attachments: readonly string[];
      readonly choices: readonly AttachmentChoice[];
    }
  | { readonly kind: "checklist"; readonly items: readonly ChecklistItem[] };

/** remove: send without the file; replace-encrypted: attach an encrypted copy instead; share-link: a storage link. */
export type AttachmentChoice = "remove" | "replace-encrypted" | "share-link";

/** Checklist items are message ids in the catalogs (fix.* keys), so the pane says them in the user's language. */
export type ChecklistItem =
  | "fix.ask-owner"
  | "fix.encrypt-file"
  | "fix.use-storage-link"
  | "fix.password-other-route"
  | "fix.get-permission"
  | "fix.check-recipients"
  | "fix.use-work-address"
  | "fix.do-not-send";

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : []);

function attachmentsIn(where: unknown): string[] {
  return list(where)
    .filter((w) => w.startsWith("attachment:"))
    .map((w) => w.slice("attachment:".length));
}

/**
 * The fixes that make sense for one finding, most direct first. Checklist items are only what the user alone can
 * know (whom they asked, how they will pass a password on); nothing the add-in can see for itself is ever ticked,
 * and a block gets no checklist at all because no tick can lift it.
 */
export function fixesFor(finding: Pick<Finding, "check" | "messageId" | "data" | "action">): FixOption[] {
  const d = finding.data;
  switch (finding.check) {
    case "bcc-expected":
      return [{ kind: "move-to-bcc", addresses: list(d.recipients) }];
    case "lookalike-domain":
      return [
        { kind: "remove-recipients", addresses: list(d.recipients) },
        { kind: "checklist", items: ["fix.check-recipients"] },
      ];
    case "new-domain-in-reply":
      return [
        { kind: "remove-recipients", addresses: list(d.recipients) },
        { kind: "checklist", items: ["fix.check-recipients"] },
      ];
    case "freemail-recipient":
      // "I will use their work address" cannot be ticked while the personal address is still in the mail.
      return [{ kind: "remove-recipients", addresses: list(d.recipients) }];
    case "label-inheritance":
      return [{ kind: "mark-subject", level: typeof d.level === "number" ? d.level : 2 }];
    case "external-confidential": {
      const removals = attachmentsIn(d.where).map((attachment) => ({ kind: "remove-attachment" as const, attachment }));
      if (finding.action === "block") return removals;
      return [...removals, { kind: "checklist", items: ["fix.ask-owner"] }];
    }
    case "handling-restriction": {
      const removals = attachmentsIn(d.where).map((attachment) => ({ kind: "remove-attachment" as const, attachment }));
      if (finding.action === "block" || finding.messageId === "handling-restriction.no-send") return removals;
      return [...removals, { kind: "checklist", items: ["fix.get-permission"] }];
    }
    case "unencrypted-attachment":
      return [
        {
          kind: "attachment-choices",
          attachments: list(d.attachments ?? d.attachment),
          choices: ["replace-encrypted", "share-link", "remove"],
        },
      ];
    case "ppap":
      // The password already in this mail cannot be un-sent by a promise; a password still to be sent can.
      return finding.messageId === "ppap.password-in-mail"
        ? [{ kind: "attachment-choices", attachments: list(d.attachments), choices: ["share-link", "remove"] }]
        : [{ kind: "checklist", items: ["fix.password-other-route"] }];
    case "unlabelled-attachment":
      return [{ kind: "checklist", items: ["fix.ask-owner"] }];
    default:
      return [];
  }
}
