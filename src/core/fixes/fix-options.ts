import { CHECKS } from "../checks/index";
import type { Finding } from "../checks/types";

export type { AttachmentChoice, ChecklistItem, FixOption } from "./fix-kinds";
import type { FixOption } from "./fix-kinds";

/**
 * The fixes that make sense for one finding, most direct first; each check says its own (checks/<id>.ts `fixes`).
 * Checklist items are only what the user alone can know (whom they asked, how they will pass a password on);
 * nothing the add-in can see for itself is ever ticked, and a block gets no checklist at all because no tick can
 * lift it.
 */
export function fixesFor(finding: Pick<Finding, "check" | "messageId" | "data" | "action">): FixOption[] {
  const check = CHECKS.find((c) => c.id === finding.check);
  return check ? check.fixes(finding) : [];
}
