import { trimEndWhere } from "../../core/trim";
import type { ReportMessage } from "../../core/suspicious/report-message";
import { requestWithRetries } from "./graph-retry";

// Kept importable from here, where they were first defined.
export { BACKOFF_MS, MAX_WAIT_MS, defaultSleep, retryAfterMs } from "./graph-retry";

/**
 * Delivers the report through Microsoft Graph: `POST /me/sendMail` with the report as a plain-text body and the
 * original as one fileAttachment (message/rfc822), its bytes exactly as getAsFileAsync gave them (base64). No compose
 * window, no server of ours. The access token comes from nested app authentication (naa-token.ts), injected here so
 * this file carries no MSAL and can be tested against any HTTPS server that speaks Graph's documented shapes:
 *   202 Accepted (no body) on success; 401 when the token is missing, expired or for the wrong audience; 403 when the
 *   scope is not consented; 429 with Retry-After (seconds) when throttled; 503/504 (sometimes with Retry-After) when
 *   the service is busy; errors carry { "error": { "code", "message" } }.
 * Defender's "user reported" mailbox reads such a mail: the unmodified original as an uncompressed .eml attachment,
 * one attached message per report, and the subject convention of report-message.ts.
 */

export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

/**
 * Graph refuses a sendMail request over 4 MB. Keep a margin for the JSON around the attachment; a bigger original
 * needs a draft and an upload session (graph-upload.ts, only where Mail.ReadWrite is granted) or the compose form.
 */
export const MAX_SENDMAIL_REQUEST_BYTES = 4 * 1000 * 1000 - 64 * 1024;

/** Attempts per request (first try included); the waits between them are graph-retry.ts's. */
const MAX_ATTEMPTS = 4;

export type FetchLike = (
  url: string,
  /** A JSON text for Graph, raw bytes for an upload session's PUT, nothing for a DELETE. */
  init: { method: string; headers: Record<string, string>; body?: string | ArrayBuffer },
) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

export type GraphFailure =
  /** The token was refused even after a fresh one was fetched. */
  | "unauthorized"
  /** The user or the tenant has not granted Mail.Send (or policy forbids it). */
  | "forbidden"
  /** Still throttled after waiting what Retry-After asked, or it asked for longer than we can wait. */
  | "throttled"
  /** 5xx on every attempt. */
  | "server"
  /** Any other 4xx: the request itself was refused (a bad address, say). */
  | "rejected"
  /** The request did not reach Graph (offline, DNS, TLS). */
  | "network"
  | "too-large"
  /** getAsFileAsync gave something that is not base64. */
  | "bad-eml"
  | "no-token";

export type GraphSendResult =
  | { readonly ok: true; readonly attempts: number }
  | {
      readonly ok: false;
      readonly reason: GraphFailure;
      readonly attempts: number;
      readonly status?: number;
      /** Graph's error.code, when it sent one ("ErrorAccessDenied", "ApplicationThrottled" …). */
      readonly code?: string;
      readonly detail?: string;
    };

