import { Button, Textarea } from "@fluentui/react-components";
import { useId, useRef } from "react";
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

/** The file type Outlook shows on an attachment tile, from the name's extension. */
function kind(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot > name.length - 6 ? name.slice(dot + 1).toUpperCase() : "FILE";
}

/** Outlook's attach glyph, drawn here: no icon font or emoji font is assumed on the machine. */
function PaperClip() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 20 20"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
    >
      <path d="M13.5 6.5 7.6 12.4a1.5 1.5 0 0 0 2.1 2.1l6.2-6.2a3 3 0 0 0-4.2-4.2L5.4 10.4a4.5 4.5 0 0 0 6.4 6.4l5-5" />
    </svg>
  );
}

/**
 * The ribbon above the draft: Outlook's own commands (attach) and the add-in's button, as the manifest puts it
 * on the Message tab. Send sits in the draft itself, as in Outlook on the web.
 */
function Ribbon({
  s,
  busy,
  onAttach,
  onOpenPane,
}: {
  s: SimStrings;
  busy: boolean;
  onAttach(): void;
  onOpenPane(): void;
}) {
  return (
    <div className="ribbon" role="toolbar" aria-label={s.ribbonLabel}>
      <span className="ribbon-tab" aria-current="page">
        {s.messageTab}
      </span>
      <span className="ribbon-sep" aria-hidden="true" />
      <Button appearance="subtle" disabled={busy} onClick={onAttach} icon={<PaperClip />}>
        {s.attach}
      </Button>
      <span className="ribbon-sep" aria-hidden="true" />
      <Button
        appearance="subtle"
        onClick={onOpenPane}
        icon={<img src="assets/icon-32.png" alt="" width={20} height={20} />}
        title={s.addinButton}
      >
        {s.openPane}
      </Button>
    </div>
  );
}

/** The pretend Outlook compose window; every edit goes to the stand-in's draft and raises Outlook's events. */
export function ComposeWindow({ draft, s, busy, status, actions }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const subjectId = useId();
  const bodyId = useId();
  return (
    <section className="compose" aria-labelledby="compose-title">
      <Ribbon s={s} busy={busy} onAttach={() => fileInput.current?.click()} onOpenPane={actions.openPane} />
      <div className="compose-sheet">
        <h2 id="compose-title" className="visually-hidden">
          {s.compose}
        </h2>
        <div className="send-row">
          <Button appearance="primary" disabled={busy} onClick={actions.send}>
            {s.send}
          </Button>
          <div role="status" aria-live="polite" className="compose-status">
            {status}
          </div>
        </div>
        <div className="recipient-row">
          <span className="field-label">{s.from}</span>
          <span className="from">{draft.from?.emailAddress ?? ""}</span>
        </div>
        {(["to", "cc", "bcc"] as const).map((field) => (
          <RecipientField
            key={field}
            label={s[field]}
            {...(field === "to" ? { hint: s.addressesHint } : {})}
            value={draft[field]}
            disabled={busy}
            removeLabel={s.removeRecipient}
            onCommit={(l) => actions.setRecipients(field, l)}
          />
        ))}
        <div className="subject-row">
          <label htmlFor={subjectId} className="visually-hidden">
            {s.subject}
          </label>
          <input
            id={subjectId}
            className="subject-input"
            placeholder={s.subject}
            value={draft.subject}
            disabled={busy}
            onChange={(e) => actions.setSubject(e.target.value)}
          />
        </div>
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
        {draft.attachments.length > 0 && (
          <ul aria-label={s.attachments} className="tiles">
            {draft.attachments.map((a) => (
              <li key={a.id} className="tile">
                <span className="tile-kind" aria-hidden="true">
                  {kind(a.name)}
                </span>
                <span className="tile-text">
                  <span className="tile-name" title={a.name}>
                    {a.name}
                  </span>
                  <span className="tile-size">{size(a.size)}</span>
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  disabled={busy}
                  aria-label={s.removeAttachment(a.name)}
                  onClick={() => actions.removeAttachment(a.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <label htmlFor={bodyId} className="visually-hidden">
          {s.body}
        </label>
        <Textarea
          id={bodyId}
          className="body"
          appearance="outline"
          value={draft.body}
          disabled={busy}
          resize="vertical"
          rows={10}
          onChange={(_, d) => actions.setBody(d.value)}
        />
      </div>
    </section>
  );
}
