"use strict";
// Lets Node build tooling (webpack.config.js, bench) load the TypeScript core directly, transpiled by @swc/core on
// the fly, so the build validates the policy with the very schema the add-in uses and never a stale lib/ copy.
const fs = require("node:fs");
const swc = require("@swc/core");

let installed = false;

function installTsRequire() {
  if (installed) return;
  installed = true;
  // require.extensions is deprecated but still the only synchronous hook in Node 20 that needs no extra package.
  require.extensions[".ts"] = function loadTs(module, filename) {
    const { code } = swc.transformSync(fs.readFileSync(filename, "utf8"), {
      filename,
      module: { type: "commonjs" },
      jsc: { parser: { syntax: "typescript" }, target: "es2020" },
      sourceMaps: false,
    });
    module._compile(code, filename);
  };
}

module.exports = { installTsRequire };
