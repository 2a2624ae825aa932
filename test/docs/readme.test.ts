import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { RULE_MODES } from "../../src/cli/transport-rules";
import { CHECK_IDS, GUIDANCE_SECTIONS } from "../../src/core/checks/ids";
import { CHECKS } from "../../src/core/checks/index";
import { LABEL_MEANINGS, policySchema } from "../../src/core/policy/schema";

/**
 * What a new user follows literally: every file the README and docs/deploy.md link to exists, every `npm run` script
 * they name is in package.json, and the port override they document is the one scripts/start.js reads. What an
 * administrator relies on is checked against the code itself, so the documents fail the build when they drift from
 * it: CLI subcommands, flags and their values, check ids with their handbook sections and defaults, policy keys,
 * handbook sections.
 */
const ROOT = join(__dirname, "..", "..");
const DOCS = ["README.md", "docs/deploy.md"];
const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts as object);
const readme = readFileSync(join(ROOT, "README.md"), "utf8");

/** The CLI's own usage text, as `sendcheck --help` prints it. */
async function usage(): Promise<string> {
  let out = "";
  await main(["--help"], { out: (t) => (out += t), err: () => undefined });
  return out;
}

/** Just enough of zod's internal shape to walk the policy schema: wrappers, objects, arrays. */
interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly innerType?: SchemaNode;
      readonly in?: SchemaNode;
      readonly element?: SchemaNode;
      readonly shape?: Readonly<Record<string, SchemaNode>>;
    };
  };
}

/** The node under defaults, optionals and transforms; with `arrays`, also the element of an array. */
function unwrap(node: SchemaNode, arrays = true): SchemaNode {
  let n = node;
  for (;;) {
    const def = n._zod.def;
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) return arrays && def.type === "array" && def.element ? unwrap(def.element) : n;
    n = inner;
  }
}

/** The schema node a dotted policy path names (arrays are stepped through), or undefined when there is none. */
function resolve(path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = policySchema as unknown as SchemaNode;
  for (const key of path.split(".")) {
    const shape: Readonly<Record<string, SchemaNode>> | undefined = unwrap(node)._zod.def.shape;
    node = shape && Object.prototype.hasOwnProperty.call(shape, key) ? shape[key] : undefined;
    if (!node) return undefined;
  }
  return node;
}

/** Backticked `a.b.c` tokens (not file names) whose first part is a top-level policy key or a check id (`ppap.action`). */
function policyPaths(text: string): string[] {
  const top = Object.keys(unwrap(policySchema as unknown as SchemaNode)._zod.def.shape!);
  return [...text.matchAll(/`([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+)`/g)]
    .map((m) => m[1]!)
    .filter((p) => !/\.(html|json|js|ts|xml|md|eml|ps1|png|crt)$/.test(p))
    .map((p) => ((CHECK_IDS as readonly string[]).includes(p.split(".")[0]!) ? `checks.${p}` : p))
    .filter((p) => top.includes(p.split(".")[0]!));
}

/** Markdown tables: runs of lines starting with `|`, as rows of trimmed cells without the header and rule. */
function tables(text: string): string[][][] {
  const out: string[][][] = [];
  let rows: string[][] = [];
  for (const line of [...text.split("\n"), ""]) {
    if (line.startsWith("|"))
      rows.push(
        line
          .slice(1, -1)
          .split("|")
          .map((c) => c.trim()),
      );
    else if (rows.length > 0) {
      out.push(rows.slice(2));
      rows = [];
    }
  }
  return out;
}

