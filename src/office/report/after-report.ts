/**
 * What the policy asks for after a report (keep / move to Junk / delete), and what each surface can do about it.
 * Office.js gives a task pane no way to move or delete the item it shows (no such method in any Mailbox requirement
 * set up to 1.15; Graph or EWS would need a sign-in or legacy tokens, which Exchange Online turned off). Only the
 * integrated Report button can, through `event.completed({ moveItemTo })`. The pane therefore says what to do by
 * hand instead of pretending.
 */
export type AfterReport = "keep" | "junk" | "delete";

export type AfterReportOutcome =
  | { readonly kind: "kept" }
  /** The policy wants junk/delete but this surface cannot: the user is told to do it by hand, once the report is sent. */
  | { readonly kind: "manual"; readonly wanted: "junk" | "delete" };

export function paneAfterReport(policyChoice: AfterReport): AfterReportOutcome {
  return policyChoice === "keep" ? { kind: "kept" } : { kind: "manual", wanted: policyChoice };
}

/** Office.MailboxEnums.MoveSpamItemTo values for the Report button's completion. */
export function moveItemTo(policyChoice: AfterReport): "noMove" | "junkFolder" | "deletedItemsFolder" {
  return policyChoice === "junk" ? "junkFolder" : policyChoice === "delete" ? "deletedItemsFolder" : "noMove";
}
