import type { ReportMessage } from "../../core/suspicious/report-message";
import {
  failureDetail,
  graphError,
  graphUrl,
  postToGraph,
  reportMessageFields,
  type FetchLike,
  type GraphFailure,
  type GraphPostResult,
} from "./graph-report";
import { requestWithRetries } from "./graph-retry";

/**
 * A report whose original is too big for sendMail's 4 MB request, delivered the way Graph documents for large
 * attachments ("Attach large files to Outlook messages or events", learn.microsoft.com/graph/outlook-large-attachments):
 *   1. `POST /me/messages`: a draft with the report's subject, body and recipient (201 Created, the message with its id;
 *      needs Mail.ReadWrite);
 *   2. `POST /me/messages/{id}/attachments/createUploadSession` with an attachmentItem (201 Created, an uploadSession
 *      with `uploadUrl`; needs Mail.ReadWrite; only for files between 3 MB and 150 MB);
 *   3. `PUT` the bytes to uploadUrl in order, each range under 4 MB, with `Content-Range: bytes {start}-{end}/{total}`
 *      and `Content-Type: application/octet-stream`, and NO Authorization header: the URL is pre-authenticated (its
 *      token lives in the URL and expires at expirationDateTime). 200 OK with nextExpectedRanges until the last range,
 *      which gets 201 Created;
 *   4. `POST /me/messages/{id}/send` (202 Accepted, no body; needs Mail.Send).
 * Mail.ReadWrite is the scope an organisation grants only when afterReport moves reported mail, so the caller uses this
 * path only then. Any failure after the draft exists deletes the draft (`DELETE /me/messages/{id}`, 204), so no copy of
 * a possibly malicious original is left in the user's Drafts.
 */

/** Graph's lower bound for an upload session ("3 MB"); read as MiB so that either reading of the docs is met. */
export const UPLOAD_SESSION_MIN_BYTES = 3 * 1024 * 1024;
/** Graph's upper bound for an attachment (150 MB); the tenant's message size limit (35 MB by default) may be lower. */
export const UPLOAD_SESSION_MAX_BYTES = 150 * 1000 * 1000;
/** 3.75 MiB: under the documented 4 MB per PUT, and a multiple of 320 KiB like every other Graph upload session. */
export const UPLOAD_CHUNK_BYTES = 12 * 320 * 1024;
/** Tries per range (first one included) after a 5xx, a 429 or a network failure. */
const CHUNK_ATTEMPTS = 3;

/**
 * PidTagDeleteAfterSubmit (MAPI 0x0E01, Boolean): the server deletes the message once it is sent ([MS-OXOMSG]
 * 2.2.3.8). message: send otherwise keeps a copy in Sent Items; sendMail's path sets saveToSentItems false for the same
 * reason: a second copy of a possibly malicious attachment has no place in the reporter's mailbox.
 */
export const DELETE_AFTER_SUBMIT = { id: "Boolean 0x0E01", value: "true" } as const;

/** The draft: the same subject, body and recipient as the sendMail message, without the attachment. */
export function draftBody(report: ReportMessage) {
  return { ...reportMessageFields(report), singleValueExtendedProperties: [DELETE_AFTER_SUBMIT] };
}

/** createUploadSession's request body (an attachmentItem: type, name and size in bytes are required). */
export function uploadSessionBody(name: string, size: number) {
  return { AttachmentItem: { attachmentType: "file", name, size, contentType: "message/rfc822" } };
}

/** Where a failed large delivery stopped: the pane's detail names it. */
export type UploadStage = "consent" | "create" | "session" | "upload" | "send";

export type UploadResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: GraphFailure;
      readonly stage?: UploadStage;
      readonly detail?: string;
      /** A draft was created and could not be deleted afterwards. */
      readonly strayDraft?: boolean;
    };

