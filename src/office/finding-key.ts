import type { Finding } from "../core/checks/types";
import { fnv1a } from "./hash";

/**
 * Identifies a set of findings, order-free, so "press Send again to send anyway" applies only to exactly what the
 * user was warned about: a new recipient or attachment that changes a finding gives a new key and a new warning.
 */
export function findingSetKey(findings: readonly Pick<Finding, "messageId" | "data">[]): string {
  const parts = findings.map((f) => `${f.messageId}:${JSON.stringify(f.data)}`).sort();
  return `${findings.length}-${fnv1a(parts.join("\n"))}`;
}
