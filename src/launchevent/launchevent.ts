/**
 * The event entry point: one classic script for classic Outlook's JavaScript-only runtime and, through
 * commands.html, for the browser runtimes. Office.onReady never runs there for events, so the handlers are
 * associated at top level. The policy, its hash, the version and the base URL are embedded by the build.
 */
import { inspectAttachment } from "../core/attachments/index";
import type { Policy } from "../core/policy/schema";
import { runtimeClock } from "../office/async";
import { createAttachmentsChangedHandler } from "./attachments-changed";
import { createRecipientsChangedHandler } from "./compose-notice";
import { FUNCTION_NAMES, type SendCheckConfig } from "./config";
import { createReportHandler, type ReportOfficeLike } from "./report-button";
import { createNewMessageComposeHandler } from "./new-message-compose";
import { createAppointmentSendHandler, createSendHandler, type OfficeLike } from "./send-check";

declare const __SENDCHECK_POLICY__: Policy;
declare const __SENDCHECK_POLICY_HASH__: string;
declare const __SENDCHECK_VERSION__: string;
declare const __SENDCHECK_BASE_URL__: string;

const config: SendCheckConfig = {
  policy: __SENDCHECK_POLICY__,
  policyHash: __SENDCHECK_POLICY_HASH__,
  version: __SENDCHECK_VERSION__,
  baseUrl: __SENDCHECK_BASE_URL__,
};

const deps = {
  office: () => Office as unknown as OfficeLike,
  config,
  clock: runtimeClock(),
  inspect: (bytes: Uint8Array) => inspectAttachment(bytes),
};

const onMessageSendHandler = createSendHandler(deps);
const onMessageAttachmentsChangedHandler = createAttachmentsChangedHandler(deps);
// Meeting invitations: the same checks at OnAppointmentSend, the same attachment cache (AppointmentCompose has
// sessionData and getAttachmentContentAsync too).
const onAppointmentSendHandler = createAppointmentSendHandler(deps);
// The integrated Report button shares this one file: classic Outlook loads a single script for all events. It hands
// the report to the pane, which reads, explains and delivers it (report-button.ts), so nothing here analyses mail.
const onReportMessageHandler = createReportHandler({
  office: () => Office as unknown as ReportOfficeLike,
  config,
  clock: deps.clock,
});

Office.actions.associate(FUNCTION_NAMES.send, onMessageSendHandler);
Office.actions.associate(FUNCTION_NAMES.attachmentsChanged, onMessageAttachmentsChangedHandler);
Office.actions.associate(FUNCTION_NAMES.report, onReportMessageHandler);
Office.actions.associate(FUNCTION_NAMES.appointmentSend, onAppointmentSendHandler);
Office.actions.associate(FUNCTION_NAMES.appointmentAttachmentsChanged, onMessageAttachmentsChangedHandler);
// Replies: remember who was on the answered message, for new-domain-in-reply at Send.
Office.actions.associate(FUNCTION_NAMES.newMessageCompose, createNewMessageComposeHandler(deps));
// Early warning while composing: a notice above the body when Send would warn or block (compose-notice.ts).
Office.actions.associate(FUNCTION_NAMES.recipientsChanged, createRecipientsChangedHandler(deps));
