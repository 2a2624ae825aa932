import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { pathOf, type PathKey } from "../draft";

export interface StringListProps {
  label: string;
  path: readonly PathKey[];
  values: readonly string[];
  errors: ReadonlyMap<string, string[]>;
  addLabel: string;
  removeLabel: string;
  onChange(values: string[]): void;
}

/** A list of plain strings (domains, words) with one input per entry, its own error beside it, and add/remove. */
export function StringList(props: StringListProps) {
  const [next, setNext] = useState("");
  const own = props.errors.get(pathOf(props.path));
  const add = () => {
    if (next.trim() === "") return;
    props.onChange([...props.values, next.trim()]);
    setNext("");
  };
  return (
    <Field label={props.label} validationMessage={own?.join(" ")} validationState={own ? "error" : "none"}>
      <div className="stack">
        {props.values.map((v, i) => {
          const errs = props.errors.get(pathOf([...props.path, i]));
          return (
            <Field key={i} validationMessage={errs?.join(" ")} validationState={errs ? "error" : "none"}>
              <div className="row">
                <Input
                  aria-label={`${props.label} ${i + 1}`}
                  value={v}
                  onChange={(_, d) => props.onChange(props.values.map((x, k) => (k === i ? d.value : x)))}
                />
                <Button
                  aria-label={`${props.removeLabel} ${v}`}
                  onClick={() => props.onChange(props.values.filter((_, k) => k !== i))}
                >
                  {props.removeLabel}
                </Button>
              </div>
            </Field>
          );
        })}
        <div className="row">
          <Input
            aria-label={`${props.label}: ${props.addLabel}`}
            value={next}
            onChange={(_, d) => setNext(d.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") add();
            }}
          />
          <Button onClick={add}>{props.addLabel}</Button>
        </div>
      </div>
    </Field>
  );
}
