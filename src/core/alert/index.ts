/** The Smart Alerts dialog text, pure so the Outlook handler and the simulator show the same words. */
export {
  buildSmartAlert,
  defang,
  ALERT_LIMITS,
  type AlertKind,
  type AlertRequest,
  type SmartAlertText,
} from "./build-alert";
export { escapeMarkdown, isHttpsUrl, markdownLink, neutraliseText } from "./markdown";
export { ALERT_TEXTS, type AlertTexts } from "./texts";
