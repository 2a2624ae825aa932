/**
 * What the fix pane can offer for a finding, and the small readers of finding data the checks' `fixes` use. Apart
 * from fix-options.ts (which looks fixes up in the registry) so check files can import it without a cycle.
 */

/** Automatic fixes change the draft; a checklist asks the user to act. */
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
  | "fix.move-group-by-hand"
  | "fix.use-work-address"
  | "fix.do-not-send";

/** A finding's list value (recipients, attachments …) as strings, whatever shape it came in. */
export const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : []);

/** One removal per attachment named in a finding's `where` ("attachment:<name>"). */
export function attachmentRemovals(where: unknown): FixOption[] {
  return list(where)
    .filter((w) => w.startsWith("attachment:"))
    .map((w) => ({ kind: "remove-attachment", attachment: w.slice("attachment:".length) }));
}

/**
 * For findings about marked content: remove the marked attachments, then the checklist, except for a block (no
 * tick can lift it) or when there is nothing to tick.
 */
export function removeMarkedThen(where: unknown, items: readonly ChecklistItem[]): FixOption[] {
  const removals = attachmentRemovals(where);
  return items.length === 0 ? removals : [...removals, { kind: "checklist", items }];
}

/** Remove the named recipients, then check the rest: for findings about who the mail goes to. */
export function removeRecipients(recipients: unknown, check: ChecklistItem): FixOption[] {
  return [
    { kind: "remove-recipients", addresses: list(recipients) },
    { kind: "checklist", items: [check] },
  ];
}
