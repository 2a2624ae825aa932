/**
 * The Office stand-in and the simulator are development tools: product code (what an organisation deploys) must not
 * import them. An eslint rule says so; this checks the rule bites and that no product file does it today.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT } from "../helpers/mail";

const PRODUCT = ["src/taskpane", "src/launchevent", "src/office", "src/admin"];

/**
 * Rule ids eslint reports for each `code` as if it were its `file`. One eslint process lints them all (the API, in a
 * child: the flat config is an ES module, which Jest's module system does not load).
 */
function lintAll(cases: readonly (readonly [file: string, code: string])[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const [file, code] of cases) {
        const [result] = await eslint.lintText(code, { filePath: file });
        out.push(result.messages.map((m) => String(m.ruleId)));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const r = spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    input: JSON.stringify(cases),
    encoding: "utf8",
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

const IMPORTING: readonly (readonly [file: string, code: string])[] = [
  ["src/taskpane/report/x.tsx", 'import { createReadModeStandIn } from "../../office-stand-in/read-mode";'],
  ["src/launchevent/x.ts", 'import { createOfficeStandIn } from "../office-stand-in/index";'],
  ["src/office/x.ts", 'import type { Draft } from "../office-stand-in";'],
  ["src/admin/x.tsx", 'import { SAMPLES } from "../simulator/samples";'],
];
const SIMULATOR_CODE =
  'import { createOfficeStandIn } from "../office-stand-in/index";\nexport const s = createOfficeStandIn;\n';

describe("product code and the development stand-in", () => {
  let ruleIds: string[][] = [];
  beforeAll(() => {
    ruleIds = lintAll([
      ...IMPORTING.map(([file, code]) => [file, `${code}\nexport const used = 1;\n`] as const),
      ["src/simulator/x.ts", SIMULATOR_CODE],
    ]);
  }, 60_000);

  test.each(IMPORTING.map(([file], i) => [file, i] as const))("eslint refuses %s importing it", (_file, i) => {
    expect(ruleIds[i]).toContain("no-restricted-imports");
  });

  test("the simulator itself may import it", () => {
    expect(ruleIds[IMPORTING.length]).toBeDefined();
    expect(ruleIds[IMPORTING.length]).not.toContain("no-restricted-imports");
  });

  test("no product file imports the stand-in or the simulator", () => {
    const offenders = PRODUCT.flatMap((d) => filesUnder(join(ROOT, d))).filter((f) =>
      /from\s+["'][^"']*(office-stand-in|simulator)[^"']*["']/.test(readFileSync(f, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
