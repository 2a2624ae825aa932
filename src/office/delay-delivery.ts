import { officeCall, type OfficeResult } from "./async";

/**
 * item.delayDeliveryTime (Mailbox 1.13, compose; get needs read item, set read/write item). The delay is kept by
 * the server: on the web, in new Outlook and on Mac the held mail waits in Drafts, where it can still be edited or
 * deleted; classic Outlook on Windows shows it only in Sent Items and cannot call it back.
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
