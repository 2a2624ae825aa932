/**
 * contextData arrives as a string from another surface (the Smart Alert, the Report button) or not at all when a
 * pane is opened by hand: an object, or undefined for anything else — never an exception.
 */
export function parseContextObject(raw: unknown): Record<string, unknown> | undefined {
  if (typeof raw !== "string" || raw === "") return undefined;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return undefined;
  }
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
