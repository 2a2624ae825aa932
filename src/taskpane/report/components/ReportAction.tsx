import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { AfterReportOutcome, PaneMove } from "../../../office/report/after-report";
import type { FallbackReason } from "../../../office/report/deliver-report";
import type { ReportPaneStrings } from "../strings";
import type { DeskPhone } from "../view-model";

export type ReportStatus =
  | { readonly kind: "idle" }
  /** Graph delivery under way. */
  | { readonly kind: "sending" }
  /** Graph took it: the desk has the report; then afterReport's move, when the policy asks for one. */
  | { readonly kind: "sent"; readonly move?: PaneMove }
  | { readonly kind: "opening"; readonly fallback?: FallbackReason }
  /** The compose form opened (the fallback, or the only way without report.graph); the user still sends it. */
  | { readonly kind: "opened"; readonly fallback?: FallbackReason }
  | {
      readonly kind: "failed";
      readonly reason: "no-item-id" | "unsupported" | "failed";
      readonly detail?: string;
      readonly fallback?: FallbackReason;
    };

function afterText(s: ReportPaneStrings, after: AfterReportOutcome): string[] {
  if (after.kind === "kept") return [s.afterKeep];
  return [after.wanted === "junk" ? s.afterJunk : s.afterDelete, s.afterManualWhy];
}

/** After a Graph delivery: where the mail went, or why it did not and what to do by hand. */
function afterSentText(s: ReportPaneStrings, after: AfterReportOutcome, move: PaneMove | undefined): string[] {
  if (!move) return afterText(s, after);
  if (move.kind === "moving") return [s.moving(move.to)];
  if (move.kind === "moved") return [s.moved(move.to)];
  return [s.moveFailed(move.to, move.why)];
}

function Confirmation(p: { testId: string; title: string; detail: string; after: readonly string[] }) {
  return (
    <MessageBar intent="success" layout="multiline" data-testid={p.testId}>
      <MessageBarBody>
        <MessageBarTitle>{p.title}</MessageBarTitle>
        <p>{p.detail}</p>
        {p.after.map((t) => (
          <p key={t}>{t}</p>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

function fallbackOf(status: ReportStatus): FallbackReason | undefined {
  return status.kind === "opening" || status.kind === "opened" || status.kind === "failed"
    ? status.fallback
    : undefined;
}

/**
 * 報告する, then a confirmation that says honestly what happened: sent to the desk (Graph), or a form opened that the
 * user still has to send, and why. In incident mode the phone call comes first and this button is secondary.
 */
export function ReportAction(props: {
  s: ReportPaneStrings;
  mailbox: string | null;
  direct: boolean;
  secondary: boolean;
  phone: DeskPhone | null;
  status: ReportStatus;
  after: AfterReportOutcome;
  onReport: () => void;
}) {
  const { s, status, phone } = props;
  const working = status.kind === "sending" || status.kind === "opening";
  const fallback = fallbackOf(status);
  return (
    <section aria-labelledby="report-title" data-testid="report">
      <h2 id="report-title">{s.reportHeading}</h2>
      {props.mailbox === null ? (
        <MessageBar intent="warning">
          <MessageBarBody>{s.noMailbox}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <p>{props.direct ? s.reportExplainDirect(props.mailbox) : s.reportExplain(props.mailbox)}</p>
          <Button
            appearance={props.secondary ? "secondary" : "primary"}
            onClick={props.onReport}
            disabled={working || status.kind === "sent"}
          >
            {s.reportButton}
          </Button>
          {working ? (
            <Spinner size="tiny" label={status.kind === "sending" ? s.reportSending : s.reportOpening} />
          ) : null}
        </>
      )}
      {phone ? (
        <p className="desk-phone" data-testid="desk-phone">
          {s.deskPhoneLabel}
          <a href={phone.href}>{phone.number}</a>
          {phone.hours ? ` ${s.deskHours(phone.hours)}` : null}
        </p>
      ) : null}
      <div aria-live="polite">
        {fallback ? (
          <MessageBar intent="warning" data-testid="report-fallback">
            <MessageBarBody>{s.fallback(fallback)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {status.kind === "sent" ? (
          <Confirmation
            testId="report-sent"
            title={s.sent}
            detail={s.sentDetail}
            after={afterSentText(s, props.after, status.move)}
          />
        ) : null}
        {status.kind === "opened" ? (
          <Confirmation
            testId="report-confirmation"
            title={s.opened}
            detail={s.openedDetail}
            after={afterText(s, props.after)}
          />
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
