/**
 * `event.completed` exactly once. Every path of a handler ends here; a second call (a late Office callback after
 * the deadline already decided) is ignored. If Outlook rejects the options synchronously (an older client that
 * does not know a property), the essential part is retried so the user is never left waiting for the timeout.
 * Send, attachment changes and the Report button all complete through it; each says what its essential part is.
 */
export interface CompletionGuard<O = Office.SmartAlertsEventCompletedOptions> {
  readonly done: boolean;
  complete(options?: O): boolean;
}

/** Smart Alerts: the decision and its text; the 1.14/1.15 extras are what an older client may refuse. */
function smartAlertsEssential(
  options: Office.SmartAlertsEventCompletedOptions,
): Office.SmartAlertsEventCompletedOptions {
  return { allowEvent: options.allowEvent, errorMessage: options.errorMessage };
}

export function completionGuard<O = Office.SmartAlertsEventCompletedOptions>(
  event: { completed(options?: unknown): void },
  essential: (options: O) => O = smartAlertsEssential as unknown as (options: O) => O,
): CompletionGuard<O> {
  let done = false;
  return {
    get done() {
      return done;
    },
    complete(options) {
      if (done) return false;
      done = true;
      try {
        if (options === undefined) event.completed();
        else event.completed(options);
      } catch {
        try {
          if (options === undefined) event.completed();
          else event.completed(essential(options));
        } catch {
          // Nothing more can be done from inside the handler; Outlook's own timeout takes over.
        }
      }
      return true;
    },
  };
}
