import type { Lang } from "../../core/i18n/types";
import type { Policy } from "../../core/policy/schema";
import { displaySafe } from "../../core/suspicious/display-safe";
import { nextSteps, type Answers, type NextSteps } from "../../core/suspicious/questions";
import { buildReportMessage, type ReportMessage } from "../../core/suspicious/report-message";
import { renderSign, suspiciousCatalog } from "../../core/suspicious/render";
import type { MailAddress, SignSeverity, SuspicionSign } from "../../core/suspicious/types";
import { paneAfterReport, type AfterReportOutcome } from "../../office/report/after-report";
import { REPORT_PANE_STRINGS } from "./strings";

/** One sign as the pane shows it: a severity word and one plain sentence, both already text. */
export interface SignLine {
  readonly id: string;
  readonly severity: SignSeverity;
  readonly severityLabel: string;
  readonly sentence: string;
}

export function signLines(signs: readonly SuspicionSign[], lang: Lang): SignLine[] {
  const c = suspiciousCatalog(lang);
  return signs.map((s) => ({
    id: s.id,
    severity: s.severity,
    severityLabel: c.severity[s.severity],
    sentence: renderSign(s, lang),
  }));
}

/** The reads that failed, as sentences: an incomplete analysis must say so rather than look clean. */
export function missingLines(missing: readonly string[], lang: Lang): string[] {
  const s = REPORT_PANE_STRINGS[lang];
  return missing.map((m) =>
    m === "headers"
      ? s.missingHeaders
      : m === "body"
        ? s.missingBody
        : s.missingAttachment(displaySafe(m.replace(/^attachment:/, ""), 80)),
  );
}

export function senderLine(from: MailAddress | undefined): string {
  if (!from) return "";
  const name = displaySafe(from.displayName ?? "", 80);
  const address = displaySafe(from.emailAddress, 120);
  return name && name !== address ? `${name} <${address}>` : address;
}

/** The desk's phone, as the policy gives it, with the tel: link made from it. */
export interface DeskPhone {
  readonly number: string;
  readonly href: string;
  readonly hours?: string;
}

export function deskPhone(policy: Policy): DeskPhone | null {
  const phone = policy.report?.phone;
  if (!phone) return null;
  // RFC 3966: a global number keeps its +; visual separators are dropped so every dialler takes it.
  const href = `tel:${phone.replace(/[^0-9+]/g, "")}`;
  const hours = policy.report?.hours;
  return hours ? { number: phone, href, hours: displaySafe(hours, 60) } : { number: phone, href };
}

export interface PanePlan {
  readonly steps: NextSteps;
  readonly phone: DeskPhone | null;
  /** null when the policy names no report mailbox. */
  readonly report: ReportMessage | null;
  readonly after: AfterReportOutcome;
}

export function panePlan(args: {
  policy: Policy;
  answers: Answers;
  signs: readonly SuspicionSign[];
  reporter: MailAddress;
  originalSubject: string;
  lang: Lang;
  freeText?: string;
}): PanePlan {
  return {
    steps: nextSteps(args.answers),
    phone: deskPhone(args.policy),
    report: buildReportMessage(args),
    after: paneAfterReport(args.policy.report?.afterReport ?? "keep"),
  };
}
