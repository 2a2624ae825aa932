import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { request } from "node:https";
import { bearerScopes, startGraphStandIn, type GraphStandIn, type Received } from "./graph-stand-in";
import { UPLOAD_CHUNK_BYTES } from "../../../src/office/report/graph-upload";

/**
 * The pane's Graph delivery end to end: getAsFileAsync's base64, a token from the (fake) MSAL application, the real
 * global fetch over HTTPS to a Graph stand-in on localhost with a certificate made for this run. The client runs in
 * a child process (graph-client.js) so that Node trusts that certificate the ordinary way, NODE_EXTRA_CA_CERTS.
 */

// The originals are made here, not read from elsewhere: an ISO-2022-JP mail (7-bit escapes that any re-encoding
// would break) and a 2.2 MB mail with a base64 attachment, written byte for byte to a folder of this run.
const ORIGINALS = mkdtempSync(join(tmpdir(), "graph-originals-"));
const ISO2022 = join(ORIGINALS, "iso-2022-jp.eml");
const LARGE = join(ORIGINALS, "large.eml");
writeFileSync(
  ISO2022,
  Buffer.concat([
    Buffer.from(
      "From: =?ISO-2022-JP?B?GyRCO3ZMMzJdGyhC?= <jimu@example.net>\r\nTo: staff@example.go.jp\r\n" +
        "Subject: =?ISO-2022-JP?B?GyRCJVElOSVvITwlSRsoQg==?=\r\nMIME-Version: 1.0\r\n" +
        'Content-Type: text/plain; charset="ISO-2022-JP"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n',
      "latin1",
    ),
    // "パスワードを確認してください" in ISO-2022-JP: ESC $ B … ESC ( B.
    Buffer.from("1b2442255125392571213c25492472336e4725244637242f24402435242424a41b2842", "hex"),
    Buffer.from("\r\n", "latin1"),
  ]),
);
/** A multipart mail: `head` (headers and the parts before it), then `bytes` random bytes as a base64 part. */
function mailWithBase64Part(head: string, bytes: number, boundary: string): Buffer {
  const lines =
    randomBytes(bytes)
      .toString("base64")
      .match(/.{1,76}/g) ?? [];
  return Buffer.concat([
    Buffer.from(head, "latin1"),
    Buffer.from(lines.join("\r\n"), "latin1"),
    Buffer.from(`\r\n--${boundary}--\r\n`, "latin1"),
  ]);
}
writeFileSync(
  LARGE,
  mailWithBase64Part(
    "From: sender@example.net\r\nTo: staff@example.go.jp\r\nSubject: large original\r\nMIME-Version: 1.0\r\n" +
      'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n' +
      '--b1\r\nContent-Type: application/octet-stream; name="data.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n',
    1_650_000,
    "b1",
  ),
);
// A 5.2 MB original (a mail carrying a scanned PDF, say): over sendMail's 4 MB request even before base64.
const HUGE = join(ORIGINALS, "huge.eml");
writeFileSync(
  HUGE,
  mailWithBase64Part(
    `From: =?UTF-8?B?${Buffer.from("人事課").toString("base64")}?= <jinji@example.net>\r\nTo: staff@example.go.jp\r\n` +
      `Subject: =?UTF-8?B?${Buffer.from("【要確認】給与明細書").toString("base64")}?=\r\nMIME-Version: 1.0\r\n` +
      'Content-Type: multipart/mixed; boundary="b2"\r\n\r\n--b2\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n' +
      'see attached\r\n--b2\r\nContent-Type: application/pdf; name="meisai.pdf"\r\n' +
      "Content-Transfer-Encoding: base64\r\n\r\n",
    3_900_000,
    "b2",
  ),
);
const CLIENT_ID = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const TENANT_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const GRAPH = { clientId: CLIENT_ID, tenantId: TENANT_ID };
const ANSWERS = { "opened-attachment": "no", "clicked-link": "yes", "entered-credentials": "unsure" };

// The read item's id as Outlook gives it (EWS format: standard base64) and as Graph names it (URL-safe).
const EWS_ID = "AAMkAGI2TG93AAA/bq+VZAAARgAAAA==";
const REST_ID = "AAMkAGI2TG93AAA-bq_VZAAARgAAAA==";

interface Scenario {
  name: string;
  emlFile: string;
  graph: typeof GRAPH | null;
  naa: boolean;
  client: "ok" | "popup" | "fail" | "send-only" | "send-only-popup";
  afterReport?: "keep" | "junk" | "delete";
  itemId?: string;
  sharedOwner?: string;
  answers: Record<string, string>;
  subject: string;
  freeText?: string;
}

interface Result {
  name: string;
  outcome: { kind: string; why?: string; detail?: string };
  statuses: { kind: string; fallback?: string; move?: { kind: string; to: string; why?: string; detail?: string } }[];
  calls: { call: string; scopes?: string[]; forceRefresh?: boolean; id?: string; version?: string }[];
  factoryConfigs: { auth: { clientId: string; authority: string } }[];
  elapsedMs: number;
  report: { to: string; subject: string; bodyText: string };
}

