import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHECK_IDS } from "../../src/core/checks/ids";
import { evaluate } from "../../src/core/engine";
import type { MessageSnapshot } from "../../src/core/message";
import { DEFAULT_FREEMAIL_DOMAINS } from "../../src/core/policy/default-freemail";
import type { Policy } from "../../src/core/policy/schema";
import { parsePolicyText, validatePolicy } from "../../src/core/policy/validate";
import { readEml } from "../../src/eml/read-eml";
import { mail, ROOT } from "../helpers/mail";

/**
 * The documented defaults written out in full (README "The policy", DESIGN §5): a policy that leaves any optional
 * key out must mean exactly this.
 */
const FILLED = {
  version: 1,
  organisation: { name: "例示省", domains: ["example.go.jp"] },
  partners: [],
  freemailDomains: [...DEFAULT_FREEMAIL_DOMAINS],
  labels: { extraWords: [] },
  sensitivityLabels: [],
  checks: {
    "bcc-expected": { action: "warn", minOrganisations: 2, maxVisibleOutside: 10 },
    "external-confidential": { action: "warn", severeAction: "block" },
    "unencrypted-attachment": { action: "warn" },
    "handling-restriction": { action: "warn", severeAction: "block" },
    "lookalike-domain": { action: "warn", maxDistance: 2 },
    "freemail-recipient": { action: "warn" },
    "label-inheritance": { action: "warn" },
    ppap: { action: "warn" },
    "unlabelled-attachment": { action: "off" },
    "new-domain-in-reply": { action: "warn" },
  },
  guidance: {},
  report: {
    mailbox: "soc@example.go.jp",
    subjectPrefix: "[不審メール報告]",
    defenderConvention: false,
    afterReport: "keep",
  },
  send: { timeBudgetMs: 3000, delayOutsideMinutes: 0 },
  onError: "warn",
};

/** Keys a policy must state; everything else in FILLED is optional. `report` as a whole is optional but not defaulted. */
const REQUIRED = new Set([
  "version",
  "organisation",
  "organisation.name",
  "organisation.domains",
  "report",
  "report.mailbox",
]);

type Json = Record<string, unknown>;

/** Every optional key path in FILLED, depth first ("checks", "checks.ppap", "checks.ppap.action", …). */
function optionalPaths(obj: Json, prefix = ""): string[] {
  const out: string[] = [];
  for (const key of Object.keys(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!REQUIRED.has(path)) out.push(path);
    const value = obj[key];
    if (value && typeof value === "object" && !Array.isArray(value)) out.push(...optionalPaths(value as Json, path));
  }
  return out;
}

function without(path: string): Json {
  const copy = structuredClone(FILLED) as Json;
  const keys = path.split(".");
  let at = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Json;
  delete at[keys[keys.length - 1]!];
  return copy;
}

