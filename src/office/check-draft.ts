import { evaluate, type DecisionAction } from "../core/engine";
import type { Finding } from "../core/checks/types";
import type { Policy } from "../core/policy/schema";
import type { Clock } from "./async";
import type { Capabilities } from "./capabilities";
import { inspectAttachments, type Inspector } from "./inspect-attachments";
import { draftSnapshot } from "./draft-snapshot";
import { readDraft, type DraftRead } from "./read-draft";

export type DraftCheck =
  | {
      readonly ok: true;
      readonly draft: DraftRead;
      readonly action: DecisionAction;
      readonly findings: readonly Finding[];
      /** Attachments whose bytes could not be read: the result may miss something. */
      readonly unread: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/** The pane is not on Send's clock, but a stuck read must still end: it then says so instead of spinning. */
const PANE_BUDGET_MS = 15_000;

/**
 * Reads the live draft and evaluates the policy the way the send check does (same reads, same cached attachment
 * inspections, same engine), so what the pane shows is what Send will decide.
 */
export async function checkDraft(
  item: Office.MessageCompose,
  caps: Capabilities,
  policy: Policy,
  inspect: Inspector,
  clock: Clock,
): Promise<DraftCheck> {
  const read = await readDraft(item, caps);
  if (!read.ok) return { ok: false, errors: read.errors };
  const draft = read.draft;
  const words = policy.labels.extraWords.map((w) => w.word);
  const until = clock.now() + PANE_BUDGET_MS;
  const inspected = await inspectAttachments(item, draft.attachments, draft.session, inspect, until, clock, words);
  const snapshot = draftSnapshot(draft, inspected.inspections, draft.session);
  const decision = evaluate(snapshot, policy);
  return { ok: true, draft, action: decision.action, findings: decision.findings, unread: inspected.failures };
}
