import { Field, Input, Select } from "@fluentui/react-components";
import { MAILBOX_VERSIONS } from "../../office-stand-in/index";
import { FAULT_PRESETS, type ClientSettings, type FaultPreset } from "../session";
import type { SimStrings } from "../strings";
import type { Sample } from "../samples";

type Props = {
  settings: ClientSettings;
  s: SimStrings;
  samples: readonly Sample[];
  /** The sample the draft was last loaded from, shown in the list; undefined before any. */
  loaded?: string | undefined;
  lang: "ja" | "en";
  onChange: (next: Partial<ClientSettings>) => void;
  onSample: (id: string) => void;
};

// Smart Alerts needs 1.12; the older sets have no OnMessageSend at all.
const VERSIONS = MAILBOX_VERSIONS.filter((v) => Number(v.split(".")[1]) >= 12);

/** The pretend client: requirement set, language, theme, latency and injected failures; and the sample drafts. */
export function ClientControls({ settings, s, samples, loaded, lang, onChange, onSample }: Props) {
  const current = samples.find((x) => x.id === loaded);
  return (
    <section className="controls" aria-labelledby="controls-title">
      <h2 id="controls-title">{s.client}</h2>
      <div className="control-row">
        {/* The list shows the sample that is loaded (it used to fall back to its prompt after every load). */}
        <Field label={s.sample} hint={current ? s.sampleLoaded(current[lang]) : undefined}>
          <Select value={current ? current.id : ""} onChange={(_, d) => d.value && onSample(d.value)}>
            {!current && <option value="">{s.loadSample}</option>}
            {samples.map((x) => (
              <option key={x.id} value={x.id}>
                {x[lang]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.mailboxVersion} hint={s.versionHint(settings.mailboxVersion)}>
          <Select
            value={settings.mailboxVersion}
            onChange={(_, d) => onChange({ mailboxVersion: d.value as ClientSettings["mailboxVersion"] })}
          >
            {VERSIONS.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.language}>
          <Select
            value={settings.displayLanguage}
            onChange={(_, d) => onChange({ displayLanguage: d.value as ClientSettings["displayLanguage"] })}
          >
            <option value="ja-JP">日本語 (ja-JP)</option>
            <option value="en-US">English (en-US)</option>
          </Select>
        </Field>
        <Field label={s.theme}>
          <Select value={settings.theme} onChange={(_, d) => onChange({ theme: d.value as ClientSettings["theme"] })}>
            <option value="light">{s.themes.light}</option>
            <option value="dark">{s.themes.dark}</option>
          </Select>
        </Field>
        <Field label={s.latency}>
          <Input
            type="number"
            min={0}
            max={10000}
            step={25}
            value={String(settings.latencyMs)}
            onChange={(_, d) => onChange({ latencyMs: Math.max(0, Math.min(10000, Number(d.value) || 0)) })}
          />
        </Field>
        <Field label={s.fault}>
          <Select value={settings.fault} onChange={(_, d) => onChange({ fault: d.value as FaultPreset })}>
            {(Object.keys(FAULT_PRESETS) as FaultPreset[]).map((f) => (
              <option key={f} value={f}>
                {s.faults[f]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </section>
  );
}
