import type { EvaluationContext } from "./context";
import type { Action, CheckId, GuidanceSection } from "./ids";

/** Values a finding carries for its message and for the fix pane. Never finished text: the catalogs make that. */
export type FindingValue = string | number | readonly string[];
export type FindingData = Readonly<Record<string, FindingValue>>;

/** What a check reports; the engine adds the action the policy gives it. */
export interface FindingDraft {
  readonly messageId: string;
  readonly data: FindingData;
  /** The severe tier of a check (機密性３ outside, 送信禁止): the policy's `severeAction` applies. */
  readonly severe?: boolean;
  /** Shown for information only, whatever the check's action (a class mentioned, not marked): never warns. */
  readonly info?: boolean;
}

export interface Finding {
  readonly check: CheckId;
  readonly action: Exclude<Action, "off">;
  readonly guidance: GuidanceSection;
  readonly messageId: string;
  readonly data: FindingData;
}

/** One check, shaped like an ESLint rule: metadata plus a pure function of the evaluation context. */
export interface Check {
  readonly id: CheckId;
  readonly guidance: GuidanceSection;
  readonly defaultAction: Action;
  readonly messageIds: readonly string[];
  /** True for the few checks that still matter when every recipient is inside the organisation (送信禁止). */
  readonly runsInternally?: boolean;
  run(ctx: EvaluationContext): FindingDraft[];
}
