import { officeCall, type OfficeResult } from "./async";

/**
 * sessionData.getAllAsync's value as name → value. The reference calls it "all session data key-value pairs" and
 * types it `object`; some clients hand back the JSON text instead (at least "{}" for an empty sessionData:
 * OfficeDev/office-js#5353), so a string is parsed. Anything else is "unknown" (undefined), never an exception.
 */
export function sessionObject(value: unknown): Record<string, string> | undefined {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
  const out: Record<string, string> = {};
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) if (typeof o[k] === "string") out[k] = o[k] as string;
  return out;
}

/** Reads this add-in's whole sessionData (Mailbox 1.11), normalised by sessionObject. */
export function readSession(
  item: Pick<Office.MessageCompose, "sessionData">,
): Promise<OfficeResult<Record<string, string>>> {
  if (!item.sessionData) return Promise.resolve({ ok: false, error: "no sessionData", code: "Unsupported" });
  return officeCall<unknown>((cb) => item.sessionData.getAllAsync(cb as (r: Office.AsyncResult<object>) => void)).then(
    (r) => {
      if (!r.ok) return r;
      const value = sessionObject(r.value);
      return value
        ? { ok: true as const, value }
        : { ok: false, error: "sessionData is not key-value pairs", code: "Invalid" };
    },
  );
}

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
