import { parseContextObject } from "./context-json";
import { CHECK_IDS, GUIDANCE_SECTIONS, type CheckId, type GuidanceSection } from "../core/checks/ids";
import type { Finding, FindingData } from "../core/checks/types";
import { officeCall } from "./async";

/** What the send check handed the fix pane through the Smart Alert's contextData (launchevent/completed-options). */
export interface PaneContext {
  readonly decision: "warn" | "block" | "error";
  readonly findings: readonly Finding[];
  readonly truncated: boolean;
}

function isData(v: unknown): v is FindingData {
  if (!v || typeof v !== "object" || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return Object.keys(o).every((k) => {
    const x = o[k];
    return (
      typeof x === "string" || typeof x === "number" || (Array.isArray(x) && x.every((s) => typeof s === "string"))
    );
  });
}

function finding(v: unknown): Finding | undefined {
  if (!v || typeof v !== "object") return undefined;
  const f = v as Record<string, unknown>;
  if (!(CHECK_IDS as readonly string[]).includes(String(f.check))) return undefined;
  if (!(GUIDANCE_SECTIONS as readonly string[]).includes(String(f.guidance))) return undefined;
  if (f.action !== "info" && f.action !== "warn" && f.action !== "block") return undefined;
  if (typeof f.messageId !== "string" || !isData(f.data)) return undefined;
  return {
    check: f.check as CheckId,
    guidance: f.guidance as GuidanceSection,
    action: f.action,
    messageId: f.messageId,
    data: f.data,
  };
}

/** Parses contextData; anything unexpected means "no context", never an exception. */
export function parsePaneContext(raw: unknown): PaneContext | undefined {
  const o = parseContextObject(raw);
  if (!o) return undefined;
  if (o.v !== 1 || (o.decision !== "warn" && o.decision !== "block" && o.decision !== "error")) return undefined;
  const findings = Array.isArray(o.findings) ? o.findings.map(finding).filter((f): f is Finding => !!f) : [];
  return { decision: o.decision, findings, truncated: o.truncated === true };
}

/** Reads how the pane was opened: from the Smart Alert's button (context) or by hand (undefined). */
export async function readPaneContext(item: Office.MessageCompose): Promise<PaneContext | undefined> {
  if (typeof (item as { getInitializationContextAsync?: unknown }).getInitializationContextAsync !== "function") {
    return undefined;
  }
  const r = await officeCall<string>((cb) => item.getInitializationContextAsync(cb));
  return r.ok ? parsePaneContext(r.value) : undefined;
}

/**
 * Mailbox 1.15: when the Smart Alert's button is pressed again while the pane is open, Outlook does not relaunch it
 * but raises Office.EventType.InitializationContextChanged with the new contextData. Calls `onContext` with it
 * parsed; resolves to the function that removes the handler (a no-op where the event does not exist).
 */
export async function watchPaneContext(
  item: Office.MessageCompose,
  eventType: string | undefined,
  onContext: (context: PaneContext | undefined) => void,
): Promise<() => void> {
  if (!eventType || typeof item.addHandlerAsync !== "function") return () => undefined;
  const r = await officeCall<void>((cb) =>
    item.addHandlerAsync(
      eventType as unknown as Office.EventType,
      (args: { initializationContextData?: unknown }) =>
        onContext(parsePaneContext(args && args.initializationContextData)),
      cb,
    ),
  );
  if (!r.ok) return () => undefined;
  return () => void officeCall<void>((cb) => item.removeHandlerAsync(eventType as unknown as Office.EventType, cb));
}
