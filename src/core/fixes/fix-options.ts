import type { Finding } from "../checks/types";

/** What the fix pane can offer for a finding. Automatic fixes change the draft; a checklist asks the user to act. */
export type FixOption =
  | { readonly kind: "move-to-bcc"; readonly addresses: readonly string[] }
  | { readonly kind: "mark-subject"; readonly level: number }
  | { readonly kind: "remove-recipients"; readonly addresses: readonly string[] }
  | { readonly kind: "remove-attachment"; readonly attachment: string }
  | { readonly kind: "checklist"; readonly items: readonly ChecklistItem[] };

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

/** The fixes that make sense for one finding, most direct first. */
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
      return [
        { kind: "remove-recipients", addresses: list(d.recipients) },
        { kind: "checklist", items: ["fix.use-work-address"] },
      ];
    case "label-inheritance":
      return [{ kind: "mark-subject", level: typeof d.level === "number" ? d.level : 2 }];
    case "external-confidential": {
      const removals = attachmentsIn(d.where).map((attachment) => ({ kind: "remove-attachment" as const, attachment }));
      const items: ChecklistItem[] =
        finding.action === "block" ? ["fix.do-not-send", "fix.ask-owner"] : ["fix.ask-owner", "fix.encrypt-file"];
      return [...removals, { kind: "checklist", items }];
    }
    case "handling-restriction": {
      const removals = attachmentsIn(d.where).map((attachment) => ({ kind: "remove-attachment" as const, attachment }));
      const items: ChecklistItem[] =
        finding.messageId === "handling-restriction.no-send" ? ["fix.do-not-send"] : ["fix.get-permission"];
      return [...removals, { kind: "checklist", items }];
    }
    case "unencrypted-attachment":
      return [
        ...list(d.attachments ?? d.attachment).map((attachment) => ({
          kind: "remove-attachment" as const,
          attachment,
        })),
        { kind: "checklist", items: ["fix.encrypt-file", "fix.use-storage-link"] },
      ];
    case "ppap":
      return [{ kind: "checklist", items: ["fix.use-storage-link", "fix.password-other-route"] }];
    case "unlabelled-attachment":
      return [{ kind: "checklist", items: ["fix.ask-owner"] }];
    default:
      return [];
  }
}
