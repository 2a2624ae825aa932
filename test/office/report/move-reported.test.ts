import { MOVE_DESTINATIONS, moveReportedMessage } from "../../../src/office/report/move-reported";
import type { FetchLike } from "../../../src/office/report/graph-report";
import { MOVE_SCOPES, naaTokenSource, type TokenSource } from "../../../src/office/report/naa-token";

/**
 * The move's Office side without HTTP: which id goes to Graph, when Graph is not called at all, and which scope is
 * asked for. The HTTP side (status codes, retries, the stand-in's scope check) is in graph-delivery.test.ts.
 */

const EWS_ID = "AAMkADk0/Ny1hZTk+AAA=";

function harness(
  opts: {
    itemId?: string;
    convert?: ((id: string, v: string) => string) | null;
    owner?: string;
    token?: boolean;
  } = {},
) {
  const asked: string[][] = [];
  const requests: { url: string; body: unknown; auth: string }[] = [];
  const tokens: TokenSource = {
    async token(_force, scopes) {
      asked.push([...(scopes ?? [])]);
      return opts.token === false
        ? { ok: false, reason: "sign-in-failed", detail: "consent_required" }
        : { ok: true, accessToken: "t" };
    },
  };
  const fetch: FetchLike = async (url, init) => {
    requests.push({ url, body: JSON.parse(init.body as string), auth: init.headers.Authorization ?? "" });
    return { status: 201, headers: { get: () => null }, text: async () => '{"id":"AAMkADnew="}' };
  };
  const item = {
    itemId: "itemId" in opts ? opts.itemId : EWS_ID,
    ...(opts.owner
      ? {
          getSharedPropertiesAsync: (cb: (r: any) => void) => cb({ status: "succeeded", value: { owner: opts.owner } }),
        }
      : {}),
  };
  const convert =
    opts.convert === null ? undefined : (opts.convert ?? ((id: string) => id.replace(/\//g, "-").replace(/\+/g, "_")));
  const mailbox = convert ? { convertToRestId: convert } : {};
  const run = (to: "junk" | "delete") =>
    moveReportedMessage(item, mailbox, "tanaka@example.go.jp", to, {
      tokens,
      fetch,
      graphBaseUrl: "https://graph.test/v1.0/",
    });
  return { asked, requests, run };
}

describe("moving the reported mail (Office side)", () => {
  test("well-known folder names as Graph documents them", () => {
    expect(MOVE_DESTINATIONS).toEqual({ junk: "junkemail", delete: "deleteditems" });
  });

  test("the EWS id is converted for REST v2.0 and the move names it in the URL; the scope is Mail.ReadWrite", async () => {
    const versions: string[] = [];
    const h = harness({
      convert: (id, v) => {
        versions.push(v);
        return id.replace(/\//g, "-").replace(/\+/g, "_");
      },
    });
    await expect(h.run("junk")).resolves.toEqual({ ok: true });
    expect(versions).toEqual(["v2.0"]);
    expect(h.requests).toEqual([
      {
        url: `https://graph.test/v1.0/me/messages/${encodeURIComponent("AAMkADk0-Ny1hZTk_AAA=")}/move`,
        body: { destinationId: "junkemail" },
        auth: "Bearer t",
      },
    ]);
    expect(h.asked).toEqual([["Mail.ReadWrite"]]);
  });

  test("no item id, or no convertToRestId (mobile): no token asked, nothing sent", async () => {
    const noId = harness({ itemId: undefined });
    await expect(noId.run("delete")).resolves.toMatchObject({ ok: false, why: "no-item-id" });
    const noConvert = harness({ convert: null });
    await expect(noConvert.run("delete")).resolves.toMatchObject({ ok: false, why: "unsupported" });
    const throws = harness({
      convert: () => {
        throw new Error("Invalid id");
      },
    });
    await expect(throws.run("delete")).resolves.toMatchObject({ ok: false, why: "unsupported" });
    for (const h of [noId, noConvert, throws]) {
      expect(h.asked).toEqual([]);
      expect(h.requests).toEqual([]);
    }
  });

  test("shared mailbox (another owner): left alone; the user's own address as owner is not 'shared'", async () => {
    const shared = harness({ owner: "Soumu-Kyotsu@example.go.jp" });
    await expect(shared.run("junk")).resolves.toEqual({
      ok: false,
      why: "shared",
      detail: "Soumu-Kyotsu@example.go.jp",
    });
    expect(shared.asked).toEqual([]);
    const own = harness({ owner: "TANAKA@example.go.jp" });
    await expect(own.run("junk")).resolves.toEqual({ ok: true });
    expect(own.requests).toHaveLength(1);
  });

  test("no Mail.ReadWrite token: consent is the reason, and no request goes out", async () => {
    const h = harness({ token: false });
    await expect(h.run("junk")).resolves.toEqual({ ok: false, why: "consent", detail: "consent_required" });
    expect(h.requests).toEqual([]);
  });

  test("the NAA token source passes the asked scopes to MSAL: Mail.Send by default, Mail.ReadWrite for the move", async () => {
    const seen: string[][] = [];
    const source = naaTokenSource({ clientId: "x" }, true, async () => ({
      acquireTokenSilent: async (r) => {
        seen.push(r.scopes);
        return { accessToken: "a" };
      },
      acquireTokenPopup: async () => ({ accessToken: "b" }),
    }));
    await source.token(false);
    await source.token(false, MOVE_SCOPES);
    expect(seen).toEqual([["Mail.Send"], ["Mail.ReadWrite"]]);
  });
});
