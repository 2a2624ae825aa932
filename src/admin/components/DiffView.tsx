import { CHECK_IDS, type CheckId } from "../../core/checks/ids";
import { checkTitle } from "../../core/i18n/render";
import type { Lang } from "../../core/i18n/types";
import { diffPolicies } from "../../core/policy/diff";
import { actionLabel, afterReportLabel, fieldName, meaningLabel, onErrorLabel, pathKeys } from "../labels";
import type { Strings } from "../strings";

/** A value as the editor shows it: check names, option words; anything else as JSON. */
function shown(value: unknown, path: string, lang: Lang): string {
  if (typeof value !== "string") return JSON.stringify(value);
  const last = pathKeys(path)
    .filter((k) => typeof k === "string")
    .pop();
  if ((CHECK_IDS as readonly string[]).includes(value)) return checkTitle(value as CheckId, lang);
  if (last === "action" || last === "severeAction") return actionLabel(value, lang);
  if (last === "onError") return onErrorLabel(value, lang);
  if (last === "afterReport") return afterReportLabel(value, lang);
  if (last === "meaning") return meaningLabel(value, lang);
  return JSON.stringify(value);
}

/**
 * What changed against the file that was loaded, so a reviewer can approve the edit before rollout: in the
 * editor's own words, with the JSON path of each change in its tooltip for matching it against the file.
 */
export function DiffView({ before, after, s, lang }: { before: unknown; after: unknown; s: Strings; lang: Lang }) {
  const changes = diffPolicies(before, after);
  return (
    <section aria-labelledby="diff-title">
      <h2 id="diff-title">{s.diff}</h2>
      {changes.length === 0 ? (
        <p>{s.noDiff}</p>
      ) : (
        <ul className="diff" data-testid="diff">
          {changes.map((c, i) => (
            <li key={i} className={c.kind} title={c.path}>
              <code>{c.kind === "added" ? "+" : c.kind === "removed" ? "−" : "~"}</code>{" "}
              <strong>{fieldName(c.path, lang)}</strong>{" "}
              {c.kind !== "added" && <del>{shown(c.before, c.path, lang)}</del>}{" "}
              {c.kind !== "removed" && <ins>{shown(c.after, c.path, lang)}</ins>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
