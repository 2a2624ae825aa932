import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A stand-in for Microsoft Graph, over real HTTPS on 127.0.0.1, written from Graph's documentation:
 * - `POST /v1.0/me/sendMail` ("user: sendMail"): 202 Accepted with an empty body; needs Mail.Send.
 * - `POST /v1.0/me/messages/{id}/move` ("message: move"): body { "destinationId": folder id or well-known name },
 *   201 Created with the moved message, which has a new id (the old one is gone); needs Mail.ReadWrite; an id that is
 *   not in the mailbox is 404 ErrorItemNotFound.
 * - Large attachments ("Attach large files to Outlook messages or events", "attachment: createUploadSession",
 *   "Create message", "message: send", "Delete message"):
 *   `POST /v1.0/me/messages` creates a draft in Drafts (201, the message with its id; Mail.ReadWrite);
 *   `POST /v1.0/me/messages/{id}/attachments/createUploadSession` with { AttachmentItem: { attachmentType: "file",
 *   name, size } } (201, an uploadSession whose uploadUrl points back at this server; Mail.ReadWrite; 400
 *   ErrorAttachmentSizeShouldNotBeLessThanMinimumSize under 3 MB);
 *   `PUT {uploadUrl}`: pre-authenticated, so an Authorization header is refused (400) and counted as a violation;
 *   Content-Type application/octet-stream, `Content-Range: bytes {start}-{end}/{total}` with total the session's
 *   size, Content-Length and body the range's length, at most 4 MB; ranges strictly in order (a range that does not
 *   start where nextExpectedRanges says, overlapping or skipping, is 416); 200 with nextExpectedRanges, and 201 with a
 *   Location header once the last byte arrived, when the file becomes the draft's attachment;
 *   `POST /v1.0/me/messages/{id}/send` with no body (202; Mail.Send): the message reaches the recipients (see
 *   `delivered`) and goes to Sent Items, or away when it carries PidTagDeleteAfterSubmit (`Boolean 0x0E01` true);
 *   `DELETE /v1.0/me/messages/{id}` (204; Mail.ReadWrite).
 * Errors are { "error": { "code", "message" } }: 400 for a malformed request, 401 InvalidAuthenticationToken without a
 * well-formed bearer token, 403 ErrorAccessDenied when the token's scopes lack what the call needs, and whatever a
 * test scripts (401, 403, 429 with Retry-After, 5xx) for the attempts it names. It records every request it received.
 *
 * Scopes: access tokens are JWTs (header.payload.signature, each base64url) and a delegated token carries its scopes
 * as the space-separated `scp` claim of the payload. The stand-in reads that claim; it checks no signature (the fake
 * MSAL application in graph-client.js issues unsigned tokens with the scopes it was granted).
 */

export interface Reply {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly error?: { code: string; message: string };
}

export interface Received {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  /** Content-Range, for the PUTs of an upload session. */
  readonly contentRange?: string;
  /** Bytes in the request body. */
  readonly length: number;
  readonly body: any;
  readonly at: number;
}

export interface StoredAttachment {
  readonly name: string;
  readonly contentType: string | undefined;
  readonly bytes: Buffer;
}

/** A message in a scenario's mailbox: its id and the folder it is in (a well-known name). */
export interface StoredMessage {
  readonly id: string;
  readonly folder: string;
  readonly subject: string;
  /** Drafts made through Graph only. */
  readonly draft?: {
    readonly to: string[];
    readonly body: { contentType: string; content: string } | undefined;
    readonly extended: { id: string; value: string }[];
    readonly attachments: StoredAttachment[];
  };
}

/** A message sent from a draft (message: send): what the recipients get. */
export interface Delivered {
  readonly subject: string;
  readonly to: string[];
  readonly body: { contentType: string; content: string } | undefined;
  readonly attachments: StoredAttachment[];
}

