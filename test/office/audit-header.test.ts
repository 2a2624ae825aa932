import { AUDIT_HEADER, auditHeaderValue } from "../../src/office/audit-header";
import { findingSetKey } from "../../src/office/finding-key";

describe("X-SendCheck audit header", () => {
  test("records decision, finding ids, policy hash and add-in version", () => {
    const v = auditHeaderValue({
      decision: "warn",
      findings: [{ messageId: "bcc-expected.organisations" }, { messageId: "ppap.zip" }, { messageId: "ppap.zip" }],
      policyHash: "abcdef012345",
      version: "0.1.0",
    });
    expect(v).toBe(
      "v=1; decision=warn; findings=bcc-expected.organisations,ppap.zip; policy=abcdef012345; addin=0.1.0",
    );
  });

  test("never exceeds the 998-character line office.js enforces, and stays printable ASCII", () => {
    const findings = Array.from({ length: 200 }, (_, i) => ({ messageId: `check-${i}.message-with-a-long-id-機密` }));
    const v = auditHeaderValue({ decision: "warn", findings, policyHash: "h", version: "1" });
    expect(AUDIT_HEADER.length + v.length).toBeLessThanOrEqual(998);
    expect(v).toMatch(/^[\x20-\x7e]+$/);
    expect(v).toMatch(/,\+\d+; policy=h; addin=1$/);
  });
});

describe("finding set key", () => {
  const a = { messageId: "x.y", data: { recipients: ["a@b.jp"] } };
  const b = { messageId: "z.w", data: { count: 2 } };
  test("ignores order, notices any change", () => {
    expect(findingSetKey([a, b])).toBe(findingSetKey([b, a]));
    expect(findingSetKey([a, b])).not.toBe(findingSetKey([a]));
    expect(findingSetKey([a])).not.toBe(findingSetKey([{ ...a, data: { recipients: ["c@b.jp"] } }]));
  });
});