describe.each(DOCS)("%s", (doc) => {
  const text = readFileSync(join(ROOT, doc), "utf8");
  const dir = join(ROOT, doc, "..");

  test("every relative link and image points at a file in the repository", () => {
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((t) => !/^https?:/.test(t));
    const missing = targets.filter((t) => !existsSync(join(dir, t)));
    expect(missing).toEqual([]);
    expect(targets.length).toBeGreaterThan(doc === "README.md" ? 5 : -1);
  });

  test("every `npm run` script it names exists", () => {
    const named = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(named.filter((n) => !scripts.includes(n))).toEqual([]);
  });

  test("every sendcheck subcommand, flag and flag value it names is in the CLI's usage", async () => {
    const usageLines = (await usage()).split("\n").filter((l) => l.trim().startsWith("sendcheck "));
    const commands = [...text.matchAll(/npx sendcheck ([a-z-]+(?: [a-z-]+)?)/g)].map((m) => {
      const [first, second] = m[1]!.split(" ");
      return first === "policy" ? `sendcheck policy ${second}` : `sendcheck ${first}`;
    });
    expect(commands.length).toBeGreaterThan(0);
    const unknownCommands = commands.filter(
      (c) => c !== "sendcheck --help" && !usageLines.some((l) => l.trim().startsWith(c + " ")),
    );
    expect(unknownCommands).toEqual([]);

    // Flag → the values usage allows (`--lang ja|en`), or null for a placeholder (`--policy FILE`).
    const allowed = new Map<string, string[] | null>();
    for (const m of usageLines.join(" ").matchAll(/\[(--[a-z-]+)(?: ([^\]]+))?\]/g)) {
      const values = m[2] && /^[a-z|-]+$/.test(m[2]) ? m[2].split("|") : null;
      allowed.set(m[1]!, values && [...(allowed.get(m[1]!) ?? []), ...values]);
    }
    allowed.set("--help", null);
    // Flags of other tools the documents show: `npm run build -- --env …` and `node --version`.
    const otherTools = ["--env", "--version"];
    const wrong: string[] = [];
    for (const m of text.matchAll(/(?<![\w-])(--[a-z][a-z-]*)(?: ([a-z][a-z|-]*)(?![\w.=/-]))?/g)) {
      const [flag, value] = [m[1]!, m[2]];
      if (otherTools.includes(flag)) continue;
      if (!allowed.has(flag)) wrong.push(m[0]);
      const values = allowed.get(flag);
      if (values && value !== undefined && value.split("|").some((v) => !values.includes(v))) wrong.push(m[0]);
    }
    expect(wrong).toEqual([]);
  });

  test("every policy key it names exists in the policy schema", () => {
    const named = policyPaths(text);
    expect(named.filter((p) => resolve(p) === undefined)).toEqual([]);
  });

  test("every policy fragment it shows in JSON uses only keys of the policy schema", () => {
    const fragments = [
      ...[...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!),
      ...[...text.matchAll(/`("[A-Za-z]\w*": [^`]+)`/g)].map((m) => m[1]!),
    ];
    const paths: string[] = [];
    const walk = (value: unknown, prefix: string): void => {
      if (Array.isArray(value)) for (const v of value) walk(v, prefix);
      else if (value !== null && typeof value === "object")
        for (const [k, v] of Object.entries(value)) {
          paths.push(prefix + k);
          walk(v, `${prefix}${k}.`);
        }
    };
    for (const f of fragments) walk(JSON.parse(f.trim().startsWith("{") ? f : `{${f}}`), "");
    expect(fragments.length).toBeGreaterThan(0);
    expect(paths.filter((p) => resolve(p) === undefined)).toEqual([]);
  });

  test("every handbook section it names is one the product has guidance for", () => {
    const sections = [...text.matchAll(/\d章-\d/g)].map((m) => m[0]);
    expect(sections.filter((s) => !(GUIDANCE_SECTIONS as readonly string[]).includes(s))).toEqual([]);
  });

  test("every kebab-case word in backticks is a check id or a label meaning", () => {
    // Besides the contracts (and transport rule modes), only a package to install is shown this way.
    const known = new Set<string>([...CHECK_IDS, ...LABEL_MEANINGS, ...Object.keys(RULE_MODES), "fonts-noto-cjk"]);
    const words = [...text.matchAll(/`([a-z]+(?:-[a-z0-9]+)+)`/g)].map((m) => m[1]!);
    expect(words.filter((w) => !known.has(w))).toEqual([]);
  });
});

test("the README's first commands are npm ci, npm start, npm test, and PORT is what npm start reads", () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
  expect(firstBlock.split("\n").map((l) => l.split(/\s+/).slice(0, 2).join(" "))).toEqual([
    "npm ci",
    "npm start",
    "npm test",
    "",
  ]);
  expect(readme).toContain("PORT=3001 npm start");
  expect(readFileSync(join(ROOT, "scripts", "start.js"), "utf8")).toContain("process.env.PORT");
  expect(existsSync(join(ROOT, "config", "policy.example.json"))).toBe(true);
});

test("the README's check tables (ja and en) list every check with its handbook section and default action", () => {
  const checkTables = tables(readme).filter((t) => t.length > 0 && t.every((r) => /^`[a-z-]+`$/.test(r[0]!)));
  expect(checkTables).toHaveLength(2);
  for (const table of checkTables) {
    const rows = table.map((r) => ({ id: r[0]!.slice(1, -1), section: r[1], action: r[r.length - 1] }));
    expect(rows.map((r) => r.id).sort()).toEqual([...CHECK_IDS].sort());
    for (const c of CHECKS) {
      const row = rows.find((r) => r.id === c.id)!;
      expect({ id: c.id, section: row.section, action: row.action }).toEqual({
        id: c.id,
        section: c.guidance,
        action: c.severeAction ? `${c.defaultAction}; ${c.severeAction}` : c.defaultAction,
      });
    }
  }
});

test("the README documents every policy key down to sections' fields and every check parameter", () => {
  const documented = new Set(policyPaths(readme).concat([...readme.matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1]!)));
  const required: string[] = [];
  const shape = unwrap(policySchema as unknown as SchemaNode)._zod.def.shape!;
  for (const key of Object.keys(shape)) {
    const inner = unwrap(shape[key]!, false)._zod.def.shape;
    // checks and guidance are keyed by check id and handbook section, covered by their own tests.
    if (!inner || key === "checks" || key === "guidance") required.push(key);
    else for (const sub of Object.keys(inner)) required.push(`${key}.${sub}`);
  }
  for (const c of CHECKS) for (const option of Object.keys(c.options)) required.push(`checks.${c.id}.${option}`);
  expect(required.filter((p) => !documented.has(p))).toEqual([]);
});

test("every section of the README is headed in Japanese and English; developer-only ones say so in Japanese", () => {
  const sections = readme.split(/^## /m).slice(1);
  expect(sections.length).toBeGreaterThan(10);
  for (const section of sections) {
    const heading = section.slice(0, section.indexOf("\n"));
    expect(heading).toMatch(/^[^/]*[\u3040-\u30ff\u4e00-\u9fff][^/]* \/ [A-Z][^\u3040-\u30ff]*$/);
    if (heading.includes("開発者向け")) expect(section.split("\n")[2]).toMatch(/開発者向け/);
    else expect(section).toMatch(/\*\*日本語\*\*|[\u3040-\u30ff]{2}.* \/ [A-Z]/);
  }
});
