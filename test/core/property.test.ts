import fc from "fast-check";
import { parseAddress } from "../../src/core/address/parse-address";
import { evaluate } from "../../src/core/engine";
import { renderFinding } from "../../src/core/i18n/render";
import { detectMarkings } from "../../src/core/labels/detect";
import type { MessageSnapshot, RecipientField } from "../../src/core/message";
import { POLICY } from "../helpers/mail";

// Strings that mix ASCII, Japanese marking vocabulary, look-alike characters and control characters, so the
// generators reach the interesting paths rather than only random Latin.
const pieces = fc.constantFrom(
  "機密性",
  "２",
  "2",
  "３",
  "【",
  "】",
  "秘",
  "極秘",
  "限り",
  "転送禁止",
  "送信禁止",
  "@",
  ".",
  "..",
  "<",
  ">",
  '"',
  "example.go.jp",
  "xn--",
  "а",
  "rn",
  "\u202e",
  "\u0000",
  " ",
  "\n",
  "FW:",
  "日本語",
  "go-jp",
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.array(pieces, { maxLength: 20 }).map((p) => p.join("")),
);
const field = fc.constantFrom<RecipientField>("to", "cc", "bcc");

const snapshot: fc.Arbitrary<MessageSnapshot> = fc.record({
  recipients: fc.array(fc.record({ field, address: text, displayName: fc.option(text, { nil: undefined }) }), {
    maxLength: 8,
  }),
  subject: text,
  body: text,
  composeType: fc.constantFrom("new", "reply", "forward"),
  attachments: fc.array(fc.record({ name: text, size: fc.nat(), inline: fc.boolean() }), { maxLength: 4 }),
});

describe("properties", () => {
  test("evaluate never throws and always decides", () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const d = evaluate(s, POLICY);
        expect(["allow", "warn", "block"]).toContain(d.action);
        for (const f of d.findings) {
          expect(typeof renderFinding(f, "ja")).toBe("string");
          expect(typeof renderFinding(f, "en")).toBe("string");
        }
      }),
      { numRuns: 500 },
    );
  });

  test("parseAddress never throws, and what it returns has a plausible lower-case domain", () => {
    fc.assert(
      fc.property(text, (raw) => {
        const p = parseAddress(raw);
        if (p) expect(p.domain).toMatch(/^(\[.*\]|[a-z0-9.-]+)$/);
      }),
      { numRuns: 1000 },
    );
  });

  test("label detection never throws and levels stay within 0–4", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const m of detectMarkings(t)) {
          expect(m.level).toBeGreaterThanOrEqual(0);
          expect(m.level).toBeLessThanOrEqual(4);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("adding an outside recipient never lowers the decision", () => {
    const rank = { allow: 0, warn: 1, block: 2 };
    fc.assert(
      fc.property(snapshot, (s) => {
        const more = { ...s, recipients: [...s.recipients, { field: "to" as const, address: "x@outside-org.co.jp" }] };
        expect(rank[evaluate(more, POLICY).action]).toBeGreaterThanOrEqual(rank[evaluate(s, POLICY).action]);
      }),
      { numRuns: 300 },
    );
  });
});
