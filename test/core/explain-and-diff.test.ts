import { explainAddress } from "../../src/core/domains/explain";
import { diffPolicies } from "../../src/core/policy/diff";
import { examplePolicyInput, POLICY } from "../helpers/mail";

describe("explainAddress", () => {
  test.each([
    ["a@sub.example.go.jp", "organisation", "example.go.jp"],
    ["a@partner.example.co.jp", "partner", "例示システム株式会社（委託先）"],
    ["a@GMAIL.com.", "freemail", "gmail.com"],
  ])("%s is %s via %s", (input, kind, matched) => {
    const e = explainAddress(input, POLICY);
    expect(e.kind).toBe(kind);
    expect(e.matched).toBe(matched);
  });

  test("a look-alike names what it imitates; plain outside has none", () => {
    expect(explainAddress('"総務課" <a@exarnple.go.jp>', POLICY)).toMatchObject({
      kind: "outside",
      address: "a@exarnple.go.jp",
      lookalike: { of: "example.go.jp", reason: "homoglyph" },
    });
    expect(explainAddress("a@mhlw.go.jp", POLICY).lookalike).toBeUndefined();
    expect(explainAddress("nonsense", POLICY).kind).toBe("invalid");
  });
});

describe("diffPolicies", () => {
  test("reports added, removed and changed values with their paths; list order does not matter", () => {
    const a = examplePolicyInput() as any;
    const b = JSON.parse(JSON.stringify(a));
    b.organisation.domains = ["new.go.jp", "example.go.jp"];
    b.freemailDomains = [...a.freemailDomains].reverse().filter((d: string) => d !== "gmail.com");
    b.onError = "block";
    delete b.report;
    expect(diffPolicies(a, b)).toEqual([
      { path: "$.organisation.domains", kind: "added", after: "new.go.jp" },
      { path: "$.freemailDomains", kind: "removed", before: "gmail.com" },
      { path: "$.report", kind: "removed", before: a.report },
      { path: "$.onError", kind: "changed", before: "warn", after: "block" },
    ]);
    expect(diffPolicies(a, JSON.parse(JSON.stringify(a)))).toEqual([]);
  });
});
