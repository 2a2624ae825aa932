import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { auditCsv, auditRecord, isoWeek, parseAuditValue } from "../../src/cli/audit";
import { main } from "../../src/cli/main";
import { auditHeaderValue } from "../../src/office/audit-header";
import { ROOT } from "../helpers/mail";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

interface Sent {
  from: string;
  date?: string;
  header?: string;
  extra?: string[];
}

function eml(s: Sent): string {
  return [
    `From: ${s.from}`,
    "To: tanto@alpha-kaisha.co.jp",
    "Subject: =?UTF-8?B?6LOH5paZ6YCB5LuY?=",
    ...(s.date ? [`Date: ${s.date}`] : []),
    ...(s.header ? [`X-SendCheck: ${s.header}`] : []),
    ...(s.extra ?? []),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    // A body line that looks like a header must not count: only the header block is read.
    "X-SendCheck: v=1; decision=warn; findings=ppap.zip; policy=000000000000; addin=0.1.0",
    "",
  ].join("\r\n");
}

/** The header exactly as the add-in writes it, so a change to its format breaks this test. */
const header = (decision: "warn" | "error", ids: string[]) =>
  auditHeaderValue({
    decision,
    findings: ids.map((messageId) => ({ messageId })),
    policyHash: "1a2b3c4d5e6f",
    version: "0.1.0",
  });

function sentFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "sendcheck-audit-"));
  const mails: Record<string, Sent> = {
    "a.eml": {
      from: "=?UTF-8?B?5L2Q6Jek?= <sato@kikaku.example.go.jp>",
      date: "Mon, 30 Nov 2026 00:30:00 +0900",
      header: header("warn", ["bcc-expected.organisations", "external-confidential.confidential"]),
    },
    "b.eml": {
      from: "suzuki@kikaku.example.go.jp",
      date: "Wed, 2 Dec 2026 10:00:00 +0900",
      header: header("warn", ["bcc-expected.organisations"]),
    },
    "c.eml": {
      from: "Tanaka <tanaka@jinji.example.go.jp>",
      date: "Tue, 24 Nov 2026 18:00:00 +0900",
      header: header("error", []),
    },
    "d.eml": { from: "kato@jinji.example.go.jp", date: "Tue, 24 Nov 2026 18:05:00 +0900" },
    "e.eml": {
      from: "ito@kikaku.example.go.jp",
      date: "Thu, 26 Nov 2026 09:00:00 +0900",
      extra: ["X-SendCheck-Transport: confidential-2; policy=1a2b3c4d5e6f"],
    },
    "f.eml": { from: "mori@example.go.jp", date: "Thu, 26 Nov 2026 09:10:00 +0900", header: "something else entirely" },
  };
  for (const [name, spec] of Object.entries(mails)) writeFileSync(join(dir, name), eml(spec));
  // A folded header (a long value continued on the next line) and a nested folder.
  mkdirSync(join(dir, "2026-11"));
  writeFileSync(
    join(dir, "2026-11", "g.eml"),
    eml({
      from: "sato@kikaku.example.go.jp",
      date: "Fri, 27 Nov 2026 12:00:00 +0900",
      header: "v=1; decision=warn;\r\n findings=lookalike-domain.similar,ppap.zip,+2; policy=1a2b3c4d5e6f; addin=0.1.0",
    }),
  );
  return dir;
}

describe("sendcheck audit: reading the header", () => {
  test("parses what the add-in writes, check ids once each, the +N tail counted", () => {
    const v = header("warn", ["bcc-expected.organisations", "bcc-expected.addresses", "ppap.zip"]);
    expect(parseAuditValue(v)).toEqual({
      decision: "warn",
      checks: ["bcc-expected", "ppap"],
      omitted: 0,
      policy: "1a2b3c4d5e6f",
    });
    expect(parseAuditValue("v=1; decision=warn; findings=ppap.zip,+3; policy=x")?.omitted).toBe(3);
    expect(parseAuditValue("v=2; decision=warn")).toBeUndefined();
    expect(parseAuditValue("decision=warn; findings=ppap.zip")).toBeUndefined();
  });

  test("ISO weeks follow the sender's own offset and the Thursday rule at year ends", () => {
    // Monday 00:30 in Tokyo is still Sunday in UTC: the sender's week is W49, not W48.
    expect(isoWeek("Mon, 30 Nov 2026 00:30:00 +0900")).toBe("2026-W49");
    expect(isoWeek("Sun, 29 Nov 2026 23:59:00 +0900")).toBe("2026-W48");
    expect(isoWeek("Mon, 30 Nov 2026 00:30:00 +0900 (JST)")).toBe("2026-W49");
    expect(isoWeek("Mon, 29 Dec 2025 09:00:00 +0900")).toBe("2026-W01");
    expect(isoWeek("Fri, 1 Jan 2027 09:00:00 +0900")).toBe("2026-W53");
    expect(isoWeek("not a date")).toBe("");
    expect(isoWeek(undefined)).toBe("");
  });

  test("a mail without our header, or with a header of another format, is no record", () => {
    expect(auditRecord("x.eml", eml({ from: "a@example.go.jp" }))).toBeUndefined();
    expect(auditRecord("x.eml", eml({ from: "a@example.go.jp", header: "v=one" }))).toBeUndefined();
  });
});

