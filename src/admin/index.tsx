import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import example from "../../config/policy.example.json";
import { App } from "./App";
import type { Draft } from "./draft";

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <App example={example as Draft} />
  </FluentProvider>,
);
