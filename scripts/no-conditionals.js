"use strict";
/**
 * Rewrites every conditional expression `a ? b : c` in a finished script into `((a)&&[(b)]||[(c)])[0]`.
 *
 * Why: Microsoft's troubleshooting page for event-based add-ins asks to avoid the conditional (ternary) operator in
 * the classic Outlook JavaScript-only runtime of versions before 2403, whose engine mishandles it. The source stays
 * idiomatic; the finished bundle is rewritten after minification, because the minifier itself turns `if`/`else`
 * into `?:`.
 *
 * The replacement is exact: `a` is evaluated once; when it is truthy `[b]` (always truthy) is chosen and `c` is never
 * evaluated; when it is falsy `[c]` is. Unlike an IIFE it keeps `this`, `arguments`, `yield` and `return` scoping
 * untouched, so it is safe inside generator functions (which the ES2016 build makes of async functions).
 */
const acorn = require("acorn");

/** Every ConditionalExpression of the program, sorted by start. */
function conditionalsOf(code) {
  const ast = acorn.parse(code, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true });
  const found = [];
  const stack = [ast];
  while (stack.length) {
    const node = stack.pop();
    if (node.type === "ConditionalExpression") found.push(node);
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (Array.isArray(v)) {
        for (const x of v) if (x && typeof x.type === "string") stack.push(x);
      } else if (v && typeof v.type === "string" && key !== "loc") stack.push(v);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** code[start, end) with every conditional inside it rewritten, nested ones included. */
function render(code, start, end, conds) {
  let out = "";
  let pos = start;
  // First conditional at or after `start` (binary search: there may be thousands).
  let lo = 0;
  let hi = conds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (conds[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < conds.length && conds[i].start < end; i++) {
    const c = conds[i];
    // Inside one already rewritten (the recursion handles it), or the enclosing conditional itself.
    if (c.start < pos || c.end > end) continue;
    const part = (n) => render(code, n.start, n.end, conds);
    out += code.slice(pos, c.start);
    out += `((${part(c.test)})&&[(${part(c.consequent)})]||[(${part(c.alternate)})])[0]`;
    pos = c.end;
  }
  return out + code.slice(pos, end);
}

function removeConditionals(code) {
  const conds = conditionalsOf(code);
  if (conds.length === 0) return { code, count: 0 };
  const out = render(code, 0, code.length, conds);
  // The result must parse and be free of conditionals; anything else is a bug here, not in the product.
  const left = conditionalsOf(out).length;
  if (left !== 0) throw new Error(`no-conditionals: ${left} conditional expressions left after rewriting`);
  return { code: out, count: conds.length };
}

class NoConditionalsPlugin {
  constructor(options = {}) {
    this.test = options.test || /\.js$/;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("NoConditionalsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE, where the minifier runs.
        { name: "NoConditionalsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!this.test.test(name)) continue;
            const { code } = removeConditionals(assets[name].source().toString());
            compilation.updateAsset(name, new sources.RawSource(code));
          }
        },
      );
    });
  }
}

module.exports = { NoConditionalsPlugin, removeConditionals };
