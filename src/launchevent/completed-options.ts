import { buildSmartAlert, type AlertKind } from "../core/alert/index";
import { markingAsWritten } from "../core/labels/as-written";
import type { GuidanceSection } from "../core/checks/ids";
import type { Finding } from "../core/checks/types";
import type { Lang } from "../core/i18n/types";
import type { Capabilities } from "../office/capabilities";
import { FIX_PANE_COMMAND_ID } from "./config";

/** Upper bound for contextData; the fix pane needs the findings, not every recipient of a 500-address mail. */
const MAX_CONTEXT_CHARS = 8000;

export interface DialogRequest {
  readonly kind: AlertKind;
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly caps: Capabilities;
  readonly guidanceUrl: (section: GuidanceSection) => string;
  /** Send Anyway (1.14+) or "press Send again" (older, remembered in sessionData), or no way to send. */
  readonly sendAnyway: "button" | "press-again" | "none";
  readonly incomplete?: boolean;
  readonly promptUserValue: string;
  /** False where no task pane button exists for the item (meeting invitations): no "fix" button then. */
  readonly paneAvailable?: boolean;
  /** Subject, attachment names and body as written: markings are quoted in the user's own characters. */
  readonly written?: readonly string[];
}

/** The findings for the fix pane, as a string: classic Outlook before 2402 accepts only strings. */
export function contextDataFor(kind: AlertKind, findings: readonly Finding[]): string {
  let list = findings.map((f) => ({
    check: f.check,
    action: f.action,
    guidance: f.guidance,
    messageId: f.messageId,
    data: f.data,
  }));
  let json = JSON.stringify({ v: 1, decision: kind, findings: list });
  while (json.length > MAX_CONTEXT_CHARS && list.length > 1) {
    list = list.slice(0, list.length - 1);
    json = JSON.stringify({ v: 1, decision: kind, findings: list, truncated: true });
  }
  return json.length > MAX_CONTEXT_CHARS
    ? JSON.stringify({ v: 1, decision: kind, findings: [], truncated: true })
    : json;
}

/** allowEvent false with the dialog text and, where the client has them, the 1.14/1.15 options. */
export function blockingOptions(r: DialogRequest): Office.SmartAlertsEventCompletedOptions {
  // The fix pane makes sense only for findings; after an internal error there is nothing to fix.
  const fixPane = r.paneAvailable !== false && r.caps.promptUser && r.kind !== "error" && r.findings.length > 0;
  // Mentions (info) belong in the pane, not in the dialog: the dialog's 500 characters are for what must change.
  // Only the dialog's copy is re-quoted: contextData keeps the engine's data, which the pane's confirmation matches.
  const written = r.written ?? [];
  const shown = r.findings
    .filter((f) => f.action !== "info")
    .map((f) =>
      written.length > 0 && f.data["marking"] !== undefined
        ? { ...f, data: { ...f.data, marking: markingAsWritten(f.data["marking"], written) } }
        : f,
    );
  const text = buildSmartAlert({
    kind: r.kind,
    findings: shown.length > 0 ? shown : r.findings,
    lang: r.lang,
    guidanceUrl: r.guidanceUrl,
    sendAnyway: r.sendAnyway,
    fixPane,
    incomplete: r.incomplete,
    invitation: r.paneAvailable === false,
  });
  const options: Office.SmartAlertsEventCompletedOptions = { allowEvent: false, errorMessage: text.errorMessage };
  if (r.caps.markdown) options.errorMessageMarkdown = text.errorMessageMarkdown;
  if (fixPane) {
    options.cancelLabel = text.cancelLabel;
    options.commandId = FIX_PANE_COMMAND_ID;
    options.contextData = contextDataFor(r.kind, r.findings);
  }
  if (r.sendAnyway === "button" && r.caps.promptUser) options.sendModeOverride = r.promptUserValue;
  return options;
}
