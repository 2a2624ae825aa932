import { Button, Field, Select, Text } from "@fluentui/react-components";
import { useId, useState } from "react";
import { subjectWithMarking } from "../../core/fixes/subject-marking";
import type { CardFix } from "../model/cards";
import type { Strings } from "../strings";

type Props = {
  fix: Extract<CardFix, { kind: "mark-subject" }>;
  s: Strings;
  busy: boolean;
  /** Writes `to` as the subject if the subject is still `from` (what the preview was made from). */
  onMark: (from: string, to: string) => void;
};

/**
 * The highest level found is proposed; the user may choose another. The preview is the exact string the button
 * writes: the same value goes to the action, never a second computation.
 */
export function SubjectFix({ fix, s, busy, onMark }: Props) {
  const [level, setLevel] = useState(fix.level);
  const previewId = useId();
  const levels = [...new Set([1, 2, 3, fix.level])].sort();
  const next = subjectWithMarking(fix.subject, level);
  return (
    <div className="fix">
      <Field label={s.subject.label}>
        <Select value={String(level)} onChange={(_, d) => setLevel(Number(d.value))}>
          {levels.map((n) => (
            <option key={n} value={n}>
              {s.subject.level(n)}
            </option>
          ))}
        </Select>
      </Field>
      <div id={previewId} className="subject-preview">
        <Text size={200}>{s.subject.preview}</Text>
        <Text as="p" weight="semibold" className="subject-text">
          {next}
        </Text>
      </div>
      <Button
        aria-describedby={previewId}
        disabled={busy || next === fix.subject}
        onClick={() => onMark(fix.subject, next)}
      >
        {s.subject.button}
      </Button>
    </div>
  );
}
