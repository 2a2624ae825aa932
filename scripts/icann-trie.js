"use strict";
/**
 * The Public Suffix List data of tldts, reduced to its ICANN section for the event bundle (a webpack loader).
 *
 * Why: sendcheck only ever asks tldts with allowPrivateDomains false (src/core/domains/registrable.ts,
 * src/core/suspicious/link-target.ts), so the private section (about two fifths of the list) is dead weight in
 * launchevent.js: bytes every Outlook event downloads and a per-load pass over labels it never matches.
 *
 * The data is tldts' flat trie (dist/es6/src/data/trie.js): nodes with flags (1 ICANN, 2 private), each node's edges
 * (sorted by label hash) with a label and a child node, and two roots (rules, exceptions). The reduction keeps every
 * lookup with the ICANN mask exactly as it was:
 *   - an edge is kept when an ICANN-flagged node can be reached through it;
 *   - an explicit edge of a node that also has a `*` edge is kept even without ICANN below it, pointing to an empty
 *     node, because dropping it would let the wildcard match where the explicit label used to stop the walk;
 *   - flags keep their ICANN bit only.
 * test/launchevent/icann-trie.test.ts compares lookups on the full and reduced data for every rule in the list.
 */
const vm = require("node:vm");

const NAMES = ["nodeFlags", "edgeStart", "edgeLength", "edgeChild", "labelText", "rulesRoot", "exceptionsRoot"];

/** Evaluates tldts' ESM data module (only `export const` declarations) into plain values. */
function parseTrieModule(source) {
  const script = source.replace(/^export const /gm, "exports.");
  const exports = {};
  vm.runInNewContext(script, { exports, Uint8Array, Uint16Array, Uint32Array, Int32Array });
  for (const n of NAMES) if (exports[n] === undefined) throw new Error(`icann-trie: tldts data lacks ${n}`);
  return exports;
}

function filterIcann(d) {
  const nodes = d.nodeFlags.length;
  const offsets = new Uint32Array(d.edgeLength.length);
  for (let node = 0, off = 0; node < nodes; node++) {
    for (let e = d.edgeStart[node]; e < d.edgeStart[node + 1]; e++) {
      offsets[e] = off;
      off += d.edgeLength[e];
    }
  }
  const label = (e) => d.labelText.slice(offsets[e], offsets[e] + d.edgeLength[e]);

  // Whether an ICANN-flagged node is reachable from each node (the trie is acyclic and a few labels deep).
  const icannBelow = new Int8Array(nodes).fill(-1);
  const hasIcann = (node) => {
    if (icannBelow[node] !== -1) return icannBelow[node] === 1;
    let found = (d.nodeFlags[node] & 1) !== 0;
    for (let e = d.edgeStart[node]; e < d.edgeStart[node + 1]; e++) if (hasIcann(d.edgeChild[e])) found = true;
    icannBelow[node] = found ? 1 : 0;
    return found;
  };
  for (let n = 0; n < nodes; n++) hasIcann(n);

  // Kept nodes, numbered in the order they are reached; `dead` is the empty node for wildcard-guarding edges.
  const newId = new Map();
  const order = [];
  const visit = (n) => {
    if (newId.has(n)) return newId.get(n);
    newId.set(n, order.length);
    order.push(n);
    return newId.get(n);
  };
  const DEAD = -1;
  const roots = [d.rulesRoot, d.exceptionsRoot].map(visit);
  const kept = []; // per new node: list of [labelString, oldChild|DEAD]
  for (let i = 0; i < order.length; i++) {
    const node = order[i];
    const edges = [];
    if (node !== DEAD) {
      let wildcard = false;
      for (let e = d.edgeStart[node]; e < d.edgeStart[node + 1]; e++) if (label(e) === "*") wildcard = true;
      for (let e = d.edgeStart[node]; e < d.edgeStart[node + 1]; e++) {
        const child = d.edgeChild[e];
        if (icannBelow[child] === 1) {
          visit(child);
          edges.push([label(e), child]);
        } else if (wildcard) {
          visit(DEAD);
          edges.push([label(e), DEAD]);
        }
      }
    }
    kept.push(edges);
  }

  const flags = new Uint8Array(order.length);
  order.forEach((n, i) => (flags[i] = n === DEAD ? 0 : d.nodeFlags[n] & 1));
  const total = kept.reduce((a, es) => a + es.length, 0);
  const edgeStart = new Uint16Array(order.length + 1);
  const edgeLength = new Uint8Array(total);
  const edgeChild = new Uint16Array(total);
  let text = "";
  let k = 0;
  kept.forEach((edges, i) => {
    edgeStart[i] = k;
    for (const [l, child] of edges) {
      edgeLength[k] = l.length;
      edgeChild[k] = newId.get(child);
      text += l;
      k++;
    }
  });
  edgeStart[order.length] = k;
  if (order.length > 65535 || k > 65535) throw new Error("icann-trie: does not fit 16-bit indices");
  return {
    nodeFlags: flags,
    edgeStart,
    edgeLength,
    edgeChild,
    labelText: text,
    rulesRoot: roots[0],
    exceptionsRoot: roots[1],
  };
}

