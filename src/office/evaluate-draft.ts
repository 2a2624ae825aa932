import { actionRank } from "../core/checks/ids";
import type { Finding } from "../core/checks/types";
import { evaluate, type DecisionAction } from "../core/engine";
import type { MessageSnapshot } from "../core/message";
import type { Policy } from "../core/policy/schema";
import type { Clock } from "./async";
import { draftSnapshot } from "./draft-snapshot";
import { inspectAttachments, type Inspector } from "./inspect-attachments";
import type { DraftRead } from "./read-draft";

/** What the policy says about a draft as read: the one evaluation Send and the fix pane both run. */
export interface DraftEvaluation {
  readonly action: DecisionAction;
  readonly findings: readonly Finding[];
  /** Attachments whose bytes could not be read: the result may miss something, and onError may raise it. */
  readonly unread: readonly string[];
  /** Inspections made now (not found in sessionData), as sessionData entries for the next run. */
  readonly fresh: readonly [string, string][];
  /** The snapshot evaluated (undefined for an exempt report), for steps that depend on the mail, not the verdict. */
  readonly snapshot?: MessageSnapshot;
}

/** Mail only to the security desk: reports are forwarded through our own check and must always go. */
export function onlyReportMailbox(draft: DraftRead, mailbox: string | undefined): boolean {
  if (!mailbox || draft.recipients.length === 0) return false;
  const target = mailbox.toLowerCase();
  return draft.recipients.every((r) => {
    const a = r.address.trim().toLowerCase();
    return a === target || a.endsWith(`<${target}>`);
  });
}

function maxDecision(a: DecisionAction, b: DecisionAction): DecisionAction {
  const rank = (x: DecisionAction) => actionRank(x === "allow" ? "info" : x);
  return rank(a) >= rank(b) ? a : b;
}

/**
 * Evaluates a draft the way Send decides it: the report-mailbox exemption, attachment inspections (cached ones from
 * `session` reused, the rest read until `until`), the engine, and onError raising a decision made on unread
 * attachments (never lowering it). Send and the fix pane both call this, so what the pane shows is what Send
 * decides by construction; only their reading of the draft and their clocks differ.
 */
export async function evaluateDraft(
  item: Office.MessageCompose,
  draft: DraftRead,
  session: Record<string, string> | undefined,
  policy: Policy,
  inspect: Inspector,
  until: number,
  clock: Clock,
): Promise<DraftEvaluation> {
  if (onlyReportMailbox(draft, policy.report && policy.report.mailbox))
    return { action: "allow", findings: [], unread: [], fresh: [] };
  const words = policy.labels.extraWords.map((w) => w.word);
  const inspected = await inspectAttachments(item, draft.attachments, session, inspect, until, clock, words);
  const snapshot = draftSnapshot(draft, inspected.inspections, session);
  const decision = evaluate(snapshot, policy);
  const unread = inspected.failures;
  const action = unread.length > 0 ? maxDecision(decision.action, policy.onError) : decision.action;
  return { action, findings: decision.findings, unread, fresh: inspected.fresh, snapshot };
}
