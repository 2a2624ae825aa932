/**
 * An administrator's mistake in `npm run build -- --env …` is told in plain words, in Japanese unless --env lang=en,
 * and stops the build without webpack-cli's stack trace. Runs only the config function (under a second a case).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/mail";

const webpack = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");

/** A policy with two mistakes an administrator could make: no own domain, and an unknown onError value. */
function badPolicy(): string {
  const file = join(mkdtempSync(join(tmpdir(), "sendcheck-bad-policy-")), "policy.json");
  writeFileSync(file, JSON.stringify({ version: 1, organisation: { name: "架空庁", domains: [] }, onError: "たぶん" }));
  return file;
}

function build(...env: string[]) {
  // The event script's configuration alone: the policy is read before anything is compiled.
  const args = [webpack, "--mode", "production", "--config-name", "launchevent"];
  for (const e of env) args.push("--env", e);
  args.push("--output-path", mkdtempSync(join(tmpdir(), "sendcheck-out-")));
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, text: r.stdout + r.stderr };
}

const STACK = /^\s+at .+\(?.*:\d+:\d+\)?$/m;

describe("a bad --env stops the build cleanly", () => {
  test("an invalid policy: the validator's messages in Japanese, exit 2, no stack trace", () => {
    const file = badPolicy();
    const r = build(`policy=${file}`);
    expect(r.status).toBe(2);
    expect(r.text).toContain("ポリシーに誤りがあるため、ビルドを中止しました。");
    expect(r.text).toContain(`${file}: 誤りが2件あります`);
    expect(r.text).toMatch(/^\$\.organisation\.domains: .*1要素以上/m);
    expect(r.text).toMatch(/^\$\.onError: .*"allow"/m);
    expect(r.text).not.toMatch(STACK);
    expect(r.text).not.toContain("webpack.config.js");
  });

  test("--env lang=en: the same messages in English", () => {
    const file = badPolicy();
    const r = build(`policy=${file}`, "lang=en");
    expect(r.status).toBe(2);
    expect(r.text).toContain(`${file}: 2 error(s)`);
    expect(r.text).toMatch(/^\$\.organisation\.domains: Too small/m);
    expect(r.text).not.toMatch(/[ぁ-ん]/);
    expect(r.text).not.toMatch(STACK);
  });

  test("a policy file that does not exist, and a malformed version, are told the same way", () => {
    const missing = build(`policy=${join(tmpdir(), "sendcheck-no-such-policy.json")}`);
    expect(missing.status).toBe(2);
    expect(missing.text).toContain("を読めません: ファイルがありません");
    expect(missing.text).not.toMatch(STACK);
    const version = build("version=latest");
    expect(version.status).toBe(2);
    expect(version.text).toContain("--env version は 1.2.3.4 の形");
    expect(version.text).not.toMatch(STACK);
  });

  test("called from code (npm start, tests), the config function still throws", () => {
    const config = require("../../webpack.config.js");
    expect(() => config({ policy: badPolicy() }, { mode: "production" })).toThrow(config.BuildInputError);
    expect(() => config({ policy: badPolicy() }, { mode: "production" })).toThrow(/\$\.onError/);
  });
});
