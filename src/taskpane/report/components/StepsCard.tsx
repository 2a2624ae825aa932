import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../../core/i18n/types";
import type { NextSteps } from "../../../core/suspicious/questions";
import { suspiciousCatalog } from "../../../core/suspicious/render";

/**
 * What to do now. In incident mode (any "yes" or "not sure") this is the handbook's 4章-5 list and the pane puts it
 * above everything else, as an alert so screen readers announce it the moment it appears.
 */
export function StepsCard({ steps, lang }: { steps: NextSteps; lang: Lang }) {
  const c = suspiciousCatalog(lang);
  const incident = steps.mode === "incident";
  const list = (
    <ol className="steps">
      {steps.steps.map((id) => (
        <li key={id}>{c.steps[id]}</li>
      ))}
    </ol>
  );
  if (!incident) {
    return (
      <section aria-labelledby="steps-title" data-testid="report-steps">
        <h2 id="steps-title">{c.headings.report}</h2>
        {list}
      </section>
    );
  }
  return (
    <section aria-labelledby="incident-title" data-testid="incident-steps">
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <h2 id="incident-title" className="incident-title">
            {c.headings.incident}
          </h2>
          {list}
          {steps.phoneFirst ? <p>{c.headings.phoneFirst}</p> : null}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
