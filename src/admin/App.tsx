import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { GUIDANCE_SECTIONS, type CheckId } from "../core/checks/ids";
import type { Lang } from "../core/i18n/types";
import { LABEL_MEANINGS } from "../core/policy/schema";
import { validatePolicy } from "../core/policy/validate";
import { AddressTester } from "./components/AddressTester";
import { ChecksTable } from "./components/ChecksTable";
import { ConfirmDialog, type ConfirmRequest } from "./components/ConfirmDialog";
import { DiffView } from "./components/DiffView";
import { EmlPreview } from "./components/EmlPreview";
import { PartnersEditor } from "./components/PartnersEditor";
import { StringList } from "./components/StringList";
import { errorsByPath, getIn, pathOf, setIn, type Draft, type PathKey } from "./draft";
import { afterReportLabel, fieldName, friendlyMessage, meaningLabel, onErrorLabel } from "./labels";
import { STRINGS } from "./strings";

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const asObjects = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

/** The policy editor: everything happens in this page; the only output is the file the administrator downloads. */
export function App({ initial, example }: { initial: Draft; example: Draft }) {
  const [lang, setLang] = useState<Lang>(navigator.language.startsWith("en") ? "en" : "ja");
  const s = STRINGS[lang];
  const [loaded, setLoaded] = useState<Draft>(initial);
  const [draft, setDraft] = useState<Draft>(initial);
  const [loadError, setLoadError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [asking, setAsking] = useState<ConfirmRequest | null>(null);
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(loaded), [draft, loaded]);

  // Leaving the page (closing the tab, reloading) with edits that were never downloaded asks first.
  useEffect(() => {
    if (!dirty) return;
    const stop = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", stop);
    return () => window.removeEventListener("beforeunload", stop);
  }, [dirty]);

  const result = useMemo(() => validatePolicy(draft, lang), [draft, lang]);
  const errors = useMemo(() => errorsByPath(result.ok ? [] : result.error, lang), [result, lang]);
  const policy = result.ok ? result.value : null;

  const update = (path: readonly PathKey[], value: unknown) => setDraft((d) => setIn(d, path, value) as Draft);
  const field = (path: readonly PathKey[]) => {
    const msg = errors.get(pathOf(path))?.join(" ");
    return { validationMessage: msg, validationState: msg ? ("error" as const) : ("none" as const) };
  };
  const text = (path: readonly PathKey[]) => String(getIn(draft, path) ?? "");

  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      const parsed = JSON.parse(await file.text()) as Draft;
      setLoaded(parsed);
      setDraft(parsed);
      // The file just opened is the new baseline: nothing to lose yet.
      setLoadError(null);
    } catch (e) {
      setLoadError(`${file.name}: ${(e as Error).message}`);
    }
  };

  const download = () => {
    const blob = new Blob([JSON.stringify(draft, null, 2) + "\n"], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "policy.json";
    a.click();
    URL.revokeObjectURL(a.href);
    // What was downloaded is saved: leaving now loses nothing.
    setLoaded(draft);
  };

  const checks = (getIn(draft, ["checks"]) ?? {}) as Record<string, Record<string, unknown>>;
  const report = (getIn(draft, ["report"]) ?? {}) as Record<string, unknown>;
  const graph = (report.graph ?? {}) as Record<string, unknown>;
  const errorCount = result.ok ? 0 : result.error.length;

  return (
    <main lang={lang}>
      <header className="row spread">
        <h1>{s.title}</h1>
        <Button appearance="subtle" onClick={() => setLang(lang === "ja" ? "en" : "ja")}>
          {s.language}
        </Button>
      </header>
      <p>{s.intro}</p>
      <div className="row wrap toolbar">
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={s.open}
          onChange={(e) => void open(e.target.files?.[0])}
        />
        <Button onClick={() => fileInput.current?.click()}>{s.open}</Button>
        <Button
          onClick={() => {
            const start = () => {
              setLoaded(example);
              setDraft(example);
            };
            if (!dirty) start();
            else setAsking({ ...s.exampleConfirm, onConfirm: start });
          }}
        >
          {s.startExample}
        </Button>
        <Button appearance="primary" disabled={!result.ok} onClick={download}>
          {s.download}
        </Button>
      </div>
      {loadError && (
        <MessageBar intent="error">
          <MessageBarBody>{loadError}</MessageBarBody>
        </MessageBar>
      )}
      <MessageBar intent={result.ok ? "success" : "error"} data-testid="validity">
        <MessageBarBody>{result.ok ? s.valid : `${s.invalid(errorCount)} — ${s.downloadBlocked}`}</MessageBarBody>
      </MessageBar>
      {!result.ok && (
        <ul className="errors" aria-label={s.errorsHeading}>
          {result.error.map((e, i) => (
            <li key={i}>
              <strong>{fieldName(e.path, lang)}</strong>: {friendlyMessage(e.message, lang)}
            </li>
          ))}
        </ul>
      )}

      <div className="columns">
        <div className="stack">
          <section aria-labelledby="org-title">
            <h2 id="org-title">{s.organisation}</h2>
            <Field label={s.orgName} {...field(["organisation", "name"])}>
              <Input
                value={text(["organisation", "name"])}
                onChange={(_, d) => update(["organisation", "name"], d.value)}
              />
            </Field>
            <StringList
              label={s.orgDomains}
              path={["organisation", "domains"]}
              values={asList(getIn(draft, ["organisation", "domains"]))}
              errors={errors}
              addLabel={s.add}
              removeLabel={s.remove}
              onChange={(v) => update(["organisation", "domains"], v)}
            />
          </section>
          <section aria-labelledby="partners-title">
            <h2 id="partners-title">{s.partners}</h2>
            <PartnersEditor
              partners={asObjects(getIn(draft, ["partners"]))}
              errors={errors}
              s={s}
              lang={lang}
              confirm={setAsking}
              onChange={(p) => update(["partners"], p)}
            />
          </section>
          <section aria-labelledby="freemail-title">
            <h2 id="freemail-title">{s.freemail}</h2>
            <StringList
              label={s.freemail}
              path={["freemailDomains"]}
              values={asList(getIn(draft, ["freemailDomains"]))}
              errors={errors}
              addLabel={s.add}
              removeLabel={s.remove}
              onChange={(v) => update(["freemailDomains"], v)}
            />
          </section>
          <section aria-labelledby="words-title">
            <h2 id="words-title">{s.labels}</h2>
            {asObjects(getIn(draft, ["labels", "extraWords"])).map((w, i) => (
              <div className="row" key={i}>
                <Field label={s.word} {...field(["labels", "extraWords", i, "word"])}>
                  <Input
                    value={String(w.word ?? "")}
                    onChange={(_, d) => update(["labels", "extraWords", i, "word"], d.value)}
                  />
                </Field>
                <Field label={s.meaning}>
                  <Select
                    value={String(w.meaning ?? "limited")}
                    onChange={(_, d) => update(["labels", "extraWords", i, "meaning"], d.value)}
                  >
                    {LABEL_MEANINGS.map((m) => (
                      <option key={m} value={m}>
                        {meaningLabel(m, lang)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Button onClick={() => update(["labels", "extraWords", i], undefined)}>{s.remove}</Button>
              </div>
            ))}
            <Button
              onClick={() =>
                update(
                  ["labels", "extraWords"],
                  [...asObjects(getIn(draft, ["labels", "extraWords"])), { word: "", meaning: "limited" }],
                )
              }
            >
              {s.add}
            </Button>
          </section>
          <section aria-labelledby="checks-title">
            <h2 id="checks-title">{s.checks}</h2>
            <ChecksTable
              checks={checks}
              errors={errors}
              lang={lang}
              s={s}
              onChange={(id: CheckId, key, value) => update(["checks", id, key], value)}
            />
          </section>
          <section aria-labelledby="guidance-title">
            <h2 id="guidance-title">{s.guidance}</h2>
            {GUIDANCE_SECTIONS.map((sec) => (
              <Field key={sec} label={s.guidanceSection(sec)} {...field(["guidance", sec])}>
                <Input
                  type="url"
                  value={text(["guidance", sec])}
                  placeholder="https://"
                  onChange={(_, d) => update(["guidance", sec], d.value === "" ? undefined : d.value)}
                />
              </Field>
            ))}
          </section>
          <section aria-labelledby="report-title">
            <h2 id="report-title">{s.report}</h2>
            <Field label={s.reportMailbox} {...field(["report", "mailbox"])}>
              <Input value={String(report.mailbox ?? "")} onChange={(_, d) => update(["report", "mailbox"], d.value)} />
            </Field>
            <Field label={s.subjectPrefix} {...field(["report", "subjectPrefix"])}>
              <Input
                value={String(report.subjectPrefix ?? "")}
                onChange={(_, d) => update(["report", "subjectPrefix"], d.value)}
              />
            </Field>
            <Checkbox
              label={s.defender}
              checked={report.defenderConvention === true}
              onChange={(_, d) => update(["report", "defenderConvention"], d.checked === true)}
            />
            <Field label={s.afterReport} hint={s.afterReportHint}>
              <Select
                value={String(report.afterReport ?? "keep")}
                onChange={(_, d) => update(["report", "afterReport"], d.value)}
              >
                {["keep", "junk", "delete"].map((v) => (
                  <option key={v} value={v}>
                    {afterReportLabel(v, lang)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={s.reportPhone} hint={s.reportPhoneHint} {...field(["report", "phone"])}>
              <Input
                type="tel"
                value={String(report.phone ?? "")}
                onChange={(_, d) => update(["report", "phone"], d.value === "" ? undefined : d.value)}
              />
            </Field>
            <Field label={s.reportHours} hint={s.reportHoursHint} {...field(["report", "hours"])}>
              <Input
                value={String(report.hours ?? "")}
                onChange={(_, d) => update(["report", "hours"], d.value === "" ? undefined : d.value)}
              />
            </Field>
            <Field label={s.graphClientId} hint={s.graphClientIdHint} {...field(["report", "graph", "clientId"])}>
              <Input
                value={String(graph.clientId ?? "")}
                // Without a client id there is no Graph delivery: the tenant id alone would mean nothing.
                onChange={(_, d) =>
                  d.value === ""
                    ? update(["report", "graph"], undefined)
                    : update(["report", "graph", "clientId"], d.value)
                }
              />
            </Field>
            <Field label={s.graphTenantId} hint={s.graphTenantIdHint} {...field(["report", "graph", "tenantId"])}>
              <Input
                value={String(graph.tenantId ?? "")}
                onChange={(_, d) => update(["report", "graph", "tenantId"], d.value === "" ? undefined : d.value)}
              />
            </Field>
          </section>
          <section aria-labelledby="behaviour-title">
            <h2 id="behaviour-title">{s.behaviour}</h2>
            <Field label={s.onError}>
              <Select value={text(["onError"]) || "warn"} onChange={(_, d) => update(["onError"], d.value)}>
                {["allow", "warn", "block"].map((v) => (
                  <option key={v} value={v}>
                    {onErrorLabel(v, lang)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={s.timeBudget} {...field(["send", "timeBudgetMs"])}>
              <Input
                type="number"
                value={text(["send", "timeBudgetMs"]) || "3000"}
                onChange={(_, d) => update(["send", "timeBudgetMs"], d.value === "" ? undefined : Number(d.value))}
              />
            </Field>
            <Field label={s.delayOutside} {...field(["send", "delayOutsideMinutes"])}>
              <Input
                type="number"
                min={0}
                max={10}
                value={text(["send", "delayOutsideMinutes"]) || "0"}
                onChange={(_, d) =>
                  update(["send", "delayOutsideMinutes"], d.value === "" ? undefined : Number(d.value))
                }
              />
            </Field>
          </section>
          <section aria-labelledby="labels-title">
            <h2 id="labels-title">{s.sensitivity}</h2>
            {asObjects(getIn(draft, ["sensitivityLabels"])).map((l, i) => (
              <div className="row wrap" key={i}>
                <Field label={s.labelId} {...field(["sensitivityLabels", i, "id"])}>
                  <Input
                    value={String(l.id ?? "")}
                    onChange={(_, d) => update(["sensitivityLabels", i, "id"], d.value)}
                  />
                </Field>
                <Field label={s.labelName}>
                  <Input
                    value={String(l.name ?? "")}
                    onChange={(_, d) => update(["sensitivityLabels", i, "name"], d.value || undefined)}
                  />
                </Field>
                <Field label={s.level}>
                  <Select
                    value={l.level === undefined ? "" : String(l.level)}
                    onChange={(_, d) =>
                      update(["sensitivityLabels", i, "level"], d.value === "" ? undefined : Number(d.value))
                    }
                  >
                    <option value="">—</option>
                    {[1, 2, 3].map((n) => (
                      <option key={n} value={n}>
                        {s.levelOption(n)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Checkbox
                  label={s.encrypts}
                  checked={l.encrypts === true}
                  onChange={(_, d) => update(["sensitivityLabels", i, "encrypts"], d.checked === true)}
                />
                <Button onClick={() => update(["sensitivityLabels", i], undefined)}>{s.remove}</Button>
              </div>
            ))}
            <Button
              onClick={() =>
                update(
                  ["sensitivityLabels"],
                  [...asObjects(getIn(draft, ["sensitivityLabels"])), { id: "", encrypts: false }],
                )
              }
            >
              {s.add}
            </Button>
          </section>
        </div>
        <aside className="stack side">
          <AddressTester policy={policy} s={s} />
          <EmlPreview policy={policy} lang={lang} s={s} />
          <DiffView before={loaded} after={draft} s={s} lang={lang} />
        </aside>
      </div>
      {asking && <ConfirmDialog request={asking} cancel={s.cancel} onClose={() => setAsking(null)} />}
    </main>
  );
}
