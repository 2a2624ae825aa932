import { Button, Text } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { inspectAll } from "../../core/attachments/index";
import { evaluate, type Decision } from "../../core/engine";
import { checkTitle, decisionLabel, renderFindings } from "../../core/i18n/render";
import { actionLabel } from "../labels";
import type { Lang } from "../../core/i18n/types";
import type { Policy } from "../../core/policy/schema";
import { readEml } from "../../eml/read-eml";
import type { Strings } from "../strings";

interface Row {
  name: string;
  decision?: Decision;
  error?: string;
}

/** Runs the same engine on dropped .eml files, entirely in the browser, against the policy being edited. */
export function EmlPreview({ policy, lang, s }: { policy: Policy | null; lang: Lang; s: Strings }) {
  const [files, setFiles] = useState<{ name: string; bytes: Uint8Array }[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const [rows, setRows] = useState<Row[]>([]);

  const load = async (list: FileList | null) => {
    if (!list) return;
    const read = await Promise.all(
      [...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    setFiles(read);
    setRows(await judge(read, policy));
  };

  // Re-judge when the policy changes, so an administrator sees the effect of each edit.
  const [lastPolicy, setLastPolicy] = useState(policy);
  if (policy !== lastPolicy) {
    setLastPolicy(policy);
    void judge(files, policy).then(setRows);
  }

  return (
    <section
      aria-labelledby="eml-title"
      className="dropzone"
      data-testid="eml-drop"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void load(e.dataTransfer.files);
      }}
    >
      <h2 id="eml-title">{s.emlTitle}</h2>
      <Text>{s.emlHint}</Text>
      <div>
        <input
          ref={input}
          type="file"
          accept=".eml,message/rfc822"
          multiple
          hidden
          aria-label={s.emlChoose}
          onChange={(e) => void load(e.target.files)}
        />
        <Button onClick={() => input.current?.click()}>{s.emlChoose}</Button>
      </div>
      <ul className="eml-results">
        {rows.map((r) => (
          <li key={r.name} data-testid="eml-result">
            <Text weight="semibold">{r.name}</Text>:{" "}
            {r.error ?? (r.decision ? decisionLabel(r.decision.action, lang) : "")}
            {r.decision && <FindingList findings={r.decision.findings} lang={lang} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One mail's findings, each recipient list named once as the Smart Alert names it. */
export function FindingList({ findings, lang }: { findings: Decision["findings"]; lang: Lang }) {
  const sentences = renderFindings(findings, lang);
  return (
    <ul>
      {findings.map((f, i) => (
        <li key={i}>
          <strong>{checkTitle(f.check, lang)}</strong>（{actionLabel(f.action, lang)}） {sentences[i]}
        </li>
      ))}
    </ul>
  );
}

async function judge(files: readonly { name: string; bytes: Uint8Array }[], policy: Policy | null): Promise<Row[]> {
  if (!policy) return files.map((f) => ({ name: f.name }));
  return Promise.all(
    files.map(async (f) => {
      try {
        const { snapshot } = await readEml(f.bytes, { inspect: inspectAll });
        return { name: f.name, decision: evaluate(snapshot, policy) };
      } catch (e) {
        return { name: f.name, error: (e as Error).message };
      }
    }),
  );
}
