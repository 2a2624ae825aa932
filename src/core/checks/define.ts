import type { FixOption } from "../fixes/fix-kinds";
import type { EvaluationContext } from "./context";
import type { Action, CheckId, GuidanceSection } from "./ids";
import type { Finding, FindingDraft } from "./types";

/**
 * An integer parameter of a check. Plain data, not a zod schema: check files run in Outlook's event script, which
 * carries no zod (the policy is validated at build time). policy/schema.ts makes the zod schema from it and the
 * policy editor its input field, so bounds and default are written once, in the check.
 */
export interface IntOption {
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** What the parameter means, for the schema's description and the editor. */
  readonly doc: string;
}

export type CheckOptions = Readonly<Record<string, IntOption>>;

/**
 * What a check declares as data: id, handbook section, default action, the severe tier's default action when it
 * has one (機密性３ outside, 送信禁止: `severeAction` in the policy), its options and the message ids its findings
 * use. The policy schema, the policy editor and the registry meta-test read these; nothing here runs.
 */
export interface CheckSettings {
  readonly id: CheckId;
  readonly guidance: GuidanceSection;
  readonly defaultAction: Action;
  readonly severeAction?: Action;
  readonly options: CheckOptions;
  readonly messageIds: readonly string[];
  /** True for the few checks that still matter when every recipient is inside the organisation (送信禁止). */
  readonly runsInternally?: boolean;
}

/** What a check does: detect (pure, on the evaluation context) and offer fixes for one of its findings. */
export interface CheckBehaviour<M extends string> {
  run(ctx: EvaluationContext): FindingDraft<M>[];
  /** The fixes that make sense for one of this check's findings, most direct first. */
  fixes(finding: Pick<Finding, "messageId" | "data" | "action">): FixOption[];
}

/**
 * One check, everything in its own file, shaped like an ESLint rule. The registry (index.ts) lists them; the policy
 * schema, the fix pane and the policy editor derive from them, and test/core/checks/registry.test.ts checks each
 * has its tests, messages in ja and en, guidance entry and README row.
 */
export type CheckOf<S extends CheckSettings> = S & CheckBehaviour<S["messageIds"][number]>;

/**
 * Settings plus behaviour. A check file declares `const settings = {…} as const satisfies CheckSettings` and
 * `export const x: CheckOf<typeof settings> = defineCheck(settings, { run, fixes })`: the annotation keeps the
 * policy type (derived from the settings) free of a cycle through `run`, and `run` reporting a message id not in
 * `settings.messageIds` is a compile error.
 */
export function defineCheck<S extends CheckSettings>(settings: S, behaviour: CheckBehaviour<S["messageIds"][number]>) {
  return { ...settings, run: behaviour.run, fixes: behaviour.fixes };
}

/** The policy's configuration of one check, as the schema parses it: action, severe action, options. */
export type CheckConfigOf<S extends CheckSettings> = { readonly action: Action } & (S extends {
  readonly severeAction: Action;
}
  ? { readonly severeAction: Action }
  : unknown) & { readonly [K in keyof S["options"]]: number };

/** The same, as a policy file may write it: everything optional. */
export type CheckConfigInputOf<S extends CheckSettings> = {
  readonly [K in keyof CheckConfigOf<S>]?: CheckConfigOf<S>[K];
};
