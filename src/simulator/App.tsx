import { Button, FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState, useSyncExternalStore } from "react";
import { langFor } from "../core/i18n/render";
import { ClientControls } from "./components/ClientControls";
import { ComposeWindow, type ComposeActions } from "./components/ComposeWindow";
import { OutlookBar } from "./components/OutlookBar";
import { SentView } from "./components/SentView";
import { SmartAlertDialog } from "./components/SmartAlertDialog";
import { attachmentId, SAMPLES } from "./samples";
import type { SimulatorSession } from "./session";
import { SIM_STRINGS } from "./strings";

async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** The simulator page: client controls, the compose window, the Smart Alerts dialog and the real fix pane. */
export function App({ session, initialSample }: { session: SimulatorSession; initialSample?: string }) {
  const state = useSyncExternalStore(session.subscribe, () => session.snapshot);
  const [loaded, setLoaded] = useState(initialSample);
  const loadSample = (id: string) => {
    const sample = SAMPLES.find((x) => x.id === id);
    if (!sample) return;
    session.load(sample.draft());
    setLoaded(id);
  };
  const lang = langFor(state.settings.displayLanguage);
  const s = SIM_STRINGS[lang];
  const draft = session.draft;
  const version = Number(state.settings.mailboxVersion.split(".")[1]) / 100 + 1;
  const actions: ComposeActions = useMemo(
    () => ({
      setRecipients: (field, list) => session.standIn.edit.setRecipients(field, list),
      setSubject: (v) => session.standIn.edit.setSubject(v),
      setBody: (v) => session.standIn.edit.setBody(v),
      attachFiles: (files) => {
        for (const file of files) {
          void fileBase64(file).then((contentBase64) =>
            session.standIn.edit.addAttachment({ id: attachmentId(), name: file.name, size: file.size, contentBase64 }),
          );
        }
      },
      removeAttachment: (id) => session.standIn.edit.removeAttachment(id),
      send: () => void session.send(),
      openPane: () => session.openPane(),
    }),
    [session],
  );
  const status = state.phase === "checking" ? (state.slow ? s.slow : s.checking) : state.phase === "dialog" ? "" : "";
  const dark = state.settings.theme === "dark";
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={`provider ${dark ? "dark" : "light"}`}>
      <OutlookBar note={s.title} lang={lang} dark={dark} />
      <main className="page" lang={lang}>
        <header>
          <h1>{s.title}</h1>
          <p>{s.intro}</p>
          <p>
            {/* The language travels with the link: the read view takes it from ?lang only. */}
            <a href={lang === "en" ? "simulator-read.html?lang=en" : "simulator-read.html"}>{s.readView}</a>
          </p>
        </header>
        <ClientControls
          settings={state.settings}
          s={s}
          samples={SAMPLES}
          loaded={loaded}
          lang={lang}
          onChange={(next) => session.configure(next)}
          onSample={loadSample}
        />
        <div className={state.paneOpen ? "workspace with-pane" : "workspace"} data-revision={state.revision}>
          {state.phase === "sent" ? (
            <SentView draft={draft} s={s} onNew={() => loadSample(SAMPLES[0]!.id)} />
          ) : (
            <ComposeWindow draft={draft} s={s} busy={state.phase !== "composing"} status={status} actions={actions} />
          )}
          {state.paneOpen && (
            <aside className="pane-frame" aria-label={s.pane}>
              <div className="pane-bar">
                <img src="assets/icon-32.png" alt="" width={16} height={16} />
                <span className="pane-name">{s.addinButton}</span>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={s.closePane}
                  title={s.closePane}
                  onClick={() => session.closePane()}
                >
                  ✕
                </Button>
              </div>
              <iframe key={state.paneKey} title={s.paneTitle} src="simulator-taskpane.html?host=simulator" />
            </aside>
          )}
        </div>
        <SmartAlertDialog
          options={state.phase === "dialog" ? state.dialog : undefined}
          version={version}
          s={s}
          onChoose={(c) => session.answerDialog(c)}
        />
        <details className="log">
          <summary>{s.log}</summary>
          <ol data-testid="event-log">
            {state.log.map((e, i) => (
              <li key={i}>
                <code>
                  +{e.at} ms {e.text}
                </code>
              </li>
            ))}
          </ol>
        </details>
      </main>
    </FluentProvider>
  );
}
