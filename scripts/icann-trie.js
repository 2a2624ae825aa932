"use strict";
/**
 * The Public Suffix List data of tldts, reduced to what the event bundle looks up (a webpack loader).
 *
 * Why: the event bundle asks tldts for the publicSuffix and domain of normalised ASCII domains, with
 * allowPrivateDomains false (src/core/domains/registrable.ts). Everything else in the list is dead weight in
 * launchevent.js: bytes every Outlook event downloads and a per-load pass over labels it never matches. The report
 * pane and the CLI bundle tldts whole; this loader is used by the launchevent build only.
 *
 * The data is tldts' flat trie (dist/es6/src/data/trie.js): nodes with flags (1 ICANN, 2 private), each node's edges
 * (sorted by label hash) with a label and a child node, and two roots (rules, exceptions). filterIcann keeps every
 * lookup with the ICANN mask exactly as it was:
 *   - an edge is kept when an ICANN-flagged node can be reached through it;
 *   - an explicit edge of a node that also has a `*` edge is kept even without ICANN below it, pointing to an empty
 *     node, because dropping it would let the wildcard match where the explicit label used to stop the walk;
 *   - flags keep their ICANN bit only.
 * forEventBundle then drops what cannot change publicSuffix or domain for an ASCII name (see there), and moduleSource
 * writes the rest as text that a small decoder turns back into tldts' arrays at load. test/launchevent/
 * icann-trie.test.ts compares lookups on the full and reduced data for every rule in the list.
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
 * The rules as nested nodes sorted by label: { label, rule, children }. `rule` is the node's ICANN flag (false on a
 * path node such as kawasaki.jp, which only has *.kawasaki.jp beneath it, and on a wildcard-guarding dead end).
 */
function toTree(d) {
  const offsets = new Uint32Array(d.edgeLength.length);
  for (let node = 0, off = 0; node < d.nodeFlags.length; node++) {
    for (let e = d.edgeStart[node]; e < d.edgeStart[node + 1]; e++) {
      offsets[e] = off;
      off += d.edgeLength[e];
    }
  }
  const walk = (node, depth) => {
    if (depth > 16) throw new Error("icann-trie: the trie is deeper than any rule");
    const out = [];
    for (let e = d.edgeStart[node]; e < d.edgeStart[node + 1]; e++) {
      const child = d.edgeChild[e];
      out.push({
        label: d.labelText.slice(offsets[e], offsets[e] + d.edgeLength[e]),
        rule: (d.nodeFlags[child] & 1) !== 0,
        children: walk(child, depth + 1),
      });
    }
    return out.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  };
  return { rules: walk(d.rulesRoot, 0), exceptions: walk(d.exceptionsRoot, 0) };
}

const ASCII_LABEL = /^[a-z0-9*-]+$/;

/**
 * What the event bundle needs of the ICANN trie: publicSuffix and domain of normalised ASCII host names. Two parts
 * of the list cannot change those and are left out:
 *   - labels outside ASCII (the list has IDN rules twice, in Unicode and as xn--): the bundle only looks up names that
 *     normaliseDomain (src/core/address/parse-address.ts) has turned into [a-z0-9-] labels, which never equal them;
 *   - single-label rules with nothing beneath them (com, brand TLDs): without them the lookup finds no rule and falls
 *     back to the list's implicit `*` rule, which gives the same suffix (the last label) and so the same domain.
 *     Only isIcann differs (false instead of true), which is why nothing in the event bundle may read it
 *     (test/launchevent/icann-trie.test.ts walks the bundle's imports to keep it so).
 */
function forEventBundle(tree) {
  const ascii = (nodes) =>
    nodes.filter((n) => ASCII_LABEL.test(n.label)).map((n) => ({ ...n, children: ascii(n.children) }));
  return { rules: ascii(tree.rules).filter((n) => n.children.length > 0), exceptions: ascii(tree.exceptions) };
}

const djb2 = (label) => {
  let hash = 5381;
  for (let i = label.length - 1; i >= 0; i--) hash = (hash * 33) ^ label.charCodeAt(i);
  return hash >>> 0;
};

/**
 * The children lists of the nodes that have children, in the order the decoder numbers those nodes: the rules root,
 * the exceptions root, then each node in the order its edge appears. Each list is in tldts' order: by the djb2 hash of
 * the label that suffix-trie.js binary-searches (ties, which it scans both ways, by label so the output is stable).
 */
function listsOf(tree) {
  const inHashOrder = (list) =>
    list
      .map((n) => ({ n, hash: djb2(n.label) }))
      .sort((a, b) => a.hash - b.hash || (a.n.label < b.n.label ? -1 : 1))
      .map((x) => x.n);
  const lists = [inHashOrder(tree.rules), inHashOrder(tree.exceptions)];
  for (let i = 0; i < lists.length; i++) {
    for (const n of lists[i]) if (n.children.length > 0) lists.push(inHashOrder(n.children));
  }
  return lists;
}

