import { loadOffice } from "../load-office";
import { mountReportPane } from "./mount";
import type { PaneOffice } from "./use-report-pane";

// In Outlook: office.js from Microsoft's CDN. Framed by the simulator's read view (`?host=simulator`): its stand-in.
const root = document.getElementById("root") as HTMLElement;
loadOffice(window).then(
  (office) => mountReportPane(office as unknown as PaneOffice, root),
  (e: unknown) => {
    const p = document.createElement("p");
    p.textContent = `Office を読み込めませんでした / Could not load Office: ${e instanceof Error ? e.message : String(e)}`;
    root.appendChild(p);
  },
);
