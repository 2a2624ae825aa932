"use strict";
/**
 * Rewrites every conditional expression `a ? b : c` in a finished script into an expression without one.
 *
 * Why: Microsoft's troubleshooting page for event-based add-ins asks to avoid the conditional (ternary) operator in
 * the classic Outlook JavaScript-only runtime of versions before 2403, whose engine mishandles it. The source stays
 * idiomatic; the finished bundle is rewritten after minification, because the minifier itself turns `if`/`else`
 * into `?:`.
 *
 * Every form is exact: `a` is evaluated once, first; then exactly one of `b` and `c`, the one `?:` would choose; and
 * the result has the same value (or, where the value is thrown away, the same effects). None wraps anything in a
 * function, so `this`, `arguments`, `yield` and `return` keep their scope (generator functions are what the ES2016
 * build makes of async functions). From cheapest to dearest:
 *
 *   discarded-and  `a&&b`       when the value is thrown away and c has no effect and cannot throw,
 *   discarded-or   `a||c`       likewise when b has none.
 *   truthy      `a&&b||c`       when b is always truthy: a truthy gives b, which `||` keeps; a falsy gives c.
 *   falsy-else  `(a||c)&&b`     when c is always falsy: a truthy passes `||` and gives b; a falsy runs c, whose
 *                               falsy value `&&` returns without running b.
 *   inverse     `!a&&c||b`      when c is always truthy: the truthy form of `!a ? c : b`.
 *   falsy-then  `(!a||b)&&c`    when b is always falsy: the falsy-else form of `!a ? c : b`. (This is what the
 *                               ES2016 lowering of `x?.y`, `x == null ? void 0 : x.y`, becomes.)
 *   discarded   `a&&(b,1)||c`   when the value is thrown away: the `1` stops `||` from running c after b.
 *   array       `(a&&[b]||[c])[0]`  otherwise: a one-element array is always truthy. It allocates on every
 *                               evaluation, so it is the last resort.
 * `!a` is written `x!=y` for `a` = `x==y` (and so on for the other equality operators), which means the same.
 *
 * "Always truthy" and "no effect" are decided from syntax alone (literals, function and object literals, `!`,
 * `typeof`, and the value paths of `,`, `=`, `&&`, `||`, `?:`), never from names, which may be rebound.
 * Every rewritten form keeps the truthiness of a value that is used, which those judgements rely on for nested
 * conditionals: a thrown-away value is only ever rewritten where no one looks at it.
 */
const acorn = require("acorn");

const parse = (code) => acorn.parse(code, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true });

/** The children of an acorn node, with the key each sits under. */
function* childrenOf(node) {
  for (const key of Object.keys(node)) {
    if (key === "loc") continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (v[i] && typeof v[i].type === "string") yield [key, v[i], i, v.length];
    } else if (v && typeof v.type === "string") yield [key, v, 0, 1];
  }
}

