/**
 * src/core, src/office and src/launchevent are ES2016 code by rule (HELPERS.md, DESIGN §4), not only what today's event bundle
 * happens to include: a file the fix pane imports now may be imported by a handler tomorrow. The bundle test checks
 * the built script; this checks every source file of the three folders for built-ins newer than ES2016.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "../helpers/mail";

const NEWER =
  /\.(?:flatMap|flat|padStart|padEnd|matchAll|replaceAll|trimStart|trimEnd|finally)\(|Object\.(?:entries|values|fromEntries|hasOwn)\b|Promise\.(?:allSettled|any)\b|\bglobalThis\b/g;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** The code without comments, which may name what is avoided. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

test("the pattern finds what it is meant to", () => {
  expect(code("// Object.values(o)\nconst a = x.flat();\n/** padStart( */").match(NEWER)).toEqual([".flat("]);
});

test.each(["src/core", "src/office", "src/launchevent"])("%s calls no built-in newer than ES2016", (folder) => {
  const found: string[] = [];
  for (const file of sources(join(ROOT, folder))) {
    for (const m of code(readFileSync(file, "utf8")).match(NEWER) ?? []) found.push(`${relative(ROOT, file)}: ${m}`);
  }
  expect(found).toEqual([]);
});
