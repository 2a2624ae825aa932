import { Spinner } from "@fluentui/react-components";
import type { Policy } from "../../core/policy/schema";
import type { ArchiveInspector } from "../../office/report/read-received";
import { ReportPane } from "./components/ReportPane";
import { REPORT_PANE_STRINGS } from "./strings";
import { useReportPane, type GraphWiring, type PaneOffice } from "./use-report-pane";
import { missingLines, senderLine, signLines } from "./view-model";
import { displaySafe } from "../../core/suspicious/display-safe";

/** Wires the Office adapter (through the hook) to the pane, which only takes data and actions. */
export function ReportApp(props: {
  office: PaneOffice;
  policy: Policy;
  inspect?: ArchiveInspector;
  graph?: GraphWiring;
}) {
  const pane = useReportPane(props.office, props.policy, props.inspect, props.graph);
  const s = REPORT_PANE_STRINGS[pane.lang];
  if (pane.state.kind === "loading") {
    return (
      <main>
        <h1>{s.title}</h1>
        <Spinner label={s.loading} />
      </main>
    );
  }
  if (pane.state.kind === "error") {
    return (
      <main>
        <h1>{s.title}</h1>
        <p role="alert">{s.readError}</p>
      </main>
    );
  }
  const { read, signs, fromButton } = pane.state;
  return (
    <ReportPane
      lang={pane.lang}
      sender={senderLine(read.mail.from)}
      subject={displaySafe(read.subject, 300)}
      signs={signLines(signs, pane.lang)}
      missing={missingLines(read.missing, pane.lang)}
      answers={pane.answers}
      steps={pane.plan.steps}
      mailbox={pane.plan.report ? pane.plan.report.to : null}
      direct={props.policy.report?.graph !== undefined}
      phone={pane.plan.phone}
      status={pane.status}
      after={pane.plan.after}
      fromButton={fromButton}
      onAnswer={pane.onAnswer}
      onReport={() => void pane.onReport()}
    />
  );
}
