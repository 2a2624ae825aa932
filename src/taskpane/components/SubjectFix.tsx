import { Button, Field, Select, Text } from "@fluentui/react-components";
import { useId, useState } from "react";
import { subjectWithMarking } from "../../core/fixes/subject-marking";
import type { CardFix } from "../model/cards";
import type { Strings } from "../strings";

type Props = {
  fix: Extract<CardFix, { kind: "mark-subject" }>;
  s: Strings;
  busy: boolean;
  onMark: (subject: string, level: number) => void;
};

/** The highest level found is proposed; the user may choose another before the subject changes. */
export function SubjectFix({ fix, s, busy, onMark }: Props) {
  const [level, setLevel] = useState(fix.level);
  const previewId = useId();
  const levels = [...new Set([1, 2, 3, fix.level])].sort();
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
      <div id={previewId}>
        <Text size={200}>{s.subject.preview}: </Text>
        <Text size={200} weight="semibold">
          {subjectWithMarking(fix.subject, level)}
        </Text>
      </div>
      <Button aria-describedby={previewId} disabled={busy} onClick={() => onMark(fix.subject, level)}>
        {s.subject.button}
      </Button>
    </div>
  );
}
