/**
 * The registry meta-test: a check is one object (checks/<id>.ts, defineCheck), and everything around it must
 * follow. It fails when a registered check lacks its test file, a message in ja or en, its entry on the guidance
 * page of the section it cites, or its README row (with the right section and defaults), and when CHECK_IDS (the
 * public contract) and the registry differ.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CHECK_IDS } from "../../../src/core/checks/ids";
import { CHECKS } from "../../../src/core/checks/index";
import { CATALOGS } from "../../../src/core/i18n/render";
import { validatePolicy } from "../../../src/core/policy/validate";
import { GUIDANCE } from "../../../src/guidance/content";
import { ROOT } from "../../helpers/mail";

/** The smallest valid policy: every check as its defaults make it. */
function minimalPolicy() {
  const r = validatePolicy({ version: 1, organisation: { name: "テスト庁", domains: ["test.go.jp"] } });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The README's table row for a check: `| \`id\` | section | fires when | default |`. */
function readmeRow(id: string): string[] | undefined {
  const line = README.split("\n").find((l) => l.startsWith(`| \`${id}\``));
  return line?.split("|").map((cell) => cell.trim());
}

describe("the check registry", () => {
  test("CHECK_IDS and the registry list the same checks, once each", () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CHECK_IDS].sort());
  });

  describe.each(CHECKS.map((c) => [c.id, c] as const))("%s", (id, check) => {
    test("has its test file", () => {
      expect(existsSync(join(ROOT, "test", "core", "checks", `${id}.test.ts`))).toBe(true);
    });

    test("declares message ids of its own, each in the ja and en catalogs", () => {
      expect(check.messageIds.length).toBeGreaterThan(0);
      for (const m of check.messageIds) {
        expect(m.startsWith(`${id}.`)).toBe(true);
        expect(CATALOGS.ja.findings[m]).toBeDefined();
        expect(CATALOGS.en.findings[m]).toBeDefined();
      }
    });

    test("is listed on the guidance page of the section it cites, in both languages", () => {
      for (const lang of ["ja", "en"] as const) {
        expect(GUIDANCE[lang][check.guidance].checks.map((c) => c.check)).toContain(id);
      }
    });

    test("has a README row with its section and defaults", () => {
      const row = readmeRow(id);
      expect(row).toBeDefined();
      expect(row![2]).toBe(check.guidance);
      const defaults = check.severeAction ? `${check.defaultAction}; ${check.severeAction}` : check.defaultAction;
      expect(row![4]).toBe(defaults);
    });

    test("the policy's defaults are the check's own", () => {
      const config = minimalPolicy().checks[id] as Record<string, unknown>;
      expect(config.action).toBe(check.defaultAction);
      expect(config.severeAction).toBe(check.severeAction);
      for (const [key, option] of Object.entries(check.options)) {
        expect(config[key]).toBe(option.default);
        expect(option.min).toBeLessThanOrEqual(option.default);
        expect(option.default).toBeLessThanOrEqual(option.max);
      }
    });
  });
});