/** Every ConditionalExpression of a program, sorted by start. */
function conditionalsOf(ast) {
  const found = [];
  const stack = [ast];
  while (stack.length) {
    const node = stack.pop();
    if (node.type === "ConditionalExpression") found.push(node);
    for (const [, child] of childrenOf(node)) stack.push(child);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when evaluating `n` gives a truthy value whenever it completes, judged from syntax alone. */
function alwaysTruthy(n) {
  switch (n.type) {
    case "Literal":
      // A regular expression, a non-empty string, a number other than 0 (a literal is never NaN), `true`.
      return Boolean(n.regex) || (typeof n.value !== "bigint" && Boolean(n.value));
    case "TemplateLiteral":
      // A string with at least one character of its own text.
      return n.quasis.some((q) => q.value.cooked !== null && q.value.cooked !== "");
    case "ObjectExpression":
    case "ArrayExpression":
    case "FunctionExpression":
    case "ArrowFunctionExpression":
    case "ClassExpression":
      // A fresh object. (`new X` is not here: a constructor may return document.all, the one falsy object.)
      return true;
    case "UnaryExpression":
      if (n.operator === "!") return alwaysFalsy(n.argument);
      if (n.operator === "typeof") return true; // a type name, never ""
      if (n.operator === "-")
        return n.argument.type === "Literal" && typeof n.argument.value === "number" && n.argument.value !== 0;
      return false;
    default:
      return valuePath(n, alwaysTruthy);
  }
}

/** True when evaluating `n` gives a falsy value whenever it completes, judged from syntax alone. */
function alwaysFalsy(n) {
  switch (n.type) {
    case "Literal":
      return !n.regex && typeof n.value !== "bigint" && !n.value;
    case "UnaryExpression":
      if (n.operator === "void") return true;
      if (n.operator === "!") return alwaysTruthy(n.argument);
      return false;
    default:
      return valuePath(n, alwaysFalsy);
  }
}

/** `holds` for the value an expression passes on unchanged: `(x, y)`, `x = y`, `x && y`, `x || y`, `x ? y : z`. */
function valuePath(n, holds) {
  switch (n.type) {
    case "SequenceExpression":
      return holds(n.expressions[n.expressions.length - 1]);
    case "AssignmentExpression":
      return n.operator === "=" && holds(n.right);
    case "LogicalExpression":
      // x || y is x when x is truthy, else y; x && y is x when x is falsy, else y.
      if (n.operator === "??") return false;
      if ((n.operator === "||") === (holds === alwaysTruthy)) return holds(n.left) || holds(n.right);
      return holds(n.left) && holds(n.right);
    case "ConditionalExpression":
      return holds(n.consequent) && holds(n.alternate);
    default:
      return false;
  }
}

/** True when evaluating `n` can neither have an effect nor throw (so it may be left out when its value is unused). */
function inert(n) {
  switch (n.type) {
    case "Literal":
    case "FunctionExpression":
    case "ArrowFunctionExpression":
      return true;
    case "TemplateLiteral":
      return n.expressions.length === 0;
    case "UnaryExpression":
      // Not `typeof`, `-x` and the like on names: a name may be in its temporal dead zone, or a getter.
      return ["void", "!", "-", "+"].includes(n.operator) && n.argument.type === "Literal" && !n.argument.regex;
    default:
      return false;
  }
}

/**
 * Chooses the form of every conditional. `discarded` says whether the value of the node being visited is thrown
 * away; a child's flag follows from the parent's node type (and, for a conditional, from the form chosen for it,
 * because `a&&b||c` uses b's truthiness even when the whole value is thrown away).
 */
function chooseForms(ast) {
  const forms = new Map();
  const stack = [[ast, false]];
  while (stack.length) {
    const [node, discarded] = stack.pop();
    let flags; // (key, index, count) -> discarded
    switch (node.type) {
      case "ExpressionStatement":
        // (A script's completion value would be visible to eval only; nothing loads the bundle that way.)
        flags = () => true;
        break;
      case "SequenceExpression":
        flags = (key, i, count) => i < count - 1 || discarded;
        break;
      case "ForStatement":
        flags = (key) => key === "update" || (key === "init" && !/Declaration$/.test(node.init.type));
        break;
      case "UnaryExpression":
        flags = () => node.operator === "void";
        break;
      case "LogicalExpression":
        flags = (key) => key === "right" && discarded;
        break;
      case "ConditionalExpression": {
        const form = formOf(node, discarded);
        forms.set(node, form);
        // The side whose truthiness the form relies on has its value used, whatever becomes of the whole.
        const thrownAway = { test: false, consequent: discarded, alternate: discarded };
        if (form === "truthy" || form === "falsy-then") thrownAway.consequent = false;
        if (form === "inverse" || form === "falsy-else") thrownAway.alternate = false;
        flags = (key) => thrownAway[key];
        break;
      }
      default:
        flags = () => false;
    }
    for (const [key, child, i, count] of childrenOf(node)) stack.push([child, flags(key, i, count)]);
  }
  return forms;
}

function formOf(node, discarded) {
  const { consequent: b, alternate: c } = node;
  if (discarded && inert(c)) return "discarded-and";
  if (discarded && inert(b)) return "discarded-or";
  if (alwaysTruthy(b)) return "truthy";
  if (alwaysFalsy(c)) return "falsy-else";
  if (alwaysTruthy(c)) return "inverse";
  if (alwaysFalsy(b)) return "falsy-then";
  if (discarded) return "discarded";
  return "array";
}

/**
 * Binding strength of what an expression node prints as, for deciding where parentheses are needed; a rewritten
 * conditional prints as `||`, `&&` or a member access, but counts as the weakest so it is always wrapped.
 */
const BINARY = {
  "||": 2,
  "&&": 3,
  "|": 4,
  "^": 5,
  "&": 6,
  "==": 7,
  "!=": 7,
  "===": 7,
  "!==": 7,
  "<": 8,
  ">": 8,
  "<=": 8,
  ">=": 8,
  in: 8,
  instanceof: 8,
  "<<": 9,
  ">>": 9,
  ">>>": 9,
  "+": 10,
  "-": 10,
  "*": 11,
  "/": 11,
  "%": 11,
  "**": 12,
};

function strength(n) {
  switch (n.type) {
    case "SequenceExpression":
      return 0;
    case "LogicalExpression":
    case "BinaryExpression":
      // `??` may not be mixed with `&&`/`||` unparenthesised at all.
      return BINARY[n.operator] || 1;
    case "UnaryExpression":
    case "AwaitExpression":
      return 13;
    case "UpdateExpression":
      return 14;
    case "Identifier":
    case "Literal":
    case "ThisExpression":
    case "Super":
    case "ArrayExpression":
    case "ObjectExpression":
    case "TemplateLiteral":
    case "MemberExpression":
    case "CallExpression":
    case "NewExpression":
    case "TaggedTemplateExpression":
    case "FunctionExpression":
    case "ClassExpression":
      return 15;
    default:
      // Conditional, assignment, arrow function, yield.
      return 1;
  }
}

/** code[start, end) with every conditional inside it rewritten, nested ones included. */
function render(code, start, end, conds, forms) {
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
    // `n` as an operand that must bind at least `min` strongly. Text with the word `in` is wrapped as well: in a
    // for-loop head a bare `in` would end the initialiser (the consequent of `?:` is allowed one, `&&` is not).
    const part = (n, min) => {
      const text = render(code, n.start, n.end, conds, forms);
      return strength(n) >= min && !/\bin\b/.test(text) ? text : `(${text})`;
    };
    const inBrackets = (n) => {
      const text = render(code, n.start, n.end, conds, forms);
      return n.type === "SequenceExpression" ? `(${text})` : text;
    };
    // `!n`, with an equality test negated by its operator rather than by `!(…)`.
    const not = (n) => {
      const flipped = { "==": "!=", "!=": "==", "===": "!==", "!==": "===" }[
        n.type === "BinaryExpression" && n.operator
      ];
      const between = flipped && code.slice(n.left.end, n.right.start);
      if (!between || !/^[\s)]*[=!]==?[\s(]*$/.test(between)) return `!${part(n, 13)}`;
      const text = `${render(code, n.start, n.left.end, conds, forms)}${between.replace(n.operator, flipped)}${render(code, n.right.start, n.end, conds, forms)}`;
      return /\bin\b/.test(text) ? `(${text})` : text;
    };
    const a = c.test;
    const b = c.consequent;
    const e = c.alternate;
    out += code.slice(pos, c.start);
    switch (forms.get(c)) {
      case "truthy":
        out += `${part(a, 3)}&&${part(b, 4)}||${part(e, 3)}`;
        break;
      case "falsy-else":
        out += `(${part(a, 2)}||${part(e, 3)})&&${part(b, 4)}`;
        break;
      case "inverse":
        out += `${not(a)}&&${part(e, 4)}||${part(b, 3)}`;
        break;
      case "falsy-then":
        out += `(${not(a)}||${part(b, 3)})&&${part(e, 4)}`;
        break;
      case "discarded-and":
        out += `${part(a, 3)}&&${part(b, 4)}`;
        break;
      case "discarded-or":
        out += `${part(a, 2)}||${part(e, 3)}`;
        break;
      case "discarded":
        out += `${part(a, 3)}&&(${render(code, b.start, b.end, conds, forms)},1)||${part(e, 3)}`;
        break;
      default:
        out += `(${part(a, 3)}&&[${inBrackets(b)}]||[${inBrackets(e)}])[0]`;
    }
    pos = c.end;
  }
  return out + code.slice(pos, end);
}

/**
 * The statement and declaration kinds of a program, in order. A rewrite changes expressions only, so this must not
 * change; it would if a new leading `(` joined a line to the one before it, or a bare `in` turned `for(;;)` into
 * `for-in`.
 */
function statementShape(ast) {
  const kinds = [];
  const stack = [ast];
  while (stack.length) {
    const node = stack.pop();
    if (/Statement$|Declaration$/.test(node.type)) kinds.push(node.type);
    const children = [...childrenOf(node)].map(([, child]) => child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return kinds.join(" ");
}

/** The script without conditional expressions, how many there were, and how many each form took. */
function removeConditionals(code) {
  const ast = parse(code);
  const conds = conditionalsOf(ast);
  const byForm = {};
  if (conds.length === 0) return { code, count: 0, byForm };
  const forms = chooseForms(ast);
  for (const form of forms.values()) byForm[form] = (byForm[form] || 0) + 1;
  const out = render(code, 0, code.length, conds, forms);
  // The result must parse and be free of conditionals; anything else is a bug here, not in the product.
  const outAst = parse(out);
  const left = conditionalsOf(outAst).length;
  if (left !== 0) throw new Error(`no-conditionals: ${left} conditional expressions left after rewriting`);
  if (statementShape(outAst) !== statementShape(ast))
    throw new Error("no-conditionals: the rewrite changed statements");
  return { code: out, count: conds.length, byForm };
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
          const logger = compilation.getLogger("NoConditionalsPlugin");
          for (const name of Object.keys(assets)) {
            if (!this.test.test(name)) continue;
            const { code, count, byForm } = removeConditionals(assets[name].source().toString());
            compilation.updateAsset(name, new sources.RawSource(code));
            // `--stats-logging log` shows it: the array form is the one that allocates.
            logger.log(`${name}: ${count} conditional expressions rewritten, ${JSON.stringify(byForm)}`);
          }
        },
      );
    });
  }
}

module.exports = { NoConditionalsPlugin, removeConditionals };
