import { Button, Checkbox, Field, Input, Label } from "@fluentui/react-components";
import { CHECK_IDS, type CheckId } from "../../core/checks/ids";
import { checkTitle } from "../../core/i18n/render";
import type { Lang } from "../../core/i18n/types";
import { pathOf } from "../draft";
import type { Strings } from "../strings";
import type { ConfirmRequest } from "./ConfirmDialog";

/** Exemptions that let marked information leave without a question: each is confirmed with what it allows. */
const WEIGHTY: ReadonlySet<CheckId> = new Set(["external-confidential"]);

type Partner = { name?: unknown; domain?: unknown; domains?: unknown; exemptFrom?: unknown };

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Partners: a name, their domains, and the checks for which the contract lets them count as inside. */
export function PartnersEditor(props: {
  partners: Partner[];
  errors: ReadonlyMap<string, string[]>;
  s: Strings;
  lang: Lang;
  confirm(request: ConfirmRequest): void;
  onChange(p: Partner[]): void;
}) {
  const { partners, errors, s, lang } = props;
  const set = (i: number, patch: Partner) => props.onChange(partners.map((p, k) => (k === i ? { ...p, ...patch } : p)));
  return (
    <div className="stack">
      {partners.map((p, i) => {
        const domains = [...(typeof p.domain === "string" ? [p.domain] : []), ...asList(p.domains)];
        const domainErrors = [
          pathOf(["partners", i]),
          pathOf(["partners", i, "domain"]),
          ...domains.map((_, k) => pathOf(["partners", i, "domains", k])),
        ]
          .flatMap((path) => errors.get(path) ?? [])
          .join(" ");
        const exempt = asList(p.exemptFrom);
        return (
          <fieldset key={i} className="partner">
            <legend>{String(p.name ?? "") || `#${i + 1}`}</legend>
            <Field label={s.partnerName} validationMessage={errors.get(pathOf(["partners", i, "name"]))?.join(" ")}>
              <Input value={String(p.name ?? "")} onChange={(_, d) => set(i, { name: d.value })} />
            </Field>
            <Field
              label={s.partnerDomains}
              validationMessage={domainErrors || undefined}
              validationState={domainErrors ? "error" : "none"}
            >
              <Input
                value={domains.join(", ")}
                onChange={(_, d) =>
                  set(i, {
                    domain: undefined,
                    domains: d.value
                      .split(/[,\s、]+/)
                      .map((x) => x.trim())
                      .filter(Boolean),
                  })
                }
              />
            </Field>
            {/* A group, not a Field: a Field hands its one control id to every checkbox inside, so each label
                would toggle the first box. */}
            <div role="group" aria-labelledby={`exempt-${i}`}>
              <Label id={`exempt-${i}`}>{s.exemptFrom}</Label>
              <div className="row wrap">
                {CHECK_IDS.map((id) => (
                  <Checkbox
                    key={id}
                    label={checkTitle(id, lang)}
                    checked={exempt.includes(id)}
                    onChange={(_, d) => {
                      const apply = () =>
                        set(i, { exemptFrom: d.checked ? [...exempt, id] : exempt.filter((x) => x !== id) });
                      if (d.checked && WEIGHTY.has(id)) {
                        const name = String(p.name ?? "") || domains.join(", ");
                        props.confirm({
                          title: s.exemptConfirm.title,
                          body: s.exemptConfirm.body(name),
                          confirm: s.exemptConfirm.confirm,
                          onConfirm: apply,
                        });
                      } else apply();
                    }}
                  />
                ))}
              </div>
            </div>
            <Button onClick={() => props.onChange(partners.filter((_, k) => k !== i))}>{s.remove}</Button>
          </fieldset>
        );
      })}
      <Button onClick={() => props.onChange([...partners, { name: "", domains: [], exemptFrom: [] }])}>
        {s.addPartner}
      </Button>
    </div>
  );
}
