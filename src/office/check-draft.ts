import type { DecisionAction } from "../core/engine";
import type { Finding } from "../core/checks/types";
import type { Policy } from "../core/policy/schema";
import type { Clock } from "./async";
import type { Capabilities } from "./capabilities";
import { evaluateDraft } from "./evaluate-draft";
import type { Inspector } from "./inspect-attachments";
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
 * Reads the live draft and evaluates it with the send check's own evaluation (office/evaluate-draft.ts: the same
 * exemption, cached attachment inspections, engine and onError rule), so what the pane shows is what Send decides.
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
  const until = clock.now() + PANE_BUDGET_MS;
  const { action, findings, unread } = await evaluateDraft(item, draft, draft.session, policy, inspect, until, clock);
  return { ok: true, draft, action, findings, unread };
}
