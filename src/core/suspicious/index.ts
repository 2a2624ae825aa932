/** The read-mode analysis and report helpers: what the report pane and the integrated Report button use. */
export { analyseReceivedMail, type AnalyseOptions } from "./analyse";
export {
  SIGN_IDS,
  severityRank,
  type MailAddress,
  type ReceivedAttachment,
  type ReceivedBody,
  type ReceivedMail,
  type SignData,
  type SignId,
  type SignSeverity,
  type SignValue,
  type SuspicionSign,
} from "./types";
export { renderSign, suspiciousCatalog, SUSPICIOUS_CATALOGS } from "./render";
export type { SuspiciousCatalog, SignTemplate } from "./catalog-types";
export {
  QUESTION_IDS,
  INCIDENT_STEP_IDS,
  REPORT_STEP_IDS,
  allAnswered,
  needsIncidentSteps,
  nextSteps,
  type Answer,
  type Answers,
  type NextSteps,
  type QuestionId,
  type StepId,
} from "./questions";
export {
  buildReportMessage,
  reportSubject,
  DEFENDER_PHISHING_PREFIX,
  type ReportMessage,
  type ReportMessageInput,
} from "./report-message";
export { displaySafe } from "./display-safe";
export { parseAuthenticationResults, type AuthResultsHeader, type MethodResult } from "./auth-results";
export { parseHeaderBlock } from "./headers";
