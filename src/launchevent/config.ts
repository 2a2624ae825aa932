import type { Policy } from "../core/policy/schema";

/** What the build fixes for one deployment; the entry file fills it from constants webpack embeds. */
export interface SendCheckConfig {
  readonly policy: Policy;
  /** Short hash of the validated policy, written into the audit header. */
  readonly policyHash: string;
  /** The add-in's version (package.json), written into the audit header. */
  readonly version: string;
  /** Where the add-in is served, ending in "/": guidance pages live under it. */
  readonly baseUrl: string;
}

/** Control@id of the compose task-pane button in manifest.xml; the Smart Alert's commandId opens it. */
export const FIX_PANE_COMMAND_ID = "SendCheck.FixPane";

/**
 * Control@id of the read-mode report pane button. The integrated Report button's completion (Mailbox 1.15) names it
 * as commandId to open the pane with the answers from its pre-processing dialog.
 */
export const REPORT_PANE_COMMAND_ID = "SendCheck.ReportPane";

/** FunctionName values in manifest.xml; Office.actions.associate must register exactly these. */
export const FUNCTION_NAMES = {
  send: "onMessageSendHandler",
  attachmentsChanged: "onMessageAttachmentsChangedHandler",
  report: "onReportMessageHandler",
  appointmentSend: "onAppointmentSendHandler",
  appointmentAttachmentsChanged: "onAppointmentAttachmentsChangedHandler",
  newMessageCompose: "onNewMessageComposeHandler",
  recipientsChanged: "onMessageRecipientsChangedHandler",
} as const;
