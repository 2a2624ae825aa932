import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../../core/i18n/types";
import type { NextSteps } from "../../../core/suspicious/questions";
import { suspiciousCatalog } from "../../../core/suspicious/render";
import { REPORT_PANE_STRINGS } from "../strings";
import type { DeskPhone } from "../view-model";

/** The number (a tel: link) and hours, said right where a step tells the user to call. */
function PhoneLine({ phone, lang }: { phone: DeskPhone; lang: Lang }) {
  const s = REPORT_PANE_STRINGS[lang];
  return (
    <span className="step-phone">
      {lang === "en" ? " " : ""}
      {s.deskPhoneLabel}
      <a href={phone.href}>{phone.number}</a>
      {phone.hours ? `（${s.deskHours(phone.hours)}）` : null}
    </span>
  );
}

/**
 * What to do now. In incident mode (any "yes" or "not sure") this is the handbook's 4章-5 list and the pane puts it
 * above everything else, as an alert so screen readers announce it the moment it appears; with the desk's phone in
 * the policy, "call the desk" is its first action, before any step and before the report mail.
 */
export function StepsCard({ steps, lang, phone }: { steps: NextSteps; lang: Lang; phone?: DeskPhone | null }) {
  const c = suspiciousCatalog(lang);
  const incident = steps.mode === "incident";
  const list = (
    <ol className="steps">
      {steps.steps.map((id) => (
        <li key={id}>
          {c.steps[id]}
          {id === "call-desk" && phone ? <PhoneLine phone={phone} lang={lang} /> : null}
        </li>
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
          {phone ? (
            <p>
              <Button as="a" href={phone.href} appearance="primary" data-testid="call-desk">
                {REPORT_PANE_STRINGS[lang].callDesk(phone.number)}
              </Button>
            </p>
          ) : null}
          {list}
          {steps.phoneFirst ? <p>{c.headings.phoneFirst}</p> : null}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