export interface GraphSendInput {
  readonly report: ReportMessage;
  /** The original as getAsFileAsync returned it: base64 of the EML. Sent as is (whitespace aside). */
  readonly emlBase64: string;
  readonly attachmentName: string;
  /** An access token for Graph with Mail.Send; `forceRefresh` after a 401. Undefined: no token to be had. */
  readonly getToken: (forceRefresh: boolean) => Promise<string | undefined>;
  readonly fetch: FetchLike;
  /** Tests point this at a local stand-in; production always uses GRAPH_BASE_URL. */
  readonly baseUrl?: string;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

/** The report as a Graph message resource (subject, body, recipients): sendMail's message and a draft share it. */
export function reportMessageFields(report: ReportMessage) {
  return {
    subject: report.subject,
    // Text, not HTML: the body holds sender-chosen strings and nothing in it should be interpreted.
    body: { contentType: "Text", content: report.bodyText },
    toRecipients: [{ emailAddress: { address: report.to } }],
  };
}

/** The sendMail request body, as Graph documents it (message + saveToSentItems). */
export function sendMailBody(report: ReportMessage, emlBase64: string, attachmentName: string) {
  return {
    message: {
      ...reportMessageFields(report),
      attachments: [
        {
          "@odata.type": "#microsoft.graph.fileAttachment",
          name: attachmentName,
          contentType: "message/rfc822",
          contentBytes: emlBase64,
        },
      ],
    },
    // A copy in Sent Items would keep a second copy of a possibly malicious attachment in the user's mailbox.
    saveToSentItems: false,
  };
}

const BASE64 = /^[\d+/a-z]*={0,2}$/i;

/** Whitespace is not data in base64 (some clients wrap lines); anything else outside the alphabet is refused. */
export function cleanBase64(raw: string): string | undefined {
  const s = raw.replace(/[\r\n\t ]/g, "");
  return s.length > 0 && s.length % 4 === 0 && BASE64.test(s) ? s : undefined;
}

/** UTF-8 length without TextEncoder (this file stays usable in the ES2016 event runtime). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function graphError(text: string): { code?: string; message?: string } {
  try {
    const o = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    const e = o && o.error;
    if (!e) return {};
    return {
      code: typeof e.code === "string" ? e.code : undefined,
      message: typeof e.message === "string" ? e.message.slice(0, 300) : undefined,
    };
  } catch {
    return {};
  }
}

/** A Graph URL from the base (tests point it at a stand-in) and a path starting with "/". */
export function graphUrl(baseUrl: string | undefined, path: string): string {
  return trimEndWhere(baseUrl || GRAPH_BASE_URL, (c) => c === 47) + path;
}

export interface GraphPostInput {
  readonly url: string;
  /** POST unless said otherwise; a DELETE sends no body. */
  readonly method?: "POST" | "DELETE";
  /** The JSON request body, already serialised: every attempt sends the same bytes. "" for none (Content-Length 0). */
  readonly body: string;
  /** An access token with the scope the request needs; `forceRefresh` after a 401. Undefined: no token to be had. */
  readonly getToken: (forceRefresh: boolean) => Promise<string | undefined>;
  readonly fetch: FetchLike;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

export type GraphPostResult =
  | { readonly ok: true; readonly attempts: number; readonly status: number; readonly text: string }
  | Extract<GraphSendResult, { ok: false }>;

/**
 * One Graph POST (or DELETE) with the retries Graph's throttling guidance asks for (graph-retry.ts): a 401 once with a
 * fresh token, 429 and 5xx after Retry-After (or a growing pause) up to MAX_ATTEMPTS, a network failure once more.
 * sendMail and message move both go through here, so a report and the move after it behave the same under load.
 */
export async function postToGraph(input: GraphPostInput): Promise<GraphPostResult> {
  const noResult: GraphPostResult = { ok: false, reason: "server", attempts: 0 };
  return requestWithRetries<GraphPostResult>({
    maxAttempts: MAX_ATTEMPTS,
    networkAttempts: 2,
    auth: { getToken: input.getToken, missing: { ok: false, reason: "no-token", attempts: 0 } },
    send: (token) =>
      input.fetch(
        input.url,
        input.method === "DELETE"
          ? { method: "DELETE", headers: { Authorization: `Bearer ${token}` } }
          : {
              method: "POST",
              // message: send takes no body (Content-Length 0), so it gets no Content-Type either.
              headers:
                input.body === ""
                  ? { Authorization: `Bearer ${token}` }
                  : { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
              body: input.body,
            },
      ),
    judge: (res, text, attempt) => {
      if (res.status >= 200 && res.status < 300) {
        return { kind: "done", value: { ok: true, attempts: attempt, status: res.status, text } };
      }
      const err = graphError(text);
      const failure = (reason: GraphFailure): GraphPostResult => ({
        ok: false,
        reason,
        attempts: attempt,
        status: res.status,
        code: err.code,
        detail: err.message,
      });
      if (res.status === 401) return { kind: "refresh", value: failure("unauthorized") };
      if (res.status === 403) return { kind: "done", value: failure("forbidden") };
      if (res.status === 413) return { kind: "done", value: failure("too-large") };
      if (res.status === 429) return { kind: "retry", value: failure("throttled") };
      if (res.status >= 500) return { kind: "retry", value: failure("server") };
      return { kind: "done", value: failure("rejected") };
    },
    networkFailure: (detail, attempt) => ({ ok: false, reason: "network", attempts: attempt, detail }),
    fallback: noResult,
    sleep: input.sleep,
    now: input.now,
  });
}

/** A failed request in one line for the pane's detail: status, Graph's error code and message, or the reason. */
export function failureDetail(r: Extract<GraphSendResult, { ok: false }>): string {
  const parts = [r.status, r.code, r.detail].filter((x) => x !== undefined && x !== "");
  return parts.length > 0 ? parts.join(" ") : r.reason;
}

export async function sendReportThroughGraph(input: GraphSendInput): Promise<GraphSendResult> {
  const eml = cleanBase64(input.emlBase64);
  if (eml === undefined) return { ok: false, reason: "bad-eml", attempts: 0 };
  const body = JSON.stringify(sendMailBody(input.report, eml, input.attachmentName));
  if (utf8Length(body) > MAX_SENDMAIL_REQUEST_BYTES) return { ok: false, reason: "too-large", attempts: 0 };
  const r = await postToGraph({
    url: graphUrl(input.baseUrl, "/me/sendMail"),
    body,
    getToken: input.getToken,
    fetch: input.fetch,
    sleep: input.sleep,
    now: input.now,
  });
  // 202 Accepted is sendMail's documented success; no body to read.
  return r.ok ? { ok: true, attempts: r.attempts } : r;
}
