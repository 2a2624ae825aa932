/**
 * Caps that keep inspection bounded on the send path. Every inflated byte is charged to a Budget shared by all the
 * parts of one attachment (and, through inspectAll, by all the attachments of one mail), so a zip bomb or a file
 * with many large parts costs at most the cap, never the declared or real size.
 */

export interface InspectionLimits {
  /** Decompressed bytes one attachment may produce in total (all parts, nested archives included). */
  readonly maxInflatedBytesPerAttachment: number;
  /** Central-directory / CFB directory entries read before giving up on the listing. */
  readonly maxEntries: number;
  /** Characters of extracted text kept per attachment (all `texts` together). */
  readonly maxTextChars: number;
}

export const DEFAULT_LIMITS: InspectionLimits = Object.freeze({
  maxInflatedBytesPerAttachment: 8 * 1024 * 1024,
  maxEntries: 2000,
  maxTextChars: 20000,
});

/** The per-mail cap applied by inspectAll. */
export const DEFAULT_TOTAL_INFLATED_CAP = 32 * 1024 * 1024;

export function resolveLimits(partial?: Partial<InspectionLimits>): InspectionLimits {
  const pick = (value: number | undefined, fallback: number): number =>
    typeof value === "number" && value >= 0 && value === value ? Math.floor(value) : fallback;
  return {
    maxInflatedBytesPerAttachment: pick(
      partial?.maxInflatedBytesPerAttachment,
      DEFAULT_LIMITS.maxInflatedBytesPerAttachment,
    ),
    maxEntries: pick(partial?.maxEntries, DEFAULT_LIMITS.maxEntries),
    maxTextChars: pick(partial?.maxTextChars, DEFAULT_LIMITS.maxTextChars),
  };
}

/** Mutable counter of decompressed bytes; `exhausted` records that some read stopped because of it. */
export class Budget {
  private used = 0;
  exhausted = false;

  constructor(readonly cap: number) {}

  get remaining(): number {
    return this.cap > this.used ? this.cap - this.used : 0;
  }

  get spent(): number {
    return this.used;
  }

  charge(bytes: number): void {
    this.used += bytes;
  }
}
