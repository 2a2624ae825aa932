import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateFile, main } from "../../src/cli/main";
import { mail, policyWith, ROOT } from "../helpers/mail";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const ex = (name: string) => join(ROOT, "examples", name);

describe("sendcheck check", () => {
  test("--format json prints one object per file with the contract's keys", async () => {
    const r = await run("check", "--format", "json", ex("02-two-organisations-in-cc.eml"), ex("01-internal-clean.eml"));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toHaveLength(2);
    expect(json[0]).toMatchObject({ file: ex("02-two-organisations-in-cc.eml"), decision: "warn" });
    expect(json[0].findings[0]).toMatchObject({ check: "bcc-expected", action: "warn", guidance: "2章-4" });
    expect(json[0].findings[0].message).toMatch(/BCC/);
    expect(json[1]).toMatchObject({ decision: "allow", findings: [] });
  });

  test("every bundled example gets the decision its name promises", async () => {
    const r = await run("check", "--format", "json", join(ROOT, "examples"));
    const byFile = Object.fromEntries(JSON.parse(r.out).map((x: any) => [x.file.split("/").pop(), x.decision]));
    expect(byFile).toEqual({
      "01-internal-clean.eml": "allow",
      "02-two-organisations-in-cc.eml": "warn",
      "03-secret-to-partner.eml": "block",
      "04-forward-of-no-forward.eml": "warn",
      "05-lookalike-domain.eml": "warn",
      "06-confidential-to-freemail.eml": "warn",
      "07-iso-2022-jp-attachment.eml": "warn",
      "08-no-send-internal.eml": "block",
      "09-many-orgs-bcc.eml": "allow",
      "10-marking-inside-docx.eml": "warn",
      "11-ppap.eml": "warn",
    });
  });

  test("attachments are inspected from their bytes: kind, encryption, markings and where", async () => {
    const r = await run("check", "--format", "json", ex("10-marking-inside-docx.eml"), ex("11-ppap.eml"));
    const [docx, ppap] = JSON.parse(r.out);
    expect(docx.attachments[0]).toMatchObject({ name: "報告書.docx", kind: "ooxml", encryption: "not-encrypted" });
    expect(docx.attachments[0].markings).toContainEqual({ marking: "機密性2", where: "word/header1.xml" });
    expect(docx.findings.map((f: any) => f.check)).toEqual(
      expect.arrayContaining(["external-confidential", "unencrypted-attachment"]),
    );
    expect(ppap.attachments[0]).toMatchObject({ kind: "zip", encryption: "encrypted" });
    expect(ppap.findings.map((f: any) => f.check)).toContain("ppap");
  });

  test("--lang en renders English; the table names decisions and guidance", async () => {
    const en = await run("check", "--lang", "en", ex("03-secret-to-partner.eml"));
    expect(en.out).toContain("Cannot be sent");
    expect(en.out).toContain("1章-3");
    const ja = await run("check", ex("03-secret-to-partner.eml"));
    expect(ja.out).toContain("送信不可");
  });

  test("a folder run ends with counts by decision and by check", async () => {
    const r = await run("check", "--lang", "en", join(ROOT, "examples"));
    expect(r.out).toContain("Summary (11 mails)");
    expect(r.out).toMatch(/OK to send: 2 {3}Check before sending: 7 {3}Cannot be sent: 2/);
    expect(r.out).toMatch(/external-confidential\s+6\s+5\s+1/);
  });

  test("--fail-on exits 1 when a decision reaches the level", async () => {
    expect((await run("check", "--fail-on", "block", ex("02-two-organisations-in-cc.eml"))).code).toBe(0);
    expect((await run("check", "--fail-on", "warn", ex("02-two-organisations-in-cc.eml"))).code).toBe(1);
    expect((await run("check", "--fail-on", "block", ex("03-secret-to-partner.eml"))).code).toBe(1);
  });

  test("an unreadable file exits 2 with one line, and the other files are still printed", async () => {
    const r = await run(
      "check",
      "--format",
      "json",
      join(ROOT, "no-such.eml"),
      join(ROOT, "test/fixtures/eml/not-a-mail.eml"),
      ex("01-internal-clean.eml"),
    );
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(2);
    // Read errors follow --lang like the rest of the output (Japanese by default).
    expect(r.err).toMatch(/no-such\.eml: ファイルがありません/);
    expect(r.err).toMatch(/not-a-mail\.eml: not an e-mail/);
    expect(JSON.parse(r.out)).toHaveLength(1);
    const en = await run("check", "--format", "json", "--lang", "en", join(ROOT, "no-such.eml"));
    expect(en.err).toMatch(/no-such\.eml: no such file/);
  });

  test("an engine failure is reported as such (exit 3, engineErrors), not as an unreadable file", async () => {
    // An inspector that hands the engine text it cannot scan stands in for a defect inside evaluation.
    const broken = (files: readonly unknown[]) =>
      files.map(() => ({
        kind: "other" as const,
        encryption: "unknown" as const,
        texts: [{ where: "x", text: null as unknown as string }],
      }));
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      ["check", "--format", "json", ex("10-marking-inside-docx.eml"), ex("01-internal-clean.eml")],
      { out: (t) => out.push(t), err: (t) => err.push(t) },
      broken,
    );
    expect(code).toBe(3);
    expect(err.join("\n")).toMatch(/10-marking-inside-docx\.eml: engine error: evaluation failed: /);
    expect(err.join("\n")).not.toMatch(/01-internal-clean/);
    const json = JSON.parse(out.join("\n"));
    expect(json).toHaveLength(2);
    expect(json[0].engineErrors).toEqual([expect.stringMatching(/^evaluation failed: /)]);
    expect(json[0].decision).toBe("warn"); // the example policy's onError, as the send handler would decide
    expect(json[1]).toMatchObject({ decision: "allow", engineErrors: [] });
    const table: string[] = [];
    await main(
      ["check", "--lang", "en", ex("10-marking-inside-docx.eml")],
      { out: (t) => table.push(t), err: () => {} },
      broken,
    );
    expect(table.join("\n")).toMatch(/engine error: evaluation failed: /);
  });

  test("a check that throws inside the engine is an engine error too", () => {
    const snapshot = mail({ to: ["a@alpha.co.jp", "b@beta.co.jp"], subject: "【機密性２】資料" });
    const policy = policyWith();
    const checks = policy.checks as Record<string, unknown>;
    // The check reads its parameters from here; a getter that throws makes exactly one check fail.
    const original = checks["bcc-expected"] as object;
    Object.defineProperty(checks, "bcc-expected", {
      get: () => ({
        ...original,
        get minOrganisations(): number {
          throw new Error("boom");
        },
      }),
    });
    const result = evaluateFile("x.eml", snapshot, policy);
    expect(result.engineErrors).toEqual([expect.stringContaining("check bcc-expected failed: boom")]);
    expect(evaluateFile("x.eml", snapshot, policyWith()).engineErrors).toEqual([]);
  });

  test("a bad policy exits 2 and names the JSON path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sendcheck-"));
    const bad = join(dir, "policy.json");
    writeFileSync(bad, JSON.stringify({ version: 1, organisation: { name: "x", domains: ["example..go.jp"] } }));
    const r = await run("check", "--policy", bad, ex("01-internal-clean.eml"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("$.organisation.domains[0]");
  });

  test("usage errors exit 2 with the usage text", async () => {
    for (const argv of [
      [],
      ["frobnicate"],
      ["check"],
      ["check", "--format", "xml", "a.eml"],
      ["check", "--bogus", "a.eml"],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain("usage:");
    }
  });
});

