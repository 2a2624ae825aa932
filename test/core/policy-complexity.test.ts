import { parsePolicyText, validatePolicy } from "../../src/core/policy/validate";
import { describeGrowth, expectNearLinear } from "../helpers/complexity-policy";
import { examplePolicyInput } from "../helpers/mail";

/**
 * `sendcheck policy validate`, the editor and the build all run the validator on text an administrator (or a file
 * from anywhere) supplies. Each hostile value is doubled from 10k to 320k characters; validation must stay about
 * linear and the answer must stay "invalid" with a message, never a long stall (a 100k-character mailbox once took
 * 12 s).
 */

type Input = Record<string, any>;
const withChange = (change: (p: Input) => void): Input => {
  const p = examplePolicyInput() as Input;
  change(p);
  return p;
};
const distinctCjk = (n: number) => {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(String.fromCharCode(0x4e00 + (i % 20000)));
  return out.join("");
};

const SHAPES: Array<[string, (n: number) => Input]> = [
  ["long report.mailbox", (n) => withChange((p) => (p.report.mailbox = `${"a".repeat(n)}@example.go.jp`))],
  ["report.mailbox of dotted labels", (n) => withChange((p) => (p.report.mailbox = `soc@${"a.".repeat(n / 2)}@`))],
  [
    "guidance URL with a space at the end",
    (n) => withChange((p) => (p.guidance["2章-4"] = `https://${"a".repeat(n)} `)),
  ],
  ["guidance URL of slashes", (n) => withChange((p) => (p.guidance["2章-4"] = `https://x${"/".repeat(n)} `))],
  ["long organisation domain", (n) => withChange((p) => (p.organisation.domains = [`${"a".repeat(n)}.go.jp`]))],
  ["long IDN organisation domain", (n) => withChange((p) => (p.organisation.domains = [`${distinctCjk(n)}.jp`]))],
  ["long free-mail domain", (n) => withChange((p) => (p.freemailDomains = [`${"b.".repeat(n / 2)}com`]))],
  ["long partner name", (n) => withChange((p) => (p.partners[0].name = "委託先".repeat(n / 3)))],
  [
    "long extra label word",
    (n) => withChange((p) => (p.labels = { extraWords: [{ word: "秘".repeat(n), meaning: "limited" }] })),
  ],
  ["long unknown key", (n) => withChange((p) => (p["x".repeat(n)] = 1))],
  [
    "many partners",
    (n) =>
      withChange(
        (p) =>
          (p.partners = Array.from({ length: n / 40 }, (_, i) => ({
            name: `委託先${i}`,
            domain: `p${i}.example.co.jp`,
          }))),
      ),
  ],
];

describe("policy validation grows linearly on hostile input", () => {
  const lines: string[] = [];
  afterAll(() => console.log(lines.join("\n")));

  test.each(SHAPES)("%s", (label, make) => {
    const g = expectNearLinear(label, make, (input) => validatePolicy(input));
    lines.push(describeGrowth(label, g));
  });

  test("the policy file as text, with a long mailbox", () => {
    const make = (n: number) => JSON.stringify(withChange((p) => (p.report.mailbox = `${"a".repeat(n)}@x.example`)));
    const g = expectNearLinear("policy text", make, (text) => parsePolicyText(text));
    lines.push(describeGrowth("policy text with a long mailbox", g));
  });
});

describe("over-long values are refused with a clear message", () => {
  test.each([
    ["report.mailbox", "$.report.mailbox", (p: Input) => (p.report.mailbox = `${"a".repeat(300)}@example.go.jp`), 254],
    [
      "guidance URL",
      '$.guidance["2章-4"]',
      (p: Input) => (p.guidance["2章-4"] = `https://example.go.jp/${"a".repeat(3000)}`),
      2048,
    ],
    [
      "domain",
      "$.organisation.domains[0]",
      (p: Input) => (p.organisation.domains = [`${"a".repeat(2000)}.go.jp`]),
      1024,
    ],
  ])("%s", (_label, path, change, max) => {
    for (const lang of ["en", "ja"] as const) {
      const r = validatePolicy(withChange(change), lang);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const hit = r.error.find((e) => e.path === path);
      expect(hit?.message).toMatch(
        lang === "en"
          ? new RegExp(`too long: \\d+ characters, at most ${max}`)
          : new RegExp(`長すぎます.*${max} 文字以内`),
      );
    }
  });

  test("values at the limits are still accepted", () => {
    const local = "a".repeat(254 - "@example.go.jp".length);
    const url = `https://example.go.jp/${"a".repeat(2048 - "https://example.go.jp/".length)}`;
    const r = validatePolicy(
      withChange((p) => ((p.report.mailbox = `${local}@example.go.jp`), (p.guidance["2章-4"] = url))),
    );
    expect(r.ok).toBe(true);
  });

  test.each([
    ["soc@example.go.jp", true],
    ["soc.desk+report@mail.example.go.jp", true],
    ["soc@localhost", false],
    ["soc@example.", false],
    ["soc@.jp", false],
    ["@example.go.jp", false],
    ["soc@@example.go.jp", false],
    ["soc @example.go.jp", false],
    ["<soc@example.go.jp>", false],
  ])("mailbox %s valid: %s", (mailbox, valid) => {
    expect(validatePolicy(withChange((p) => (p.report.mailbox = mailbox))).ok).toBe(valid);
  });

  test.each([
    ["https://intra.example.go.jp/guide/2-4.html", true],
    ["HTTPS://intra.example.go.jp", true],
    ["https://intra.example.go.jp/検索?q=送信前", true],
    ["https:///path", false],
    ["https://?q", false],
    ["https://intra.example.go.jp/a b", false],
    ["http://intra.example.go.jp/", false],
  ])("guidance URL %s valid: %s", (url, valid) => {
    expect(validatePolicy(withChange((p) => (p.guidance["2章-4"] = url))).ok).toBe(valid);
  });
});
