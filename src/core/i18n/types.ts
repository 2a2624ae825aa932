import type { CheckId } from "../checks/ids";
import type { DecisionAction } from "../engine";
import type { ChecklistItem } from "../fixes/fix-options";

export type Lang = "ja" | "en";

/** Helpers a template uses to say lists, places and levels the way its language does. */
export interface Say {
  /** A list, shortened to the first few items with "and N more". */
  list(value: unknown, max?: number): string;
  /** Where markings were found: 件名, 本文, 添付「x」 … */
  where(value: unknown): string;
  str(value: unknown): string;
  /**
   * The recipients a sentence names, as an aside: "（a、b）" / " (a, b)". Empty when there are none or when the
   * reader was just told the same recipients (RenderOptions.omitRecipients), so every sentence must read on without it.
   */
  recipients(value: unknown): string;
}

export type Template = (data: Readonly<Record<string, unknown>>, say: Say) => string;

export interface Catalog {
  readonly findings: Readonly<Record<string, Template>>;
  readonly checkTitles: Readonly<Record<CheckId, string>>;
  readonly decisions: Readonly<Record<DecisionAction, string>>;
  /** Steps the user takes by hand where no automatic fix exists. */
  readonly checklist: Readonly<Record<ChecklistItem, string>>;
  readonly sources: {
    readonly subject: string;
    readonly body: string;
    readonly label: string;
    attachment(name: string): string;
    /** Joins two places ("件名と添付「…」"): a list separator there reads unnaturally in Japanese. */
    readonly and: string;
  };
  readonly listSeparator: string;
  /** Wraps an aside in this language's parentheses, with the spacing the language wants before it. */
  aside(text: string): string;
  more(count: number): string;
  readonly unknownMessage: string;
}
