/** A MailboxEvent whose `completed` calls are recorded, so a test can assert "exactly once, within the budget". */
import { StandInArgumentError } from "./channel";

export interface Completion {
  readonly options: unknown;
  readonly at: number;
  /**
   * Options the pretend client's Mailbox version does not have (cancelLabel, commandId, contextData and
   * sendModeOverride are 1.14, errorMessageMarkdown 1.15). The reference does not say what an older client does
   * with them, so the stand-in accepts them and lists them here for tests to assert on.
   */
  readonly unsupported: readonly string[];
}

export interface StandInEvent {
  readonly type: string;
  readonly completed: (options?: unknown) => void;
  /** Every call to completed, in order; a correct handler leaves exactly one. */
  readonly completions: Completion[];
  /** Resolves at the first completed call. */
  readonly done: Promise<Completion>;
  readonly [key: string]: unknown;
}

/** SmartAlertsEventCompletedOptions limits from the API reference ("must be … characters or less"). */
export const COMPLETED_LIMITS = { errorMessage: 500, errorMessageMarkdown: 500, cancelLabel: 20 } as const;

const SMART_ALERTS_SINCE: Readonly<Record<string, number>> = {
  allowEvent: 1.12,
  errorMessage: 1.12,
  cancelLabel: 1.14,
  commandId: 1.14,
  contextData: 1.14,
  sendModeOverride: 1.14,
  errorMessageMarkdown: 1.15,
};

const MOVE_SPAM_ITEM_TO = ["customFolder", "deletedItemsFolder", "junkFolder", "noMove"];

function checkText(o: Record<string, unknown>, key: keyof typeof COMPLETED_LIMITS): void {
  const v = o[key];
  if (v === undefined) return;
  if (typeof v !== "string") throw new StandInArgumentError("event.completed", `${key} must be a string`);
  if (v.length > COMPLETED_LIMITS[key]) {
    throw new StandInArgumentError("event.completed", `${key} must be ${COMPLETED_LIMITS[key]} characters or less`);
  }
}

/**
 * Validates completed's options as the reference states them, throwing (before anything is recorded) where it says
 * "must": texts over their limits, a sendModeOverride other than promptUser, a post-processing dialog without
 * title and description. Returns the Smart Alerts options the client's version lacks.
 */
function validateOptions(type: string, options: unknown, version: number): string[] {
  if (options === undefined) return [];
  if (options === null || typeof options !== "object") {
    throw new StandInArgumentError("event.completed", "options must be an object");
  }
  const o = options as Record<string, unknown>;
  if (type === "SpamReporting") {
    if (o.moveItemTo !== undefined && MOVE_SPAM_ITEM_TO.indexOf(String(o.moveItemTo)) < 0) {
      throw new StandInArgumentError("event.completed", "moveItemTo must be a MoveSpamItemTo value");
    }
    const d = o.showPostProcessingDialog as Record<string, unknown> | undefined;
    if (d !== undefined && (!d || typeof d.title !== "string" || typeof d.description !== "string")) {
      throw new StandInArgumentError("event.completed", "showPostProcessingDialog must have a title and a description");
    }
    return [];
  }
  if (o.allowEvent !== undefined && typeof o.allowEvent !== "boolean") {
    throw new StandInArgumentError("event.completed", "allowEvent must be a boolean");
  }
  checkText(o, "errorMessage");
  checkText(o, "errorMessageMarkdown");
  checkText(o, "cancelLabel");
  if (o.sendModeOverride !== undefined && o.sendModeOverride !== "promptUser") {
    throw new StandInArgumentError("event.completed", "sendModeOverride can only be promptUser");
  }
  return Object.keys(o).filter(
    (k) => SMART_ALERTS_SINCE[k] !== undefined && (SMART_ALERTS_SINCE[k] as number) > version,
  );
}

export function createMailboxEvent(
  type: string,
  extras: Record<string, unknown> = {},
  now: () => number = () => Date.now(),
  /** The pretend client's Mailbox version as a number (1.15 = 1.15); decides `Completion.unsupported`. */
  version = 1.16,
): StandInEvent {
  const completions: Completion[] = [];
  let resolve: (c: Completion) => void = () => undefined;
  const done = new Promise<Completion>((r) => (resolve = r));
  return {
    ...extras,
    type,
    completions,
    done,
    completed(options?: unknown) {
      const unsupported = validateOptions(type, options, version);
      const c = { options, at: now(), unsupported };
      completions.push(c);
      if (completions.length === 1) resolve(c);
    },
  };
}
