import { buildContext } from "./checks/context";
import { actionRank, type Action } from "./checks/ids";
import { CHECKS } from "./checks/index";
import type { Check, Finding } from "./checks/types";
import type { MessageSnapshot } from "./message";
import { compilePolicy } from "./policy/compile";
import type { Policy } from "./policy/schema";

export type DecisionAction = "allow" | "warn" | "block";

export interface Decision {
  readonly action: DecisionAction;
  /** Ordered most severe first, then in registry order. */
  readonly findings: readonly Finding[];
}

function toDecision(action: Action): DecisionAction {
  return action === "block" ? "block" : action === "warn" ? "warn" : "allow";
}

function onErrorAction(policy: Policy): Exclude<Action, "off"> {
  return policy.onError === "allow" ? "info" : policy.onError;
}

function runCheck(check: Check, ctx: ReturnType<typeof buildContext>, policy: Policy, out: Finding[]): void {
  const config = policy.checks[check.id];
  if (config.action === "off") return;
  let drafts;
  try {
    drafts = check.run(ctx);
  } catch (e) {
    // A bug in one check must not turn into a silent allow: report it and let onError decide.
    out.push({
      check: check.id,
      action: onErrorAction(policy),
      guidance: check.guidance,
      messageId: "engine.check-failed",
      data: { error: e instanceof Error ? e.message : String(e) },
    });
    return;
  }
  for (const d of drafts) {
    const severeAction = "severeAction" in config ? config.severeAction : undefined;
    const configured = d.severe && severeAction !== undefined ? severeAction : config.action;
    const action = d.info && configured !== "off" ? "info" : configured;
    if (action === "off") continue;
    out.push({ check: check.id, action, guidance: check.guidance, messageId: d.messageId, data: d.data });
  }
}

/**
 * Decides one outgoing mail: the highest action among the findings of every enabled check. Mail that stays inside
 * the organisation runs only the checks that matter there (送信禁止), so the common case costs almost nothing.
 */
export function evaluate(snapshot: MessageSnapshot, policy: Policy): Decision {
  const compiled = compilePolicy(policy);
  const ctx = buildContext(snapshot, compiled);
  const internalOnly = ctx.outside.length === 0;
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (internalOnly && !check.runsInternally) continue;
    runCheck(check, ctx, policy, findings);
  }
  let top: Action = "off";
  for (const f of findings) if (actionRank(f.action) > actionRank(top)) top = f.action;
  const ordered = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => actionRank(b.f.action) - actionRank(a.f.action) || a.i - b.i)
    .map((x) => x.f);
  return { action: toDecision(top), findings: ordered };
}
