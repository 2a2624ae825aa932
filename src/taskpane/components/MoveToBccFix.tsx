import { Button, Checkbox } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CardFix } from "../model/cards";
import type { Strings } from "../strings";

type Props = {
  fix: Extract<CardFix, { kind: "move-to-bcc" }>;
  s: Strings;
  busy: boolean;
  onMove: (addresses: readonly string[]) => void;
};

/** Every outside To/CC recipient, all chosen at first; the user may keep some visible. */
export function MoveToBccFix({ fix, s, busy, onMove }: Props) {
  const all = fix.candidates.map((c) => c.address);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(all));
  const signature = all.join("\n");
  // The draft changed (someone moved or typed): start again from "all of them".
  useEffect(() => setChosen(new Set(signature.split("\n"))), [signature]);
  const picked = all.filter((a) => chosen.has(a));
  return (
    <fieldset className="fix">
      <legend>{s.moveToBcc.legend}</legend>
      {fix.candidates.map((c) => (
        <Checkbox
          key={c.address}
          checked={chosen.has(c.address)}
          onChange={(_, d) =>
            setChosen((prev) => {
              const next = new Set(prev);
              if (d.checked) next.add(c.address);
              else next.delete(c.address);
              return next;
            })
          }
          label={`${c.address}${c.displayName ? `（${c.displayName}）` : ""} — ${s.field[c.field]}`}
        />
      ))}
      <div>
        <Button appearance="primary" disabled={busy || picked.length === 0} onClick={() => onMove(picked)}>
          {picked.length ? s.moveToBcc.button(picked.length) : s.moveToBcc.none}
        </Button>
      </div>
    </fieldset>
  );
}
