import {
  leadingArgs,
  splitTrailingArgs,
  succeeded,
  failed,
  ERRORS,
  type StandInAsyncResult,
  type StandInError,
} from "./async-result";
import { findFault, type Fault } from "./faults";
import { checkPermission, type PermissionLevel } from "./permissions";

/** One logged call: which API, with what first argument, when it started and when its callback ran (if it did). */
export interface CallRecord {
  readonly api: string;
  readonly arg?: unknown;
  readonly startedAt: number;
  endedAt?: number;
  outcome?: "succeeded" | "failed" | "threw" | "hung";
}

export type Scheduler = (fn: () => void, ms: number) => void;

export interface ChannelOptions {
  /** Milliseconds before each callback runs (a round trip to the mail server). Default 0. */
  latencyMs?: number | ((api: string) => number);
  faults?: Fault[];
  /** Defaults to setTimeout: callbacks are always asynchronous, even with zero latency, as in office.js. */
  schedule?: Scheduler;
  now?: () => number;
  /**
   * The manifest's <Permissions>; an API whose documented minimum is higher throws synchronously, as office.js
   * does. Default "ReadWriteMailbox" (nothing refused): tests and the simulator pass manifest.xml's own level.
   */
  permissions?: PermissionLevel;
}

/** Thrown where office.js throws synchronously (bad arguments); the message names the rule that was broken. */
export class StandInArgumentError extends Error {
  constructor(api: string, rule: string) {
    super(`${api}: ${rule}`);
    this.name = "ArgumentError";
  }
}

/**
 * Runs every async API the same way: validate synchronously (throw like office.js), log, apply an injected fault,
 * then deliver an AsyncResult after the configured latency. `work` runs when the call completes, like a server
 * round trip, so state changes become visible only then.
 */
export class Channel {
  readonly calls: CallRecord[] = [];
  readonly faults: Fault[];
  private readonly schedule: Scheduler;
  readonly now: () => number;
  readonly permissions: PermissionLevel;

  constructor(private readonly options: ChannelOptions = {}) {
    this.faults = options.faults ?? [];
    this.schedule =
      options.schedule ??
      ((fn, ms) => {
        setTimeout(fn, ms);
      });
    this.now = options.now ?? (() => Date.now());
    this.permissions = options.permissions ?? "ReadWriteMailbox";
  }

  /** office.js checks the permission level before anything else, and throws. */
  checkPermission(api: string): void {
    checkPermission(api, this.permissions);
  }

  /** Runs `fn` later on the stand-in's scheduler: item events reach their handlers asynchronously, like calls. */
  later(fn: () => void, ms = 0): void {
    this.schedule(fn, ms);
  }

  latencyFor(api: string): number {
    const l = this.options.latencyMs;
    return typeof l === "function" ? l(api) : (l ?? 0);
  }

  /**
   * Like `call`, for the few APIs whose outcome depends on the host (sendAsync runs the send pipeline): the
   * work is asynchronous and starts after the latency.
   */
  callAsync<T>(
    api: string,
    args: readonly unknown[],
    work: () => Promise<{ ok: true; value: T } | { ok: false; error: StandInError }>,
  ): void {
    const started = this.begin(api, args);
    if (!started) return;
    const { options, fault } = started;
    this.schedule(() => {
      if (fault?.kind === "fail") {
        this.end(started, injectedFailure<T>(fault, options?.asyncContext));
        return;
      }
      work().then(
        (r) =>
          this.end(
            started,
            r.ok ? succeeded(r.value, options?.asyncContext) : failed<T>(r.error, options?.asyncContext),
          ),
        () => this.end(started, failed<T>(ERRORS.generic, options?.asyncContext)),
      );
    }, this.latencyFor(api));
  }

  call<T>(
    api: string,
    args: readonly unknown[],
    work: () => { ok: true; value: T } | { ok: false; error: StandInError },
    validate?: () => void,
  ): void {
    const started = this.begin(api, args, validate);
    if (!started) return;
    const { options, fault } = started;
    this.schedule(() => {
      if (fault?.kind === "fail") {
        this.end(started, injectedFailure<T>(fault, options?.asyncContext));
        return;
      }
      const r = work();
      this.end(started, r.ok ? succeeded(r.value, options?.asyncContext) : failed<T>(r.error, options?.asyncContext));
    }, this.latencyFor(api));
  }

  /**
   * What every call does before its callback is scheduled: record it, run argument validation and injected
   * synchronous throws (office.js throws before any callback), and swallow it for good when it is set to hang.
   */
  private begin(api: string, args: readonly unknown[], validate?: () => void) {
    const record: CallRecord = { api, arg: args[0], startedAt: this.now() };
    this.calls.push(record);
    try {
      this.checkPermission(api);
    } catch (e) {
      record.outcome = "threw";
      throw e;
    }
    if (validate) {
      try {
        validate();
      } catch (e) {
        record.outcome = "threw";
        throw e;
      }
    }
    const { options, callback } = splitTrailingArgs(args, leadingArgs(api));
    const fault = findFault(this.faults, api, typeof args[0] === "function" ? undefined : args[0]);
    if (fault?.kind === "throw") {
      record.outcome = "threw";
      throw new StandInArgumentError(api, fault.message ?? "injected synchronous failure");
    }
    if (fault?.kind === "hang") {
      record.outcome = "hung";
      return undefined;
    }
    return { record, options, callback, fault };
  }

  private end<T>(
    started: { record: CallRecord; callback?: ((r: StandInAsyncResult<unknown>) => void) | undefined },
    result: StandInAsyncResult<T>,
  ): void {
    started.record.endedAt = this.now();
    started.record.outcome = result.status;
    if (started.callback) started.callback(result as StandInAsyncResult<unknown>);
  }
}

function injectedFailure<T>(
  fault: { readonly code?: number; readonly name?: string; readonly message?: string },
  asyncContext: unknown,
): StandInAsyncResult<T> {
  return failed<T>(
    {
      code: fault.code ?? ERRORS.generic.code,
      name: fault.name ?? ERRORS.generic.name,
      message: fault.message ?? ERRORS.generic.message,
    },
    asyncContext,
  );
}