export interface UploadInput {
  readonly report: ReportMessage;
  /** The original's bytes (decoded from getAsFileAsync's base64). */
  readonly bytes: Uint8Array;
  readonly attachmentName: string;
  /** A token with Mail.ReadWrite: draft, upload session, delete. */
  readonly getWriteToken: (forceRefresh: boolean) => Promise<string | undefined>;
  /** A token with Mail.Send: message send. */
  readonly getSendToken: (forceRefresh: boolean) => Promise<string | undefined>;
  readonly fetch: FetchLike;
  readonly baseUrl?: string;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

type Fail = Extract<UploadResult, { ok: false }>;

const fromPost = (stage: UploadStage, r: Extract<GraphPostResult, { ok: false }>): Fail => ({
  ok: false,
  reason: r.reason,
  stage,
  detail: `${stage}: ${failureDetail(r)}`,
});

function jsonOf(text: string): Record<string, unknown> | undefined {
  try {
    const o = JSON.parse(text) as unknown;
    return o && typeof o === "object" ? (o as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The first nextExpectedRanges entry's start ("2097152", "2097152-" or "2097152-4194303"). */
export function nextExpectedStart(text: string): number | undefined {
  const ranges = jsonOf(text)?.nextExpectedRanges;
  const first = Array.isArray(ranges) ? (ranges[0] as unknown) : undefined;
  const m = typeof first === "string" ? /^(\d+)(-\d*)?$/.exec(first) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * PUTs every range in order. A range that fails with 5xx, 429 or no answer is sent again (after Retry-After or a
 * pause, graph-retry.ts); 404 means the session expired or was removed, and anything else is a refusal: both end the
 * upload. The URL is pre-authenticated, so there is no token to refresh: a 401 ends it too.
 */
async function putRanges(uploadUrl: string, bytes: Uint8Array, input: UploadInput): Promise<Fail | undefined> {
  const total = bytes.length;
  let start = 0;
  while (start < total) {
    const from = start;
    const end = Math.min(from + UPLOAD_CHUNK_BYTES, total) - 1;
    const body = bytes.buffer.slice(bytes.byteOffset + from, bytes.byteOffset + end + 1) as ArrayBuffer;
    // A number: where the next range starts; a Fail: the upload ends.
    const next = await requestWithRetries<number | Fail>({
      maxAttempts: CHUNK_ATTEMPTS,
      networkAttempts: CHUNK_ATTEMPTS,
      // Content-Length comes from the body (browsers refuse to let a script set it); no Authorization header.
      send: () =>
        input.fetch(uploadUrl, {
          method: "PUT",
          headers: { "Content-Type": "application/octet-stream", "Content-Range": `bytes ${from}-${end}/${total}` },
          body,
        }),
      judge: (res, text) => {
        const err = graphError(text);
        const fail = (reason: GraphFailure): Fail => ({
          ok: false,
          reason,
          stage: "upload",
          detail: ["upload:", `bytes ${from}-${end}/${total}`, res.status, err.code, err.message]
            .filter((x) => x !== undefined && x !== "")
            .join(" "),
        });
        if (res.status === 201) {
          // Created: the attachment is complete. Only the last range may end the session.
          return { kind: "done", value: end !== total - 1 ? fail("rejected") : total };
        }
        if (res.status === 200) {
          const said = nextExpectedStart(text);
          // The server names where to go on; it must be past this range's start, or the upload would never end.
          const at = said !== undefined ? said : end + 1;
          return { kind: "done", value: at <= from || at > total ? fail("rejected") : at };
        }
        if (res.status === 404) return { kind: "done", value: fail("rejected") };
        if (res.status === 429) return { kind: "retry", value: fail("throttled") };
        if (res.status >= 500) return { kind: "retry", value: fail("server") };
        return { kind: "done", value: fail(res.status === 401 || res.status === 403 ? "unauthorized" : "rejected") };
      },
      networkFailure: (detail) => ({ ok: false, reason: "network", stage: "upload", detail }),
      fallback: { ok: false, reason: "server", stage: "upload" },
      sleep: input.sleep,
      now: input.now,
    });
    if (typeof next !== "number") return next;
    start = next;
  }
  return undefined;
}

export async function sendLargeReportThroughGraph(input: UploadInput): Promise<UploadResult> {
  const size = input.bytes.length;
  if (size < UPLOAD_SESSION_MIN_BYTES || size > UPLOAD_SESSION_MAX_BYTES) return { ok: false, reason: "too-large" };
  const common = { fetch: input.fetch, sleep: input.sleep, now: input.now };
  const created = await postToGraph({
    ...common,
    url: graphUrl(input.baseUrl, "/me/messages"),
    body: JSON.stringify(draftBody(input.report)),
    getToken: input.getWriteToken,
  });
  if (!created.ok) return fromPost("create", created);
  const id = jsonOf(created.text)?.id;
  if (typeof id !== "string" || id === "") return { ok: false, reason: "rejected", stage: "create", detail: "no id" };
  const draftPath = `/me/messages/${encodeURIComponent(id)}`;

  const outcome = await (async (): Promise<Fail | undefined> => {
    const session = await postToGraph({
      ...common,
      url: graphUrl(input.baseUrl, `${draftPath}/attachments/createUploadSession`),
      body: JSON.stringify(uploadSessionBody(input.attachmentName, size)),
      getToken: input.getWriteToken,
    });
    if (!session.ok) return fromPost("session", session);
    const uploadUrl = jsonOf(session.text)?.uploadUrl;
    if (typeof uploadUrl !== "string" || !/^https:\/\//i.test(uploadUrl)) {
      return { ok: false, reason: "rejected", stage: "session", detail: "session: no https uploadUrl" };
    }
    const uploaded = await putRanges(uploadUrl, input.bytes, input);
    if (uploaded) return uploaded;
    const sent = await postToGraph({
      ...common,
      url: graphUrl(input.baseUrl, `${draftPath}/send`),
      body: "",
      getToken: input.getSendToken,
    });
    return sent.ok ? undefined : fromPost("send", sent);
  })();
  if (!outcome) return { ok: true };
  // Leave nothing behind: the draft holds the report and possibly part of the original.
  const deleted = await postToGraph({
    ...common,
    method: "DELETE",
    url: graphUrl(input.baseUrl, draftPath),
    body: "",
    getToken: input.getWriteToken,
  });
  return deleted.ok ? outcome : { ...outcome, strayDraft: true };
}
