import { officeCall, type OfficeResult } from "./async";

/** sessionData writes, checked before calling: office.js throws synchronously on a non-string value. */
export function setSession(item: Office.MessageCompose, name: string, value: string): Promise<OfficeResult<void>> {
  if (typeof name !== "string" || typeof value !== "string") {
    return Promise.resolve({ ok: false, error: "sessionData values must be strings", code: "Invalid" });
  }
  if (!item.sessionData) return Promise.resolve({ ok: false, error: "no sessionData", code: "Unsupported" });
  return officeCall<void>((cb) => item.sessionData.setAsync(name, value, cb));
}

export function removeSession(item: Office.MessageCompose, name: string): Promise<OfficeResult<void>> {
  if (!item.sessionData) return Promise.resolve({ ok: false, error: "no sessionData", code: "Unsupported" });
  return officeCall<void>((cb) => item.sessionData.removeAsync(name, cb));
}

/** Serialised size of sessionData the way the quota counts it (the stand-in uses the same measure). */
export function sessionSize(data: Record<string, string>): number {
  return JSON.stringify(data).length;
}
