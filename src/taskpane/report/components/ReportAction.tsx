import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { AfterReportOutcome } from "../../../office/report/after-report";
import type { ReportPaneStrings } from "../strings";

export type ReportStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "opening" }
  | { readonly kind: "opened" }
  | { readonly kind: "failed"; readonly reason: "no-item-id" | "unsupported" | "failed"; readonly detail?: string };

function afterText(s: ReportPaneStrings, after: AfterReportOutcome): string[] {
  if (after.kind === "kept") return [s.afterKeep];
  return [after.wanted === "junk" ? s.afterJunk : s.afterDelete, s.afterManualWhy];
}

/** 報告する, then a confirmation that says honestly what happened (a form opened; the user still sends it). */
export function ReportAction(props: {
  s: ReportPaneStrings;
  mailbox: string | null;
  status: ReportStatus;
  after: AfterReportOutcome;
  onReport: () => void;
}) {
  const { s, status } = props;
  return (
    <section aria-labelledby="report-title" data-testid="report">
      <h2 id="report-title">{s.reportHeading}</h2>
      {props.mailbox === null ? (
        <MessageBar intent="warning">
          <MessageBarBody>{s.noMailbox}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <p>{s.reportExplain(props.mailbox)}</p>
          <Button appearance="primary" onClick={props.onReport} disabled={status.kind === "opening"}>
            {s.reportButton}
          </Button>
          {status.kind === "opening" ? <Spinner size="tiny" label={s.reportOpening} /> : null}
        </>
      )}
      <div aria-live="polite">
        {status.kind === "opened" ? (
          <MessageBar intent="success" layout="multiline" data-testid="report-confirmation">
            <MessageBarBody>
              <MessageBarTitle>{s.opened}</MessageBarTitle>
              <p>{s.openedDetail}</p>
              {afterText(s, props.after).map((t) => (
                <p key={t}>{t}</p>
              ))}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {status.kind === "failed" ? (
          <MessageBar intent="error" layout="multiline" data-testid="report-failed">
            <MessageBarBody>
              <MessageBarTitle>
                {status.reason === "no-item-id"
                  ? s.failedNoItemId
                  : status.reason === "unsupported"
                    ? s.failedUnsupported
                    : s.failedOther}
              </MessageBarTitle>
              <p>{s.manualForward}</p>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </section>
  );
}
