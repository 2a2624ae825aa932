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
} as const;

interface SplitArgs {
  readonly options: { asyncContext?: unknown; [key: string]: unknown } | undefined;
  readonly callback: Callback<unknown> | undefined;
}

/** office.js methods accept `(…, options?, callback?)`: the callback is the last function, options the object before. */
export function splitTrailingArgs(args: readonly unknown[]): SplitArgs {
  let callback: Callback<unknown> | undefined;
  let options: SplitArgs["options"];
  const rest = [...args];
  if (typeof rest[rest.length - 1] === "function") callback = rest.pop() as Callback<unknown>;
  const last = rest[rest.length - 1];
  if (last !== null && typeof last === "object" && !Array.isArray(last)) options = last as SplitArgs["options"];
  return { options, callback };
}
