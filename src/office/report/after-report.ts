/**
 * What the policy asks for after a report (keep / move to Junk / delete), and what each surface can do about it.
 * The integrated Report button moves the item through `event.completed({ moveItemTo })`, but only when it completes
 * without opening the pane. Office.js gives a task pane no way to move the item it shows, so once the pane has
 * delivered the report through Graph it moves the message through Graph too (move-reported.ts). When the report goes
 * through the compose form instead, the pane cannot know when (or whether) the user presses Send, so the move is left
 * to the user, and the pane says so rather than pretending.
 */
export type AfterReport = "keep" | "junk" | "delete";

export type MoveTarget = "junk" | "delete";

export type AfterReportOutcome =
  | { readonly kind: "kept" }
  /** The policy wants junk/delete: done by the pane after a Graph delivery, by hand after the compose form. */
  | { readonly kind: "manual"; readonly wanted: MoveTarget };

export function paneAfterReport(policyChoice: AfterReport): AfterReportOutcome {
  return policyChoice === "keep" ? { kind: "kept" } : { kind: "manual", wanted: policyChoice };
}

/** Why the pane could not move the mail after delivering the report: the user then moves it by hand. */
export type MoveFailure =
  /** The item has no id the pane can name it by (not saved, or opened as an attachment). */
  | "no-item-id"
  /** This Outlook cannot convert the id for Graph (convertToRestId is missing, as on mobile), or Graph is not set up. */
  | "unsupported"
  /** The mail is in a shared or delegated mailbox: the pane moves mail only in the user's own mailbox. */
  | "shared"
  /** No token with Mail.ReadWrite: consent refused or cancelled, not granted by the tenant, or sign-in failed. */
  | "consent"
  /** Graph no longer has the message where we looked (404): already moved or deleted, most likely. */
  | "not-found"
  /** Graph refused the move (403). */
  | "forbidden"
  /** Throttled past what the pane waits for, a server error on every attempt, offline, or any other refusal. */
  | "graph";

export type MoveResult =
  { readonly ok: true } | { readonly ok: false; readonly why: MoveFailure; readonly detail?: string };

/** The move as the pane shows it, after "sent". */
export type PaneMove =
  | { readonly kind: "moving"; readonly to: MoveTarget }
  | { readonly kind: "moved"; readonly to: MoveTarget }
  | { readonly kind: "not-moved"; readonly to: MoveTarget; readonly why: MoveFailure; readonly detail?: string };

/** Office.MailboxEnums.MoveSpamItemTo values for the Report button's completion. */
export function moveItemTo(policyChoice: AfterReport): "noMove" | "junkFolder" | "deletedItemsFolder" {
  return policyChoice === "junk" ? "junkFolder" : policyChoice === "delete" ? "deletedItemsFolder" : "noMove";
}

/** The same choice in the older property's own strings (SpamReportingEventCompletedOptions.postProcessingAction). */
export function postProcessingAction(policyChoice: AfterReport): "noMove" | "moveToSpamFolder" | "delete" {
  return policyChoice === "junk" ? "moveToSpamFolder" : policyChoice === "delete" ? "delete" : "noMove";
}

/** What the event runtime says about the client: Office.context.diagnostics (Mailbox 1.5) and mailbox.diagnostics. */
export interface ClientDiagnostics {
  readonly platform?: unknown;
  readonly version?: unknown;
}
export interface MailboxDiagnostics {
  readonly hostName?: unknown;
  readonly hostVersion?: unknown;
}

/**
 * Does this client read only `postProcessingAction`? Microsoft documents (SpamReportingEventCompletedOptions,
 * https://learn.microsoft.com/javascript/api/outlook/office.spamreportingeventcompletedoptions) that `moveItemTo` works
 * on the web, on Mac, in new Outlook on Windows and in classic Outlook on Windows from Version 2308 (Build
 * 16724.10000); earlier classic builds that have the integrated Report button read `postProcessingAction` instead,
 * which the other clients do not support. Classic Windows is platform "PC" (new Outlook and the web report
 * "OfficeOnline"), and its version reads "16.0.<build>.<revision>", compared by build and revision as the docs say.
 * mailbox.diagnostics (hostName "Outlook", the client's version) answers where Office.context.diagnostics is absent;
 * a Mac's "16.<minor>" version never matches "16.0.". Anything we cannot read counts as current: `moveItemTo`.
 */
export function readsPostProcessingAction(client?: ClientDiagnostics, mailbox?: MailboxDiagnostics): boolean {
  const classic = client
    ? client.platform === "PC" && client.version
    : mailbox && mailbox.hostName === "Outlook" && mailbox.hostVersion;
  const m = typeof classic === "string" ? /^16\.0\.(\d+)\.(\d+)$/.exec(classic.trim()) : null;
  if (!m) return false;
  const build = Number(m[1]);
  return build < 16724 || (build === 16724 && Number(m[2]) < 10000);
}

/** The move a Report button completion names, in the property this client reads. */
export type SpamMoveOption =
  | { readonly moveItemTo: ReturnType<typeof moveItemTo> }
  | { readonly postProcessingAction: ReturnType<typeof postProcessingAction> };

export function spamMoveOption(oldProperty: boolean, policyChoice: AfterReport): SpamMoveOption {
  return oldProperty
    ? { postProcessingAction: postProcessingAction(policyChoice) }
    : { moveItemTo: moveItemTo(policyChoice) };
}
