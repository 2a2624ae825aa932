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

/** Characters of sessionData always left free, so Send's own markers ("press Send again", sc.ack) still fit. */
const SESSION_RESERVE = 2000;

/**
 * The cache entries that fit, in order: sessionData is never filled to the brim (Send and the compose events
 * share this one rule). Each entry costs its key and value plus the JSON punctuation around them.
 */
export function entriesThatFit(
  session: Record<string, string>,
  entries: readonly (readonly [string, string])[],
  quota: number,
): [string, string][] {
  const out: [string, string][] = [];
  let size = sessionSize(session);
  for (const [k, v] of entries) {
    size += k.length + v.length + 6;
    if (size < quota - SESSION_RESERVE) out.push([k, v]);
  }
  return out;
}
