/**
 * The three questions the pane asks before anything else, and what follows from the answers. Handbook 4章-5: if
 * the machine may be infected, cut it off the network, leave it switched on as it is, and call the desk at once;
 * otherwise 4章-4: report the mail to the desk and follow its instructions, without opening anything.
 */

export const QUESTION_IDS = ["opened-attachment", "clicked-link", "entered-credentials"] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** "unsure" is a real answer: the handbook's 「感染したかもしれない」 is exactly the unsure case. */
export type Answer = "yes" | "no" | "unsure";
export type Answers = Readonly<Partial<Record<QuestionId, Answer>>>;

export const INCIDENT_STEP_IDS = ["disconnect-network", "keep-power-on", "call-desk", "tell-desk-credentials"] as const;
export type IncidentStepId = (typeof INCIDENT_STEP_IDS)[number];

export const REPORT_STEP_IDS = ["report-now", "do-not-open", "keep-mail"] as const;
export type ReportStepId = (typeof REPORT_STEP_IDS)[number];

export type StepId = IncidentStepId | ReportStepId;

function answered(answers: Answers, id: QuestionId): boolean {
  const a = answers[id];
  return a === "yes" || a === "unsure";
}

/** True when any answer is yes (or unsure): the 4章-5 steps then come before everything else in the pane. */
export function needsIncidentSteps(answers: Answers): boolean {
  return QUESTION_IDS.some((id) => answered(answers, id));
}

/** True once every question has an answer; the pane may still let the user report without answering. */
export function allAnswered(answers: Answers): boolean {
  return QUESTION_IDS.every((id) => answers[id] !== undefined);
}

export interface NextSteps {
  /** "incident": show these steps first and prominently (4章-5); "report": the ordinary 4章-4 steps. */
  readonly mode: "incident" | "report";
  readonly steps: readonly StepId[];
  /**
   * Once the network is cut the report mail cannot leave: the desk is reached by phone first and the report
   * mail is sent when the desk says so. The pane should say so rather than leave 報告する silently failing.
   */
  readonly phoneFirst: boolean;
}

export function nextSteps(answers: Answers): NextSteps {
  if (!needsIncidentSteps(answers)) {
    return { mode: "report", steps: [...REPORT_STEP_IDS], phoneFirst: false };
  }
  const steps: StepId[] = ["disconnect-network", "keep-power-on", "call-desk"];
  if (answered(answers, "entered-credentials")) steps.push("tell-desk-credentials");
  return { mode: "incident", steps, phoneFirst: true };
}
