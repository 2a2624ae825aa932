import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
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
  readonly body: any;
  readonly at: number;
}

/** A message in a scenario's mailbox: its id and the folder it is in (a well-known name). */
export interface StoredMessage {
  readonly id: string;
  readonly folder: string;
  readonly subject: string;
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

export async function startGraphStandIn(): Promise<GraphStandIn> {
  const { certFile, keyFile } = selfSignedCert();
  const received = new Map<string, Received[]>();
  const scripts = new Map<string, (Reply | null)[]>();
  const mailboxes = new Map<string, StoredMessage[]>();
  let nextId = 1;
  const server: Server = createServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const [, scenario = "", ...rest] = (req.url ?? "").split("/");
      const path = "/" + rest.join("/");
      const text = Buffer.concat(chunks).toString("utf8");
      let body: any;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const list = received.get(scenario) ?? [];
      list.push({
        method: req.method ?? "",
        path,
        authorization: req.headers.authorization,
        contentType: req.headers["content-type"],
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
      const move = MOVE_PATH.exec(path);
      if (req.method !== "POST" || (path !== "/v1.0/me/sendMail" && !move)) {
        return send(404, {}, json({ code: "ResourceNotFound", message: `no ${req.method} ${path}` }));
      }
      if (!req.headers.authorization) {
        return send(401, {}, json({ code: "InvalidAuthenticationToken", message: "Access token is empty." }));
      }
      const scopes = bearerScopes(req.headers.authorization);
      if (!scopes) {
        return send(
          401,
          {},
          json({ code: "InvalidAuthenticationToken", message: "IDX14100: JWT is not well formed." }),
        );
      }
      const needed = move ? "Mail.ReadWrite" : "Mail.Send";
      if (!scopes.includes(needed)) {
        return send(
          403,
          {},
          json({ code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again." }),
        );
      }
      if (!/^application\/json/.test(req.headers["content-type"] ?? "")) {
        return send(415, {}, json({ code: "UnsupportedMediaType", message: "expected application/json" }));
      }
      if (body === undefined) return send(400, {}, json({ code: "ErrorInvalidRequest", message: "body is not JSON" }));
      if (!move) {
        const problem = shapeError(body);
        if (problem) return send(400, {}, json({ code: "ErrorInvalidRequest", message: problem }));
        return send(202);
      }
      const destination = body.destinationId;
      if (typeof destination !== "string" || destination === "") {
        return send(400, {}, json({ code: "ErrorInvalidRequest", message: "destinationId is required" }));
      }
      if (!WELL_KNOWN_FOLDERS.includes(destination.toLowerCase())) {
        return send(400, {}, json({ code: "ErrorInvalidIdMalformed", message: "Id is malformed." }));
      }
      const id = decodeURIComponent(move[1]!);
      const box = mailboxes.get(scenario) ?? [];
      const at = box.findIndex((m) => m.id === id);
      if (at < 0) {
        return send(
          404,
          {},
          json({ code: "ErrorItemNotFound", message: "The specified object was not found in the store." }),
        );
      }
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
  const port = (server.address() as AddressInfo).port;
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
