import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import { useRef } from "react";
import type { Draft, DraftRecipient } from "../../office-stand-in/index";
import type { SimStrings } from "../strings";
import { RecipientField } from "./RecipientField";

export interface ComposeActions {
  setRecipients(field: "to" | "cc" | "bcc", list: DraftRecipient[]): void;
  setSubject(subject: string): void;
  setBody(body: string): void;
  attachFiles(files: readonly File[]): void;
  removeAttachment(id: string): void;
  send(): void;
  openPane(): void;
}

type Props = { draft: Draft; s: SimStrings; busy: boolean; status: string; actions: ComposeActions };

function size(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
}

/** The pretend Outlook compose window; every edit goes to the stand-in's draft and raises Outlook's events. */
export function ComposeWindow({ draft, s, busy, status, actions }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section className="compose" aria-labelledby="compose-title">
      <div className="compose-bar">
        <h2 id="compose-title">{s.compose}</h2>
        <Button appearance="primary" disabled={busy} onClick={actions.send}>
          {s.send}
        </Button>
        <Button onClick={actions.openPane}>{s.openPane}</Button>
      </div>
      <div role="status" aria-live="polite" className="compose-status">
        {status}
      </div>
      <Field label={s.from} orientation="horizontal">
        <Input value={draft.from?.emailAddress ?? ""} readOnly />
      </Field>
      <RecipientField
        label={s.to}
        hint={s.addressesHint}
        value={draft.to}
        disabled={busy}
        onCommit={(l) => actions.setRecipients("to", l)}
      />
      <RecipientField label={s.cc} value={draft.cc} disabled={busy} onCommit={(l) => actions.setRecipients("cc", l)} />
      <RecipientField
        label={s.bcc}
        value={draft.bcc}
        disabled={busy}
        onCommit={(l) => actions.setRecipients("bcc", l)}
      />
      <Field label={s.subject} orientation="horizontal">
        <Input value={draft.subject} disabled={busy} onChange={(_, d) => actions.setSubject(d.value)} />
      </Field>
      <div className="attachments">
        <input
          ref={fileInput}
          type="file"
          multiple
          className="visually-hidden"
          aria-label={s.attach}
          tabIndex={-1}
          data-testid="attach-input"
          onChange={(e) => {
            actions.attachFiles([...(e.target.files ?? [])]);
            e.target.value = "";
          }}
        />
        <Button disabled={busy} onClick={() => fileInput.current?.click()}>
          {s.attach}
        </Button>
        {draft.attachments.length > 0 && (
          <ul aria-label={s.attachments}>
            {draft.attachments.map((a) => (
              <li key={a.id}>
                <span>
                  {a.name} ({size(a.size)})
                </span>
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={busy}
                  aria-label={s.removeAttachment(a.name)}
                  onClick={() => actions.removeAttachment(a.id)}
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Field label={s.body}>
        <Textarea
          value={draft.body}
          disabled={busy}
          resize="vertical"
          rows={8}
          onChange={(_, d) => actions.setBody(d.value)}
        />
      </Field>
    </section>
  );
}
