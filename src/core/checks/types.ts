import type { CheckOf, CheckSettings } from "./define";
import type { Action, CheckId, GuidanceSection } from "./ids";

/** Values a finding carries for its message and for the fix pane. Never finished text: the catalogs make that. */
export type FindingValue = string | number | readonly string[];
export type FindingData = Readonly<Record<string, FindingValue>>;

/** What a check reports, its message id typed to the check's own; the engine adds the action the policy gives it. */
export interface FindingDraft<M extends string = string> {
  readonly messageId: M;
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

/** Any check of the registry (checks/define.ts says what one is). */
export type Check = CheckOf<CheckSettings>;
