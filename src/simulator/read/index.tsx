import { createRoot } from "react-dom/client";
import { langFor } from "../../core/i18n/render";
import { createReadModeStandIn, type ReadModeStandIn } from "../../office-stand-in/read-mode";
import { EventRuntime } from "../event-runtime";
import { emlToReceived, SAMPLE_EML } from "./eml-to-received";
import { ReadApp } from "./ReadApp";
import type { ReadStandInLike } from "./report-surface";

/**
 * The read-mode window: one received message in the stand-in's read mode, shown as text. `?lang=en`,
 * `?mailbox=1.14` and `?build=16.0.16626.20000` (a classic Outlook on Windows version) pick the pretend client. A report pane framed here takes `sendcheckSimulator.officeForPane()`.
 */
const params = new URLSearchParams(location.search);
const displayLanguage = params.get("lang") === "en" ? "en-US" : "ja-JP";
const mailboxVersion = (params.get("mailbox") ?? "1.15") as "1.15";
const build = params.get("build");
const client = build ? { platform: "PC" as const, version: build } : undefined;
const lang = langFor(displayLanguage);
const root = createRoot(document.getElementById("root")!);
let standIn: ReadModeStandIn;
let error: string | undefined;
let text = "";
let read: ReadStandInLike | undefined;
// One runtime for the page: it fetches launchevent.js once and evaluates it afresh for every Report press.
const runtime = new EventRuntime(window);

(window as unknown as { sendcheckSimulator: unknown }).sendcheckSimulator = {
  officeForPane: () => standIn.Office,
  get standIn() {
    return standIn;
  },
};

async function show(bytes: Uint8Array): Promise<void> {
  try {
    const r = await emlToReceived(bytes);
    standIn = createReadModeStandIn(r.message, { displayLanguage, mailboxVersion, ...(client ? { client } : {}) });
    const s = standIn;
    // One object per message: the report surfaces start afresh (pane closed) when another mail is opened.
    read = {
      standIn: s,
      message: s.message,
      forms: s.forms,
      onForm: (l) => s.onForm(l),
      spamOutcome: (o) => s.spamOutcome(o),
    };
    text = r.text;
    error = undefined;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  render();
}

function render(): void {
  root.render(
    <ReadApp
      lang={lang}
      message={standIn.message}
      text={text}
      {...(error ? { error } : {})}
      onFile={(f) => void f.arrayBuffer().then((b) => show(new Uint8Array(b)))}
      onSample={() => void show(new TextEncoder().encode(SAMPLE_EML))}
      read={read}
      runtime={runtime}
    />,
  );
}

void show(new TextEncoder().encode(SAMPLE_EML));
