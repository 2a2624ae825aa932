/**
 * Whole webpack builds into a temporary folder (the "browser" project, after the unit tests): a policy that fails
 * validation or a malformed version stops the build; an organisation's build carries its policy and URLs everywhere.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/mail";

describe("the build", () => {
  const webpack = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");

  test("a policy that fails validation fails the build with the validator's message", () => {
    const dir = mkdtempSync(join(tmpdir(), "sendcheck-policy-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ version: 1, organisation: { name: "x", domains: [] }, onError: "maybe" }));
    const r = spawnSync(
      process.execPath,
      [webpack, "--mode", "production", "--env", `policy=${bad}`, "--output-path", dir],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/\$\.organisation\.domains/);
    expect(r.stdout + r.stderr).toMatch(/\$\.onError/);
  });

  test("an organisation's build carries its policy, base URL and a pinned version in the manifest and every bundle", () => {
    const dir = mkdtempSync(join(tmpdir(), "sendcheck-build-"));
    const policy = join(dir, "org-policy.json");
    writeFileSync(
      policy,
      JSON.stringify({
        version: 1,
        organisation: { name: "架空庁", domains: ["kakuu.go.jp"] },
        report: { mailbox: "csirt@kakuu.go.jp" },
      }),
    );
    execFileSync(
      process.execPath,
      [
        webpack,
        "--mode",
        "production",
        "--env",
        "baseUrl=https://mail.example.go.jp/sendcheck",
        "--env",
        `policy=${policy}`,
        "--env",
        "version=2.3.4.5",
        "--output-path",
        dir,
      ],
      { cwd: ROOT, stdio: "pipe", timeout: 240_000 },
    );
    const manifest = readFileSync(join(dir, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain('DefaultValue="https://mail.example.go.jp/sendcheck/launchevent.js"');
    expect(manifest).toContain("<Version>2.3.4.5</Version>");
    const bundle = readFileSync(join(dir, "launchevent.js"), "utf8");
    expect(bundle).toContain("https://mail.example.go.jp/sendcheck/");
    expect(bundle).toContain("kakuu.go.jp");
    expect(bundle).not.toContain("partner.example.co.jp");
    expect(bundle).toContain("2.3.4.5");
    expect(readFileSync(join(dir, "admin.js"), "utf8")).toContain("kakuu.go.jp");
    // The product only: no simulator, stand-in or preview pages in an organisation's build.
    const files = readdirSync(dir);
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "report.html", "admin.html", "commands.html"]));
    expect(files.filter((f) => /simulator|preview/.test(f))).toEqual([]);
    // The panes load office.js from the CDN in <head>, before their own bundle.
    for (const page of ["taskpane.html", "report.html"]) {
      const head = readFileSync(join(dir, page), "utf8").split("</head>")[0] as string;
      const scripts = [...head.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
      expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    }
    expect(readFileSync(join(dir, "guidance", "ja", "2-4.html"), "utf8")).toContain("2章-4");
  });

  test("a malformed --env version stops the build", () => {
    const r = spawnSync(
      process.execPath,
      [webpack, "--mode", "production", "--env", "version=latest", "--output-path", mkdtempSync(join(tmpdir(), "sc-"))],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/--env version は 1\.2\.3\.4 の形/);
  });
});
