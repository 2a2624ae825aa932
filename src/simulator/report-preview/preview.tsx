/**
 * The report pane on the Office stand-in, without Outlook: for the e2e tests and for looking at the pane in a
 * browser. The message comes from `window.__SENDCHECK_READ_PREVIEW__` (a test sets it before the page loads) or is
 * a built-in spoofed example. The stand-in is exposed as `window.__sendcheckStandIn` so a test can see the forms
 * the pane opened.
 */
import type { StandInOptions } from "../../office-stand-in/index";
import { createReadModeStandIn, type ReceivedMessage } from "../../office-stand-in/read-mode";
import { mountReportPane } from "../../taskpane/report/mount";
import type { PaneOffice } from "../../taskpane/report/use-report-pane";
import { PREVIEW_EXAMPLE } from "./preview-example";

interface PreviewInput {
  readonly message?: Partial<ReceivedMessage>;
  readonly options?: StandInOptions;
}

const w = window as unknown as { __SENDCHECK_READ_PREVIEW__?: PreviewInput; __sendcheckStandIn?: unknown };
const input = w.__SENDCHECK_READ_PREVIEW__ ?? {};
const lang = new URLSearchParams(location.search).get("lang");
const standIn = createReadModeStandIn(input.message ?? PREVIEW_EXAMPLE, {
  ...(lang ? { displayLanguage: lang } : {}),
  ...input.options,
});
w.__sendcheckStandIn = standIn;
mountReportPane(standIn.Office as unknown as PaneOffice, document.getElementById("root") as HTMLElement);
