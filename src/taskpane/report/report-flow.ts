import type { MoveResult, MoveTarget, PaneMove } from "../../office/report/after-report";
import type { DeliveryOutcome } from "../../office/report/deliver-report";
import type { OpenFormResult } from "../../office/report/open-report-form";
import type { ReportStatus } from "./components/ReportAction";

/** The two ways a report can leave the pane, injected so the order and the statuses are tested without Outlook. */
export interface ReportFlowSteps {
  /** Graph: getAsFileAsync, NAA token, sendMail. */
  deliver(): Promise<DeliveryOutcome>;
  /** The compose form with the original attached as an item. */
  openForm(): Promise<OpenFormResult>;
  /** Where afterReport wants the mail once the desk has it; undefined for keep. */
  readonly moveTarget?: MoveTarget;
  /** Graph's message move; only ever called after deliver() returned "sent". */
  move?(to: MoveTarget): Promise<MoveResult>;
}

/** The move never undoes a delivery: whatever goes wrong, even a throw, becomes a reason for the manual step. */
async function moveAfterDelivery(steps: ReportFlowSteps, to: MoveTarget): Promise<PaneMove> {
  let r: MoveResult;
  try {
    r = steps.move ? await steps.move(to) : { ok: false, why: "unsupported" };
  } catch (e) {
    r = { ok: false, why: "graph", detail: e instanceof Error ? e.message : String(e) };
  }
  return r.ok ? { kind: "moved", to } : { kind: "not-moved", to, why: r.why, detail: r.detail };
}

/**
 * Graph first (no compose window); when that cannot work, the compose form, carrying the reason so the pane can say
 * why the user has to press Send after all. After a Graph delivery, and only then, afterReport's move. `show` gets
 * every status in order; the last one is returned.
 */
export async function runReportFlow(steps: ReportFlowSteps, show: (s: ReportStatus) => void): Promise<ReportStatus> {
  const say = (s: ReportStatus) => {
    show(s);
    return s;
  };
  say({ kind: "sending" });
  const delivered = await steps.deliver();
  if (delivered.kind === "sent") {
    const to = steps.moveTarget;
    if (to === undefined) return say({ kind: "sent" });
    say({ kind: "sent", move: { kind: "moving", to } });
    return say({ kind: "sent", move: await moveAfterDelivery(steps, to) });
  }
  const fallback = delivered.why;
  say({ kind: "opening", fallback });
  const r = await steps.openForm();
  return say(r.ok ? { kind: "opened", fallback } : { kind: "failed", reason: r.reason, detail: r.detail, fallback });
}

/** A second start while one run is under way is ignored: the desk must not get the same report twice. */
export function oneAtATime(run: () => Promise<unknown>): () => Promise<void> {
  let busy = false;
  return async () => {
    if (busy) return;
    busy = true;
    try {
      await run();
    } finally {
      busy = false;
    }
  };
}
