import { Button, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { AttachmentChoice } from "../../core/fixes/fix-options";
import type { CardFix } from "../model/cards";
import type { Strings } from "../strings";

type Props = {
  fix: Extract<CardFix, { kind: "attachment-choices" }>;
  s: Strings;
  busy: boolean;
  onRemove: (id: string) => void;
};

/**
 * Real alternatives for a file that must not go as it is. None of them is a promise the user ticks: each ends
 * with the file gone from the draft, and the pane re-inspects attachments on every change, so an encrypted
 * replacement clears the card by itself.
 */
export function AttachmentChoices({ fix, s, busy, onRemove }: Props) {
  const [choice, setChoice] = useState<AttachmentChoice>(fix.choices[0] ?? "remove");
  const labelId = useId();
  if (fix.attachments.length === 0) {
    return (
      <Text as="p" size={200} className="fix">
        {s.choices.gone}
      </Text>
    );
  }
  return (
    <div className="fix" role="group" aria-labelledby={labelId}>
      <Text id={labelId} weight="semibold">
        {s.choices.legend}
      </Text>
      <RadioGroup value={choice} aria-labelledby={labelId} onChange={(_, d) => setChoice(d.value as AttachmentChoice)}>
        {fix.choices.map((c) => (
          <Radio key={c} value={c} label={s.choices.label[c]} />
        ))}
      </RadioGroup>
      <Text as="p" size={200} className="how">
        {s.choices.how[choice]}
      </Text>
      {fix.attachments.map((a) => (
        <Button key={a.id} disabled={busy} onClick={() => onRemove(a.id)}>
          {s.choices.removeButton(a.name)}
        </Button>
      ))}
    </div>
  );
}
