/**
 * scripts/icann-trie.js reduces tldts' Public Suffix List trie to its ICANN section for launchevent.js. sendcheck
 * only asks tldts without private domains, so every such parse must give exactly what the full list gives: checked
 * here with tldts' own lookup code run over both data sets, for every rule in the list and a sample of real hosts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getEmptyResult, parseImpl } from "tldts-core";
import { ROOT } from "../helpers/mail";

const icann = require("../../scripts/icann-trie.js");

const TLDTS = join(ROOT, "node_modules", "tldts", "dist", "es6", "src");
const FULL = icann.parseTrieModule(readFileSync(join(TLDTS, "data", "trie.js"), "utf8"));
const REDUCED = icann.parseTrieModule(icann.moduleSource(icann.filterIcann(FULL)));
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

const parseWith = (lookup: Lookup) => (host: string) => {
  const r = parseImpl(
    host,
    5,
    lookup as never,
    { allowPrivateDomains: false, extractHostname: false },
    getEmptyResult(),
  );
  return [r.publicSuffix, r.domain, r.isIcann, r.isPrivate === true ? "private" : "-"];
};

/** Every rule of the full list, as a host name (labels joined right to left, `*` as a label, exceptions too). */
function allRules(d: any): string[] {
  const offsets: number[] = [];
  for (let n = 0, off = 0; n < d.nodeFlags.length; n++) {
    for (let e = d.edgeStart[n]; e < d.edgeStart[n + 1]; e++) {
      offsets[e] = off;
      off += d.edgeLength[e];
    }
  }
  const out: string[] = [];
  const walk = (node: number, suffix: string, depth: number) => {
    if (depth > 6) return;
    for (let e = d.edgeStart[node]; e < d.edgeStart[node + 1]; e++) {
      const label = d.labelText.slice(offsets[e] as number, (offsets[e] as number) + d.edgeLength[e]);
      const name = suffix ? `${label === "*" ? "wild" : label}.${suffix}` : label === "*" ? "wild" : label;
      out.push(name);
      walk(d.edgeChild[e], name, depth + 1);
    }
  };
  walk(d.rulesRoot, "", 0);
  walk(d.exceptionsRoot, "", 0);
  return out;
}

describe("ICANN-only public suffix data for the event bundle", () => {
  const full = parseWith(lookupOver(FULL));
  const reduced = parseWith(lookupOver(REDUCED));

  test("is smaller: the private section is gone", () => {
    expect(REDUCED.labelText.length).toBeLessThan(FULL.labelText.length * 0.75);
    expect(REDUCED.edgeLength.length).toBeLessThan(FULL.edgeLength.length);
  });

  test("every rule of the list, and names under it, parse exactly as with the full list", () => {
    const rules = allRules(FULL);
    expect(rules.length).toBeGreaterThan(9000);
    for (const rule of rules) {
      for (const host of [rule, `example.${rule}`, `www.example.${rule}`, `www.${rule}`]) {
        expect([host, reduced(host)]).toEqual([host, full(host)]);
      }
    }
  });

  test("Japanese government, local-government, company and private-suffix hosts parse alike", () => {
    const hosts = [
      "example.go.jp",
      "mail.soumu.go.jp",
      "city.kyoto.lg.jp",
      "pref.osaka.lg.jp",
      "contoso.co.jp",
      "example.ac.jp",
      "shop.tokyo.jp",
      "kobe.jp",
      "city.kobe.jp",
      "example.com",
      "user.github.io",
      "myapp.herokuapp.com",
      "bucket.s3.amazonaws.com",
      "site.blogspot.com",
      "xn--eckwd4c7c.xn--zckzah",
      "localhost",
      "example.invalid",
      "a.b.c.d.example.co.uk",
    ];
    for (const host of hosts) expect([host, reduced(host)]).toEqual([host, full(host)]);
    expect(full("user.github.io")[1]).toBe("github.io");
  });
});
