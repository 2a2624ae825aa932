import type { Answer, QuestionId, StepId } from "./questions";
import type { SignData, SignSeverity } from "./types";

/** Helpers a sign template uses: lists shortened with "and N more", values shown as plain strings. */
export interface SignSay {
  list(value: unknown, max?: number): string;
  str(value: unknown): string;
}

export type SignTemplate = (data: SignData, say: SignSay) => string;

/** Everything the report pane and the report mail say, in one language. */
export interface SuspiciousCatalog {
  readonly signs: Readonly<Record<string, SignTemplate>>;
  readonly severity: Readonly<Record<SignSeverity, string>>;
  readonly questions: Readonly<Record<QuestionId, string>>;
  readonly answers: Readonly<Record<Answer | "unanswered", string>>;
  readonly steps: Readonly<Record<StepId, string>>;
  readonly headings: { readonly incident: string; readonly report: string; readonly phoneFirst: string };
  readonly reportMail: {
    readonly intro: string;
    readonly reporter: string;
    readonly originalSubject: string;
    readonly answers: string;
    readonly signs: string;
    /** Said when the automatic checks found nothing; must not suggest the mail is safe. */
    readonly noSigns: string;
    readonly footer: string;
  };
  readonly listSeparator: string;
  more(count: number): string;
  readonly unknownSign: string;
}
