import {
  BACKOFF_MS,
  MAX_WAIT_MS,
  requestWithRetries,
  type GraphResponse,
  type RetryingRequest,
  type RetryVerdict,
} from "../../../src/office/report/graph-retry";

/** A scripted server: each attempt takes the next answer; "offline" throws as fetch does when nothing is reached. */
type Answer = { status: number; retryAfter?: string; body?: string } | "offline";

function scripted(answers: Answer[]) {
  const tokens: (string | undefined)[] = [];
  const send = async (token: string | undefined): Promise<GraphResponse> => {
    tokens.push(token);
    const a = answers.shift();
    if (a === undefined) throw new Error("no more answers scripted");
    if (a === "offline") throw new Error("getaddrinfo ENOTFOUND graph.microsoft.com");
    return {
      status: a.status,
      headers: { get: (name: string) => (name === "Retry-After" && a.retryAfter !== undefined ? a.retryAfter : null) },
      text: async () => a.body ?? "",
    };
  };
  return { send, tokens };
}

type Outcome = string;

/** The caller's rules as postToGraph has them: 2xx done, 401 refresh, 429/5xx retry, other 4xx done. */
function judge(res: GraphResponse, text: string, attempt: number): RetryVerdict<Outcome> {
  if (res.status >= 200 && res.status < 300) return { kind: "done", value: `ok ${res.status} #${attempt} ${text}` };
  if (res.status === 401) return { kind: "refresh", value: `unauthorized #${attempt}` };
  if (res.status === 429 || res.status >= 500) return { kind: "retry", value: `retry ${res.status} #${attempt}` };
  return { kind: "done", value: `rejected ${res.status} #${attempt}` };
}

function run(answers: Answer[], extra: Partial<RetryingRequest<Outcome>> = {}) {
  const server = scripted(answers);
  const waits: number[] = [];
  const result = requestWithRetries<Outcome>({
    maxAttempts: 4,
    networkAttempts: 2,
    send: server.send,
    judge,
    networkFailure: (detail, attempt) => `network #${attempt}: ${detail}`,
    fallback: "nothing",
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => Date.parse("2026-12-01T03:00:00Z"),
    ...extra,
  });
  return { result, waits, server };
}

const tokenSource = (fresh: (string | undefined)[]) => {
  const asked: boolean[] = [];
  return {
    asked,
    auth: {
      getToken: async (force: boolean) => {
        asked.push(force);
        return force ? fresh.shift() : "token-1";
      },
      missing: "no token",
    },
  };
};

describe("requestWithRetries", () => {
  test("429 waits what Retry-After asks (seconds or an HTTP-date), then succeeds", async () => {
    const { result, waits } = run([
      { status: 429, retryAfter: "7" },
      { status: 429, retryAfter: "Tue, 01 Dec 2026 03:00:12 GMT" },
      { status: 202, body: "受付済み" },
    ]);
    expect(await result).toBe("ok 202 #3 受付済み");
    expect(waits).toEqual([7000, 12_000]);
  });

  test("5xx without Retry-After backs off 1 s, 3 s, 8 s and gives up after maxAttempts with the last failure", async () => {
    const { result, waits, server } = run([{ status: 503 }, { status: 500 }, { status: 504 }, { status: 502 }]);
    expect(await result).toBe("retry 502 #4");
    expect(waits).toEqual(BACKOFF_MS);
    expect(server.tokens).toHaveLength(4);
  });

  test("the backoff stays at its last step when the caller allows more attempts than there are steps", async () => {
    const { result, waits } = run(
      Array.from({ length: 5 }, () => ({ status: 503 })),
      { maxAttempts: 5 },
    );
    expect(await result).toBe("retry 503 #5");
    expect(waits).toEqual([1000, 3000, 8000, 8000]);
  });

  test("give-up after N: a caller allowing three attempts makes three", async () => {
    const { result, server } = run([{ status: 429 }, { status: 429 }, { status: 429 }, { status: 202 }], {
      maxAttempts: 3,
    });
    expect(await result).toBe("retry 429 #3");
    expect(server.tokens).toHaveLength(3);
  });

  test("deadline: a Retry-After longer than MAX_WAIT_MS ends the request at once, without waiting", async () => {
    const { result, waits } = run([{ status: 429, retryAfter: String(MAX_WAIT_MS / 1000 + 1) }, { status: 202 }]);
    expect(await result).toBe("retry 429 #1");
    expect(waits).toEqual([]);
  });

  test("a Retry-After of exactly MAX_WAIT_MS is still waited for", async () => {
    const { result, waits } = run([{ status: 503, retryAfter: String(MAX_WAIT_MS / 1000) }, { status: 200 }]);
    expect(await result).toBe("ok 200 #2 ");
    expect(waits).toEqual([MAX_WAIT_MS]);
  });

  test("a refusal that is not worth retrying ends at once", async () => {
    const { result, waits } = run([{ status: 400 }, { status: 202 }]);
    expect(await result).toBe("rejected 400 #1");
    expect(waits).toEqual([]);
  });

  test("401 with auth: one fresh token, and the retry carries it", async () => {
    const t = tokenSource(["token-2"]);
    const { result, server, waits } = run([{ status: 401 }, { status: 202 }], { auth: t.auth });
    expect(await result).toBe("ok 202 #2 ");
    expect(server.tokens).toEqual(["token-1", "token-2"]);
    expect(t.asked).toEqual([false, true]);
    expect(waits).toEqual([]);
  });

  test("a second 401 after the refresh ends the request with the caller's unauthorized result", async () => {
    const t = tokenSource(["token-2", "token-3"]);
    const { result } = run([{ status: 401 }, { status: 401 }, { status: 202 }], { auth: t.auth });
    expect(await result).toBe("unauthorized #2");
    expect(t.asked).toEqual([false, true]);
  });

  test("401 when no fresh token can be had ends the request", async () => {
    const t = tokenSource([undefined]);
    const { result, server } = run([{ status: 401 }, { status: 202 }], { auth: t.auth });
    expect(await result).toBe("unauthorized #1");
    expect(server.tokens).toHaveLength(1);
  });

  test("401 without auth (a pre-authenticated URL): no refresh, the request ends and carries no token", async () => {
    const { result, server } = run([{ status: 401 }, { status: 202 }]);
    expect(await result).toBe("unauthorized #1");
    expect(server.tokens).toEqual([undefined]);
  });

  test("no token to begin with: nothing is sent", async () => {
    const t = tokenSource([]);
    t.auth.getToken = async () => undefined;
    const { result, server } = run([{ status: 202 }], { auth: t.auth });
    expect(await result).toBe("no token");
    expect(server.tokens).toEqual([]);
  });

  test("a network failure is tried again after the first pause, up to networkAttempts", async () => {
    const once = run(["offline", { status: 202 }]);
    expect(await once.result).toBe("ok 202 #2 ");
    expect(once.waits).toEqual([1000]);

    const twice = run(["offline", "offline", { status: 202 }]);
    expect(await twice.result).toBe("network #2: getaddrinfo ENOTFOUND graph.microsoft.com");
    expect(twice.waits).toEqual([1000]);
  });

  test("networkAttempts counts attempt numbers: a failure to connect after two 503s ends the request", async () => {
    const { result } = run([{ status: 503 }, { status: 503 }, "offline", { status: 202 }], { networkAttempts: 3 });
    expect(await result).toBe("network #3: getaddrinfo ENOTFOUND graph.microsoft.com");
  });
});
