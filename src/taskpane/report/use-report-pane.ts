import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { langFor } from "../../core/i18n/render";
import type { Lang } from "../../core/i18n/types";
import type { Policy } from "../../core/policy/schema";
import { analyseReceivedMail } from "../../core/suspicious/analyse";
import type { Answer, Answers, QuestionId } from "../../core/suspicious/questions";
import type { MailAddress, SuspicionSign } from "../../core/suspicious/types";
import { deliverReport, largeOriginalsAllowed, type DeliveryDeps } from "../../office/report/deliver-report";
import { supportsSet } from "../../office/capabilities";
import type { FetchLike } from "../../office/report/graph-report";
import { moveReportedMessage, type IdConverter, type MovableItem } from "../../office/report/move-reported";
import { naaTokenSource, type ClientFactory } from "../../office/report/naa-token";
import { openReportForm, type MailboxLike } from "../../office/report/open-report-form";
import {
  readReceivedMail,
  type ArchiveInspector,
  type MessageReadLike,
  type ReceivedRead,
} from "../../office/report/read-received";
import { onReportContextChanged, readReportContext } from "../../office/report/report-context";
import type { ReportStatus } from "./components/ReportAction";
import { oneAtATime, runReportFlow } from "./report-flow";
import { panePlan } from "./view-model";

/** The slice of the Office global the pane uses; office.js and the stand-in both provide it. */
export interface PaneOffice {
  readonly context: {
    readonly displayLanguage?: string;
    readonly requirements?: { isSetSupported?(name: string, version?: string): boolean };
    readonly mailbox?: MailboxLike &
      IdConverter & {
        readonly item?: unknown;
        readonly userProfile?: { readonly emailAddress?: string; readonly displayName?: string };
      };
  };
}

export interface Loaded {
  readonly read: ReceivedRead;
  readonly signs: readonly SuspicionSign[];
  readonly fromButton: boolean;
  /** What the user typed in the Report button's dialog; it travels in the report body. */
  readonly freeText: string;
}

/**
 * How the pane reaches Graph. In Outlook: MSAL (loaded on demand), the browser's fetch and Graph itself; tests pass
 * a fake MSAL application, and a local HTTPS stand-in as the base URL.
 */
export interface GraphWiring {
  readonly createClient?: ClientFactory;
  readonly fetch?: FetchLike;
  readonly baseUrl?: string;
  readonly sleep?: (ms: number) => Promise<void>;
}

// One object for "no wiring", so the delivery (and the MSAL application in it) is not rebuilt on every render.
const NO_WIRING: GraphWiring = {};

function supportsNaa(office: PaneOffice): boolean {
  return supportsSet(office, "NestedAppAuth", "1.1");
}

function deliveryDeps(office: PaneOffice, policy: Policy, wiring: GraphWiring): DeliveryDeps {
  const graph = policy.report?.graph;
  const fetchImpl: FetchLike = wiring.fetch ?? ((url, init) => fetch(url, init));
  return {
    tokens: graph ? naaTokenSource(graph, supportsNaa(office), wiring.createClient) : undefined,
    fetch: fetchImpl,
    graphBaseUrl: wiring.baseUrl,
    sleep: wiring.sleep,
    largeOriginals: largeOriginalsAllowed(policy.report?.afterReport),
  };
}

export type PaneState =
  { readonly kind: "loading" } | { readonly kind: "error" } | ({ readonly kind: "ready" } & Loaded);

/** Reads the mail and the Report button's context once, analyses, and keeps the answers and the report status. */
export function useReportPane(
  office: PaneOffice,
  policy: Policy,
  inspect?: ArchiveInspector,
  wiring: GraphWiring = NO_WIRING,
) {
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
      setState({ kind: "ready", read, signs, fromButton: ctx !== undefined, freeText: ctx?.freeText ?? "" });
    });
    const unsubscribe = onReportContextChanged(item, (ctx) => {
      if (!live) return;
      setAnswers(ctx.answers);
      setState((prev) => (prev.kind === "ready" ? { ...prev, fromButton: true, freeText: ctx.freeText } : prev));
    });
    return () => {
      live = false;
      unsubscribe();
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
        freeText: state.kind === "ready" ? state.freeText : "",
        lang,
      }),
    [policy, answers, state, reporter, lang],
  );

  const onAnswer = useCallback((q: QuestionId, a: Answer) => setAnswers((prev) => ({ ...prev, [q]: a })), []);

  // Created once per pane: the MSAL application inside keeps its token cache between a retry and the next report.
  const deps = useMemo(() => deliveryDeps(office, policy, wiring), [office, policy, wiring]);

  // The latest pane data for the runner below, which is created once so its busy flag spans re-renders.
  const latest = useRef({ state, plan, deps, reporter });
  latest.current = { state, plan, deps, reporter };
  const runner = useMemo(
    () =>
      oneAtATime(async () => {
        const { state: st, plan: p, deps: d, reporter: who } = latest.current;
        const report = p.report;
        if (st.kind !== "ready" || !report) return;
        const mailbox = office.context.mailbox;
        const item = mailbox?.item as MessageReadLike & MovableItem;
        await runReportFlow(
          {
            deliver: () => deliverReport(item, report, st.read.subject, d),
            openForm: () => openReportForm(mailbox, report, st.read.itemId, st.read.subject),
            // afterReport: junk / delete move the mail through Graph once the desk has the report; keep moves nothing.
            moveTarget: p.after.kind === "manual" ? p.after.wanted : undefined,
            move: (to) => moveReportedMessage(item, mailbox, who.emailAddress, to, d),
          },
          setStatus,
        );
      }),
    [office],
  );
  const onReport = useCallback(() => runner(), [runner]);

  // From the Report button the user already chose to report in Outlook's own dialog: deliver at once, once.
  const autoSent = useRef(false);
  useEffect(() => {
    if (state.kind !== "ready" || !state.fromButton || autoSent.current || !plan.report) return;
    autoSent.current = true;
    void onReport();
  }, [state, plan, onReport]);

  return { lang, state, answers, status, plan, onAnswer, onReport };
}
