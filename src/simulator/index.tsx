import { createRoot } from "react-dom/client";
import { App } from "./App";
import { EventRuntime } from "./event-runtime";
import { SAMPLES } from "./samples";
import { DEFAULT_SETTINGS, SimulatorSession, type ClientSettings } from "./session";

/**
 * `?lang=en`, `?mailbox=1.12`, `?theme=dark` and `?sample=id` preset the page, so a link (or a test) can open a given situation.
 * The session is exposed as `window.sendcheckSimulator`: the framed fix pane takes its Office stand-in from there.
 */
const params = new URLSearchParams(location.search);
const settings: ClientSettings = {
  ...DEFAULT_SETTINGS,
  ...(params.get("lang") === "en" ? { displayLanguage: "en-US" as const } : {}),
  ...(params.get("mailbox") ? { mailboxVersion: params.get("mailbox") as ClientSettings["mailboxVersion"] } : {}),
  ...(params.get("theme") === "dark" ? { theme: "dark" as const } : {}),
};
const sample = SAMPLES.find((x) => x.id === params.get("sample")) ?? SAMPLES[0]!;
const session = new SimulatorSession(new EventRuntime(window), {}, settings);
session.load(sample.draft());

(window as unknown as { sendcheckSimulator: unknown }).sendcheckSimulator = {
  session,
  officeForPane: () => session.standIn.Office,
};

createRoot(document.getElementById("root")!).render(<App session={session} initialSample={sample.id} />);
