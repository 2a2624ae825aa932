import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
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
  onCommit: (list: DraftRecipient[]) => void;
};

/** Edits freely; the field takes effect (and raises RecipientsChanged) on leaving it or pressing Enter. */
export function RecipientField({ label, hint, value, disabled, onCommit }: Props) {
  const shown = formatRecipients(value);
  const [text, setText] = useState(shown);
  const [editing, setEditing] = useState(false);
  // An add-in changed the field (moved to BCC): show it, unless the user is typing there.
  useEffect(() => {
    if (!editing) setText(shown);
  }, [shown, editing]);
  const commit = () => {
    setEditing(false);
    if (text !== shown) onCommit(parseRecipients(text));
  };
  return (
    <Field label={label} {...(hint ? { hint } : {})} orientation="horizontal">
      <Input
        value={text}
        disabled={disabled}
        onFocus={() => setEditing(true)}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === "Enter" && commit()}
      />
    </Field>
  );
}
