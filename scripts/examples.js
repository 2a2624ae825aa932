#!/usr/bin/env node
"use strict";
// `npm run examples`: run the real send check over the bundled example mails with
// the example policy and print the table a reviewer reads (extra arguments go to `sendcheck check`).
const { existsSync } = require("node:fs");
const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

const root = join(__dirname, "..");
if (!existsSync(join(root, "lib", "cli", "main.js"))) {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: root,
    stdio: "inherit",
  });
}
const { main } = require("../lib/cli/main.js");
process.chdir(root);
const args = ["check", "--policy", "config/policy.example.json", ...process.argv.slice(2), "examples"];
main(args, { out: (t) => console.log(t), err: (t) => console.error(t) }).then((code) => {
  process.exitCode = code;
});