export interface GraphStandIn {
  readonly url: string;
  /** PEM of the self-signed certificate: the client trusts it through NODE_EXTRA_CA_CERTS. */
  readonly certFile: string;
  /** Requests per scenario (the first path segment after the port). */
  received(scenario: string): Received[];
  /**
   * Scripted replies for a scenario's requests, in order (sendMail and move count alike); null, or past the end,
   * means the request is judged on its shape.
   */
  script(scenario: string, replies: (Reply | null)[]): void;
  /** Puts messages into a scenario's mailbox (folder inbox unless given). */
  seed(scenario: string, messages: { id: string; subject: string; folder?: string }[]): void;
  /** The scenario's mailbox as it is now. */
  messages(scenario: string): StoredMessage[];
  /** Messages sent from drafts in the scenario. */
  delivered(scenario: string): Delivered[];
  /** Requests that broke a documented rule without Graph being able to answer for it (a bearer token on uploadUrl). */
  violations(scenario: string): string[];
  close(): Promise<void>;
}

/** A throwaway certificate for localhost / 127.0.0.1, made with openssl at test time. */
export function selfSignedCert(): { certFile: string; keyFile: string } {
  const dir = mkdtempSync(join(tmpdir(), "graph-stand-in-"));
  const certFile = join(dir, "cert.pem");
  const keyFile = join(dir, "key.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      keyFile,
      "-out",
      certFile,
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  return { certFile, keyFile };
}

const json = (error: { code: string; message: string }) => JSON.stringify({ error });

/** What Graph checks before it accepts a sendMail: a message with recipients, and attachments with their bytes. */
function shapeError(body: any): string | undefined {
  const m = body && body.message;
  if (!m || typeof m !== "object") return "message is required";
  if (!Array.isArray(m.toRecipients) || m.toRecipients.length === 0) return "toRecipients is required";
  for (const r of m.toRecipients) if (!r?.emailAddress?.address) return "emailAddress.address is required";
  for (const a of m.attachments ?? []) {
    if (a["@odata.type"] !== "#microsoft.graph.fileAttachment") return "unsupported attachment type";
    if (typeof a.name !== "string" || typeof a.contentBytes !== "string") return "name and contentBytes are required";
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(a.contentBytes)) return "contentBytes is not base64";
  }
  return undefined;
}

/** mailFolder's well-known folder names, as Graph's mailFolder resource documents them. */
const WELL_KNOWN_FOLDERS = [
  "archive",
  "clutter",
  "conflicts",
  "conversationhistory",
  "deleteditems",
  "drafts",
  "inbox",
  "junkemail",
  "localfailures",
  "msgfolderroot",
  "outbox",
  "recoverableitemsdeletions",
  "scheduled",
  "searchfolders",
  "sentitems",
  "serverfailures",
  "syncissues",
];

/** The `scp` claim of a bearer JWT, or undefined when the header holds no well-formed JWT. */
export function bearerScopes(authorization: string | undefined): string[] | undefined {
  const m = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]*)$/.exec(authorization ?? "");
  if (!m) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(m[2]!, "base64url").toString("utf8")) as { scp?: unknown };
    return typeof payload.scp === "string" ? payload.scp.split(" ").filter((x) => x !== "") : [];
  } catch {
    return undefined;
  }
}

const MOVE_PATH = /^\/v1\.0\/me\/messages\/([^/]+)\/move$/;
const SESSION_PATH = /^\/v1\.0\/me\/messages\/([^/]+)\/attachments\/createUploadSession$/;
const SEND_PATH = /^\/v1\.0\/me\/messages\/([^/]+)\/send$/;
const MESSAGE_PATH = /^\/v1\.0\/me\/messages\/([^/]+)$/;
const UPLOAD_PATH = /^\/upload\/AttachmentSessions\('([^']+)'\)\?authtoken=\w+$/;
/** createUploadSession's documented bounds (3 MB to 150 MB; 3 MB read as MiB) and the 4 MB per PUT. */
const UPLOAD_MIN = 3 * 1024 * 1024;
const UPLOAD_MAX = 150 * 1000 * 1000;
const RANGE_MAX = 4 * 1024 * 1024;

/** Single-value extended property ids in the proptag form Graph documents: "{type} {proptag}". */
const PROPTAG_ID = /^(Boolean|Integer|Long|String|Binary|SystemTime|Double|Float|Short|CLSID) 0x[\dA-Fa-f]{4}$/;