/**
 * The format: `text` has every label followed by ",", list after list; `shape` one digit per edge: 1 if its node is
 * not a rule, plus 2 if it has children (its list comes later), plus 4 if it ends its list. With the labels
 * separated, their order hardly matters to gzip: what made tldts' layout big was spelling out every label's length,
 * not the hash order. Sorted by name the lists would save 0.4 KiB gzip (1.7 KiB front-coded), but the decoder would
 * then have to hash every label and sort: 2 to 5 ms more per cold load, measured in fresh V8 isolates.
 */
function encodeTree(tree) {
  let text = "";
  let shape = "";
  for (const list of listsOf(tree)) {
    if (list.length === 0) throw new Error("icann-trie: an empty list the decoder cannot take");
    list.forEach((n, i) => {
      if (!ASCII_LABEL.test(n.label) || n.label.length > 255) throw new Error(`icann-trie: cannot encode ${n.label}`);
      text += `${n.label},`;
      shape += String((n.rule ? 0 : 1) + (n.children.length > 0 ? 2 : 0) + (i === list.length - 1 ? 4 : 0));
    });
  }
  return { text, shape };
}

/**
 * Runs in the bundle (ES2016, once at load, before tldts derives its hashes): the text back into tldts' arrays.
 * Nodes 0 and 1 are the leaves every childless rule and non-rule edge share, 2 and 3 the roots, then the nodes with
 * children in list order. One pass over the edges, with native indexOf for the lengths and one native replace for
 * the label text: no per-character loop and no string per edge (cold, in a fresh runtime per event, both cost
 * milliseconds). No conditional operator and no else branch: the minifier would make them conditionals, which
 * NoConditionalsPlugin rewrites into array allocations.
 */
const DECODE = `function (text, shape, nodes) {
  const edges = shape.length;
  const nodeFlags = new Uint8Array(nodes);
  const edgeStart = new Uint16Array(nodes + 1);
  const edgeLength = new Uint8Array(edges);
  const edgeChild = new Uint16Array(edges);
  nodeFlags[0] = 1;
  let node = 2;
  let next = 4;
  let pos = 0;
  for (let e = 0; e < edges; e++) {
    const end = text.indexOf(",", pos);
    edgeLength[e] = end - pos;
    pos = end + 1;
    const f = shape.charCodeAt(e) - 48;
    edgeChild[e] = f & 1;
    if ((f & 2) !== 0) {
      edgeChild[e] = next;
      nodeFlags[next] = 1 - (f & 1);
      next++;
    }
    if ((f & 4) !== 0) {
      node++;
      edgeStart[node] = e + 1;
    }
  }
  return [nodeFlags, edgeStart, edgeLength, edgeChild, text.replace(/,/g, "")];
}`;

/**
 * The module for a (filterIcann) trie: the event bundle's rules as text and the decoder. Checked at every build: the
 * module's arrays must hold the same rules, with each node's edges in tldts' hash order (which rules may be left out
 * is for the tests to check, against tldts' lookup over the full list).
 */
function moduleSource(d) {
  const tree = forEventBundle(toTree(d));
  const { text, shape } = encodeTree(tree);
  const nodes = listsOf(tree).length + 2; // and the two leaves every childless edge shares
  if (nodes > 65535 || shape.length > 65535) throw new Error("icann-trie: the trie outgrew 16-bit indices");
  const source = [
    "// tldts' public-suffix trie for the event bundle (scripts/icann-trie.js): ICANN section, ASCII labels, no",
    "// childless single-label rules. Generated at build time.",
    `const trie = (${DECODE})(${JSON.stringify(text)}, ${JSON.stringify(shape)}, ${nodes});`,
    "export const nodeFlags = trie[0];",
    "export const edgeStart = trie[1];",
    "export const edgeLength = trie[2];",
    "export const edgeChild = trie[3];",
    "export const labelText = trie[4];",
    "export const rulesRoot = 2;",
    "export const exceptionsRoot = 3;",
    "",
  ].join("\n");
  const back = parseTrieModule(source);
  const again = encodeTree(toTree(back));
  if (again.text !== text || again.shape !== shape)
    throw new Error("icann-trie: the module does not decode to the same rules");
  let offset = 0;
  for (let node = 0; node < back.nodeFlags.length; node++) {
    let last = -1;
    for (let e = back.edgeStart[node]; e < back.edgeStart[node + 1]; e++) {
      const hash = djb2(back.labelText.slice(offset, offset + back.edgeLength[e]));
      if (hash < last) throw new Error("icann-trie: decoded edges are not in tldts' hash order");
      last = hash;
      offset += back.edgeLength[e];
    }
  }
  return source;
}

/** The webpack loader: tldts/dist/es6/src/data/trie.js in, the event bundle's reduced equivalent out. */
function icannTrieLoader(source) {
  return moduleSource(filterIcann(parseTrieModule(source)));
}

module.exports = icannTrieLoader;
module.exports.parseTrieModule = parseTrieModule;
module.exports.filterIcann = filterIcann;
module.exports.moduleSource = moduleSource;
module.exports.toTree = toTree;
module.exports.forEventBundle = forEventBundle;
module.exports.encodeTree = encodeTree;
