/**
 * Byte-level attachment inspection: format, encryption status and the text that may carry 格付 markings.
 * Pure (no Node, DOM or Office APIs), bounded in time and memory, and it never throws.
 */

import type { AttachmentInspection } from "../message";
import { inspectDetailed, type DetailedInspection } from "./inspect";
import { Budget, DEFAULT_TOTAL_INFLATED_CAP, resolveLimits, type InspectionLimits } from "./limits";

export { DEFAULT_LIMITS, DEFAULT_TOTAL_INFLATED_CAP, type InspectionLimits } from "./limits";
export { inspectDetailed, type DetailedInspection, type InspectionStats } from "./inspect";

export function inspectAttachment(bytes: Uint8Array, limits?: Partial<InspectionLimits>): AttachmentInspection {
  return inspectDetailed(bytes, limits).inspection;
}

export interface AttachmentBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Inspects every attachment of one mail, in order, sharing a mail-wide inflate cap: each attachment gets at most
 * its own cap and at most what earlier attachments left. Cheap structural checks (ZIP flags, CFB streams, PDF
 * trailer) still run after the mail-wide cap is spent; only decompression stops.
 */
export function inspectAll(
  attachments: readonly AttachmentBytes[],
  totalInflatedCap: number = DEFAULT_TOTAL_INFLATED_CAP,
  limits?: Partial<InspectionLimits>,
): AttachmentInspection[] {
  return inspectAllDetailed(attachments, totalInflatedCap, limits).map((d) => d.inspection);
}

/** inspectAll with the per-attachment cost figures (tests, bench, logs). */
export function inspectAllDetailed(
  attachments: readonly AttachmentBytes[],
  totalInflatedCap: number = DEFAULT_TOTAL_INFLATED_CAP,
  limits?: Partial<InspectionLimits>,
): DetailedInspection[] {
  const resolved = resolveLimits(limits);
  let left = Math.max(0, totalInflatedCap);
  return attachments.map((a) => {
    const budget = new Budget(Math.min(resolved.maxInflatedBytesPerAttachment, left));
    const detailed = inspectDetailed(a.bytes, resolved, budget);
    left = Math.max(0, left - budget.spent);
    return detailed;
  });
}
