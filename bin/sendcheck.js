#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm ci` (the prepare script); this file only hands it the process.
const { main } = require("../lib/cli/main.js");
main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
}).then((code) => {
  process.exitCode = code;
});
