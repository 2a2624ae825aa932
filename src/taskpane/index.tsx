import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Policy } from "../core/policy/schema";
import { loadOffice } from "./load-office";
import { officeBackend } from "./office-backend";
import { PaneApp } from "./PaneApp";
import { themeFor } from "./theme";

declare const __SENDCHECK_POLICY__: Policy;
declare const __SENDCHECK_BASE_URL__: string;

const root = createRoot(document.getElementById("root")!);

loadOffice(window).then(
  (office) => {
    const backend = officeBackend(office, { policy: __SENDCHECK_POLICY__, baseUrl: __SENDCHECK_BASE_URL__ });
    document.documentElement.lang = backend.lang;
    root.render(
      <FluentProvider theme={themeFor(office.context.officeTheme)} className="provider">
        <PaneApp backend={backend} />
      </FluentProvider>,
    );
  },
  (e: unknown) => {
    // Without Office there is nothing to check; say so in both languages rather than showing a blank pane.
    const p = document.createElement("p");
    p.textContent = `Office を読み込めませんでした / Could not load Office: ${e instanceof Error ? e.message : String(e)}`;
    document.getElementById("root")!.appendChild(p);
  },
);
