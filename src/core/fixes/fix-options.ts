import { CHECKS } from "../checks/index";
import type { Finding } from "../checks/types";

export type { ChecklistItem, FixOption } from "./fix-kinds";
import type { FixOption } from "./fix-kinds";

/** The fixes that make sense for one finding, most direct first: each check says its own (checks/<id>.ts). */
export function fixesFor(finding: Pick<Finding, "check" | "messageId" | "data" | "action">): FixOption[] {
  const check = CHECKS.find((c) => c.id === finding.check);
  return check ? check.fixes(finding) : [];
}
