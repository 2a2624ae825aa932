/**
 * The one place Office callbacks become promises. A wrapped call never rejects and never throws across a callback:
 * office.js throws synchronously on bad arguments, and in a send handler an escaped throw means `completed` is
 * never called, so both kinds of failure come back as values.
 */
import type { Err, Ok } from "../core/result";

/** core/result.ts's Result, with Outlook's error name (or Threw, Timeout, Unsupported …) beside the message. */
export type OfficeResult<T> = Ok<T> | (Err<string> & { readonly code?: string });

/** office.js types the status as an enum; at run time it is the string "succeeded" or "failed". */
type AsyncResultLike<T> = Office.AsyncResult<T>;

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

export function officeCall<T>(
  start: (callback: (result: AsyncResultLike<T>) => void) => void,
): Promise<OfficeResult<T>> {
  return new Promise((resolve) => {
    try {
      start((r) => {
        if (r && String(r.status) === "succeeded") resolve({ ok: true, value: r.value });
        else {
          const name = r && r.error && r.error.name ? String(r.error.name) : "Failed";
          const message = r && r.error && r.error.message ? String(r.error.message) : "the call failed";
          resolve({ ok: false, error: `${name}: ${message}`, code: name });
        }
      });
    } catch (e) {
      resolve({ ok: false, error: describe(e), code: "Threw" });
    }
  });
}

/** Time and timers, injected so tests and the simulator control them and the runtime's own are feature-detected. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * The runtime's clock. setTimeout exists in Outlook's JavaScript-only runtime and in browsers; if it ever did not,
 * the deadline simply never fires and each step's own bound (the Office calls) decides. A plain `typeof` guard, not
 * `globalThis` (ES2020): the oldest classic runtime lacks it, and looking timers up through it would silently turn
 * every deadline off there.
 */
export function runtimeClock(): Clock {
  const hasTimers = typeof setTimeout === "function";
  return {
    now: () => Date.now(),
    setTimeout: (fn, ms) => {
      if (hasTimers) return setTimeout(fn, ms);
      return undefined;
    },
    clearTimeout: (h) => {
      if (hasTimers && typeof clearTimeout === "function" && h !== undefined)
        clearTimeout(h as ReturnType<typeof setTimeout>);
    },
  };
}

/** Lets the event loop run (timers included) before going on: long work between awaits must not starve deadlines. */
export function yieldToRuntime(clock: Clock): Promise<void> {
  return new Promise((resolve) => {
    if (clock.setTimeout(resolve, 0) === undefined) resolve();
  });
}

/** Resolves with the call's result or, at `until` (clock time), with a timeout failure; the late result is dropped. */
export function withDeadline<T>(call: Promise<OfficeResult<T>>, until: number, clock: Clock): Promise<OfficeResult<T>> {
  const left = until - clock.now();
  if (left <= 0) return Promise.resolve({ ok: false, error: "Timeout: no time left", code: "Timeout" });
  return new Promise((resolve) => {
    let settled = false;
    const handle = clock.setTimeout(() => {
      if (settled) return;
      settled = true;
      resolve({ ok: false, error: "Timeout: Outlook did not answer in time", code: "Timeout" });
    }, left);
    call.then((r) => {
      if (settled) return;
      settled = true;
      clock.clearTimeout(handle);
      resolve(r);
    });
  });
}
