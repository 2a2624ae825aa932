/**
 * `event.completed` exactly once. Every path of a handler ends here; a second call (a late Office callback after
 * the deadline already decided) is ignored. If Outlook rejects the options synchronously (an older client that
 * does not know a property), the essential part is retried so the user is never left waiting for the timeout.
 */
export interface CompletionGuard {
  readonly done: boolean;
  complete(options?: Office.SmartAlertsEventCompletedOptions): boolean;
}

export function completionGuard(event: { completed(options?: unknown): void }): CompletionGuard {
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
          else event.completed({ allowEvent: options.allowEvent, errorMessage: options.errorMessage });
        } catch {
          // Nothing more can be done from inside the handler; Outlook's own timeout takes over.
        }
      }
      return true;
    },
  };
}
