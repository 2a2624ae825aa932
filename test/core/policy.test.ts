import { parsePolicyText, validatePolicy } from "../../src/core/policy/validate";
import { examplePolicyInput } from "../helpers/mail";

const errorsOf = (input: unknown) => {
  const r = validatePolicy(input);
  return r.ok ? [] : r.error;
};

describe("policy", () => {
  test("the example policy is valid and keeps its values", () => {
    const r = validatePolicy(examplePolicyInput());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.organisation.domains).toEqual(["example.go.jp"]);
      expect(r.value.freemailDomains).toContain("yahoo.co.jp");
      expect(r.value.report?.mailbox).toBe("soc@example.go.jp");
    }
  });

  test("the DESIGN §5 minimum is accepted as written, and everything else defaults", () => {
    const r = validatePolicy({
      version: 1,
      organisation: { name: "例示省", domains: ["example.go.jp"] },
      partners: [{ domain: "partner.example.co.jp", name: "委託先" }],
      freemailDomains: ["gmail.com", "yahoo.co.jp"],
      checks: { "bcc-expected": { action: "warn" } },
      guidance: { "1章-3": "https://intra.example.go.jp/1-3", "2章-4": "https://intra.example.go.jp/2-4" },
      report: { mailbox: "soc@example.go.jp" },
      onError: "warn",
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.checks["bcc-expected"]).toEqual({ action: "warn", minOrganisations: 2, maxVisibleOutside: 10 });
    expect(r.value.checks["external-confidential"]).toEqual({ action: "warn", severeAction: "block" });
    expect(r.value.checks["unlabelled-attachment"].action).toBe("off");
    expect(r.value.send.timeBudgetMs).toBe(3000);
    expect(r.value.partners[0]!.exemptFrom).toEqual([]);
  });

  test("domains are normalised: case, trailing dot, IDN", () => {
    const input = examplePolicyInput() as any;
    input.organisation.domains = ["Example.GO.JP.", "日本語.jp"];
    const r = validatePolicy(input);
    expect(r.ok && r.value.organisation.domains).toEqual(["example.go.jp", "xn--wgv71a119e.jp"]);
  });

  test.each([
    [(p: any) => (p.organisation.domains = ["example..go.jp"]), "$.organisation.domains[0]", /domain name/],
    [(p: any) => (p.partners[0].domains = [42]), "$.partners[0].domains[0]", /string/],
    [(p: any) => (p.checks["bcc-expected"].action = "loud"), '$.checks["bcc-expected"].action', /warn/],
    [(p: any) => (p.checks["no-such-check"] = { action: "warn" }), "$.checks", /unknown key "no-such-check"/],
    [(p: any) => (p.colour = "blue"), "$", /unknown key "colour"/],
    [(p: any) => (p.guidance["2章-4"] = "http://intra.example.go.jp/"), '$.guidance["2章-4"]', /https/],
    [(p: any) => (p.report.mailbox = "not an address"), "$.report.mailbox", /e-mail/],
    [(p: any) => (p.version = 2), "$.version", /1/],
    [(p: any) => (p.onError = "explode"), "$.onError", /allow/],
    [(p: any) => (p.partners[0] = { name: "x" }), "$.partners[0]", /domain/],
  ])("error %#: names the JSON path %s", (change, path, message) => {
    const input = examplePolicyInput() as any;
    change(input);
    const errors = errorsOf(input);
    expect(errors.length).toBeGreaterThan(0);
    const hit = errors.find((e) => e.path === path);
    expect(hit).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  test("messages come in Japanese too: the schema's own checks and zod's built-in ones", () => {
    const input = examplePolicyInput() as any;
    input.organisation.domains = ["example..go.jp"];
    input.onError = 3;
    input.colour = "blue";
    const r = validatePolicy(input, "ja");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const by = Object.fromEntries(r.error.map((e) => [e.path, e.message]));
    expect(by["$.organisation.domains[0]"]).toBe(
      'example.go.jp のようなドメイン名を指定してください（指定値: "example..go.jp"）',
    );
    expect(by["$.onError"]).toMatch(/無効/);
    expect(by["$"]).toMatch(/不明なキー "colour"/);
  });

  test("a missing organisation and a wrong type are reported, not thrown", () => {
    expect(errorsOf({ version: 1 }).map((e) => e.path)).toContain("$.organisation");
    expect(errorsOf(null).length).toBeGreaterThan(0);
    expect(errorsOf("policy").length).toBeGreaterThan(0);
  });

  test("JSON syntax errors are reported at $", () => {
    const r = parsePolicyText("{ version: 1 ");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]!.path).toBe("$");
  });
});

describe("a domain shared by many organisations is refused where it would stand for one", () => {
  const withOrg = (domains: string[]) => ({ ...examplePolicyInput(), organisation: { name: "例示省", domains } });
  const withPartner = (domain: string) => ({ ...examplePolicyInput(), partners: [{ name: "委託先", domain }] });

  test.each(["go.jp", "GO.JP.", "lg.jp", "co.jp", "ac.jp", "co.uk", "kyoto.lg.jp", "kawasaki.jp"])(
    "%s among the organisation's domains",
    (d) => {
      const errors = errorsOf(withOrg(["example.go.jp", d]));
      expect(errors).toHaveLength(1);
      expect(errors[0]!.path).toBe("$.organisation.domains[1]");
      expect(errors[0]!.message).toContain("shared by many organisations");
    },
  );

  test("a single label (jp, com) was already refused as not a domain name", () => {
    for (const d of ["jp", "com"]) expect(errorsOf(withOrg([d]))[0]!.message).toContain("expected a domain name");
  });

  test("as a partner's domain, in Japanese too", () => {
    const r = validatePolicy(withPartner("co.jp"), "ja");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]!.message).toContain("多くの組織が共有するドメイン");
  });

  test.each(["example.go.jp", "mail.example.go.jp", "city.kyoto.lg.jp", "city.kawasaki.jp", "example.com"])(
    "%s is one organisation's and is accepted",
    (d) => {
      expect(errorsOf(withOrg([d]))).toEqual([]);
      expect(errorsOf(withPartner(d))).toEqual([]);
    },
  );

  test("the free-mail list may name any domain (it is a list of providers, not an organisation)", () => {
    expect(errorsOf({ ...examplePolicyInput(), freemailDomains: ["gmail.com", "ne.jp"] })).toEqual([]);
  });
});