describe("sendcheck audit DIR", () => {
  const dir = sentFolder();

  test("the Japanese table counts sent-after-warning mails per check, week, domain and record type", async () => {
    const r = await run("audit", dir);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("対象 7 通のうち、警告後に送信 4 通 / サーバーのルールが付与 1 通");
    const line = (label: string) => r.out.split("\n").find((l) => l.startsWith(label)) ?? "";
    expect(line("bcc-expected")).toMatch(/\s2$/);
    expect(line("external-confidential")).toMatch(/\s1$/);
    expect(line("ppap")).toMatch(/\s1$/);
    expect(line("2026-W48")).toMatch(/\s2$/);
    expect(line("2026-W49")).toMatch(/\s2$/);
    expect(line("kikaku.example.go.jp")).toMatch(/\s3$/);
    expect(line("jinji.example.go.jp")).toMatch(/\s1$/);
    expect(line("チェック失敗")).toMatch(/\s1$/);
    expect(r.out).toMatch(/ヘッダーに入りきらなかった指摘 2 件/);
    // The body line that imitates the header was not counted: ppap appears once (from g.eml's header).
    expect(r.out).toMatch(/チェック別/);
  });

  test("--lang en", async () => {
    const r = await run("audit", "--lang", "en", dir);
    expect(r.out.split("\n")[0]).toBe("4 of 7 mails were sent after a warning / 1 tagged by the server rules");
    expect(r.out).toMatch(/By ISO week/);
    expect(r.out).toMatch(/check failed\s+1/);
  });

  test("--format csv gives dimension,key,mails rows that add up", async () => {
    const r = await run("audit", "--format", "csv", dir);
    const rows = r.out.split("\r\n").map((l) => l.split(","));
    expect(rows[0]).toEqual(["dimension", "key", "mails"]);
    const get = (d: string, k: string) => rows.find((x) => x[0] === d && x[1] === k)?.[2];
    expect(get("total", "read")).toBe("7");
    expect(get("total", "sent-after-warning")).toBe("4");
    expect(get("total", "server-tagged")).toBe("1");
    expect(get("check", "bcc-expected")).toBe("2");
    expect(get("check", "lookalike-domain")).toBe("1");
    expect(get("week", "2026-W49")).toBe("2");
    expect(get("domain", "jinji.example.go.jp")).toBe("1");
    expect(get("decision", "error")).toBe("1");
    const weeks = rows.filter((x) => x[0] === "week").reduce((n, x) => n + Number(x[2]), 0);
    expect(weeks).toBe(4);
  });

  test("CSV fields that Excel would run as formulas are defused and quoted", () => {
    const csv = auditCsv({
      mails: 1,
      unreadable: 0,
      serverTagged: 0,
      records: [
        { file: "x", domain: "=cmd|' /c calc'!a0", week: "", decision: "warn", checks: [], omitted: 0, policy: "" },
      ],
    });
    expect(csv).toContain(`domain,'=cmd|' /c calc'!a0,1`);
    expect(csv).not.toMatch(/,=cmd/);
  });

  test("an empty folder says so; an unreadable path is reported and exits 2; bad flags are usage errors", async () => {
    const empty = mkdtempSync(join(tmpdir(), "sendcheck-audit-"));
    const none = await run("audit", empty);
    expect(none.out).toMatch(/警告後に送信されたメールはありません/);
    const missing = await run("audit", join(empty, "nope.eml"));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/ファイルがありません/);
    expect((await run("audit", "--lang", "en", join(empty, "nope.eml"))).err).toMatch(/no such file/);
    expect((await run("audit", "--format", "xml", empty)).code).toBe(2);
    expect((await run("audit")).code).toBe(2);
  });
});

// Where test/cli/realmail.test.ts finds it: beside the project, or wherever SENDCHECK_REALMAIL says.
const REALMAIL = process.env["SENDCHECK_REALMAIL"] ?? join(ROOT, "..", "shared", "corpus", "realmail");

(existsSync(REALMAIL) ? test : test.skip)(
  "the real-mail corpus is read without a crash or a false record",
  async () => {
    const r = await run("audit", "--format", "csv", REALMAIL);
    expect(r.code).toBe(0);
    const rows = r.out.split("\r\n").map((l) => l.split(","));
    const count = readdirSync(REALMAIL, { recursive: true }).filter((n) => String(n).endsWith(".eml")).length;
    expect(rows.find((x) => x[1] === "read")?.[2]).toBe(String(count));
    expect(rows.find((x) => x[1] === "sent-after-warning")?.[2]).toBe("0");
  },
);
