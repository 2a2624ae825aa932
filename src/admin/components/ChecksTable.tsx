import { Field, Input, Select } from "@fluentui/react-components";
import { CHECKS } from "../../core/checks/index";
import { ACTIONS, type CheckId } from "../../core/checks/ids";
import { checkTitle } from "../../core/i18n/render";
import type { Lang } from "../../core/i18n/types";
import { pathOf } from "../draft";
import { actionLabel, paramLabel } from "../labels";
import type { Strings } from "../strings";

export interface ChecksTableProps {
  checks: Record<string, Record<string, unknown>>;
  errors: ReadonlyMap<string, string[]>;
  lang: Lang;
  s: Strings;
  onChange(id: CheckId, key: string, value: unknown): void;
}

/** One row per check in the registry: its action, the severe action where it has one, and its parameters. */
export function ChecksTable({ checks, errors, lang, s, onChange }: ChecksTableProps) {
  return (
    <div className="stack">
      {CHECKS.map((c) => {
        const cfg = checks[c.id] ?? {};
        const err = (key: string) => errors.get(pathOf(["checks", c.id, key]))?.join(" ");
        return (
          <fieldset key={c.id} className="check-row">
            <legend>
              {checkTitle(c.id, lang)}（{lang === "ja" ? c.guidance : c.guidance.replace("章", "")}）
            </legend>
            <div className="row wrap">
              <Field
                label={s.action}
                validationMessage={err("action")}
                validationState={err("action") ? "error" : "none"}
              >
                <Select
                  value={String(cfg.action ?? c.defaultAction)}
                  onChange={(_, d) => onChange(c.id, "action", d.value)}
                >
                  {ACTIONS.map((a) => (
                    <option key={a} value={a}>
                      {actionLabel(a, lang)}
                    </option>
                  ))}
                </Select>
              </Field>
              {c.severeAction !== undefined && (
                <Field label={s.severeAction}>
                  <Select
                    value={String(cfg.severeAction ?? c.severeAction)}
                    onChange={(_, d) => onChange(c.id, "severeAction", d.value)}
                  >
                    {ACTIONS.map((a) => (
                      <option key={a} value={a}>
                        {actionLabel(a, lang)}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
              {Object.keys(c.options)
                .map((key) => ({ key, ...c.options[key]! }))
                .map((p) => (
                  <Field
                    key={p.key}
                    label={paramLabel(p.key, lang)}
                    validationMessage={err(p.key)}
                    validationState={err(p.key) ? "error" : "none"}
                  >
                    <Input
                      type="number"
                      min={p.min}
                      max={p.max}
                      value={String(cfg[p.key] ?? p.default)}
                      onChange={(_, d) => onChange(c.id, p.key, d.value === "" ? undefined : Number(d.value))}
                    />
                  </Field>
                ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
