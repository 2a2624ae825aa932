/**
 * scripts/no-conditionals.js: the build step that takes the conditional operator out of dist/launchevent.js
 * (Microsoft's troubleshooting advice for the classic runtime before Version 2403). The rewrite must mean exactly
 * what the source meant: same value, each side evaluated only when chosen, `this`/`arguments`/`yield` untouched.
 */
import fc from "fast-check";
import { parse } from "acorn";

const { removeConditionals } = require("../../scripts/no-conditionals.js") as {
  removeConditionals(code: string): { code: string; count: number };
};

function run(code: string): unknown {
  return new Function(`"use strict"; var log = []; ${code}; return [result, log];`)();
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

  test("any nesting of conditionals over side-effecting operands evaluates alike", () => {
    type E = string;
    const leaf = fc.constantFrom<E>("(log.push('a'), 1)", "(log.push('b'), 0)", "x", "y", "''", "null");
    const expr: fc.Arbitrary<E> = fc.letrec<{ e: E }>((tie) => ({
      e: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc.tuple(tie("e"), tie("e"), tie("e")).map(([a, b, c]) => `(${a} ? ${b} : ${c})`),
        fc.tuple(tie("e"), tie("e")).map(([a, b]) => `[${a}, ${b}]`),
      ),
    })).e;
    fc.assert(
      fc.property(expr, fc.boolean(), fc.boolean(), (e, x, y) => {
        const code = `var x = ${x}, y = ${y}; var result = JSON.stringify(${e});`;
        const out = removeConditionals(code);
        const types: string[] = [];
        JSON.stringify(parse(out.code, { ecmaVersion: "latest" }), (k, v) => {
          if (k === "type") types.push(v);
          return v;
        });
        expect(types).not.toContain("ConditionalExpression");
        expect(run(out.code)).toEqual(run(code));
      }),
      { numRuns: 200 },
    );
  });
});
