import { Field, Input, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { explainAddress } from "../../core/domains/explain";
import type { Policy } from "../../core/policy/schema";
import type { Strings } from "../strings";

/** Says how one recipient address would be classified under the policy being edited, and why. */
export function AddressTester({ policy, s }: { policy: Policy | null; s: Strings }) {
  const [input, setInput] = useState("");
  const result = useMemo(() => (policy && input.trim() ? explainAddress(input, policy) : null), [policy, input]);
  return (
    <section aria-labelledby="tester-title">
      <h2 id="tester-title">{s.tester}</h2>
      <Field label={s.testerHint}>
        <Input value={input} onChange={(_, d) => setInput(d.value)} placeholder="name@example.co.jp" />
      </Field>
      {result && (
        <div role="status" className="result" data-testid="address-result">
          <Text weight="semibold">{s.kinds[result.kind]}</Text>
          {result.address && <Text> — {result.address}</Text>}
          {result.matched && <div>{s.matched(result.matched)}</div>}
          {result.lookalike && <div className="warn">{s.lookalike(result.lookalike.of)}</div>}
        </div>
      )}
    </section>
  );
}
