import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import example from "../../config/policy.example.json";
import { App } from "./App";
import type { Draft } from "./draft";

// The policy this build embeds (already validated, defaults filled in): the organisation's own starting point.
declare const __SENDCHECK_POLICY__: Draft;

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <App initial={__SENDCHECK_POLICY__} example={example as Draft} />
  </FluentProvider>,
);
