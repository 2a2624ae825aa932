import { useId, useState } from "react";
import type { DraftRecipient } from "../../office-stand-in/index";

/** "名前 <a@b>" or a bare address, separated by commas or semicolons. */
export function parseRecipients(text: string): DraftRecipient[] {
  return text
    .split(/[,;、]/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      // Split at the last "<" by index: a regex with a lazy name before the address backtracks on long input.
      const open = part.lastIndexOf("<");
      if (open >= 0 && part.endsWith(">") && open < part.length - 2) {
        const name = part.slice(0, open).trim().replace(/^"|"$/g, "").trim();
        return { emailAddress: part.slice(open + 1, -1).trim(), ...(name ? { displayName: name } : {}) };
      }
      return { emailAddress: part };
    });
}

export function formatRecipients(list: readonly DraftRecipient[]): string {
  return list
    .map((r) =>
      r.displayName && r.displayName !== r.emailAddress ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress,
    )
    .join(", ");
}

type Props = {
  label: string;
  hint?: string;
  value: readonly DraftRecipient[];
  disabled: boolean;
  removeLabel: (who: string) => string;
  onCommit: (list: DraftRecipient[]) => void;
};

/**
 * One recipient line as Outlook draws it: the field name at the left, each recipient a chip (name, or the address
 * when there is none; the address in its tooltip), then a box for typing more. Typed text becomes chips (and
 * raises RecipientsChanged) on Enter, comma, semicolon or leaving the box; Backspace in an empty box removes the
 * last chip.
 */
export function RecipientField({ label, hint, value, disabled, removeLabel, onCommit }: Props) {
  const [text, setText] = useState("");
  const inputId = useId();
  const hintId = useId();
  const commit = () => {
    const added = parseRecipients(text);
    setText("");
    if (added.length) onCommit([...value, ...added]);
  };
  return (
    <div className="recipient-row">
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      <div className="chips">
        <ul aria-label={label}>
          {value.map((r, i) => {
            const name = r.displayName && r.displayName !== r.emailAddress ? r.displayName : undefined;
            return (
              <li key={`${r.emailAddress}|${i}`} className="chip" title={r.emailAddress}>
                <span className="avatar" aria-hidden="true">
                  {(name ?? r.emailAddress).charAt(0).toUpperCase()}
                </span>
                <span className="chip-text">
                  {name ?? r.emailAddress}
                  {name && <span className="visually-hidden"> {r.emailAddress}</span>}
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  disabled={disabled}
                  aria-label={removeLabel(r.emailAddress)}
                  onClick={() => onCommit(value.filter((_, k) => k !== i))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        <input
          id={inputId}
          className="chip-input"
          value={text}
          disabled={disabled}
          {...(hint ? { "aria-describedby": hintId } : {})}
          onChange={(e) => {
            const v = e.target.value;
            if (/[,;、]$/.test(v)) {
              setText(v);
              const added = parseRecipients(v);
              setText("");
              if (added.length) onCommit([...value, ...added]);
            } else setText(v);
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commit();
            } else if (e.key === "Backspace" && text === "" && value.length > 0) onCommit(value.slice(0, -1));
          }}
        />
        {hint && (
          <span id={hintId} className="visually-hidden">
            {hint}
          </span>
        )}
      </div>
    </div>
  );
}
