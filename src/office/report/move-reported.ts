import { officeCall } from "../async";
import type { MoveFailure, MoveResult, MoveTarget } from "./after-report";
import type { DeliveryDeps } from "./deliver-report";
import { failureDetail, graphUrl, postToGraph, type GraphPostResult } from "./graph-report";
import { MOVE_SCOPES, tokenGetter } from "./naa-token";

/**
 * The policy's afterReport, applied by the report pane once Graph has the report: Microsoft Graph's message move,
 * `POST /me/messages/{id}/move` with `{ "destinationId": "junkemail" | "deleteditems" }` (well-known folder names).
 * Graph answers 201 Created with the moved message, which has a new id; the old id is gone (a second move is a 404).
 * The id is the read item's EWS itemId converted with `mailbox.convertToRestId(id, v2.0)` (Mailbox 1.3; not on
 * mobile). The move needs the delegated scope Mail.ReadWrite, asked for only here, after the delivery.
 *
 * Only the user's own mailbox: `/me` cannot reach a shared or delegated mailbox, and doing that through
 * `/users/{owner}` would need Mail.ReadWrite.Shared and write access to other people's mail for every reporter. An
 * item that Outlook says is shared is left where it is, and the user is asked to move it; one that Outlook does not
 * flag (new Outlook lacks getSharedPropertiesAsync) is not in the user's mailbox, so Graph answers 404 and the same
 * happens. Nothing is ever moved in a mailbox other than the one the id was found in.
 */

export const MOVE_DESTINATIONS: Readonly<Record<MoveTarget, string>> = {
  junk: "junkemail",
  delete: "deleteditems",
};

/** The slices of Office.MessageRead and Office.Mailbox the move touches. */
export interface MovableItem {
  readonly itemId?: string;
  getSharedPropertiesAsync?(callback: (r: Office.AsyncResult<{ owner?: string }>) => void): void;
}

export interface IdConverter {
  convertToRestId?(itemId: string, restVersion: string): string;
}

/** Office.MailboxEnums.RestVersion.v2_0 at run time; Graph takes the same ids as Outlook REST v2.0. */
const REST_V2 = "v2.0";

function restIdOf(item: MovableItem, mailbox: IdConverter | undefined): MoveResult | string {
  if (typeof item.itemId !== "string" || item.itemId === "") return { ok: false, why: "no-item-id" };
  const convert = mailbox && mailbox.convertToRestId;
  if (typeof convert !== "function") return { ok: false, why: "unsupported", detail: "convertToRestId" };
  try {
    const id = convert.call(mailbox, item.itemId, REST_V2);
    return typeof id === "string" && id !== "" ? id : { ok: false, why: "no-item-id", detail: "empty REST id" };
  } catch (e) {
    return { ok: false, why: "unsupported", detail: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Shared folder (Mailbox 1.8) or shared mailbox (1.13): getSharedPropertiesAsync succeeds and names an owner other
 * than the user. It fails for an item that is not shared (Microsoft's own sample reads failure that way).
 */
async function sharedOwner(item: MovableItem, userAddress: string): Promise<string | undefined> {
  const get = item.getSharedPropertiesAsync;
  if (typeof get !== "function") return undefined;
  const r = await officeCall<{ owner?: string }>((cb) => get.call(item, cb));
  if (!r.ok || !r.value || typeof r.value.owner !== "string" || r.value.owner === "") return undefined;
  return r.value.owner.toLowerCase() === userAddress.toLowerCase() ? undefined : r.value.owner;
}

function moveFailure(r: Extract<GraphPostResult, { ok: false }>): MoveFailure {
  if (r.reason === "no-token" || r.reason === "unauthorized") return "consent";
  if (r.reason === "forbidden") return "forbidden";
  if (r.status === 404) return "not-found";
  return "graph";
}

export async function moveReportedMessage(
  item: MovableItem,
  mailbox: IdConverter | undefined,
  userAddress: string,
  to: MoveTarget,
  deps: DeliveryDeps,
): Promise<MoveResult> {
  const tokens = deps.tokens;
  if (!tokens) return { ok: false, why: "unsupported", detail: "report.graph" };
  const restId = restIdOf(item, mailbox);
  if (typeof restId !== "string") return restId;
  const owner = await sharedOwner(item, userAddress);
  if (owner !== undefined) return { ok: false, why: "shared", detail: owner };
  // Incremental consent: the first time, this is where the user (or nobody, after admin consent) grants Mail.ReadWrite.
  const first = await tokens.token(false, MOVE_SCOPES);
  if (!first.ok) return { ok: false, why: "consent", detail: first.detail || first.reason };
  const r = await postToGraph({
    url: graphUrl(deps.graphBaseUrl, `/me/messages/${encodeURIComponent(restId)}/move`),
    body: JSON.stringify({ destinationId: MOVE_DESTINATIONS[to] }),
    getToken: tokenGetter(tokens, MOVE_SCOPES, first.accessToken),
    fetch: deps.fetch,
    sleep: deps.sleep,
  });
  return r.ok ? { ok: true } : { ok: false, why: moveFailure(r), detail: failureDetail(r) };
}
