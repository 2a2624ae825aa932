import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A stand-in for Microsoft Graph's `POST /v1.0/me/sendMail`, over real HTTPS on 127.0.0.1, written from Graph's
 * documentation: 202 Accepted with an empty body on success; errors as { "error": { "code", "message" } } with 400
 * for a malformed request, 401 InvalidAuthenticationToken without a bearer token, and whatever a test scripts
 * (401, 403, 429 with Retry-After, 5xx) for the attempts it names. It records every request it received.
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

export interface GraphStandIn {
  readonly url: string;
  /** PEM of the self-signed certificate: the client trusts it through NODE_EXTRA_CA_CERTS. */
  readonly certFile: string;
  /** Requests per scenario (the first path segment after the port). */
  received(scenario: string): Received[];
  /** Scripted replies for a scenario's attempts, in order; past the end every request is judged on its shape. */
  script(scenario: string, replies: Reply[]): void;
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

export async function startGraphStandIn(): Promise<GraphStandIn> {
  const { certFile, keyFile } = selfSignedCert();
  const received = new Map<string, Received[]>();
  const scripts = new Map<string, Reply[]>();
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
      if (req.method !== "POST" || path !== "/v1.0/me/sendMail") {
        return send(404, {}, json({ code: "ResourceNotFound", message: `no ${req.method} ${path}` }));
      }
      if (!/^Bearer \S+$/.test(req.headers.authorization ?? "")) {
        return send(401, {}, json({ code: "InvalidAuthenticationToken", message: "Access token is empty." }));
      }
      if (!/^application\/json/.test(req.headers["content-type"] ?? "")) {
        return send(415, {}, json({ code: "UnsupportedMediaType", message: "expected application/json" }));
      }
      const problem = body === undefined ? "body is not JSON" : shapeError(body);
      if (problem) return send(400, {}, json({ code: "ErrorInvalidRequest", message: problem }));
      return send(202);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://localhost:${port}`,
    certFile,
    received: (scenario) => received.get(scenario) ?? [],
    script: (scenario, replies) => void scripts.set(scenario, replies),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
