/**
 * scripts/no-conditionals.js: the build step that takes the conditional operator out of dist/launchevent.js
 * (Microsoft's troubleshooting advice for the classic runtime before Version 2403). The rewrite must mean exactly
 * what the source meant: same value, each side evaluated only when chosen, `this`/`arguments`/`yield` untouched.
 */
import fc from "fast-check";
import { parse } from "acorn";

const { removeConditionals } = require("../../scripts/no-conditionals.js") as {
  removeConditionals(code: string): { code: string; count: number; byForm: Record<string, number> };
};

function run(code: string): unknown {
  return new Function(`"use strict"; var log = []; ${code}; return [result, log];`)();
}

function conditionalsLeft(code: string): number {
  const types: string[] = [];
  JSON.stringify(parse(code, { ecmaVersion: "latest" }), (k, v) => {
    if (k === "type") types.push(v);
    return v;
  });
  return types.filter((t) => t === "ConditionalExpression").length;
}

describe("removeConditionals", () => {
  test.each([
    ["nested in every position", "var a = 1, b = 0; var result = a ? b ? 'x' : 'y' : b ? 'z' : 'w';"],
    ["sequence test", "var result = (log.push(1), 0) ? 'yes' : 'no';"],
    [
      "only the chosen side runs",
      "var result = [1 ? log.push('c') : log.push('a'), 0 ? log.push('c2') : log.push('a2')];",
    ],
    ["object and array results", "var t = true; var result = JSON.stringify(t ? { k: [1, 2] } : [3]);"],
    ["falsy chosen values", "var result = [1 ? 0 : 9, 1 ? '' : 9, 1 ? null : 9, 1 ? undefined : 9];"],
    ["this and arguments", "function f() { return arguments.length ? this.v : -1; } var result = f.call({ v: 7 }, 1);"],
    [
      "inside a generator",
      "function* g(z) { return z ? yield 1 : yield 2; } var it = g(0); var result = it.next().value;",
    ],
    ["arrow concise body", "var h = (n) => n ? { a: n } : [n]; var result = JSON.stringify([h(1), h(0)]);"],
    ["template literal", "var q = 0; var result = `v=${q ? 'one' : 'none'}`;"],
  ])("%s", (_name, code) => {
    const out = removeConditionals(code);
    expect(out.count).toBeGreaterThan(0);
    expect(out.code).not.toMatch(/\?[^.?]/);
    expect(run(out.code)).toEqual(run(code));
  });

  test.each([
    // [form, source, rewritten]: the cheapest form whose condition holds, parenthesised only where needed.
    ["truthy", "r = a ? 'x' : g()", "r = a&&'x'||g()"],
    ["truthy", "r = a || b ? { k: 1 } : g()", "r = (a || b)&&{ k: 1 }||g()"],
    ["falsy-else", "r = a ? f() : ''", "r = (a||'')&&f()"],
    ["inverse", "r = a === 1 ? f() : [0]", "r = a !== 1&&[0]||f()"],
    ["falsy-then", "r = null == t ? void 0 : t.x", "r = (null != t||void 0)&&t.x"],
    ["falsy-then", "r = a < b ? 0 : f()", "r = (!(a < b)||0)&&f()"],
    ["discarded-and", "a ? f() : 0;", "a&&f();"],
    ["discarded-or", "a ? void 0 : g();", "a||g();"],
    ["discarded", "a ? f() : g();", "a&&(f(),1)||g();"],
    ["array", "r = a ? f() : g()", "r = (a&&[f()]||[g()])[0]"],
  ])("%s: %s", (form, source, rewritten) => {
    const out = removeConditionals(source);
    expect(out.byForm).toEqual({ [form]: 1 });
    expect(out.code).toBe(rewritten);
  });

  describe("each form gives the same value and effects, in the same order, for every kind of value", () => {
    // Values of every type and truthiness, passed in at run time so that the rewrite cannot know them.
    const VALUES: unknown[] = [0, -0, 1, -1, 0.5, NaN, "", "x", "0", null, undefined, false, true, {}, [], [0]];
    // Tests: the value itself, and equality tests (which `!` rewrites by flipping the operator).
    const TESTS = [
      "(log.push('a'), va)",
      "(log.push('a'), va) == null",
      "(log.push('a'), va) === 0",
      "(log.push('a'), va) != ''",
      "void 0 !== (log.push('a'), va)",
      "!(log.push('a'), va)",
    ];
    const ANY_B = "(log.push('b'), vb)";
    const ANY_C = "(log.push('c'), vc)";
    const TRUTHY = ["'yes'", "-2", "{ k: 1 }", "[]", "!0", "typeof va", "`t${va}`", "/r/", "(vb = 'set')", "vb || 1"];
    const FALSY = ["0", "''", "null", "void 0", "!1", "(vb = 0)", "vb && 0"];
    // Neither always truthy nor always falsy as far as syntax can tell (`new` may give document.all, which is falsy).
    const UNKNOWN = ["`${vb}`", "-vb", "(vb += '')", "vb || 0", "vb && 1", "new Object(vb)"];
    const side = (who: string, e: string) => `(log.push('${who}'), ${e})`;

    type Case = [form: string, b: string, c: string, statement: boolean];
    const cases: Case[] = [
      ...TRUTHY.map((t): Case => ["truthy", side("b", t), ANY_C, false]),
      ...FALSY.map((f): Case => ["falsy-else", ANY_B, side("c", f), false]),
      ...TRUTHY.map((t): Case => ["inverse", ANY_B, side("c", t), false]),
      ...FALSY.map((f): Case => ["falsy-then", side("b", f), ANY_C, false]),
      ...UNKNOWN.map((u): Case => ["array", side("b", u), side("c", u.replace(/vb/g, "vc")), false]),
      ["discarded", ANY_B, ANY_C, true],
      ["discarded-and", ANY_B, "0", true],
      ["discarded-or", "void 0", ANY_C, true],
    ];

    // One string per outcome, told apart as finely as `toEqual` would (-0, NaN, undefined, regular expressions);
    // functions compare by identity and each evaluation makes a new one, so only their kind is compared.
    const seen = (outcome: unknown[]) =>
      JSON.stringify(outcome, (_k, v) =>
        typeof v === "function" || v instanceof RegExp || v === undefined || Object.is(v, -0) || Number.isNaN(v)
          ? `<${typeof v} ${Object.is(v, -0) ? "-0" : String(v)}>`
          : v,
      );

    test.each(cases)("%s with b = %s, c = %s", (form, b, c, statement) => {
      const expr = (test: string) => `${test} ? ${b} : ${c}`;
      for (const test of TESTS) {
        const body = statement ? `var result; ${expr(test)};` : `var result = ${expr(test)};`;
        const source = `(function (va, vb, vc) { "use strict"; var log = []; ${body} return [result, log, vb]; })`;
        const out = removeConditionals(source);
        expect(out.byForm).toEqual({ [form]: 1 });
        expect(conditionalsLeft(out.code)).toBe(0);
        const before = new Function(`return ${source}`)();
        const after = new Function(`return ${out.code}`)();
        const expected: string[] = [];
        const actual: string[] = [];
        for (const va of VALUES) {
          for (const vb of VALUES) {
            for (const vc of [0, "", "c", null, { c: 1 }]) {
              const values = seen([va, vb, vc]);
              expected.push(values + seen(before(va, vb, vc)));
              actual.push(values + seen(after(va, vb, vc)));
            }
          }
        }
        expect(actual).toEqual(expected);
      }
    });
  });

  test("a side whose truthiness a form relies on is not shortened as if its value were thrown away", () => {
    // The outer value is thrown away, but `a&&b||c` reads b's truthiness: were the inner `?:` shortened to
    // `a&&{}` (right for a thrown-away value), a = 0 would make it falsy and run log.push('c') too.
    const code = "var o = 1, a = 0; o ? (a ? {} : 'x') : log.push('c'); var result = 0;";
    const out = removeConditionals(code);
    expect(out.byForm).toEqual({ truthy: 2 });
    expect(run(out.code)).toEqual([0, []]);
  });

  test("a test or side with a bare `in` keeps its parentheses, so a for-loop head stays a for-loop", () => {
    const code =
      "var o = { a: 1 }, hits = 0; for (var k = (0, 'a' in o) ? 'a' in o : null; k; k = false) hits++; var result = [k, hits];";
    const out = removeConditionals(code);
    expect(out.count).toBe(1);
    expect(run(out.code)).toEqual(run(code));
  });

  test("a rewrite that would join a statement to the line before it fails the build instead", () => {
    // Without a semicolon, `(a || b)&&…` on the next line would call `f`. The minifier never writes such code; if
    // some input did, the build must stop rather than ship a different program.
    const code = "var f = function () {}, a = 0, b = 1\na || b ? log.push(1) : log.push(2)\nvar result = log;";
    expect(() => removeConditionals(code)).toThrow(/changed statements/);
  });

  test("a comment between the operands of an equality test is kept: the test is negated with `!` instead", () => {
    const code = "var x = 1; var result = x /* == */ == 1 ? f() : [2]; function f() { return 0; }";
    const out = removeConditionals(code);
    expect(out.code).toContain("!(x /* == */ == 1)");
    expect(run(out.code)).toEqual(run(code));
  });

  test("counts every conditional once, by the form it took", () => {
    const code = "var a = 1, b = 0; var result = [a ? 'x' : b ? f() : g(), b ? f() : '', a ? void 0 : f()];";
    const out = removeConditionals(code);
    expect(out.count).toBe(4);
    expect(out.byForm).toEqual({ truthy: 1, array: 1, "falsy-else": 1, "falsy-then": 1 });
  });

  test("any nesting of conditionals over side-effecting operands evaluates alike, in any context", () => {
    type E = string;
    const leaf = fc.constantFrom<E>(
      "(log.push('a'), 1)",
      "(log.push('b'), 0)",
      "x",
      "y",
      "''",
      "'s'",
      "null",
      "void 0",
      "!0",
      "!1",
      "{}",
      "[]",
      "(z = 2)",
      "(log.push('n'), x) == null",
      "x !== y",
      "typeof y",
      "-y",
      "-1",
      "`${y}`",
      "`t${y}`",
    );
    const expr: fc.Arbitrary<E> = fc.letrec<{ e: E }>((tie) => ({
      e: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc.tuple(tie("e"), tie("e"), tie("e")).map(([a, b, c]) => `(${a} ? ${b} : ${c})`),
        fc.tuple(tie("e"), tie("e")).map(([a, b]) => `[${a}, ${b}]`),
        fc.tuple(tie("e"), tie("e")).map(([a, b]) => `(${a} && ${b})`),
        fc.tuple(tie("e"), tie("e")).map(([a, b]) => `(${a} || ${b})`),
        fc.tuple(tie("e"), tie("e")).map(([a, b]) => `(${a}, ${b})`),
        tie("e").map((a) => `!${a}`),
        tie("e").map((a) => `(z = ${a})`),
      ),
    })).e;
    // Where the value is used and where it is thrown away (statement, sequence, for-loop head, void).
    const program = fc.oneof(
      expr.map((e) => `var result = ${e};`),
      expr.map((e) => `${e}; var result = z;`),
      fc.tuple(expr, expr).map(([a, b]) => `var result = (${a}, ${b});`),
      fc.tuple(expr, expr).map(([a, b]) => `var result = 0; for (${a}; result < 1; result++, ${b}) log.push(z);`),
      expr.map((e) => `var result = void ${e};`),
    );
    // Values that JSON cannot tell apart (undefined and null, -0 and 0) must stay apart too.
    const settled = (code: string, x: boolean, y: unknown) =>
      new Function("x", "y", `"use strict"; var log = [], z = 0; ${code}; return [result, log, z];`)(x, y);
    fc.assert(
      fc.property(program, fc.boolean(), fc.constantFrom<unknown>(0, "", "y", null, undefined, {}), (code, x, y) => {
        const out = removeConditionals(code);
        expect(conditionalsLeft(out.code)).toBe(0);
        expect(settled(out.code, x, y)).toEqual(settled(code, x, y));
      }),
      { numRuns: 400 },
    );
  });
});
