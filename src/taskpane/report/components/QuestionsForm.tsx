import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Lang } from "../../../core/i18n/types";
import { QUESTION_IDS, type Answer, type Answers, type QuestionId } from "../../../core/suspicious/questions";
import { suspiciousCatalog } from "../../../core/suspicious/render";

const CHOICES: readonly Answer[] = ["yes", "no", "unsure"];

/** The three questions, each a radio group whose label is the question itself. */
export function QuestionsForm(props: {
  lang: Lang;
  heading: string;
  hint: string;
  answers: Answers;
  onAnswer: (q: QuestionId, a: Answer) => void;
}) {
  const c = suspiciousCatalog(props.lang);
  return (
    <section aria-labelledby="questions-title" data-testid="questions">
      <h2 id="questions-title">{props.heading}</h2>
      <p className="hint">{props.hint}</p>
      {QUESTION_IDS.map((q) => (
        <Field key={q} label={c.questions[q]} className="question">
          <RadioGroup
            layout="horizontal"
            value={props.answers[q] ?? ""}
            onChange={(_, d) => props.onAnswer(q, d.value as Answer)}
            data-testid={`question-${q}`}
          >
            {CHOICES.map((a) => (
              <Radio key={a} value={a} label={c.answers[a]} />
            ))}
          </RadioGroup>
        </Field>
      ))}
    </section>
  );
}
