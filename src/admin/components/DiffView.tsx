import { diffPolicies } from "../../core/policy/diff";
import type { Strings } from "../strings";

/** What changed against the file that was loaded, so a reviewer can approve the edit before rollout. */
export function DiffView({ before, after, s }: { before: unknown; after: unknown; s: Strings }) {
  const changes = diffPolicies(before, after);
  return (
    <section aria-labelledby="diff-title">
      <h2 id="diff-title">{s.diff}</h2>
      {changes.length === 0 ? (
        <p>{s.noDiff}</p>
      ) : (
        <ul className="diff" data-testid="diff">
          {changes.map((c, i) => (
            <li key={i} className={c.kind}>
              <code>{c.kind === "added" ? "+" : c.kind === "removed" ? "−" : "~"}</code> <code>{c.path}</code>{" "}
              {c.kind !== "added" && <del>{JSON.stringify(c.before)}</del>}{" "}
              {c.kind !== "removed" && <ins>{JSON.stringify(c.after)}</ins>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
