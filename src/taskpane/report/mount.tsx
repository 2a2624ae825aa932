import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { inspectAttachment } from "../../core/attachments/index";
import type { Policy } from "../../core/policy/schema";
import { ReportApp } from "./ReportApp";
import { REPORT_PANE_CSS } from "./style";
import type { PaneOffice } from "./use-report-pane";

// The policy this build embeds (validated, defaults filled in): the report mailbox and afterReport come from it.
declare const __SENDCHECK_POLICY__: Policy;

/** Renders the report pane for an Office global (office.js in Outlook, the stand-in in the preview page). */
export function mountReportPane(office: PaneOffice, element: HTMLElement): void {
  const lang = (office.context.displayLanguage ?? "ja").toLowerCase().startsWith("en") ? "en" : "ja";
  document.documentElement.lang = lang;
  const style = document.createElement("style");
  style.textContent = REPORT_PANE_CSS;
  document.head.appendChild(style);
  createRoot(element).render(
    <FluentProvider theme={webLightTheme}>
      <ReportApp office={office} policy={__SENDCHECK_POLICY__} inspect={inspectAttachment} />
    </FluentProvider>,
  );
}
