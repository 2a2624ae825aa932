import { officeCall, type OfficeResult } from "./async";

/**
 * item.delayDeliveryTime (Mailbox 1.13, compose; get needs read item, set read/write item). The delay is kept by
 * the server: on the web, in new Outlook and on Mac the held mail waits in Drafts, where it can still be edited or
 * deleted; classic Outlook on Windows shows it only in Sent Items and cannot call it back.
 *
 * What the documentation says, and does not say (checked 2026-12):
 * - https://learn.microsoft.com/javascript/api/outlook/office.delaydeliverytime : getAsync answers a Date, or 0
 *   when no delivery time is set; setAsync's `datetime` is "the future date and time when the message should be
 *   sent"; the only error listed is InvalidFormatError.
 * - https://learn.microsoft.com/office/dev/add-ins/outlook/delay-delivery : how to get and set a time (both
 *   examples set now + N minutes) and the per-client behaviour above. Nothing about a past or present time.
 * - No method clears the time: there is no removeAsync, and neither 0, null nor a past Date is documented for
 *   setAsync. So no documented way exists to release a hold; releaseDelay below tries a time of "now" and believes
 *   it only if Outlook then reports no later time, and callers must say honestly when it did not work.
 */

interface DelayApi {
  getAsync(callback: (r: Office.AsyncResult<Date | 0>) => void): void;
  setAsync(at: Date, callback: (r: Office.AsyncResult<void>) => void): void;
}

function api(item: unknown): DelayApi | undefined {
  const d = item && typeof item === "object" ? (item as { delayDeliveryTime?: unknown }).delayDeliveryTime : undefined;
  return d && typeof d === "object" && typeof (d as DelayApi).setAsync === "function" ? (d as DelayApi) : undefined;
}

/** The client has the API (isSetSupported 1.13 and the object is there: some hosts report 1.13 in read mode only). */
export function canDelay(supports113: boolean, item: unknown): boolean {
  return supports113 && api(item) !== undefined;
}

/** The delivery time in ms since the epoch, 0 when none is set. */
export function readDelay(item: unknown): Promise<OfficeResult<number>> {
  const d = api(item);
  if (!d) return Promise.resolve({ ok: false, error: "no delayDeliveryTime", code: "Unsupported" });
  return officeCall<Date | 0>((cb) => d.getAsync(cb)).then((r) => {
    if (!r.ok) return r;
    const v = r.value as unknown;
    const ms = v instanceof Date ? v.getTime() : typeof v === "number" ? v : typeof v === "string" ? Date.parse(v) : 0;
    return { ok: true as const, value: ms > 0 ? ms : 0 };
  });
}

/** Sets the delivery time; office.js throws synchronously on an invalid Date, so that is checked first. */
export function setDelay(item: unknown, at: number): Promise<OfficeResult<void>> {
  const d = api(item);
  if (!d) return Promise.resolve({ ok: false, error: "no delayDeliveryTime", code: "Unsupported" });
  const date = new Date(at);
  if (isNaN(date.getTime())) return Promise.resolve({ ok: false, error: "invalid time", code: "Invalid" });
  return officeCall<void>((cb) => d.setAsync(date, cb));
}

/**
 * Tries to release a hold. No documented call does this (see the top of this file), so it sets the delivery time
 * to `now` (not documented: a client may refuse a time that is not in the future) and then reads the time back:
 * success only when Outlook no longer reports a time later than `now`. Otherwise code "NotReleased", and the hold
 * stands until its time.
 */
export function releaseDelay(item: unknown, now: number): Promise<OfficeResult<void>> {
  return setDelay(item, now).then((set) => {
    if (!set.ok) return { ok: false as const, error: `the hold stands: ${set.error}`, code: "NotReleased" };
    return readDelay(item).then((r): OfficeResult<void> => {
      if (r.ok && r.value <= now) return { ok: true, value: undefined };
      return { ok: false, error: r.ok ? "a later delivery time is still set" : r.error, code: "NotReleased" };
    });
  });
}

/** The shortest hold Send can be sure of: one minute ahead is a "future date and time", as setAsync documents. */
export const SHORTEST_HOLD_MS = 60_000;

/**
 * For Send, when the hold it set earlier no longer applies: release it if the client takes "now" (undocumented),
 * otherwise bring it forward to one minute from now (documented), so mail that stays inside waits a minute at most
 * instead of the policy's full delay.
 */
export function shortenDelay(item: unknown, now: number): Promise<OfficeResult<void>> {
  return setDelay(item, now).then((r) => (r.ok ? r : setDelay(item, now + SHORTEST_HOLD_MS)));
}
