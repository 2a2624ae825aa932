import { useCallback, useEffect, useMemo, useState } from "react";
import { langFor } from "../../core/i18n/render";
import type { Lang } from "../../core/i18n/types";
import type { Policy } from "../../core/policy/schema";
import { analyseReceivedMail } from "../../core/suspicious/analyse";
import type { Answer, Answers, QuestionId } from "../../core/suspicious/questions";
import type { MailAddress, SuspicionSign } from "../../core/suspicious/types";
import { openReportForm, type MailboxLike } from "../../office/report/open-report-form";
import {
  readReceivedMail,
  type ArchiveInspector,
  type MessageReadLike,
  type ReceivedRead,
} from "../../office/report/read-received";
import { readReportContext } from "../../office/report/report-context";
import type { ReportStatus } from "./components/ReportAction";
import { panePlan } from "./view-model";

/** The slice of the Office global the pane uses; office.js and the stand-in both provide it. */
export interface PaneOffice {
  readonly context: {
    readonly displayLanguage?: string;
    readonly mailbox?: MailboxLike & {
      readonly item?: unknown;
      readonly userProfile?: { readonly emailAddress?: string; readonly displayName?: string };
    };
  };
}

export interface Loaded {
  readonly read: ReceivedRead;
  readonly signs: readonly SuspicionSign[];
  readonly fromButton: boolean;
}

export type PaneState =
  { readonly kind: "loading" } | { readonly kind: "error" } | ({ readonly kind: "ready" } & Loaded);

/** Reads the mail and the Report button's context once, analyses, and keeps the answers and the report status. */
export function useReportPane(office: PaneOffice, policy: Policy, inspect?: ArchiveInspector) {
  const lang: Lang = langFor(office.context.displayLanguage);
  const [state, setState] = useState<PaneState>({ kind: "loading" });
  const [answers, setAnswers] = useState<Answers>({});
  const [status, setStatus] = useState<ReportStatus>({ kind: "idle" });

  useEffect(() => {
    let live = true;
    const item = office.context.mailbox?.item as MessageReadLike | undefined;
    if (!item) {
      setState({ kind: "error" });
      return;
    }
    void Promise.all([readReceivedMail(item, inspect), readReportContext(item)]).then(([read, ctx]) => {
      if (!live) return;
      const signs = analyseReceivedMail(read.mail, policy);
      if (ctx) setAnswers(ctx.answers);
      setState({ kind: "ready", read, signs, fromButton: ctx !== undefined });
    });
    return () => {
      live = false;
    };
  }, [office, policy, inspect]);

  const reporter: MailAddress = useMemo(() => {
    const p = office.context.mailbox?.userProfile;
    return { emailAddress: p?.emailAddress ?? "", displayName: p?.displayName };
  }, [office]);

  const plan = useMemo(
    () =>
      panePlan({
        policy,
        answers,
        signs: state.kind === "ready" ? state.signs : [],
        reporter,
        originalSubject: state.kind === "ready" ? state.read.subject : "",
        lang,
      }),
    [policy, answers, state, reporter, lang],
  );

  const onAnswer = useCallback((q: QuestionId, a: Answer) => setAnswers((prev) => ({ ...prev, [q]: a })), []);

  const onReport = useCallback(async () => {
    if (state.kind !== "ready" || !plan.report) return;
    setStatus({ kind: "opening" });
    const r = await openReportForm(office.context.mailbox, plan.report, state.read.itemId, state.read.subject);
    setStatus(r.ok ? { kind: "opened" } : { kind: "failed", reason: r.reason, detail: r.detail });
  }, [office, plan, state]);

  return { lang, state, answers, status, plan, onAnswer, onReport };
}
