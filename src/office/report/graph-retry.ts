import type { FetchLike } from "./graph-report";

/**
 * The one retry loop behind every Graph request the report path makes: the JSON calls (postToGraph: sendMail, draft,
 * upload session, send, move, delete) and the upload session's PUTs (graph-upload.ts). What the wait rules are is
 * decided here once, following Graph's throttling guidance: after a 429 or a 5xx, wait what Retry-After asks (seconds
 * or an HTTP-date) or else a growing pause; never wait longer than MAX_WAIT_MS (the user is watching the pane, so past
 * that we give up and say so); a request that never reached the server is tried again after the first pause.
 * What differs between callers stays with them: the method and headers (`send`), whether there is a token at all (the
 * upload URL is pre-authenticated and takes no Authorization header), which statuses are success (`judge`) and how
 * many attempts each gets.
 */

/** The longest wait accepted between two attempts, and the pauses used when the server names none. */
export const MAX_WAIT_MS = 30_000;
export const BACKOFF_MS = [1000, 3000, 8000];

/** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return isNaN(at) ? undefined : Math.max(0, at - now);
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type GraphResponse = Awaited<ReturnType<FetchLike>>;

/**
 * What the caller makes of one answer. `done`: return `value` now (success or a refusal worth no retry). `retry`:
 * throttled or a server error, try again after the wait; `value` is the result if no attempt or no time is left.
 * `refresh`: the token was refused, try once more with a fresh one; `value` is the result when that is not possible.
 */
export type RetryVerdict<T> =
  | { readonly kind: "done"; readonly value: T }
  | { readonly kind: "retry"; readonly value: T }
  | { readonly kind: "refresh"; readonly value: T };

export interface RetryingRequest<T> {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** A failure to reach the server at this attempt number or later ends the request. */
  readonly networkAttempts: number;
  /** Absent: the request carries no token (a pre-authenticated URL), and a `refresh` verdict ends it. */
  readonly auth?: {
    /** An access token; `forceRefresh` after a 401. Undefined: no token to be had. */
    readonly getToken: (forceRefresh: boolean) => Promise<string | undefined>;
    /** The result when there is no token to begin with. */
    readonly missing: T;
  };
  /** One attempt: the fetch, with the current token when `auth` is given. */
  readonly send: (token: string | undefined) => Promise<GraphResponse>;
  /** The verdict on an answer; `text` is its body ("" when it could not be read). */
  readonly judge: (res: GraphResponse, text: string, attempt: number) => RetryVerdict<T>;
  /** The result when the request did not reach the server (offline, DNS, TLS). */
  readonly networkFailure: (detail: string, attempt: number) => T;
  /** The result if the attempts run out with nothing better to report. */
  readonly fallback: T;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

export async function requestWithRetries<T>(r: RetryingRequest<T>): Promise<T> {
  const sleep = r.sleep || defaultSleep;
  const now = r.now || Date.now;
  let token: string | undefined;
  if (r.auth) {
    token = await r.auth.getToken(false);
    if (!token) return r.auth.missing;
  }
  let refreshed = false;
  let last = r.fallback;
  for (let attempt = 1; attempt <= r.maxAttempts; attempt++) {
    let res: GraphResponse;
    try {
      res = await r.send(token);
    } catch (e) {
      // Nothing reached the server, so nothing was done twice: another try after a pause, up to networkAttempts.
      last = r.networkFailure(e instanceof Error ? e.message : String(e), attempt);
      if (attempt >= r.networkAttempts) return last;
      await sleep(BACKOFF_MS[0] as number);
      continue;
    }
    const text = await res.text().catch(() => "");
    const verdict = r.judge(res, text, attempt);
    if (verdict.kind === "done") return verdict.value;
    if (verdict.kind === "refresh") {
      // An expired or revoked token: a fresh one once; a second refusal means the app itself is refused.
      if (!r.auth || refreshed) return verdict.value;
      refreshed = true;
      const fresh = await r.auth.getToken(true);
      if (!fresh) return verdict.value;
      token = fresh;
      continue;
    }
    last = verdict.value;
    if (attempt >= r.maxAttempts) return last;
    const asked = retryAfterMs(res.headers.get("Retry-After"), now());
    const wait = asked !== undefined ? asked : (BACKOFF_MS[Math.min(attempt - 1, BACKOFF_MS.length - 1)] as number);
    // Graph may ask for minutes; past our limit we give up and say so rather than keep the user waiting.
    if (wait > MAX_WAIT_MS) return last;
    await sleep(wait);
  }
  return last;
}
