/** The AsyncResult shape office.js hands to every callback, and the helpers that build it. */

export interface StandInError {
  readonly code: number;
  readonly name: string;
  readonly message: string;
}

export interface StandInAsyncResult<T> {
  readonly status: "succeeded" | "failed";
  readonly value: T | undefined;
  readonly error?: StandInError;
  readonly asyncContext?: unknown;
  readonly diagnostics?: unknown;
}

export type Callback<T> = (result: StandInAsyncResult<T>) => void;

export function succeeded<T>(value: T, asyncContext?: unknown): StandInAsyncResult<T> {
  return { status: "succeeded", value, asyncContext };
}

export function failed<T>(error: StandInError, asyncContext?: unknown): StandInAsyncResult<T> {
  return { status: "failed", value: undefined, error, asyncContext };
}

/** Error codes the stand-in uses; names follow Outlook's documented error names where one exists. */
export const ERRORS = {
  generic: { code: 9002, name: "InternalServerError", message: "An internal error occurred." },
  invalidAttachmentId: { code: 9017, name: "InvalidAttachmentId", message: "The attachment identifier doesn't exist." },
  attachmentTypeNotSupported: {
    code: 9040,
    name: "AttachmentTypeNotSupported",
    message: "The attachment type isn't supported.",
  },
  sessionDataFull: {
    code: 9057,
    name: "SessionObjectMaxLengthExceeded",
    message: "The session data exceeds the maximum size for this add-in.",
  },
  keyNotFound: { code: 9058, name: "KeyNotFound", message: "The key doesn't exist in session data." },
  // No documented error exists for "the send pipeline stopped the item" (a Smart Alert, for instance); the name
  // is the stand-in's own, and callers should only look at `status`.
  notSent: { code: 9099, name: "ItemNotSent", message: "The item was not sent." },
  // The name is the one DelayDeliveryTime.setAsync documents; the number is the stand-in's own.
  invalidFormat: {
    code: 9098,
    name: "InvalidFormatError",
    message: "The format of the specified data object is not valid.",
  },
} as const;

interface SplitArgs {
  readonly options: { asyncContext?: unknown; [key: string]: unknown } | undefined;
  readonly callback: Callback<unknown> | undefined;
}

/**
 * How many required arguments come before `options?, callback?` in each API (office.js signatures: e.g.
 * `addHandlerAsync(eventType, handler, options?, callback?)`, `sessionData.setAsync(name, value, options?,
 * callback?)`). Without it a required function or object could be taken for the callback or the options: an
 * `addHandlerAsync(type, handler)` without a callback would call the handler with the AsyncResult.
 */
const LEADING_ARGS: Readonly<Record<string, number>> = {
  "sessionData.setAsync": 2,
  "notificationMessages.addAsync": 2,
  "notificationMessages.replaceAsync": 2,
  addHandlerAsync: 2,
  "body.getAsync": 1,
  "sessionData.getAsync": 1,
  "sessionData.removeAsync": 1,
  "notificationMessages.removeAsync": 1,
  "internetHeaders.getAsync": 1,
  "internetHeaders.removeAsync": 1,
  removeHandlerAsync: 1,
  getAttachmentContentAsync: 1,
  removeAttachmentAsync: 1,
  displayNewMessageFormAsync: 1,
};

/** Required arguments of `api` before its optional `options` and `callback`; every setAsync/addAsync takes one. */
export function leadingArgs(api: string): number {
  const n = LEADING_ARGS[api];
  if (n !== undefined) return n;
  return /\.(?:setAsync|addAsync)$/.test(api) ? 1 : 0;
}

/** office.js methods accept `(required…, options?, callback?)`: after the required ones, an object, then a function. */
export function splitTrailingArgs(args: readonly unknown[], leading = 0): SplitArgs {
  let callback: Callback<unknown> | undefined;
  let options: SplitArgs["options"];
  const rest = args.slice(leading);
  if (typeof rest[rest.length - 1] === "function") callback = rest.pop() as Callback<unknown>;
  const last = rest[rest.length - 1];
  if (last !== null && typeof last === "object" && !Array.isArray(last)) options = last as SplitArgs["options"];
  return { options, callback };
}