describe("sendcheck policy validate", () => {
  test("the example policy is valid", async () => {
    const r = await run("policy", "validate", join(ROOT, "config", "policy.example.json"));
    expect(r.code).toBe(0);
  });

  test("each error is printed with its path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sendcheck-"));
    const bad = join(dir, "policy.json");
    writeFileSync(
      bad,
      JSON.stringify({ version: 1, organisation: { name: "x", domains: [] }, onError: "maybe", extra: 1 }),
    );
    const r = await run("policy", "validate", "--lang", "en", bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain("$.organisation.domains");
    expect(r.err).toContain("$.onError");
    expect(r.err).toContain('unknown key "extra"');
    const ja = await run("policy", "validate", bad);
    expect(ja.code).toBe(2);
    expect(ja.err).toContain('不明なキー "extra"');
    expect(ja.err).toContain(`${bad}: 誤りが3件あります`);
    expect(r.err).toContain(`${bad}: 3 error(s)`);
  });

  test("a policy file that is not there is reported in the language asked for", async () => {
    const missing = join(mkdtempSync(join(tmpdir(), "sendcheck-")), "policy.json");
    const ja = await run("policy", "validate", missing);
    expect(ja.code).toBe(2);
    expect(ja.err).toBe(`${missing}: 誤りが1件あります\n$: ${missing} を読めません: ファイルがありません`);
    const en = await run("policy", "validate", "--lang", "en", missing);
    expect(en.err).toBe(`${missing}: 1 error(s)\n$: cannot read ${missing}: no such file`);
    const check = await run("check", "--policy", missing, ex("01-internal-clean.eml"));
    expect(check.code).toBe(2);
    expect(check.err).toContain("ファイルがありません");
  });
});

describe("the installed command", () => {
  test("npx sendcheck runs from the compiled lib/ with real exit codes", () => {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
    const ok = spawnSync(
      process.execPath,
      [
        join(ROOT, "bin", "sendcheck.js"),
        "check",
        "--format",
        "json",
        "--fail-on",
        "block",
        "examples/03-secret-to-partner.eml",
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(ok.status).toBe(1);
    expect(JSON.parse(ok.stdout)[0].decision).toBe("block");
  });
});

describe("help", () => {
  test.each([["--help"], ["help"], ["check", "--help"], ["policy", "validate", "-h"], ["audit", "--help"]])(
    "sendcheck %s prints the usage and exits 0",
    async (...argv: string[]) => {
      const r = await run(...argv);
      expect(r.code).toBe(0);
      expect(r.out).toContain("sendcheck check [--policy FILE]");
      expect(r.err).toBe("");
    },
  );

  test("a file named --help after -- is a file, not a request for help", async () => {
    const r = await run("check", "--", "--help");
    expect(r.code).toBe(2);
    expect(r.err).not.toBe("");
  });
});
