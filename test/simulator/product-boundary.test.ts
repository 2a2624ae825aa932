/**
 * The Office stand-in and the simulator are development tools: product code (what an organisation deploys) must not
 * import them. An eslint rule says so; this checks the rule bites and that no product file does it today.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT } from "../helpers/mail";

const PRODUCT = ["src/taskpane", "src/launchevent", "src/office", "src/admin"];

/** Rule ids eslint reports for `code` as if it were `file` (the CLI: the flat config is an ES module). */
function lint(file: string, code: string): string[] {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules", "eslint", "bin", "eslint.js"), "--format", "json", "--stdin", "--stdin-filename", file],
    { cwd: ROOT, input: code, encoding: "utf8", timeout: 60_000 },
  );
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string | null }[] }[];
  return result!.messages.map((m) => String(m.ruleId));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe("product code and the development stand-in", () => {
  test.each([
    ["src/taskpane/report/x.tsx", 'import { createReadModeStandIn } from "../../office-stand-in/read-mode";'],
    ["src/launchevent/x.ts", 'import { createOfficeStandIn } from "../office-stand-in/index";'],
    ["src/office/x.ts", 'import type { Draft } from "../office-stand-in";'],
    ["src/admin/x.tsx", 'import { SAMPLES } from "../simulator/samples";'],
  ])(
    "eslint refuses %s importing it",
    (file, code) => {
      expect(lint(file, `${code}\nexport const used = 1;\n`)).toContain("no-restricted-imports");
    },
    60_000,
  );

  test("the simulator itself may import it", () => {
    const code =
      'import { createOfficeStandIn } from "../office-stand-in/index";\nexport const s = createOfficeStandIn;\n';
    expect(lint("src/simulator/x.ts", code)).not.toContain("no-restricted-imports");
  }, 60_000);

  test("no product file imports the stand-in or the simulator", () => {
    const offenders = PRODUCT.flatMap((d) => filesUnder(join(ROOT, d))).filter((f) =>
      /from\s+["'][^"']*(office-stand-in|simulator)[^"']*["']/.test(readFileSync(f, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
