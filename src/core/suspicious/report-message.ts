import type { Lang } from "../i18n/types";
import type { Policy } from "../policy/schema";
import { displaySafe } from "./display-safe";
import { QUESTION_IDS, type Answers } from "./questions";
import { renderSign, suspiciousCatalog } from "./render";
import type { MailAddress, SuspicionSign } from "./types";

export interface ReportMessageInput {
  readonly policy: Policy;
  readonly answers: Answers;
  readonly signs: readonly SuspicionSign[];
  /** The signed-in user (Office.context.mailbox.userProfile). */
  readonly reporter: MailAddress;
  readonly originalSubject: string;
  readonly lang: Lang;
  /** What the user typed in the Report button's dialog, if anything. */
  readonly freeText?: string;
}

/**
 * The report mail, as plain text. The adapter attaches the original item unmodified (never inline) and must escape
 * `bodyText` if it passes it as htmlBody: it holds sender-chosen text (display names, file names, link text).
 */
export interface ReportMessage {
  readonly to: string;
  readonly subject: string;
  readonly bodyText: string;
}

/** Outlook refuses subjects over 255 characters (displayNewMessageFormAsync). */
const MAX_SUBJECT = 255;
/** htmlBody is capped at 32 KB; leave room for escaping and the adapter's wrapping. */
const MAX_BODY = 20000;
const MAX_SIGNS_IN_BODY = 30;

/**
 * Microsoft Defender files a reporting-mailbox message under User reported only if its subject *starts* with
 * "1|"/"Junk:", "2|"/"Not junk:" or "3|"/"Phishing:" (Defender docs, "Message submission format for third-party
 * reporting tools"); anything else counts as phishing anyway. We write the readable "Phishing:" form.
 */
export const DEFENDER_PHISHING_PREFIX = "Phishing:";

export function reportSubject(policy: Policy, originalSubject: string): string {
  const prefix = policy.report?.subjectPrefix ?? "";
  const parts = [
    policy.report?.defenderConvention ? DEFENDER_PHISHING_PREFIX : "",
    displaySafe(prefix, 40),
    displaySafe(typeof originalSubject === "string" ? originalSubject : "", MAX_SUBJECT),
  ].filter((p) => p !== "");
  const subject = parts.join(" ");
  return subject.length <= MAX_SUBJECT ? subject : subject.slice(0, MAX_SUBJECT - 1) + "…";
}

/** Labels the catalogs do not have: the free text from the Report button's dialog, the section divider. */
const EXTRA: Readonly<Record<Lang, { readonly note: string; readonly other: string }>> = {
  ja: { note: "報告者のメモ", other: "日本語" },
  en: { note: "Reporter's note", other: "English" },
};
const MAX_NOTE = 1000;

/** The report in one language: who, which mail, the answers, the note, the signs. */
function section(input: ReportMessageInput, lang: Lang): string[] {
  const { answers, signs, reporter, originalSubject } = input;
  const c = suspiciousCatalog(lang);
  const r = c.reportMail;
  const name = displaySafe(reporter.displayName ?? "", 80);
  const address = displaySafe(reporter.emailAddress ?? "", 120);
  const lines: string[] = [
    r.intro,
    "",
    `${r.reporter}: ${name ? `${name} <${address}>` : address}`,
    `${r.originalSubject}: ${displaySafe(originalSubject ?? "", 300)}`,
    "",
    `${r.answers}:`,
    ...QUESTION_IDS.map((q) => `- ${c.questions[q]} ${c.answers[answers[q] ?? "unanswered"]}`),
  ];
  const note = displaySafe(input.freeText ?? "", MAX_NOTE);
  if (note !== "") lines.push("", `${EXTRA[lang].note}:`, note);
  lines.push("", `${r.signs}:`);
  if (signs.length === 0) lines.push(r.noSigns);
  for (const s of signs.slice(0, MAX_SIGNS_IN_BODY)) {
    // The sign id in brackets lets the desk filter or count reports without reading the sentence.
    lines.push(`- [${c.severity[s.severity]}] ${renderSign(s, lang)} (${s.id})`);
  }
  if (signs.length > MAX_SIGNS_IN_BODY) lines.push(`- ${c.more(signs.length - MAX_SIGNS_IN_BODY)}`);
  return lines;
}

/**
 * One line a desk's tools can parse whatever the language: "sendcheck-answers: opened-attachment=yes; …" (yes, no,
 * unsure or unanswered for each question).
 */
export function answersLine(answers: ReportMessageInput["answers"]): string {
  return `sendcheck-answers: ${QUESTION_IDS.map((q) => `${q}=${answers[q] ?? "unanswered"}`).join("; ")}`;
}

/**
 * Returns null when the policy names no report mailbox: the pane then has nowhere to send and should say so.
 * The body is written in the reporter's language first and then in the other one, so a desk reads the answers in
 * Japanese or English whatever the reporter's Outlook language is.
 */
export function buildReportMessage(input: ReportMessageInput): ReportMessage | null {
  const { policy, originalSubject, lang } = input;
  if (!policy.report) return null;
  const other: Lang = lang === "ja" ? "en" : "ja";
  // The parseable line comes before the second language: a body cut at MAX_BODY loses the end, never this line.
  const lines = [
    ...section(input, lang),
    "",
    answersLine(input.answers),
    "",
    `---------- ${EXTRA[other].other} ----------`,
    "",
    ...section(input, other),
    "",
    suspiciousCatalog(lang).reportMail.footer,
  ];
  let bodyText = lines.join("\n");
  if (bodyText.length > MAX_BODY) bodyText = bodyText.slice(0, MAX_BODY - 1) + "…";
  return { to: policy.report.mailbox, subject: reportSubject(policy, originalSubject), bodyText };
}