const scenario = (name: string, change: Partial<Scenario> = {}): Scenario => ({
  name,
  emlFile: ISO2022,
  graph: GRAPH,
  naa: true,
  client: "ok",
  answers: ANSWERS,
  subject: "【至急】パスワードの有効期限について",
  itemId: EWS_ID,
  ...change,
});

let graph: GraphStandIn;
let results: Map<string, Result>;
let tooLarge: string;

beforeAll(async () => {
  graph = await startGraphStandIn();
  const dir = mkdtempSync(join(tmpdir(), "graph-delivery-"));
  // 3.2 MB of bytes is 4.3 MB as base64: over sendMail's 4 MB request limit.
  tooLarge = join(dir, "large.eml");
  writeFileSync(
    tooLarge,
    Buffer.concat([Buffer.from("Subject: big\r\nContent-Type: application/octet-stream\r\n\r\n"), randomBytes(3.2e6)]),
  );
  graph.script("expired", [
    {
      status: 401,
      error: { code: "InvalidAuthenticationToken", message: "Lifetime validation failed, the token is expired." },
    },
  ]);
  graph.script("throttled", [
    {
      status: 429,
      headers: { "Retry-After": "1" },
      error: { code: "ApplicationThrottled", message: "Too many requests" },
    },
  ]);
  graph.script("busy", [
    { status: 503, headers: { "Retry-After": "1" }, error: { code: "serviceNotAvailable", message: "busy" } },
  ]);
  const down = {
    status: 503,
    headers: { "Retry-After": "0" },
    error: { code: "serviceNotAvailable", message: "down" },
  };
  graph.script("down", [down, down, down, down, down]);
  graph.script("long-throttle", [
    { status: 429, headers: { "Retry-After": "120" }, error: { code: "ApplicationThrottled", message: "later" } },
  ]);
  graph.script("forbidden", [
    {
      status: 403,
      error: { code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again." },
    },
  ]);
  graph.script("server-error", [
    { status: 500, error: { code: "generalException", message: "x" } },
    { status: 502, error: { code: "generalException", message: "y" } },
  ]);

  // afterReport's move. Request 1 is sendMail (judged on its shape), request 2 the move.
  const unauthorized = {
    status: 401,
    error: { code: "InvalidAuthenticationToken", message: "Lifetime validation failed, the token is expired." },
  };
  graph.script("move-expired", [null, unauthorized]);
  graph.script("move-throttled", [
    null,
    { status: 429, headers: { "Retry-After": "1" }, error: { code: "ApplicationThrottled", message: "Too many" } },
  ]);
  graph.script("move-busy", [
    null,
    { status: 503, headers: { "Retry-After": "0" }, error: { code: "serviceNotAvailable", message: "busy" } },
  ]);
  graph.script("move-down", [null, down, down, down, down]);
  graph.script("junk-not-delivered", [
    {
      status: 403,
      error: { code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again." },
    },
  ]);
  // Large originals: request 1 creates the draft, 2 the upload session, 3 and 4 are the two ranges, 5 sends.
  graph.script("upload-chunk-503", [
    null,
    null,
    { status: 503, headers: { "Retry-After": "0" }, error: { code: "serviceNotAvailable", message: "busy" } },
  ]);
  graph.script("upload-expired", [
    null,
    null,
    null,
    { status: 404, error: { code: "ErrorItemNotFound", message: "The upload session has expired." } },
  ]);
  graph.script("upload-send-refused", [
    null,
    null,
    null,
    null,
    {
      status: 403,
      error: { code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again." },
    },
  ]);
  const original = { id: REST_ID, subject: "【至急】パスワードの有効期限について" };
  for (const name of [
    "junk",
    "delete",
    "keep",
    "junk-not-delivered",
    "move-consent-refused",
    "move-consent-popup",
    "move-expired",
    "move-throttled",
    "move-busy",
    "move-down",
    "move-shared",
    "upload-junk",
    "upload-keep",
    "upload-chunk-503",
    "upload-expired",
    "upload-send-refused",
    "upload-no-consent",
  ]) {
    graph.seed(name, [original, { id: "AAMkAGOther1AAA=", subject: "週次定例の議事録" }]);
  }
  // "move-gone": the user already moved the mail elsewhere, so its id is not in the mailbox any more.
  graph.seed("move-gone", [{ id: "AAMkAGOther1AAA=", subject: "週次定例の議事録" }]);

  const scenarios: Scenario[] = [
    scenario("ok", { freeText: "リンク先でIDを入力しかけて、途中でやめました。" }),
    scenario("large-original", { emlFile: LARGE }),
    scenario("expired"),
    scenario("throttled"),
    scenario("busy"),
    scenario("down"),
    scenario("long-throttle"),
    scenario("forbidden"),
    scenario("server-error"),
    scenario("consent", { client: "popup" }),
    scenario("no-sign-in", { client: "fail" }),
    scenario("no-naa", { naa: false }),
    scenario("not-configured", { graph: null }),
    scenario("too-large", { emlFile: tooLarge }),
    scenario("junk", { afterReport: "junk" }),
    scenario("delete", { afterReport: "delete" }),
    scenario("keep", { afterReport: "keep" }),
    scenario("junk-not-delivered", { afterReport: "junk" }),
    scenario("junk-no-sign-in", { afterReport: "junk", client: "fail" }),
    scenario("move-consent-refused", { afterReport: "junk", client: "send-only" }),
    scenario("move-consent-popup", { afterReport: "delete", client: "send-only-popup" }),
    scenario("move-expired", { afterReport: "junk" }),
    scenario("move-throttled", { afterReport: "junk" }),
    scenario("move-busy", { afterReport: "delete" }),
    scenario("move-down", { afterReport: "junk" }),
    scenario("move-gone", { afterReport: "delete" }),
    scenario("move-shared", { afterReport: "junk", sharedOwner: "soumu-kyotsu@example.go.jp" }),
    scenario("upload-junk", { afterReport: "junk", emlFile: HUGE }),
    scenario("upload-keep", { afterReport: "keep", emlFile: HUGE }),
    scenario("upload-chunk-503", { afterReport: "delete", emlFile: HUGE }),
    scenario("upload-expired", { afterReport: "junk", emlFile: HUGE }),
    scenario("upload-send-refused", { afterReport: "junk", emlFile: HUGE }),
    scenario("upload-no-consent", { afterReport: "junk", emlFile: HUGE, client: "send-only" }),
  ].map((s) => ({ ...s, baseUrl: `${graph.url}/${s.name}/v1.0` }));
  const file = join(dir, "scenarios.json");
  writeFileSync(file, JSON.stringify(scenarios));
  const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, "graph-client.js"), file], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: graph.certFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  results = new Map((JSON.parse(stdout) as Result[]).map((r) => [r.name, r]));
}, 120_000);

afterAll(() => graph?.close());

const result = (name: string) => {
  const r = results.get(name);
  if (!r) throw new Error(`no result for ${name}`);
  return r;
};
const attachmentOf = (req: Received | undefined) => req?.body?.message?.attachments?.[0];

describe("Graph sendMail delivery (HTTPS stand-in on localhost)", () => {
  test("delivers the original byte for byte as a message/rfc822 fileAttachment, Defender subject, to the desk", () => {
    expect(result("ok").outcome).toEqual({ kind: "sent" });
    const [req, ...more] = graph.received("ok");
    expect(more).toEqual([]);
    expect(req!.method).toBe("POST");
    expect(req!.path).toBe("/v1.0/me/sendMail");
    expect(req!.authorization).toMatch(/^Bearer .+\.token-1-silent$/);
    expect(bearerScopes(req!.authorization)).toContain("Mail.Send");
    expect(req!.contentType).toMatch(/^application\/json/);
    const a = attachmentOf(req);
    expect(a["@odata.type"]).toBe("#microsoft.graph.fileAttachment");
    expect(a.contentType).toBe("message/rfc822");
    expect(a.name).toBe("【至急】パスワードの有効期限について.eml");
    expect(Buffer.from(a.contentBytes, "base64").equals(readFileSync(ISO2022))).toBe(true);
    expect(req!.body.message.attachments).toHaveLength(1);
    const m = req!.body.message;
    expect(m.subject).toBe("Phishing: [不審メール報告] 【至急】パスワードの有効期限について");
    expect(m.toRecipients).toEqual([{ emailAddress: { address: "soc@example.go.jp" } }]);
    expect(m.body.contentType).toBe("Text");
    expect(req!.body.saveToSentItems).toBe(false);
  });

  test("the report body carries the answers and the note in Japanese and in English, and a parseable line", () => {
    const body: string = graph.received("ok")[0]!.body.message.body.content;
    expect(body).toContain("このメールのリンクをクリックしましたか？ はい");
    expect(body).toContain("このメールの添付ファイルを開きましたか？ いいえ");
    expect(body).toContain("開いた画面で、パスワードや個人情報を入力しましたか？ わからない");
    expect(body).toContain("Did you click a link in this mail? Yes");
    expect(body).toContain("Did you open an attachment of this mail? No");
    expect(body).toContain("Did you enter a password or personal data on a page it opened? Not sure");
    expect(body).toContain("リンク先でIDを入力しかけて、途中でやめました。");
    expect(body).toContain("sendcheck-answers: opened-attachment=no; clicked-link=yes; entered-credentials=unsure");
    expect(body.indexOf("報告者の回答")).toBeLessThan(body.indexOf("The reporter's answers"));
  });

  test("asks MSAL for Mail.Send only, silently first, against the organisation's tenant", () => {
    const r = result("ok");
    expect(r.calls).toEqual([{ call: "silent", scopes: ["Mail.Send"], forceRefresh: false }]);
    expect(r.factoryConfigs).toEqual([
      { auth: { clientId: CLIENT_ID, authority: `https://login.microsoftonline.com/${TENANT_ID}` } },
    ]);
  });

  test("a 2.2 MB original from the corpus arrives byte-identical too", () => {
    expect(result("large-original").outcome).toEqual({ kind: "sent" });
    const a = attachmentOf(graph.received("large-original")[0]);
    expect(Buffer.from(a.contentBytes, "base64").equals(readFileSync(LARGE))).toBe(true);
  });

  test("401: one fresh token (forceRefresh), then the same request again", () => {
    expect(result("expired").outcome).toEqual({ kind: "sent" });
    const [first, second] = graph.received("expired");
    expect(second).toBeDefined();
    expect(second!.authorization).not.toBe(first!.authorization);
    expect(result("expired").calls.some((c) => c.call === "silent" && c.forceRefresh)).toBe(true);
    expect(attachmentOf(second).contentBytes).toBe(attachmentOf(first).contentBytes);
  });

  test("429 with Retry-After: 1 waits at least that long, then delivers", () => {
    expect(result("throttled").outcome).toEqual({ kind: "sent" });
    const [first, second] = graph.received("throttled");
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  test("503 with Retry-After, then success; 503 every time gives up after four attempts and falls back", () => {
    expect(result("busy").outcome).toEqual({ kind: "sent" });
    expect(graph.received("busy")).toHaveLength(2);
    expect(result("down").outcome).toMatchObject({ kind: "fallback", why: "graph" });
    expect(result("down").outcome.detail).toContain("503");
    expect(graph.received("down")).toHaveLength(4);
  });

  test("500 and 502 without Retry-After back off and retry", () => {
    expect(result("server-error").outcome).toEqual({ kind: "sent" });
    const [a, b, c] = graph.received("server-error");
    expect(c).toBeDefined();
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(900);
  });

  test("a Retry-After longer than the user can wait falls back at once instead of hanging the pane", () => {
    expect(result("long-throttle").outcome).toMatchObject({ kind: "fallback", why: "graph" });
    expect(graph.received("long-throttle")).toHaveLength(1);
    expect(result("long-throttle").elapsedMs).toBeLessThan(5000);
  });

  test("403 (no consent for Mail.Send) is not retried; Graph's error code reaches the pane", () => {
    expect(result("forbidden").outcome).toMatchObject({ kind: "fallback", why: "graph" });
    expect(result("forbidden").outcome.detail).toContain("ErrorAccessDenied");
    expect(graph.received("forbidden")).toHaveLength(1);
  });

  test("first use: silent fails, the popup gets consent, the report goes out", () => {
    expect(result("consent").outcome).toEqual({ kind: "sent" });
    expect(result("consent").calls.map((c) => c.call)).toEqual(["silent", "popup"]);
    expect(graph.received("consent")[0]!.authorization).toMatch(/\.token-1-popup$/);
  });

  test("no token, no NAA, no client id, too large: nothing reaches Graph and the pane gets the reason", () => {
    expect(result("no-sign-in").outcome).toMatchObject({ kind: "fallback", why: "sign-in" });
    expect(result("no-naa").outcome).toEqual({ kind: "fallback", why: "naa-unsupported" });
    expect(result("no-naa").factoryConfigs).toEqual([]);
    expect(result("not-configured").outcome).toEqual({ kind: "fallback", why: "not-configured" });
    expect(result("too-large").outcome).toMatchObject({ kind: "fallback", why: "too-large" });
    for (const name of ["no-sign-in", "no-naa", "not-configured", "too-large"]) {
      expect(graph.received(name)).toEqual([]);
    }
  });
});

/** Requests after sendMail, and the statuses the pane showed, for one scenario. */
const moves = (name: string) => graph.received(name).filter((r) => r.path !== "/v1.0/me/sendMail");
const lastStatus = (name: string) => result(name).statuses[result(name).statuses.length - 1];
const scopeCalls = (name: string) =>
  result(name)
    .calls.filter((c) => c.call === "silent" || c.call === "popup")
    .map((c) => `${c.call}:${(c.scopes ?? []).join(",")}`);

describe("afterReport after a Graph delivery: message move (HTTPS stand-in)", () => {
  test("junk: after sendMail succeeded, POST /me/messages/{REST id}/move to junkemail with a Mail.ReadWrite token", () => {
    const [send, move, ...more] = graph.received("junk");
    expect(more).toEqual([]);
    expect(send!.path).toBe("/v1.0/me/sendMail");
    expect(move!.method).toBe("POST");
    expect(move!.path).toBe(`/v1.0/me/messages/${encodeURIComponent(REST_ID)}/move`);
    expect(move!.body).toEqual({ destinationId: "junkemail" });
    expect(move!.contentType).toMatch(/^application\/json/);
    expect(bearerScopes(move!.authorization)).toContain("Mail.ReadWrite");
    expect(move!.at).toBeGreaterThanOrEqual(send!.at);
    expect(result("junk").calls).toContainEqual({ call: "convertToRestId", id: EWS_ID, version: "v2.0" });
    // The message now sits in Junk Email under the new id Graph gave it; the other mail was not touched.
    const box = graph.messages("junk");
    expect(box.find((m) => m.id === REST_ID)).toBeUndefined();
    expect(box).toContainEqual(
      expect.objectContaining({ folder: "junkemail", subject: "【至急】パスワードの有効期限について" }),
    );
    expect(box).toContainEqual({ id: "AAMkAGOther1AAA=", folder: "inbox", subject: "週次定例の議事録" });
    expect(result("junk").statuses.map((s) => [s.kind, s.move?.kind])).toEqual([
      ["sending", undefined],
      ["sent", "moving"],
      ["sent", "moved"],
    ]);
    expect(lastStatus("junk")).toMatchObject({ kind: "sent", move: { kind: "moved", to: "junk" } });
  });

  test("delete: the move goes to deleteditems", () => {
    const move = moves("delete");
    expect(move.map((r) => r.body)).toEqual([{ destinationId: "deleteditems" }]);
    expect(graph.messages("delete")).toContainEqual(expect.objectContaining({ folder: "deleteditems" }));
    expect(lastStatus("delete")).toMatchObject({ kind: "sent", move: { kind: "moved", to: "delete" } });
  });

  test("keep: no move request, no id conversion, and Mail.ReadWrite is never asked for", () => {
    expect(graph.received("keep").map((r) => r.path)).toEqual(["/v1.0/me/sendMail"]);
    expect(scopeCalls("keep")).toEqual(["silent:Mail.Send"]);
    expect(result("keep").calls.some((c) => c.call === "convertToRestId")).toBe(false);
    expect(lastStatus("keep")).toEqual(expect.objectContaining({ kind: "sent" }));
    expect(lastStatus("keep")!.move).toBeUndefined();
    expect(graph.messages("keep")).toContainEqual(expect.objectContaining({ id: REST_ID, folder: "inbox" }));
  });

  test("delivery failed (403, or no sign-in): the compose form opens and nothing is moved or asked for", () => {
    for (const name of ["junk-not-delivered", "junk-no-sign-in"]) {
      expect(moves(name)).toEqual([]);
      expect(scopeCalls(name).some((c) => c.includes("Mail.ReadWrite"))).toBe(false);
      expect(lastStatus(name)!.kind).toBe("opened");
    }
    expect(graph.messages("junk-not-delivered")).toContainEqual(
      expect.objectContaining({ id: REST_ID, folder: "inbox" }),
    );
  });

  test("incremental consent: Mail.Send for the report first, Mail.ReadWrite only afterwards, silently when granted", () => {
    expect(scopeCalls("junk")).toEqual(["silent:Mail.Send", "silent:Mail.ReadWrite"]);
    expect(scopeCalls("move-consent-popup")).toEqual([
      "silent:Mail.Send",
      "silent:Mail.ReadWrite",
      "popup:Mail.ReadWrite",
    ]);
    expect(lastStatus("move-consent-popup")).toMatchObject({ move: { kind: "moved", to: "delete" } });
  });

  test("Mail.ReadWrite refused: the report is still delivered, the mail stays, the pane gives the reason", () => {
    expect(graph.received("move-consent-refused").map((r) => r.path)).toEqual(["/v1.0/me/sendMail"]);
    expect(result("move-consent-refused").outcome).toEqual({ kind: "sent" });
    expect(lastStatus("move-consent-refused")).toMatchObject({
      kind: "sent",
      move: { kind: "not-moved", to: "junk", why: "consent" },
    });
  });

  test("401 on the move: one fresh Mail.ReadWrite token (forceRefresh), then the move succeeds", () => {
    const [first, second] = moves("move-expired");
    expect(second).toBeDefined();
    expect(second!.authorization).not.toBe(first!.authorization);
    expect(result("move-expired").calls).toContainEqual({
      call: "silent",
      scopes: ["Mail.ReadWrite"],
      forceRefresh: true,
    });
    expect(lastStatus("move-expired")).toMatchObject({ move: { kind: "moved" } });
  });

  test("429 with Retry-After: 1 on the move waits, then moves; a 503 is retried too", () => {
    const [a, b] = moves("move-throttled");
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(950);
    expect(lastStatus("move-throttled")).toMatchObject({ move: { kind: "moved", to: "junk" } });
    expect(moves("move-busy")).toHaveLength(2);
    expect(lastStatus("move-busy")).toMatchObject({ move: { kind: "moved", to: "delete" } });
  });

  test("5xx on every attempt: four tries, then delivered-but-not-moved with the status in the detail", () => {
    expect(moves("move-down")).toHaveLength(4);
    expect(lastStatus("move-down")).toMatchObject({ kind: "sent", move: { kind: "not-moved", why: "graph" } });
    expect(lastStatus("move-down")!.move!.detail).toContain("503");
  });

  test("404 ErrorItemNotFound (already moved by the user): not retried, reported as not-found", () => {
    expect(moves("move-gone")).toHaveLength(1);
    expect(lastStatus("move-gone")).toMatchObject({ kind: "sent", move: { kind: "not-moved", why: "not-found" } });
    expect(lastStatus("move-gone")!.move!.detail).toContain("ErrorItemNotFound");
  });

  test("a mail in a shared mailbox is not moved, and Mail.ReadWrite is not asked for", () => {
    expect(moves("move-shared")).toEqual([]);
    expect(scopeCalls("move-shared")).toEqual(["silent:Mail.Send"]);
    expect(lastStatus("move-shared")).toMatchObject({
      kind: "sent",
      move: { kind: "not-moved", why: "shared", detail: "soumu-kyotsu@example.go.jp" },
    });
  });
});

const drafts = (name: string) => graph.messages(name).filter((m) => m.draft !== undefined || m.folder === "drafts");
const puts = (name: string) => graph.received(name).filter((r) => r.method === "PUT");

describe("originals over sendMail's limit: draft + upload session when Mail.ReadWrite is granted (HTTPS stand-in)", () => {
  test("afterReport junk: draft, upload session, ranges, send, then the move; the desk gets the original byte for byte", () => {
    const r = result("upload-junk");
    expect(r.outcome).toEqual({ kind: "sent" });
    const requests = graph.received("upload-junk");
    expect(requests.map((q) => `${q.method} ${q.path.replace(/AAMkAGDraft\d+AAA%3D/, "{draft}")}`)).toEqual([
      "POST /v1.0/me/messages",
      "POST /v1.0/me/messages/{draft}/attachments/createUploadSession",
      expect.stringMatching(/^PUT \/upload\/AttachmentSessions\('.+'\)\?authtoken=\w+$/),
      expect.stringMatching(/^PUT \/upload\//),
      "POST /v1.0/me/messages/{draft}/send",
      `POST /v1.0/me/messages/${encodeURIComponent(REST_ID)}/move`,
    ]);
    const [create, session] = requests;
    expect(bearerScopes(create!.authorization)).toContain("Mail.ReadWrite");
    expect(create!.body.subject).toBe("Phishing: [不審メール報告] 【至急】パスワードの有効期限について");
    expect(create!.body.toRecipients).toEqual([{ emailAddress: { address: "soc@example.go.jp" } }]);
    expect(create!.body.body.contentType).toBe("Text");
    expect(create!.body.body.content).toContain("sendcheck-answers: opened-attachment=no");
    const size = readFileSync(HUGE).length;
    expect(session!.body).toEqual({
      AttachmentItem: {
        attachmentType: "file",
        name: "【至急】パスワードの有効期限について.eml",
        size,
        contentType: "message/rfc822",
      },
    });
    // Ranges of 3.75 MiB (under the documented 4 MB), in order, covering the file exactly once.
    expect(puts("upload-junk").map((q) => q.contentRange)).toEqual([
      `bytes 0-${UPLOAD_CHUNK_BYTES - 1}/${size}`,
      `bytes ${UPLOAD_CHUNK_BYTES}-${size - 1}/${size}`,
    ]);
    expect(puts("upload-junk").map((q) => q.contentType)).toEqual([
      "application/octet-stream",
      "application/octet-stream",
    ]);
    // Sent with a Mail.Send token, from the draft, with no body.
    expect(bearerScopes(requests[4]!.authorization)).toContain("Mail.Send");
    expect(requests[4]!.length).toBe(0);
    const [mail, ...more] = graph.delivered("upload-junk");
    expect(more).toEqual([]);
    expect(mail!.to).toEqual(["soc@example.go.jp"]);
    expect(mail!.subject).toBe("Phishing: [不審メール報告] 【至急】パスワードの有効期限について");
    expect(mail!.attachments).toHaveLength(1);
    expect(mail!.attachments[0]!.contentType).toBe("message/rfc822");
    expect(mail!.attachments[0]!.bytes.equals(readFileSync(HUGE))).toBe(true);
    // No draft and no Sent Items copy of the original left behind (PidTagDeleteAfterSubmit); the mail went to Junk.
    expect(drafts("upload-junk")).toEqual([]);
    expect(graph.messages("upload-junk").some((m) => m.folder === "sentitems")).toBe(false);
    expect(graph.messages("upload-junk")).toContainEqual(
      expect.objectContaining({ folder: "junkemail", subject: "【至急】パスワードの有効期限について" }),
    );
    expect(lastStatus("upload-junk")).toMatchObject({ kind: "sent", move: { kind: "moved", to: "junk" } });
  });

  test("no bearer token ever reaches the pre-authenticated uploadUrl", () => {
    for (const name of ["upload-junk", "upload-chunk-503", "upload-expired", "upload-send-refused"]) {
      expect(puts(name).length).toBeGreaterThan(0);
      for (const q of puts(name)) expect(q.authorization).toBeUndefined();
      expect(graph.violations(name)).toEqual([]);
    }
  });

  test("afterReport keep: the compose form as before, nothing reaches Graph, Mail.ReadWrite is never asked for", () => {
    expect(result("upload-keep").outcome).toMatchObject({ kind: "fallback", why: "too-large" });
    expect(graph.received("upload-keep")).toEqual([]);
    expect(scopeCalls("upload-keep")).toEqual(["silent:Mail.Send"]);
    expect(lastStatus("upload-keep")).toMatchObject({ kind: "opened", fallback: "too-large" });
  });

  test("a range answered 503 is sent again, byte for byte, and the report is delivered", () => {
    expect(result("upload-chunk-503").outcome).toEqual({ kind: "sent" });
    const ranges = puts("upload-chunk-503").map((q) => q.contentRange);
    expect(ranges).toHaveLength(3);
    expect(ranges[1]).toBe(ranges[0]);
    expect(graph.delivered("upload-chunk-503")[0]!.attachments[0]!.bytes.equals(readFileSync(HUGE))).toBe(true);
    expect(lastStatus("upload-chunk-503")).toMatchObject({ kind: "sent", move: { kind: "moved", to: "delete" } });
  });

  test("upload session gone (404): no retry, the draft is deleted, the compose form opens, nothing is moved", () => {
    const r = result("upload-expired");
    expect(r.outcome).toMatchObject({ kind: "fallback", why: "upload" });
    expect(r.outcome.detail).toContain("404");
    expect(puts("upload-expired")).toHaveLength(2);
    const last = graph.received("upload-expired").slice(-1)[0]!;
    expect(last.method).toBe("DELETE");
    expect(last.path).toMatch(/^\/v1\.0\/me\/messages\/AAMkAGDraft\d+AAA%3D$/);
    expect(bearerScopes(last.authorization)).toContain("Mail.ReadWrite");
    expect(drafts("upload-expired")).toEqual([]);
    expect(graph.delivered("upload-expired")).toEqual([]);
    expect(graph.messages("upload-expired")).toContainEqual(expect.objectContaining({ id: REST_ID, folder: "inbox" }));
    expect(lastStatus("upload-expired")).toMatchObject({ kind: "opened", fallback: "upload" });
  });

  test("send refused (403) after the upload: the draft with the original is deleted, then the compose form", () => {
    expect(result("upload-send-refused").outcome).toMatchObject({ kind: "fallback", why: "upload" });
    expect(result("upload-send-refused").outcome.detail).toContain("ErrorAccessDenied");
    expect(graph.received("upload-send-refused").slice(-1)[0]!.method).toBe("DELETE");
    expect(drafts("upload-send-refused")).toEqual([]);
    expect(graph.delivered("upload-send-refused")).toEqual([]);
  });

  test("Mail.ReadWrite refused: no draft is attempted, the compose form opens with the reason", () => {
    expect(result("upload-no-consent").outcome).toMatchObject({ kind: "fallback", why: "upload" });
    expect(result("upload-no-consent").outcome.detail).toContain("Mail.ReadWrite");
    expect(graph.received("upload-no-consent")).toEqual([]);
  });
});

/** One request to the stand-in, trusting its certificate; the answer's status and JSON body. */
const httpsCall = (method: string, url: string, headers: Record<string, string>, body: Buffer | string = "") =>
  new Promise<{ status: number; json: any }>((resolve, reject) => {
    const req = request(url, { method, ca: readFileSync(graph.certFile), headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : undefined });
      });
    });
    req.on("error", reject);
    req.end(body);
  });

