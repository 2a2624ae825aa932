import { Badge } from "@fluentui/react-components";
import type { SignLine } from "../view-model";

const BADGE = { high: "danger", warn: "warning", info: "informative" } as const;

/** The signs, strongest first; every string is rendered as a text node (sender-chosen text never becomes markup). */
export function SignList(props: {
  heading: string;
  signs: readonly SignLine[];
  none: string;
  notVerdict: string;
  missing: readonly string[];
}) {
  return (
    <section aria-labelledby="signs-title" data-testid="signs">
      <h2 id="signs-title">{props.heading}</h2>
      {props.signs.length === 0 ? (
        <p>{props.none}</p>
      ) : (
        <ul className="signs">
          {props.signs.map((s, i) => (
            <li key={`${s.id}-${i}`} data-sign={s.id}>
              <Badge appearance="tint" color={BADGE[s.severity]} className="severity">
                {s.severityLabel}
              </Badge>{" "}
              <span>{s.sentence}</span>
            </li>
          ))}
        </ul>
      )}
      {props.missing.length > 0 ? (
        <ul className="missing" data-testid="missing">
          {props.missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      <p className="hint">{props.notVerdict}</p>
    </section>
  );
}
