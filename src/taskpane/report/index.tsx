import { mountReportPane } from "./mount";
import type { PaneOffice } from "./use-report-pane";

// report.html loads office.js from Microsoft's CDN first; the pane starts once Office says the item is ready.
void Office.onReady(() => {
  mountReportPane(Office as unknown as PaneOffice, document.getElementById("root") as HTMLElement);
});