describe("the Graph stand-in itself refuses what Graph refuses", () => {
  const jwt = (scp: string) =>
    `${Buffer.from('{"typ":"JWT","alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ scp })).toString("base64url")}.x`;
  const post = (path: string, token: string | undefined, body: unknown) =>
    httpsCall(
      "POST",
      `${graph.url}${path}`,
      { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      JSON.stringify(body),
    );

  beforeAll(() => graph.seed("direct", [{ id: "AAMkAGDirect1AAA=", subject: "請求書の送付について" }]));
  const path = `/direct/v1.0/me/messages/${encodeURIComponent("AAMkAGDirect1AAA=")}/move`;

  test("move with a Mail.Send-only token: 403 ErrorAccessDenied; no token: 401; not a JWT: 401", async () => {
    const sendOnly = await post(path, jwt("Mail.Send"), { destinationId: "junkemail" });
    expect(sendOnly.status).toBe(403);
    expect(sendOnly.json.error.code).toBe("ErrorAccessDenied");
    expect((await post(path, undefined, { destinationId: "junkemail" })).status).toBe(401);
    expect((await post(path, "opaque-token", { destinationId: "junkemail" })).status).toBe(401);
    expect(graph.messages("direct")).toEqual([
      { id: "AAMkAGDirect1AAA=", subject: "請求書の送付について", folder: "inbox" },
    ]);
  });

  test("a bad destinationId is 400; a good one is 201 with the message under a new id; the old id is then 404", async () => {
    expect((await post(path, jwt("Mail.ReadWrite"), {})).status).toBe(400);
    expect((await post(path, jwt("Mail.ReadWrite"), { destinationId: "迷惑メール" })).json.error.code).toBe(
      "ErrorInvalidIdMalformed",
    );
    const ok = await post(path, jwt("Mail.Send Mail.ReadWrite"), { destinationId: "JunkEmail" });
    expect(ok.status).toBe(201);
    expect(ok.json["@odata.type"]).toBe("#microsoft.graph.message");
    expect(ok.json.id).not.toBe("AAMkAGDirect1AAA=");
    expect(ok.json.subject).toBe("請求書の送付について");
    const again = await post(path, jwt("Mail.ReadWrite"), { destinationId: "deleteditems" });
    expect(again.status).toBe(404);
    expect(again.json.error.code).toBe("ErrorItemNotFound");
  });

  test("sendMail with a Mail.ReadWrite-only token is 403 too: each call checks its own scope", async () => {
    const r = await post("/direct/v1.0/me/sendMail", jwt("Mail.ReadWrite"), {
      message: { toRecipients: [{ emailAddress: { address: "soc@example.go.jp" } }] },
    });
    expect(r.status).toBe(403);
  });
});

describe("the Graph stand-in's drafts and upload sessions follow Graph's documented rules", () => {
  const jwt = (scp: string) =>
    `${Buffer.from('{"typ":"JWT","alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ scp })).toString("base64url")}.x`;
  const api = (method: string, path: string, scp: string, body?: unknown) =>
    httpsCall(
      method,
      `${graph.url}/rules/v1.0${path}`,
      { Authorization: `Bearer ${jwt(scp)}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body === undefined ? "" : JSON.stringify(body),
    );
  const SIZE = 3 * 1024 * 1024 + 10;
  const file = randomBytes(SIZE);
  const put = (url: string, start: number, end: number, extra: Record<string, string> = {}) =>
    httpsCall(
      "PUT",
      url,
      {
        "Content-Type": "application/octet-stream",
        "Content-Range": `bytes ${start}-${end}/${SIZE}`,
        "Content-Length": String(file.subarray(start, end + 1).length),
        ...extra,
      },
      file.subarray(start, end + 1),
    );
  const draft = { subject: "不審メールの報告", toRecipients: [{ emailAddress: { address: "soc@example.go.jp" } }] };
  const attachmentItem = { AttachmentItem: { attachmentType: "file", name: "原本.eml", size: SIZE } };

  test("draft and upload session need Mail.ReadWrite, send needs Mail.Send; under 3 MB is refused", async () => {
    expect((await api("POST", "/me/messages", "Mail.Send", draft)).status).toBe(403);
    const created = await api("POST", "/me/messages", "Mail.ReadWrite", draft);
    expect(created.status).toBe(201);
    expect(created.json.isDraft).toBe(true);
    const id = encodeURIComponent(created.json.id);
    const sessionPath = `/me/messages/${id}/attachments/createUploadSession`;
    expect((await api("POST", sessionPath, "Mail.Send", attachmentItem)).status).toBe(403);
    const small = await api("POST", sessionPath, "Mail.ReadWrite", {
      AttachmentItem: { attachmentType: "file", name: "小.eml", size: 2_000_000 },
    });
    expect(small.json.error.code).toBe("ErrorAttachmentSizeShouldNotBeLessThanMinimumSize");
    expect((await api("POST", `/me/messages/${id}/send`, "Mail.ReadWrite")).status).toBe(403);
    expect((await api("POST", `/me/messages/${id}/send`, "Mail.Send", { a: 1 })).status).toBe(400);
    expect((await api("DELETE", `/me/messages/${id}`, "Mail.Send")).status).toBe(403);
    expect((await api("DELETE", `/me/messages/${id}`, "Mail.ReadWrite")).status).toBe(204);
    expect((await api("POST", `/me/messages/${id}/send`, "Mail.Send")).status).toBe(404);
  });

  test("ranges: no bearer token, in order, no overlap or gap, within the size; the last one is 201", async () => {
    const created = await api("POST", "/me/messages", "Mail.ReadWrite", draft);
    const id = encodeURIComponent(created.json.id);
    const session = await api("POST", `/me/messages/${id}/attachments/createUploadSession`, "Mail.ReadWrite", {
      AttachmentItem: { ...attachmentItem.AttachmentItem, contentType: "message/rfc822" },
    });
    expect(session.status).toBe(201);
    expect(session.json.nextExpectedRanges).toEqual(["0-"]);
    const url: string = session.json.uploadUrl;
    const withBearer = await put(url, 0, 999, { Authorization: `Bearer ${jwt("Mail.ReadWrite")}` });
    expect(withBearer.status).toBe(400);
    expect(graph.violations("rules")).toHaveLength(1);
    expect((await put(url, 10, 999)).status).toBe(416);
    const first = await put(url, 0, 999_999);
    expect(first.status).toBe(200);
    expect(first.json.nextExpectedRanges).toEqual(["1000000"]);
    expect((await put(url, 500_000, 1_499_999)).status).toBe(416);
    expect((await put(url, 1_000_001, 1_999_999)).status).toBe(416);
    expect((await put(url, 1_000_000, SIZE)).status).toBe(416);
    expect(
      (await put(url, 1_000_000, 1_999_999, { "Content-Range": `bytes 1000000-1999999/${SIZE + 1}` })).status,
    ).toBe(400);
    const last = await put(url, 1_000_000, SIZE - 1);
    expect(last.status).toBe(201);
    const box = graph.messages("rules");
    const attached = box.find((m) => m.id === created.json.id)!.draft!.attachments;
    expect(attached).toHaveLength(1);
    expect(attached[0]!.bytes.equals(file)).toBe(true);
    // The session is over: a further range is 404, as for an expired session.
    expect((await put(url, 0, 999)).status).toBe(404);
  });
});