/** What Graph checks on a draft (message resource JSON): recipients with addresses, extended properties' ids. */
function draftError(body: any): string | undefined {
  if (typeof body !== "object" || body === null || "message" in body) return "a message resource is expected";
  for (const r of body.toRecipients ?? []) if (!r?.emailAddress?.address) return "emailAddress.address is required";
  for (const p of body.singleValueExtendedProperties ?? []) {
    if (typeof p?.id !== "string" || !PROPTAG_ID.test(p.id) || typeof p.value !== "string") {
      return "singleValueExtendedProperties: id must be '{type} {proptag}' and value a string";
    }
  }
  if (body.attachments !== undefined) return "this stand-in creates drafts without attachments only";
  return undefined;
}

interface UploadSession {
  readonly scenario: string;
  readonly messageId: string;
  readonly name: string;
  readonly contentType: string | undefined;
  readonly size: number;
  readonly chunks: Buffer[];
  next: number;
}

export async function startGraphStandIn(): Promise<GraphStandIn> {
  const { certFile, keyFile } = selfSignedCert();
  const received = new Map<string, Received[]>();
  const scripts = new Map<string, (Reply | null)[]>();
  const mailboxes = new Map<string, StoredMessage[]>();
  const sessions = new Map<string, UploadSession>();
  const delivered = new Map<string, Delivered[]>();
  const violations = new Map<string, string[]>();
  let nextId = 1;
  let port = 0;
  const baseUrl = () => `https://localhost:${port}`;

  type Send = (status: number, headers?: Record<string, string>, payload?: string) => void;
  type Fail = (status: number, code: string, message: string) => void;
  /** A PUT to an uploadUrl: one range of the file, strictly after the previous one. */
  const upload = (
    scenario: string,
    path: string,
    headers: IncomingHttpHeaders,
    raw: Buffer,
    send: Send,
    fail: Fail,
  ) => {
    if (headers.authorization !== undefined) {
      // Documented: the uploadUrl is pre-authenticated; the request must carry no Authorization header.
      violations.set(scenario, [...(violations.get(scenario) ?? []), `Authorization header on ${path}`]);
      return fail(400, "InvalidAuthenticationToken", "uploadUrl is pre-authenticated: no Authorization header");
    }
    const sid = decodeURIComponent(UPLOAD_PATH.exec(path)![1]!);
    const session = sessions.get(sid);
    if (!session || session.scenario !== scenario) {
      return fail(404, "ErrorItemNotFound", "The upload session was not found or has expired.");
    }
    if (!/^application\/octet-stream/.test(headers["content-type"] ?? "")) {
      return fail(400, "ErrorInvalidRequest", "Content-Type must be application/octet-stream");
    }
    const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(headers["content-range"] ?? "");
    if (!m) return fail(400, "ErrorInvalidRequest", "Content-Range must be 'bytes {start}-{end}/{total}'");
    const [start, end, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (total !== session.size) return fail(400, "ErrorInvalidRequest", `total ${total} is not the session's size`);
    if (start !== session.next || end < start || end >= total) {
      return send(
        416,
        {},
        JSON.stringify({
          error: { code: "InvalidRange", message: `expected a range from ${session.next}, got ${start}-${end}` },
          nextExpectedRanges: [`${session.next}-`],
        }),
      );
    }
    const length = end - start + 1;
    if (raw.length !== length || Number(headers["content-length"]) !== length) {
      return fail(400, "ErrorInvalidRequest", "Content-Length and the body must match Content-Range");
    }
    if (length > RANGE_MAX) return fail(400, "ErrorInvalidRequest", "at most 4 MB per request");
    session.chunks.push(raw);
    session.next = end + 1;
    const expiration = new Date(Date.now() + 15 * 60_000).toISOString();
    if (session.next < session.size) {
      return send(200, {}, JSON.stringify({ ExpirationDateTime: expiration, nextExpectedRanges: [`${session.next}`] }));
    }
    sessions.delete(sid);
    const message = (mailboxes.get(scenario) ?? []).find((x) => x.id === session.messageId);
    if (!message?.draft) return fail(404, "ErrorItemNotFound", "The message of this upload session is gone.");
    const attachmentId = `AAMkAGAttachment${nextId++}=`;
    message.draft.attachments.push({
      name: session.name,
      contentType: session.contentType,
      bytes: Buffer.concat(session.chunks),
    });
    return send(201, {
      Location: `${baseUrl()}/${scenario}/Messages('${session.messageId}')/Attachments('${attachmentId}')`,
    });
  };
  const server: Server = createServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const [, scenario = "", ...rest] = (req.url ?? "").split("/");
      const path = "/" + rest.join("/");
      const raw = Buffer.concat(chunks);
      let body: any;
      try {
        body = req.method === "PUT" ? undefined : JSON.parse(raw.toString("utf8"));
      } catch {
        body = undefined;
      }
      const list = received.get(scenario) ?? [];
      list.push({
        method: req.method ?? "",
        path,
        authorization: req.headers.authorization,
        contentType: req.headers["content-type"],
        ...(req.headers["content-range"] ? { contentRange: req.headers["content-range"] } : {}),
        length: raw.length,
        body,
        at: Date.now(),
      });
      received.set(scenario, list);
      const send = (status: number, headers: Record<string, string> = {}, payload = "") => {
        res.writeHead(status, { ...(payload ? { "Content-Type": "application/json" } : {}), ...headers });
        res.end(payload);
      };
      const scripted = scripts.get(scenario)?.[list.length - 1];
      if (scripted) return send(scripted.status, scripted.headers, scripted.error ? json(scripted.error) : "");
      const fail = (status: number, code: string, message: string) => send(status, {}, json({ code, message }));
      if (UPLOAD_PATH.test(path)) return upload(scenario, path, req.headers, raw, send, fail);
      const move = MOVE_PATH.exec(path);
      const session = SESSION_PATH.exec(path);
      const sendDraft = SEND_PATH.exec(path);
      const message = MESSAGE_PATH.exec(path);
      const route =
        req.method === "POST" && path === "/v1.0/me/sendMail"
          ? "sendMail"
          : req.method === "POST" && path === "/v1.0/me/messages"
            ? "create"
            : req.method === "POST" && move
              ? "move"
              : req.method === "POST" && session
                ? "session"
                : req.method === "POST" && sendDraft
                  ? "send"
                  : req.method === "DELETE" && message
                    ? "delete"
                    : undefined;
      if (!route) return fail(404, "ResourceNotFound", `no ${req.method} ${path}`);
      if (!req.headers.authorization) return fail(401, "InvalidAuthenticationToken", "Access token is empty.");
      const scopes = bearerScopes(req.headers.authorization);
      if (!scopes) return fail(401, "InvalidAuthenticationToken", "IDX14100: JWT is not well formed.");
      // Each operation's least privileged delegated permission, as its reference page lists it.
      const needed = route === "sendMail" || route === "send" ? "Mail.Send" : "Mail.ReadWrite";
      if (!scopes.includes(needed)) {
        return fail(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
      }
      const box = mailboxes.get(scenario) ?? [];
      mailboxes.set(scenario, box);
      const find = (m: RegExpExecArray) => box.findIndex((x) => x.id === decodeURIComponent(m[1]!));
      const notFound = () => fail(404, "ErrorItemNotFound", "The specified object was not found in the store.");
      if (route === "send" || route === "delete") {
        // message: send documents Content-Length 0 and no body; DELETE has none either.
        if (raw.length !== 0) return fail(400, "ErrorInvalidRequest", "no request body expected");
        const at = find((sendDraft ?? message)!);
        if (at < 0) return notFound();
        const m = box[at]!;
        if (route === "delete") {
          box.splice(at, 1);
          return send(204);
        }
        if (!m.draft) return fail(400, "ErrorInvalidRequest", "only a draft can be sent");
        if (m.draft.to.length === 0) return fail(400, "ErrorInvalidRecipients", "At least one recipient is not valid.");
        delivered.set(scenario, [
          ...(delivered.get(scenario) ?? []),
          { subject: m.subject, to: m.draft.to, body: m.draft.body, attachments: m.draft.attachments },
        ]);
        const deleteAfterSubmit = m.draft.extended.some(
          (p) => p.id.toLowerCase() === "boolean 0x0e01" && p.value.toLowerCase() === "true",
        );
        if (deleteAfterSubmit) box.splice(at, 1);
        else box.splice(at, 1, { id: m.id, folder: "sentitems", subject: m.subject });
        return send(202);
      }
      if (!/^application\/json/.test(req.headers["content-type"] ?? "")) {
        return fail(415, "UnsupportedMediaType", "expected application/json");
      }
      if (body === undefined) return fail(400, "ErrorInvalidRequest", "body is not JSON");
      if (route === "sendMail") {
        const problem = shapeError(body);
        if (problem) return fail(400, "ErrorInvalidRequest", problem);
        return send(202);
      }
      if (route === "create") {
        const problem = draftError(body);
        if (problem) return fail(400, "ErrorInvalidRequest", problem);
        const draft: StoredMessage = {
          id: `AAMkAGDraft${nextId++}AAA=`,
          folder: "drafts",
          subject: typeof body.subject === "string" ? body.subject : "",
          draft: {
            to: (body.toRecipients ?? []).map((r: any) => r.emailAddress.address as string),
            body: body.body,
            extended: body.singleValueExtendedProperties ?? [],
            attachments: [],
          },
        };
        box.push(draft);
        return send(
          201,
          {},
          JSON.stringify({
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/messages/$entity",
            id: draft.id,
            isDraft: true,
            hasAttachments: false,
            subject: draft.subject,
            body: draft.draft!.body,
            toRecipients: draft.draft!.to.map((address) => ({ emailAddress: { address } })),
          }),
        );
      }
      if (route === "session") {
        const at = find(session!);
        if (at < 0) return notFound();
        const item = body.AttachmentItem;
        if (!item || item.attachmentType !== "file" || typeof item.name !== "string" || item.name === "") {
          return fail(400, "ErrorInvalidRequest", "AttachmentItem needs attachmentType file and a name");
        }
        if (!Number.isInteger(item.size) || item.size < 0) {
          return fail(400, "ErrorInvalidRequest", "AttachmentItem.size is required");
        }
        if (item.size < UPLOAD_MIN) {
          return fail(400, "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize", "Attachment size is below 3 MB.");
        }
        if (item.size > UPLOAD_MAX) return fail(400, "ErrorAttachmentSizeExceeded", "Attachment size over 150 MB.");
        const sid = `AAMkAGSession${nextId++}AAA=`;
        sessions.set(sid, {
          scenario,
          messageId: box[at]!.id,
          name: item.name,
          contentType: item.contentType,
          size: item.size,
          chunks: [],
          next: 0,
        });
        return send(
          201,
          {},
          JSON.stringify({
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.uploadSession",
            uploadUrl: `${baseUrl()}/${scenario}/upload/AttachmentSessions('${encodeURIComponent(sid)}')?authtoken=${sid.length}x`,
            expirationDateTime: new Date(Date.now() + 15 * 60_000).toISOString(),
            nextExpectedRanges: ["0-"],
          }),
        );
      }
      const destination = body.destinationId;
      if (typeof destination !== "string" || destination === "") {
        return fail(400, "ErrorInvalidRequest", "destinationId is required");
      }
      if (!WELL_KNOWN_FOLDERS.includes(destination.toLowerCase())) {
        return fail(400, "ErrorInvalidIdMalformed", "Id is malformed.");
      }
      const at = find(move!);
      if (at < 0) return notFound();
      // A move is a copy in the destination and a delete of the original: the message comes back with a new id.
      const moved: StoredMessage = {
        id: `AAMkAGMoved${nextId++}AAA=`,
        folder: destination.toLowerCase(),
        subject: box[at]!.subject,
      };
      box.splice(at, 1, moved);
      return send(
        201,
        {},
        JSON.stringify({
          "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#message",
          "@odata.type": "#microsoft.graph.message",
          id: moved.id,
          parentFolderId: `folder-${moved.folder}`,
          subject: moved.subject,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `https://localhost:${port}`,
    certFile,
    received: (scenario) => received.get(scenario) ?? [],
    script: (scenario, replies) => void scripts.set(scenario, replies),
    seed: (scenario, messages) =>
      void mailboxes.set(scenario, [
        ...(mailboxes.get(scenario) ?? []),
        ...messages.map((m) => ({ id: m.id, subject: m.subject, folder: m.folder ?? "inbox" })),
      ]),
    messages: (scenario) => (mailboxes.get(scenario) ?? []).slice(),
    delivered: (scenario) => (delivered.get(scenario) ?? []).slice(),
    violations: (scenario) => (violations.get(scenario) ?? []).slice(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
