import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../../core/i18n/types";
import type { Answer, Answers, NextSteps, QuestionId } from "../../../core/suspicious/questions";
import type { AfterReportOutcome } from "../../../office/report/after-report";
import { REPORT_PANE_STRINGS } from "../strings";
import type { SignLine } from "../view-model";
import { QuestionsForm } from "./QuestionsForm";
import { ReportAction, type ReportStatus } from "./ReportAction";
import type { DeskPhone } from "../view-model";
import { SignList } from "./SignList";
import { StepsCard } from "./StepsCard";

export interface ReportPaneProps {
  readonly lang: Lang;
  readonly sender: string;
  readonly subject: string;
  readonly signs: readonly SignLine[];
  readonly missing: readonly string[];
  readonly answers: Answers;
  readonly steps: NextSteps;
  readonly mailbox: string | null;
  /** The policy has report.graph: 報告する sends straight to the desk. */
  readonly direct: boolean;
  readonly phone: DeskPhone | null;
  readonly status: ReportStatus;
  readonly after: AfterReportOutcome;
  /** The answers came from the integrated Report button's dialog. */
  readonly fromButton: boolean;
  readonly onAnswer: (q: QuestionId, a: Answer) => void;
  readonly onReport: () => void;
}

/**
 * The read-mode report pane. Order matters: when an answer says the machine may be infected, the 4章-5 steps come
 * before everything else, led by "call the desk" (a tel: link) with 報告する secondary; otherwise the questions
 * first, then what looks suspicious, then 報告する.
 */
export function ReportPane(p: ReportPaneProps) {
  const s = REPORT_PANE_STRINGS[p.lang];
  const incident = p.steps.mode === "incident";
  return (
    <main lang={p.lang === "en" ? "en" : "ja"}>
      <h1>{s.title}</h1>
      {incident ? <StepsCard steps={p.steps} lang={p.lang} phone={p.phone} /> : null}
      <dl className="mail" data-testid="mail">
        <dt>{s.from}</dt>
        <dd>{p.sender}</dd>
        <dt>{s.subject}</dt>
        <dd>{p.subject}</dd>
      </dl>
      {p.fromButton ? (
        <MessageBar intent="info">
          <MessageBarBody>{s.fromButton}</MessageBarBody>
        </MessageBar>
      ) : null}
      <QuestionsForm
        lang={p.lang}
        heading={s.questionsHeading}
        hint={s.questionsHint}
        answers={p.answers}
        onAnswer={p.onAnswer}
      />
      <SignList
        heading={s.signsHeading}
        signs={p.signs}
        none={s.signsNone}
        notVerdict={s.signsNotVerdict}
        missing={p.missing}
      />
      {incident ? null : <StepsCard steps={p.steps} lang={p.lang} phone={p.phone} />}
      <ReportAction
        s={s}
        mailbox={p.mailbox}
        direct={p.direct}
        secondary={incident && p.phone !== null}
        phone={p.phone}
        status={p.status}
        after={p.after}
        onReport={p.onReport}
      />
    </main>
  );
}
