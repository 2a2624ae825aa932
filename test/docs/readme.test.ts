import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * What a new user follows literally: every file the README and docs/deploy.md link to exists, every `npm run` script
 * they name is in package.json, and the port override they document is the one scripts/start.js reads.
 */
const ROOT = join(__dirname, "..", "..");
const DOCS = ["README.md", "docs/deploy.md"];
const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts as object);

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
});

test("the README's first commands are npm ci, npm start, npm test, and PORT is what npm start reads", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
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
