/**
 * Injected failures and latency. A fault names an API the way the call log does ("to.getAsync",
 * "getAttachmentContentAsync", "sessionData.setAsync" …) and says what happens to matching calls.
 */

export type FaultKind =
  /** The callback gets `status: "failed"` with this error code and message. */
  | { readonly kind: "fail"; readonly code?: number; readonly name?: string; readonly message?: string }
  /** The callback is never called (Outlook sometimes does this; the handler must still complete). */
  | { readonly kind: "hang" }
  /** The call throws synchronously, as office.js does on bad arguments. */
  | { readonly kind: "throw"; readonly message?: string };

export interface Fault {
  /** API name as logged, e.g. "body.getAsync"; "*" matches every API. */
  readonly api: string;
  readonly fault: FaultKind;
  /** Only calls whose first argument (id or name) equals this; e.g. one attachment id or one sessionData key. */
  readonly arg?: string;
  /** How many matching calls fail; unlimited when absent. */
  times?: number;
}

export function findFault(faults: Fault[], api: string, arg: unknown): FaultKind | undefined {
  for (const f of faults) {
    if (f.api !== api && f.api !== "*") continue;
    if (f.arg !== undefined && f.arg !== arg) continue;
    if (f.times !== undefined) {
      if (f.times <= 0) continue;
      f.times--;
    }
    return f.fault;
  }
  return undefined;
}
