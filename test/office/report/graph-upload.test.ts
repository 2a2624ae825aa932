import { randomBytes } from "node:crypto";
import { decodeBase64 } from "../../../src/office/base64";
import { cleanBase64, type FetchLike } from "../../../src/office/report/graph-report";
import {
  UPLOAD_CHUNK_BYTES,
  UPLOAD_SESSION_MIN_BYTES,
  nextExpectedStart,
  sendLargeReportThroughGraph,
} from "../../../src/office/report/graph-upload";

const REPORT = {
  to: "soc@example.go.jp",
  subject: "Phishing: [不審メール報告] 至急ご確認ください",
  bodyText: "報告者の回答\nリンクをクリックしましたか？ いいえ",
} as any;

interface Call {
  method: string;
  url: string;
  range?: string;
  auth?: string;
}

/** Graph in miniature: answers by URL, and PUTs from a list of statuses (200 unless listed). */
function fakeGraph(putStatuses: number[] = []) {
  const calls: Call[] = [];
  let put = 0;
  const fetch: FetchLike = async (url, init) => {
    calls.push({
      method: init.method,
      url,
      range: init.headers["Content-Range"],
      auth: init.headers.Authorization,
    });
    const reply = (status: number, body = "") => ({ status, headers: { get: () => null }, text: async () => body });
    if (init.method === "PUT") {
      const status = putStatuses[put++] ?? 200;
      const [, , end, total] = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(init.headers["Content-Range"]!)!.map(Number);
      if (status !== 200) return reply(status, '{"error":{"code":"x","message":"y"}}');
      return end === total! - 1 ? reply(201) : reply(200, JSON.stringify({ nextExpectedRanges: [`${end! + 1}`] }));
    }
    if (url.endsWith("/me/messages")) return reply(201, '{"id":"AAMkAGDraft1="}');
    if (url.endsWith("/createUploadSession"))
      return reply(201, '{"uploadUrl":"https://outlook.example/up?authtoken=a"}');
    if (url.endsWith("/send")) return reply(202);
    return reply(204);
  };
  return { calls, fetch };
}

const run = (bytes: Uint8Array, fetch: FetchLike) =>
  sendLargeReportThroughGraph({
    report: REPORT,
    bytes,
    attachmentName: "至急ご確認ください.eml",
    getWriteToken: async () => "write",
    getSendToken: async () => "send",
    fetch,
    sleep: async () => undefined,
  });

describe("large originals through an upload session", () => {
  test("nextExpectedRanges: '2097152', '2097152-' and '2097152-4194303' all mean: go on at 2097152", () => {
    expect(nextExpectedStart('{"nextExpectedRanges":["2097152"]}')).toBe(2097152);
    expect(nextExpectedStart('{"nextExpectedRanges":["2097152-"]}')).toBe(2097152);
    expect(nextExpectedStart('{"nextExpectedRanges":["2097152-4194303"]}')).toBe(2097152);
    expect(nextExpectedStart('{"nextExpectedRanges":[]}')).toBeUndefined();
    expect(nextExpectedStart("")).toBeUndefined();
  });

  test("base64 back to the exact bytes (the decoding the large path uses)", () => {
    const bytes = randomBytes(70_001);
    expect(Buffer.from(decodeBase64(cleanBase64(bytes.toString("base64"))!)!).equals(bytes)).toBe(true);
  });

  test("under the upload session's 3 MB minimum: nothing is created, the caller falls back", async () => {
    const g = fakeGraph();
    expect(await run(new Uint8Array(UPLOAD_SESSION_MIN_BYTES - 1), g.fetch)).toEqual({
      ok: false,
      reason: "too-large",
    });
    expect(g.calls).toEqual([]);
  });

  test("a file of exactly two ranges: two PUTs without Authorization, then send with the Mail.Send token", async () => {
    const g = fakeGraph();
    expect(await run(new Uint8Array(2 * UPLOAD_CHUNK_BYTES), g.fetch)).toEqual({ ok: true });
    expect(g.calls.map((c) => `${c.method} ${c.range ?? c.url} ${c.auth ?? "-"}`)).toEqual([
      "POST https://graph.microsoft.com/v1.0/me/messages Bearer write",
      "POST https://graph.microsoft.com/v1.0/me/messages/AAMkAGDraft1%3D/attachments/createUploadSession Bearer write",
      `PUT bytes 0-${UPLOAD_CHUNK_BYTES - 1}/${2 * UPLOAD_CHUNK_BYTES} -`,
      `PUT bytes ${UPLOAD_CHUNK_BYTES}-${2 * UPLOAD_CHUNK_BYTES - 1}/${2 * UPLOAD_CHUNK_BYTES} -`,
      "POST https://graph.microsoft.com/v1.0/me/messages/AAMkAGDraft1%3D/send Bearer send",
    ]);
  });

  test("5xx on every try of a range: three tries, then the draft is deleted", async () => {
    const g = fakeGraph([500, 502, 503]);
    const r = await run(new Uint8Array(UPLOAD_SESSION_MIN_BYTES + 5), g.fetch);
    expect(r).toMatchObject({ ok: false, reason: "server", stage: "upload" });
    expect(g.calls.filter((c) => c.method === "PUT")).toHaveLength(3);
    expect(g.calls[g.calls.length - 1]).toMatchObject({
      method: "DELETE",
      url: "https://graph.microsoft.com/v1.0/me/messages/AAMkAGDraft1%3D",
      auth: "Bearer write",
    });
  });

  test("a refused range (416, 400) is not retried: the draft is deleted", async () => {
    const g = fakeGraph([416]);
    expect(await run(new Uint8Array(UPLOAD_SESSION_MIN_BYTES + 5), g.fetch)).toMatchObject({
      ok: false,
      reason: "rejected",
    });
    expect(g.calls.map((c) => c.method)).toEqual(["POST", "POST", "PUT", "DELETE"]);
  });
});
