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

/** SmartAlertsEventCompletedOptions.errorMessage: "must be 500 characters or less" (API reference). */
const MAX_ERROR_MESSAGE = 500;

/** A message cut to the documented limit, never splitting a surrogate pair. */
function withinLimit(text: string): string {
  if (text.length <= MAX_ERROR_MESSAGE) return text;
  let end = MAX_ERROR_MESSAGE - 1;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end) + "\u2026";
}

/**
 * Smart Alerts: the decision and its text; the 1.14/1.15 extras are what an older client may refuse. The text is
 * held to its documented limit here too, so a message that was refused for its length cannot be refused again.
 */
function smartAlertsEssential(
  options: Office.SmartAlertsEventCompletedOptions,
): Office.SmartAlertsEventCompletedOptions {
  const out: Office.SmartAlertsEventCompletedOptions = { allowEvent: options.allowEvent };
  if (typeof options.errorMessage === "string") out.errorMessage = withinLimit(options.errorMessage);
  return out;
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