function parse(input: unknown): Policy {
  const r = validatePolicy(input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

// Mails that make every default-on check fire at least once, plus the example mails shipped with the project.
const CRAFTED: MessageSnapshot[] = [
  mail({ to: ["sato@alpha.co.jp"], cc: ["suzuki@beta.co.jp"], subject: "打合せ日程のご相談" }),
  mail({ to: Array.from({ length: 11 }, (_, i) => `tanto${i}@alpha.co.jp`), subject: "説明会のご案内" }),
  mail({ to: ["kato@alpha.co.jp"], subject: "【機密性２】予算資料", attachments: ["予算案.xlsx"] }),
  mail({ to: ["kato@alpha.co.jp"], subject: "【機密性３】人事異動案" }),
  mail({ to: ["ito@example.go.jp"], subject: "【送信禁止】下書き" }),
  mail({ to: ["ito@example.go.jp"], subject: "FW: 【転送禁止】会議メモ", composeType: "forward" }),
  mail({ to: ["tanaka@exarnple.go.jp"], subject: "ご確認のお願い" }),
  mail({ to: ["yamamoto@gmail.com"], subject: "【機密性２】連絡網" }),
  mail({ to: ["kato@alpha.co.jp"], subject: "【機密性２】概要", attachments: ["【機密性３】詳細.docx"] }),
  mail({ to: ["kato@alpha.co.jp"], subject: "資料送付", attachments: ["会議資料.pdf"] }),
  mail({ to: ["ito@example.go.jp"], subject: "庁内の連絡" }),
];

let MAILS: MessageSnapshot[] = [];

beforeAll(async () => {
  const dir = join(ROOT, "examples");
  const fromExamples = await Promise.all(
    readdirSync(dir)
      .filter((f) => f.endsWith(".eml"))
      .map(async (f) => (await readEml(new Uint8Array(readFileSync(join(dir, f))))).snapshot),
  );
  MAILS = [...CRAFTED, ...fromExamples];
});

const decisions = (policy: Policy) => MAILS.map((m) => evaluate(m, policy));

describe("policy defaults are real defaults (issue 10 §8)", () => {
  const reference = parse(FILLED);

  test("the filled-in policy parses to itself, and the mails exercise several checks", () => {
    expect(reference).toEqual(FILLED);
    const fired = new Set(decisions(reference).flatMap((d) => d.findings.map((f) => f.check)));
    // Without this the comparisons below could pass on decisions that are all "allow".
    expect(fired.size).toBeGreaterThanOrEqual(7);
  });

  const paths = optionalPaths(FILLED);
  test("the optional keys include every section and every check parameter", () => {
    expect(paths).toEqual(expect.arrayContaining(["checks", "send", "labels", "guidance", "freemailDomains"]));
    for (const id of CHECK_IDS) expect(paths).toContain(`checks.${id}.action`);
    expect(paths).toContain("checks.lookalike-domain.maxDistance");
  });

  test.each(paths)("omitting %s gives the same policy and the same decisions", (path) => {
    const policy = parse(without(path));
    expect(policy).toEqual(reference);
    expect(decisions(policy)).toEqual(decisions(reference));
  });

  test("omitting every optional key at once gives the same policy, hash input and decisions", () => {
    const minimal = { version: 1, organisation: FILLED.organisation, report: { mailbox: FILLED.report.mailbox } };
    const policy = parse(minimal);
    expect(policy).toEqual(reference);
    expect(decisions(policy)).toEqual(decisions(reference));
    // The build hashes JSON.stringify of the validated policy: same meaning, same text, same hash.
    const fromText = parsePolicyText(JSON.stringify(minimal));
    expect(fromText.ok && JSON.stringify(fromText.value)).toBe(JSON.stringify(reference));
  });

  test("a policy without report still evaluates (the regression: every evaluation threw)", () => {
    const policy = parse({ version: 1, organisation: FILLED.organisation });
    expect(policy.report).toBeUndefined();
    expect(policy.checks).toEqual(FILLED.checks);
    const d = evaluate(mail({ to: ["tanaka@exarnple.go.jp"] }), policy);
    expect(d.findings.map((f) => f.check)).toContain("lookalike-domain");
  });

  test("a partial checks entry keeps its own values and fills the rest of that check and the others", () => {
    const policy = parse({
      version: 1,
      organisation: FILLED.organisation,
      checks: { "bcc-expected": { action: "off" }, "lookalike-domain": { maxDistance: 1 } },
    });
    expect(policy.checks["bcc-expected"]).toEqual({ action: "off", minOrganisations: 2, maxVisibleOutside: 10 });
    expect(policy.checks["lookalike-domain"]).toEqual({ action: "warn", maxDistance: 1 });
    expect(policy.checks.ppap).toEqual({ action: "warn" });
    const d = evaluate(mail({ to: ["sato@alpha.co.jp"], cc: ["suzuki@beta.co.jp"], subject: "【機密性２】" }), policy);
    const checks = d.findings.map((f) => f.check);
    expect(checks).not.toContain("bcc-expected");
    expect(checks).toContain("external-confidential");
  });

  test("defaults are fresh per parse: changing one parsed policy does not leak into the next", () => {
    const a = parse({ version: 1, organisation: FILLED.organisation });
    a.freemailDomains.push("leak.example.com");
    a.partners.push({ name: "x", domain: "x.example.com", exemptFrom: [] });
    const b = parse({ version: 1, organisation: FILLED.organisation });
    expect(b.freemailDomains).not.toContain("leak.example.com");
    expect(b.partners).toEqual([]);
  });

  test("the build embeds the defaulted policy: a minimal file and the filled-in one give one policy and hash", () => {
    const dir = mkdtempSync(join(tmpdir(), "sendcheck-policy-"));
    try {
      const embedded = (policy: unknown) => {
        const file = join(dir, "policy.json");
        writeFileSync(file, JSON.stringify(policy));
        const configs = require(join(ROOT, "webpack.config.js"))({ policy: file }, { mode: "production" }) as any[];
        const define = configs
          .flatMap((c) => c.plugins ?? [])
          .find((p: any) => p?.definitions?.__SENDCHECK_POLICY__ !== undefined) as any;
        return {
          policy: JSON.parse(define.definitions.__SENDCHECK_POLICY__),
          hash: define.definitions.__SENDCHECK_POLICY_HASH__,
        };
      };
      const minimal = embedded({
        version: 1,
        organisation: FILLED.organisation,
        report: { mailbox: FILLED.report.mailbox },
      });
      const filled = embedded(FILLED);
      expect(minimal.policy).toEqual(reference);
      expect(minimal.policy.checks["lookalike-domain"].maxDistance).toBe(2);
      expect(minimal.hash).toBe(filled.hash);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
