import { Checkbox } from "@fluentui/react-components";
import { checklistKey, type CardFix } from "../model/cards";
import type { Strings } from "../strings";

type Props = {
  card: string;
  fix: Extract<CardFix, { kind: "checklist" }>;
  s: Strings;
  ticked: ReadonlySet<string>;
  onTick: (key: string, on: boolean) => void;
};

/** Steps no add-in can take for the user (encrypt the file, ask the 決定者); ticking them is the user's word. */
export function ChecklistFix({ card, fix, s, ticked, onTick }: Props) {
  return (
    <fieldset className="fix">
      <legend>{s.checklist}</legend>
      {fix.items.map((item) => {
        const key = checklistKey(card, item.id);
        return (
          <Checkbox
            key={key}
            checked={ticked.has(key)}
            onChange={(_, d) => onTick(key, d.checked === true)}
            label={item.text}
          />
        );
      })}
    </fieldset>
  );
}
