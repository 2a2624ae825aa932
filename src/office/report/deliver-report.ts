import type { ReportMessage } from "../../core/suspicious/report-message";
import { officeCall } from "../async";
import type { AfterReport } from "./after-report";
import { cleanBase64, failureDetail, sendReportThroughGraph, type FetchLike, type GraphFailure } from "./graph-report";
import { decodeBase64 } from "../base64";
import { sendLargeReportThroughGraph } from "./graph-upload";
import { GRAPH_SCOPES, MOVE_SCOPES, tokenGetter, type TokenSource } from "./naa-token";
import { attachmentName } from "./open-report-form";
import type { MessageReadLike } from "./read-received";

/**
 * The report pane's delivery: the original with getAsFileAsync (Mailbox 1.14), a token through nested app
 * authentication, then Graph sendMail. Every way this can fail ends in a reason the pane turns into a sentence and a
 * fallback to the compose form, so a report is never silently lost.
 *
 * An original too big for sendMail goes through a draft and an upload session (graph-upload.ts) when the policy's
 * afterReport is junk or delete: that is when the organisation grants Mail.ReadWrite, which drafts need. With keep,
 * Mail.ReadWrite is never asked for and such an original still goes through the compose form.
 */

export type FallbackReason =
  /** The policy names no app registration (report.graph.clientId). */
  | "not-configured"
  /** This Outlook has no NestedAppAuth 1.1. */
  | "naa-unsupported"
  /** getAsFileAsync is missing (before Mailbox 1.14) or failed. */
  | "no-eml"
  | "sign-in"
  | "too-large"
  /** Too big for sendMail; the draft and upload session path (Mail.ReadWrite) failed part-way. */
  | "upload"
  | "graph";

export type DeliveryOutcome =
  { readonly kind: "sent" } | { readonly kind: "fallback"; readonly why: FallbackReason; readonly detail?: string };

export interface DeliveryDeps {
  /** Undefined when the policy has no report.graph. */
  readonly tokens: TokenSource | undefined;
  readonly fetch: FetchLike;
  readonly graphBaseUrl?: string;
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * The organisation granted Mail.ReadWrite (afterReport junk/delete): an original too big for sendMail is sent
   * through a draft and an upload session instead of the compose form.
   */
  readonly largeOriginals?: boolean;
}

/** Drafts (hence large originals) only where the policy already needs Mail.ReadWrite for the move. */
export function largeOriginalsAllowed(afterReport: AfterReport | undefined): boolean {
  return afterReport === "junk" || afterReport === "delete";
}

function graphReason(reason: GraphFailure): FallbackReason {
  if (reason === "too-large") return "too-large";
  if (reason === "no-token" || reason === "unauthorized") return "sign-in";
  if (reason === "bad-eml") return "no-eml";
  return "graph";
}

export async function deliverReport(
  item: MessageReadLike,
  report: ReportMessage,
  originalSubject: string,
  deps: DeliveryDeps,
): Promise<DeliveryOutcome> {
  const tokens = deps.tokens;
  if (!tokens) return { kind: "fallback", why: "not-configured" };
  if (typeof item.getAsFileAsync !== "function") return { kind: "fallback", why: "no-eml" };
  // Sign in first: it is what most often fails, and it needs no read of a possibly large message.
  const first = await tokens.token(false);
  if (!first.ok) {
    return {
      kind: "fallback",
      why: first.reason === "naa-unsupported" ? "naa-unsupported" : "sign-in",
      detail: first.detail,
    };
  }
  const getFile = item.getAsFileAsync.bind(item);
  const eml = await officeCall<string>((cb) => getFile(cb));
  if (!eml.ok || typeof eml.value !== "string" || eml.value === "") {
    return { kind: "fallback", why: "no-eml", detail: eml.ok ? "empty" : eml.error };
  }
  const sent = await sendReportThroughGraph({
    report,
    emlBase64: eml.value,
    attachmentName: attachmentName(originalSubject),
    getToken: tokenGetter(tokens, GRAPH_SCOPES, first.accessToken),
    fetch: deps.fetch,
    baseUrl: deps.graphBaseUrl,
    sleep: deps.sleep,
  });
  if (sent.ok) return { kind: "sent" };
  if (sent.reason === "too-large" && deps.largeOriginals) return deliverLarge(eml.value, report, originalSubject, deps);
  return { kind: "fallback", why: graphReason(sent.reason), detail: failureDetail(sent) };
}

async function deliverLarge(
  emlBase64: string,
  report: ReportMessage,
  originalSubject: string,
  deps: DeliveryDeps,
): Promise<DeliveryOutcome> {
  const tokens = deps.tokens as TokenSource;
  const clean = cleanBase64(emlBase64);
  const bytes = clean === undefined ? null : decodeBase64(clean);
  if (bytes === null) return { kind: "fallback", why: "no-eml", detail: "not base64" };
  // Incremental consent, as for the move: granted by the tenant, this is silent.
  const write = await tokens.token(false, MOVE_SCOPES);
  if (!write.ok) return { kind: "fallback", why: "upload", detail: `Mail.ReadWrite: ${write.detail || write.reason}` };
  const r = await sendLargeReportThroughGraph({
    report,
    bytes,
    attachmentName: attachmentName(originalSubject),
    getWriteToken: tokenGetter(tokens, MOVE_SCOPES, write.accessToken),
    getSendToken: tokenGetter(tokens, GRAPH_SCOPES, undefined),
    fetch: deps.fetch,
    baseUrl: deps.graphBaseUrl,
    sleep: deps.sleep,
  });
  if (r.ok) return { kind: "sent" };
  if (r.reason === "too-large") return { kind: "fallback", why: "too-large" };
  return { kind: "fallback", why: "upload", detail: r.strayDraft ? `${r.detail} (draft left)` : r.detail };
}
