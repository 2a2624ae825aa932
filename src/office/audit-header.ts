import type { Finding } from "../core/checks/types";
import { officeCall, type OfficeResult } from "./async";

/** Fixed name, as Microsoft advises for headers an add-in sets: mail-flow rules and audits can match on it. */
export const AUDIT_HEADER = "X-SendCheck";

/** RFC 5322 line limit that office.js enforces (name and value together) by throwing. */
const MAX_LINE = 998;

export interface AuditRecord {
  readonly decision: "warn" | "block" | "error";
  readonly findings: readonly Pick<Finding, "messageId">[];
  readonly policyHash: string;
  readonly version: string;
}

const printable = (s: string) => s.replace(/[^\x21-\x7e]/g, "_");

/**
 * `v=1; decision=warn; findings=bcc-expected.organisations,ppap.zip; policy=1a2b3c4d5e6f; addin=0.1.0`.
 * ASCII only, finding ids de-duplicated, and shortened to "+N" so name + value never exceed 998 characters.
 */
export function auditHeaderValue(r: AuditRecord): string {
  const ids: string[] = [];
  for (const f of r.findings) {
    const id = printable(f.messageId).replace(/[,;]/g, "_");
    if (ids.indexOf(id) < 0) ids.push(id);
  }
  const build = (n: number) =>
    `v=1; decision=${r.decision}; findings=${ids.slice(0, n).join(",")}${n < ids.length ? `,+${ids.length - n}` : ""}` +
    `; policy=${printable(r.policyHash).slice(0, 64)}; addin=${printable(r.version).slice(0, 32)}`;
  for (let n = ids.length; n >= 0; n--) {
    const value = build(n);
    if (AUDIT_HEADER.length + value.length <= MAX_LINE) return value;
  }
  return "v=1";
}

export function setAuditHeader(item: Office.MessageCompose, value: string): Promise<OfficeResult<void>> {
  const headers: Record<string, string> = {};
  headers[AUDIT_HEADER] = value;
  return officeCall<void>((cb) => item.internetHeaders.setAsync(headers, cb));
}

export function removeAuditHeader(item: Office.MessageCompose): Promise<OfficeResult<void>> {
  return officeCall<void>((cb) => item.internetHeaders.removeAsync([AUDIT_HEADER], cb));
}
