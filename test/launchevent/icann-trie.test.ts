/**
 * scripts/icann-trie.js reduces tldts' Public Suffix List trie to what launchevent.js looks up: the ICANN section,
 * ASCII labels only, and no single-label rule that has nothing beneath it. The event bundle asks tldts for the
 * publicSuffix and domain of normalised ASCII domains without private domains, so every such parse must give exactly
 * what the full list gives: checked here with tldts' own lookup code run over both data sets, for every rule in the
 * list, names under them, realistic hosts and random ones. isIcann is the one field the reduction changes (for the
 * dropped TLDs), so nothing the event bundle imports may read it.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { toASCII } from "punycode/";
import { getEmptyResult, parseImpl } from "tldts-core";
import * as ts from "typescript";
import { normaliseDomain } from "../../src/core/address/parse-address";
import { ROOT } from "../helpers/mail";

const icann = require("../../scripts/icann-trie.js");

const TLDTS = join(ROOT, "node_modules", "tldts", "dist", "es6", "src");
const FULL = icann.parseTrieModule(readFileSync(join(TLDTS, "data", "trie.js"), "utf8"));
const SOURCE: string = icann.moduleSource(icann.filterIcann(FULL));
const REDUCED = icann.parseTrieModule(SOURCE);
const NAMES = ["nodeFlags", "edgeStart", "edgeLength", "edgeChild", "labelText", "rulesRoot", "exceptionsRoot"];

type Lookup = (hostname: string, options: unknown, out: unknown) => boolean;

/** tldts' own suffix-trie.js, evaluated over the given data instead of its import. */
function lookupOver(data: Record<string, unknown>): Lookup {
  const source = readFileSync(join(TLDTS, "suffix-trie.js"), "utf8")
    .replace(/^import[\s\S]*?;\s*$/gm, "")
    .replace("export default function suffixLookup", "function suffixLookup")
    .replace(/\/\/# sourceMappingURL=.*$/m, "");
  const make = new Function("fastPathLookup", ...NAMES, `${source}\nreturn suffixLookup;`);
  return make(require("tldts-core").fastPathLookup, ...NAMES.map((n) => data[n])) as Lookup;
}

/** What src/core/domains/registrable.ts asks: parse without private domains and without hostname extraction. */
const parseWith = (lookup: Lookup) => (host: string) =>
  parseImpl(host, 5, lookup as never, { allowPrivateDomains: false, extractHostname: false }, getEmptyResult());

const full = parseWith(lookupOver(FULL));
const reduced = parseWith(lookupOver(REDUCED));
/** The two fields the event bundle reads, with the host, so a failure names it. */
const parts = (parse: typeof full, host: string) => {
  const r = parse(host);
  return [host, r.publicSuffix, r.domain];
};

/** Every rule of the full list as a name (private ones too: without private domains they are plain names). */
function allRules(d: any): { name: string; exception: boolean }[] {
  const offsets: number[] = [];
  for (let n = 0, off = 0; n < d.nodeFlags.length; n++) {
    for (let e = d.edgeStart[n]; e < d.edgeStart[n + 1]; e++) {
      offsets[e] = off;
      off += d.edgeLength[e];
    }
  }
  const out: { name: string; exception: boolean }[] = [];
  const walk = (node: number, suffix: string, depth: number, exception: boolean) => {
    if (depth > 6) return;
    for (let e = d.edgeStart[node]; e < d.edgeStart[node + 1]; e++) {
      const label = d.labelText.slice(offsets[e] as number, (offsets[e] as number) + d.edgeLength[e]);
      const name = suffix ? `${label}.${suffix}` : label;
      if (d.nodeFlags[d.edgeChild[e]] !== 0) out.push({ name, exception });
      walk(d.edgeChild[e], name, depth + 1, exception);
    }
  };
  walk(d.rulesRoot, "", 0, false);
  walk(d.exceptionsRoot, "", 0, true);
  return out;
}

const RULES = allRules(FULL);
const isAscii = (s: string) => /^[\x21-\x7e]*$/.test(s);
/** A rule as a name the product can look up: `*` as a label, and IDN labels in their ASCII (xn--) form. */
const asHost = (rule: string, wildcard: string) => toASCII(rule.replace(/\*/g, wildcard));

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe("public suffix data of the event bundle", () => {
  test("is much smaller than the ICANN section it comes from", () => {
    expect(REDUCED.labelText.length).toBeLessThan(FULL.labelText.length * 0.5);
    expect(REDUCED.edgeLength.length).toBeLessThan(FULL.edgeLength.length * 0.6);
    expect(gzipSync(SOURCE, { level: 9 }).length).toBeLessThan(20 * 1024);
  });

  test("every rule of the list, and names under it, parse exactly as with the full list", () => {
    expect(RULES.length).toBeGreaterThan(9000);
    expect(RULES.filter((r) => r.exception).length).toBeGreaterThan(5);
    for (const { name } of RULES) {
      for (const wildcard of name.includes("*") ? ["wild", "www", "city"] : ["wild"]) {
        const rule = asHost(name, wildcard);
        for (const host of [rule, `example.${rule}`, `www.example.${rule}`, `a.b.example.${rule}`, `www.${rule}`]) {
          expect(parts(reduced, host)).toEqual(parts(full, host));
        }
      }
    }
  });

  test("keeps isIcann for every rule below the top level (only childless TLDs fall back to the * rule)", () => {
    let checked = 0;
    for (const { name } of RULES) {
      const host = `example.${asHost(name, "wild")}`;
      const want = full(host);
      if (want.isIcann && want.publicSuffix!.includes(".")) {
        expect([host, reduced(host).isIcann]).toEqual([host, true]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(4000);
    // A brand TLD: the same suffix and domain, found through the implicit * rule instead of its own.
    expect([full("www.example.google").isIcann, reduced("www.example.google").isIcann]).toEqual([true, false]);
    expect(parts(reduced, "www.example.google")).toEqual(["www.example.google", "google", "example.google"]);
  });

  test("Unicode rules are found through the ASCII form the product normalises every domain to", () => {
    const unicode = RULES.filter((r) => !isAscii(r.name) && !r.name.includes("*"));
    expect(unicode.length).toBeGreaterThan(100);
    for (const { name } of unicode) {
      const host = normaliseDomain(`example.${name}`);
      expect([name, isAscii(host)]).toEqual([name, true]);
      const want = full(`example.${name}`);
      expect([name, reduced(host).publicSuffix]).toEqual([name, toASCII(want.publicSuffix!)]);
      expect([name, reduced(host).domain]).toEqual([name, toASCII(want.domain!)]);
    }
  });

  test("Japanese government, local-government, company and other real-world hosts parse alike", () => {
    const hosts = [
      "example.go.jp",
      "mail.soumu.go.jp",
      "go.jp",
      "lg.jp",
      "city.kyoto.lg.jp",
      "pref.osaka.lg.jp",
      "mail.city.yokohama.lg.jp",
      "contoso.co.jp",
      "example.ac.jp",
      "shop.tokyo.jp",
      "kobe.jp",
      "city.kobe.jp",
      "www.city.kobe.jp",
      "kawasaki.jp",
      "city.kawasaki.jp",
      "www.city.kawasaki.jp",
      "nakahara.kawasaki.jp",
      "www.nakahara.kawasaki.jp",
      "ck",
      "www.ck",
      "mail.www.ck",
      "example.ck",
      "www.example.ck",
      "example.com",
      "mail.example.co.uk",
      "a.b.c.d.example.co.uk",
      "example.toyota",
      "www.example.google",
      "example.unknowntld",
      "a.b.example.zz",
      "user.github.io",
      "myapp.herokuapp.com",
      "bucket.s3.amazonaws.com",
      "xn--eckwd4c7c.xn--zckzah",
      "example.xn--p1ai",
      "localhost",
      "example.invalid",
      "192.0.2.1",
    ];
    for (const host of hosts) expect(parts(reduced, host)).toEqual(parts(full, host));
    // Wildcard and exception together: *.kawasaki.jp makes nakahara.kawasaki.jp a suffix, !city.kawasaki.jp does not.
    expect(parts(reduced, "www.nakahara.kawasaki.jp")).toEqual([
      "www.nakahara.kawasaki.jp",
      "nakahara.kawasaki.jp",
      "www.nakahara.kawasaki.jp",
    ]);
    expect(parts(reduced, "www.city.kawasaki.jp")).toEqual(["www.city.kawasaki.jp", "kawasaki.jp", "city.kawasaki.jp"]);
    expect(parts(reduced, "example.ck")[1]).toBe("example.ck");
    expect(parts(reduced, "mail.www.ck")).toEqual(["mail.www.ck", "ck", "www.ck"]);
  });

  test("random names made of the list's own labels parse alike", () => {
    const next = random(20261201);
    const ascii = RULES.filter((r) => isAscii(r.name)).map((r) => r.name);
    const labels = [...new Set(ascii.flatMap((r) => r.split(".")))].filter((l) => l !== "*");
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
    for (let i = 0; i < 30000; i++) {
      const tail = pick(ascii)
        .replace(/\*/g, () => pick(labels))
        .split(".");
      const head = Array.from({ length: Math.floor(next() * 4) }, () =>
        next() < 0.7 ? pick(labels) : Math.floor(next() * 1e6).toString(36),
      );
      // Cut or change the tail now and then, to walk off the list's paths at every depth.
      if (next() < 0.3) tail.splice(0, Math.floor(next() * tail.length));
      if (next() < 0.2) tail[tail.length - 1] = pick(labels);
      const host = [...head, ...tail].join(".");
      if (host !== "") expect(parts(reduced, host)).toEqual(parts(full, host));
    }
  });

  test("nothing the event bundle imports reads isIcann (the one field the reduced data gets wrong)", () => {
    const readers = isIcannReaders(join(ROOT, "src", "launchevent", "launchevent.ts"));
    expect(readers).toEqual([]);
  });

  test("the import walk of that guard finds isIcann readers (link-target through the suspicious-mail analysis)", () => {
    expect(isIcannReaders(join(ROOT, "src", "core", "suspicious", "analyse.ts"))).toContain(
      "src/core/suspicious/link-target.ts",
    );
  });
});

/**
 * The modules of src reachable by (non type-only) imports from `entry`, that mention `isIcann` in code (comments do
 * not count), or tldts' `extraSuffixes` option, whose lookup reads it. Bare imports are packages: tldts itself sets
 * isIcann and is left out.
 */
const READS_ICANN = new Set(["isIcann", "extraSuffixes"]);

function isIcannReaders(entry: string): string[] {
  const seen = new Set<string>();
  const readers: string[] = [];
  const resolveImport = (from: string, spec: string): string | undefined => {
    if (!spec.startsWith(".")) return undefined;
    const base = resolve(dirname(from), spec);
    for (const file of [base, `${base}.ts`, join(base, "index.ts")]) {
      if (file.endsWith(".ts") && existsSync(file) && statSync(file).isFile()) return file;
    }
    throw new Error(`cannot resolve ${spec} from ${from}`);
  };
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    let reads = false;
    const walk = (node: ts.Node) => {
      if ((ts.isIdentifier(node) || ts.isStringLiteral(node)) && READS_ICANN.has(node.text)) reads = true;
      const isTypeOnly =
        (ts.isImportDeclaration(node) && node.importClause?.isTypeOnly === true) ||
        (ts.isExportDeclaration(node) && node.isTypeOnly);
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && !isTypeOnly && node.moduleSpecifier) {
        const target = resolveImport(file, (node.moduleSpecifier as ts.StringLiteral).text);
        if (target) visit(target);
      }
      // import("./x") and require("./x") load modules too.
      if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!)) {
        const callee = node.expression;
        if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require")) {
          const target = resolveImport(file, (node.arguments[0] as ts.StringLiteral).text);
          if (target) visit(target);
        }
      }
      ts.forEachChild(node, walk);
    };
    walk(source);
    if (reads) readers.push(relative(ROOT, file).split("\\").join("/"));
  };
  visit(entry);
  return readers.sort();
}