/**
 * The reduced trie as a module that rebuilds tldts' arrays at load from strings instead of four number lists (about
 * 2 KiB less gzip in launchevent.js; the label text is tldts' own). `shape` has one character per edge, in tldts'
 * order, and a space after each node's edges: "A"+length-1 when the child is the shared leaf, "a"+length-1 when it is
 * the next node not seen yet (tldts numbers nodes in the order they are reached), "!" for any other edge, whose
 * length and child follow in `other`. Flags are one digit per node. Decoding is one pass over `shape` (no per-edge
 * strings: a fresh runtime per event interprets it cold), and moduleSource checks that it gives back exactly the
 * arrays it was given.
 */
function encodeTrie(d) {
  const nodes = d.nodeFlags.length;
  const uses = new Map();
  for (const c of d.edgeChild) uses.set(c, (uses.get(c) || 0) + 1);
  const leaf = [...uses.entries()].sort((a, b) => b[1] - a[1])[0][0];
  let next = Math.max(d.rulesRoot, d.exceptionsRoot) + 1;
  const first = next;
  let shape = "";
  const other = [];
  for (let node = 0; node < nodes; node++) {
    for (let e = d.edgeStart[node]; e < d.edgeStart[node + 1]; e++) {
      const length = d.edgeLength[e];
      const child = d.edgeChild[e];
      if (length >= 1 && length <= 26 && child === next) {
        shape += String.fromCharCode(96 + length);
        next++;
      } else if (length >= 1 && length <= 26 && child === leaf) shape += String.fromCharCode(64 + length);
      else {
        shape += "!";
        other.push(length, child);
        if (child === next) next++;
      }
    }
    shape += " ";
  }
  const flags = Array.from(d.nodeFlags).join("");
  if (!/^[0-9]*$/.test(flags)) throw new Error("icann-trie: flags do not fit one digit");
  return { shape, other, flags, leaf, first };
}

/** Runs in the bundle (ES2016, once at load, before tldts derives its hashes): the inverse of encodeTrie. */
const DECODE = `function (shape, other, flags, leaf, next) {
  const nodes = flags.length;
  const edges = shape.length - nodes;
  const nodeFlags = new Uint8Array(nodes);
  const edgeStart = new Uint16Array(nodes + 1);
  const edgeLength = new Uint8Array(edges);
  const edgeChild = new Uint16Array(edges);
  let node = 0;
  let edge = 0;
  let o = 0;
  // No else branches: the minifier would make them conditional expressions, which NoConditionalsPlugin rewrites into
  // array allocations (several per edge, milliseconds at every load).
  for (let i = 0; i < shape.length; i++) {
    const c = shape.charCodeAt(i);
    if (c === 32) {
      nodeFlags[node] = flags.charCodeAt(node) - 48;
      node++;
      edgeStart[node] = edge;
    }
    if (c !== 32) {
      let length = c - 64;
      let child = leaf;
      if (c > 96) {
        length = c - 96;
        child = next;
        next++;
      }
      if (c === 33) {
        length = other[o];
        child = other[o + 1];
        if (child === next) next++;
        o += 2;
      }
      edgeLength[edge] = length;
      edgeChild[edge] = child;
      edge++;
    }
  }
  return [nodeFlags, edgeStart, edgeLength, edgeChild];
}`;

function moduleSource(d) {
  const { shape, other, flags, leaf, first } = encodeTrie(d);
  const source = [
    "// tldts' public-suffix trie, ICANN section only (scripts/icann-trie.js). Generated at build time.",
    `const trie = (${DECODE})(${JSON.stringify(shape)}, [${other.join(",")}], ${JSON.stringify(flags)}, ${leaf}, ${first});`,
    "export const nodeFlags = trie[0];",
    "export const edgeStart = trie[1];",
    "export const edgeLength = trie[2];",
    "export const edgeChild = trie[3];",
    `export const labelText = ${JSON.stringify(d.labelText)};`,
    `export const rulesRoot = ${d.rulesRoot};`,
    `export const exceptionsRoot = ${d.exceptionsRoot};`,
    "",
  ].join("\n");
  // The encoding must give back tldts' arrays exactly (same lookups, same binary-search order): checked every build.
  const back = parseTrieModule(source);
  for (const n of NAMES) {
    const a = typeof d[n] === "object" ? Array.from(d[n]).join(",") : String(d[n]);
    const b = typeof back[n] === "object" ? Array.from(back[n]).join(",") : String(back[n]);
    if (a !== b || Object.prototype.toString.call(d[n]) !== Object.prototype.toString.call(back[n]))
      throw new Error(`icann-trie: encoded ${n} does not decode to the same data`);
  }
  return source;
}

/** The webpack loader: tldts/dist/es6/src/data/trie.js in, its ICANN-only equivalent out. */
function icannTrieLoader(source) {
  return moduleSource(filterIcann(parseTrieModule(source)));
}

module.exports = icannTrieLoader;
module.exports.parseTrieModule = parseTrieModule;
module.exports.filterIcann = filterIcann;
module.exports.moduleSource = moduleSource;
