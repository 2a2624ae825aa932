#!/usr/bin/env node
"use strict";
// `npm run bench`: every figure the issues name, printed on one run so ratios compare like with like.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const suites = ["engine", "attachments", "send"];

(async () => {
  for (const name of suites) {
    const file = join(__dirname, `${name}.js`);
    if (!existsSync(file)) continue;
    console.log(`\n== ${name} ==`);
    await require(file).run();
  }
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
