"use strict";
/**
 * Builds dist/ for the tests that read it, only when it is stale: `npm test` runs the unit tests without any build,
 * the event-bundle tests after building the event script alone (webpack's "launchevent" configuration, seconds),
 * and the browser tests after the pages are built too. A second run with nothing changed builds nothing.
 *
 * Stale = an output is missing, or any input (src/, config/, assets/, scripts/, manifest.xml, webpack.config.js,
 * package-lock.json) is newer than the oldest output of that configuration. SENDCHECK_REBUILD=1 forces the build.
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const INPUTS = ["src", "config", "assets", "scripts", "manifest.xml", "webpack.config.js", "package-lock.json"];
/** What each webpack configuration (by name) writes; its oldest file decides whether it is stale. */
const OUTPUTS = {
  launchevent: ["launchevent.js", "commands.html", "manifest.xml", "guidance/ja/index.html"],
  pages: ["taskpane.js", "taskpane.html", "report.html", "admin.html", "simulator.html"],
};

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

function oldestOutput(name) {
  let oldest = Infinity;
  for (const file of OUTPUTS[name]) {
    try {
      oldest = Math.min(oldest, fs.statSync(path.join(ROOT, "dist", file)).mtimeMs);
    } catch {
      return 0;
    }
  }
  return oldest;
}

function isStale(name) {
  if (process.env.SENDCHECK_REBUILD === "1") return true;
  const inputs = Math.max(...INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  return oldestOutput(name) < inputs;
}

/** Builds the named webpack configurations that are stale, in one webpack run; throws if the build fails. */
function ensureFresh(names) {
  const stale = names.filter(isStale);
  if (stale.length === 0) return [];
  const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const args = [cli, "--mode", "production", ...stale.flatMap((n) => ["--config-name", n])];
  process.stdout.write(`\nbuilding dist/ (${stale.join(", ")}) for the tests that read it\n`);
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`webpack ${stale.join(", ")} failed (exit ${r.status})`);
  return stale;
}

module.exports = { ensureFresh, isStale };
