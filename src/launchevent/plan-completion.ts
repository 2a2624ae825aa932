import type { Finding } from "../core/checks/types";
import type { DecisionAction } from "../core/engine";
import type { Policy } from "../core/policy/schema";
import type { Capabilities } from "../office/capabilities";
import { findingSetKey } from "../office/finding-key";
import { SESSION_KEYS } from "../office/session-keys";

/** How the user may still send after the dialog: Send Anyway (1.14), "press Send again" (remembered), or not. */
export type SendAnyway = "button" | "press-again" | "none";

/** What Send tells Outlook: let the mail go, or show the dialog. */
export type Completion =
  | { readonly allow: true }
  | {
      readonly allow: false;
      readonly kind: "warn" | "block" | "error";
      readonly findings: readonly Finding[];
      readonly sendAnyway: SendAnyway;
      readonly incomplete: boolean;
    };

/** What the check came to: a decision (possibly on incomplete input), or no decision at all. */
export type Outcome =
  | {
      readonly kind: "decided";
      readonly action: DecisionAction;
      readonly findings: readonly Finding[];
      /** An attachment could not be read: the decision may miss something. */
      readonly incomplete: boolean;
    }
  | { readonly kind: "failed" };

export interface CompletionInput {
  readonly outcome: Outcome;
  readonly onError: Policy["onError"];
  readonly caps: Pick<Capabilities, "promptUser" | "sessionData">;
  /** sessionData as read at the start; undefined when it is unknown (no sessionData, the read failed or hung). */
  readonly session: Readonly<Record<string, string>> | undefined;
  /** Whether Outlook handed us the item at all (without it nothing can be written). */
  readonly hasItem: boolean;
  /** Whether the item has internet headers for the audit header: a message does, a meeting invitation does not. */
  readonly headers: boolean;
}

/** The audit header step: written (with the sessionData marker saying so, where there is sessionData), removed, or none. */
export type AuditStep =
  | { readonly kind: "set"; readonly decision: "warn" | "error"; readonly marker: boolean }
  | { readonly kind: "remove"; readonly marker: boolean }
  | { readonly kind: "none" };

/**
 * Everything Send does after deciding, as data: the writes, then the completion. When `remember` is given, the
 * "press Send again" marker is written to sessionData first and the completion depends on that write: `completion`
 * if it succeeded, `unremembered` if not (a full or failing sessionData must not make Send warn forever).
 */
export interface CompletionPlan {
  readonly audit: AuditStep;
  readonly remember?: string;
  readonly completion: Completion;
  readonly unremembered?: Completion;
}

const ALLOW: Completion = { allow: true };

function dialog(
  kind: "warn" | "block" | "error",
  sendAnyway: SendAnyway,
  findings: readonly Finding[] = [],
  incomplete = false,
): Completion {
  return { allow: false, kind, findings, sendAnyway, incomplete };
}

/**
 * The onError decision when the check did not finish; `remembered` says a "press Send again" marker was stored.
 * Also what the hard deadline completes with when nothing else got there first.
 */
export function errorCompletion(
  onError: Policy["onError"],
  caps: Pick<Capabilities, "promptUser">,
  remembered: boolean,
): Completion {
  if (onError === "allow") return ALLOW;
  if (onError === "block") return dialog("error", "none");
  return dialog("error", caps.promptUser ? "button" : remembered ? "press-again" : "none");
}

function planFailure(input: CompletionInput): CompletionPlan {
  const { onError, caps, session, hasItem } = input;
  // A Send Anyway after a failed check should leave a trace too.
  const audit: AuditStep =
    onError === "warn" && hasItem ? { kind: "set", decision: "error", marker: false } : { kind: "none" };
  if (onError !== "warn" || caps.promptUser || !hasItem || !caps.sessionData)
    return { audit, completion: errorCompletion(onError, caps, false) };
  // An older client has no Send Anyway: remember that this draft was told about the failure, so pressing Send
  // again goes through, as the policy's "warn" promises.
  if (session && session[SESSION_KEYS.warned] === "error") return { audit, completion: ALLOW };
  return {
    audit,
    remember: "error",
    completion: errorCompletion(onError, caps, true),
    unremembered: errorCompletion(onError, caps, false),
  };
}

/** The key a warning verdict is remembered under: these exact findings, and whether the check was complete. */
function warningKey(findings: readonly Finding[], incomplete: boolean): string {
  return findingSetKey(findings) + (incomplete ? "+incomplete" : "");
}

/**
 * Whether Send lets this verdict go without a dialog because the user ticked every item of exactly these warnings
 * in the fix pane. Only a warning can be confirmed away: a block stops whatever was ticked. The compose-time notice
 * asks the same question, so it never announces a dialog that Send will not show.
 */
export function confirmedInPane(
  action: DecisionAction,
  findings: readonly Finding[],
  incomplete: boolean,
  session: Readonly<Record<string, string>> | undefined,
): boolean {
  return action === "warn" && !!session && session[SESSION_KEYS.acknowledged] === warningKey(findings, incomplete);
}

/** Pure: from what the check came to, the client and the draft's sessionData, to what Send writes and completes. */
export function planCompletion(input: CompletionInput): CompletionPlan {
  const plan = planFor(input);
  return input.headers ? plan : { ...plan, audit: { kind: "none" } };
}

function planFor(input: CompletionInput): CompletionPlan {
  const { outcome, caps, session } = input;
  if (outcome.kind === "failed") return planFailure(input);
  const { action, findings, incomplete } = outcome;

  if (action === "allow") {
    // Clear a header left by an earlier warning, unless we know none was set.
    const audit: AuditStep =
      !session || session[SESSION_KEYS.header] ? { kind: "remove", marker: !!session } : { kind: "none" };
    return { audit, completion: ALLOW };
  }
  if (action === "block") return { audit: { kind: "none" }, completion: dialog("block", "none", findings, incomplete) };

  const audit: AuditStep = { kind: "set", decision: "warn", marker: caps.sessionData };
  const key = warningKey(findings, incomplete);
  // The user ticked every item of exactly these warnings in the fix pane and sent from there: asking again would
  // only train them to click through. The audit header still records what they were warned about.
  if (confirmedInPane(action, findings, incomplete, session)) return { audit, completion: ALLOW };
  if (caps.promptUser) return { audit, completion: dialog("warn", "button", findings, incomplete) };
  // Warned about exactly this before and pressed Send again: that is this client's Send Anyway.
  if (session && session[SESSION_KEYS.warned] === key) return { audit, completion: ALLOW };
  // Without the marker Send again would warn forever: if it cannot be stored, onError decides.
  const unremembered = input.onError === "allow" ? ALLOW : dialog("warn", "none", findings, incomplete);
  if (!caps.sessionData) return { audit, completion: unremembered };
  return { audit, remember: key, completion: dialog("warn", "press-again", findings, incomplete), unremembered };
}
