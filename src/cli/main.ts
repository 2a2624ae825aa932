import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { inspectAll } from "../core/attachments/index";
import { buildContext } from "../core/checks/context";
import { evaluate } from "../core/engine";
import { compilePolicy } from "../core/policy/compile";
import type { Lang } from "../core/i18n/types";
import type { MessageSnapshot } from "../core/message";
import type { Policy } from "../core/policy/schema";
import { readEml, type ReadEmlOptions } from "../eml/read-eml";
import { auditCsv, auditRecord, auditTable, parseHeaders, type AuditRecord } from "./audit";
import { expandInputs } from "./files";
import { describeReadError, policyErrors, readPolicyFile } from "./policy-file";
import { answeredAddresses, indexThread, type ThreadIndex } from "./thread";
import { RULE_MODES, transportRulesScript } from "./transport-rules";
import { toJson, toTable, type FileResult } from "./report";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `usage:
  sendcheck check [--policy FILE] [--format json|table] [--lang ja|en] [--fail-on warn|block] [--thread DIR]
                 FILE.eml|DIR...
  sendcheck policy validate [--lang ja|en] FILE
  sendcheck policy export-transport-rules [--mode enforce|audit|audit-and-notify] [--out FILE.ps1] [--lang ja|en]
                 FILE
  sendcheck audit [--lang ja|en] [--format table|csv] DIR|FILE.eml...
exit status: 0 done; 1 a decision reached --fail-on; 2 usage error, invalid policy or unreadable file;
  3 the engine failed while evaluating a mail (a defect in sendcheck, not in the mail)`;

/** Exit statuses; engine failures outrank unreadable files because they are ours to fix. */
export const EXIT = { ok: 0, failOn: 1, unreadable: 2, engineError: 3 } as const;

/** --lang, as every command takes it: Japanese unless English is asked for. */
function langOf(value: string): Lang {
  if (value !== "ja" && value !== "en") throw new UsageError(`--lang must be ja or en`);
  return value;
}

/** The example policy shipped with the product: what runs when no --policy is given. */
export const EXAMPLE_POLICY_PATH = join(__dirname, "..", "..", "config", "policy.example.json");

async function check(args: string[], io: Io, inspect: ReadEmlOptions["inspect"]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      policy: { type: "string" },
      format: { type: "string", default: "table" },
      lang: { type: "string", default: "ja" },
      "fail-on": { type: "string" },
      thread: { type: "string", multiple: true },
    },
  });
  if (values.format !== "json" && values.format !== "table") throw new UsageError(`--format must be json or table`);
  const lang = langOf(values.lang);
  const failOn = values["fail-on"];
  if (failOn !== undefined && failOn !== "warn" && failOn !== "block")
    throw new UsageError(`--fail-on must be warn or block`);
  if (positionals.length === 0) throw new UsageError("no .eml file given");
  const policyPath = values.policy ?? EXAMPLE_POLICY_PATH;
  const policy = readPolicyFile(policyPath, lang);
  if (!policy.ok) {
    io.err(`sendcheck: ${policyErrors(policyPath, policy.error, lang)}`);
    return 2;
  }
  const results: FileResult[] = [];
  let unreadable = 0;
  let engineErrors = 0;
  const inputs = expandInputs(positionals);
  // Replies are judged against the mail they answer only when asked: the earlier mail may be among the checked
  // files or under --thread. Without --thread nothing extra is read.
  const thread: ThreadIndex | undefined = values.thread ? await indexThread([...values.thread, ...inputs]) : undefined;
  for (const file of inputs) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      io.err(`sendcheck: ${file}: ${describeReadError(e, lang)}`);
      unreadable++;
      continue;
    }
    let snapshot: MessageSnapshot;
    try {
      snapshot = (await readEml(bytes, inspect ? { inspect } : {})).snapshot;
      const answered = thread ? answeredAddresses(bytes, thread) : undefined;
      if (answered) snapshot = { ...snapshot, answeredAddresses: answered };
    } catch (e) {
      io.err(`sendcheck: ${file}: ${(e as Error).message}`);
      unreadable++;
      continue;
    }
    // From here on the mail was read: anything that goes wrong is the engine's fault, not the file's.
    const result = evaluateFile(file, snapshot, policy.value);
    if (result.engineErrors.length > 0) {
      engineErrors++;
      for (const message of result.engineErrors) io.err(`sendcheck: ${file}: engine error: ${message}`);
    }
    results.push(result);
  }
  io.out(values.format === "json" ? toJson(results, lang) : toTable(results, lang));
  if (engineErrors > 0) return EXIT.engineError;
  if (unreadable > 0) return EXIT.unreadable;
  const rank = { allow: 0, warn: 1, block: 2 } as const;
  if (failOn && results.some((r) => rank[r.decision.action] >= rank[failOn])) return EXIT.failOn;
  return EXIT.ok;
}

/**
 * Evaluates one mail and collects engine failures: an exception out of the engine (the decision then follows the
 * policy's onError, as in Outlook) and checks that failed inside it (the engine's "engine.check-failed" findings).
 */
export function evaluateFile(file: string, snapshot: MessageSnapshot, policy: Policy): FileResult {
  try {
    const decision = evaluate(snapshot, policy);
    const markings = buildContext(snapshot, compilePolicy(policy)).markings.filter(
      (m) => m.source.attachment !== undefined,
    );
    const engineErrors = decision.findings
      .filter((f) => f.messageId === "engine.check-failed")
      .map((f) => `check ${f.check} failed: ${String(f.data["error"] ?? "")}`);
    const written = [snapshot.subject, ...snapshot.attachments.map((a) => a.name), snapshot.body];
    return { file, decision, attachments: snapshot.attachments, markings, engineErrors, written };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      file,
      decision: { action: policy.onError, findings: [] },
      attachments: snapshot.attachments,
      markings: [],
      engineErrors: [`evaluation failed: ${message}`],
    };
  }
}

function policyValidate(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: "string", default: "ja" } },
  });
  if (positionals[0] !== "validate" || positionals.length !== 2)
    throw new UsageError("usage: sendcheck policy validate [--lang ja|en] FILE");
  const lang = langOf(values.lang);
  const file = positionals[1]!;
  const result = readPolicyFile(file, lang);
  if (result.ok) {
    io.out(`${file}: OK`);
    return EXIT.ok;
  }
  io.err(policyErrors(file, result.error, lang));
  return 2;
}

function exportTransportRules(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      mode: { type: "string", default: "enforce" },
      out: { type: "string" },
      lang: { type: "string", default: "ja" },
    },
  });
  const mode = RULE_MODES[values.mode];
  if (!mode) throw new UsageError("--mode must be enforce, audit or audit-and-notify");
  const lang = langOf(values.lang);
  if (positionals.length !== 1) throw new UsageError("give exactly one policy file");
  const file = positionals[0]!;
  // The same reader and wording as `policy validate`, so both commands report a policy's errors alike.
  const result = readPolicyFile(file, lang);
  if (!result.ok) {
    io.err(policyErrors(file, result.error, lang));
    return 2;
  }
  const script = transportRulesScript(result.value, mode);
  if (values.out === undefined) {
    io.out(script);
    return 0;
  }
  // Windows PowerShell 5.1 reads a .ps1 without a byte order mark in the system code page, garbling Japanese.
  writeFileSync(values.out, "\ufeff" + script, "utf8");
  io.err(lang === "ja" ? `sendcheck: ${values.out} に書き出しました` : `sendcheck: wrote ${values.out}`);
  return 0;
}

/** Headers sit at the top; a sent mail's attachments are never needed to read them. */
const AUDIT_READ_BYTES = 256 * 1024;

function audit(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: "string", default: "ja" }, format: { type: "string", default: "table" } },
  });
  const lang = langOf(values.lang);
  if (values.format !== "table" && values.format !== "csv") throw new UsageError(`--format must be table or csv`);
  if (positionals.length === 0) throw new UsageError("no folder or .eml file given");
  const records: AuditRecord[] = [];
  let mails = 0;
  let unreadable = 0;
  let serverTagged = 0;
  for (const file of expandInputs(positionals)) {
    let raw: string;
    try {
      raw = readFileSync(file).subarray(0, AUDIT_READ_BYTES).toString("utf8");
    } catch (e) {
      io.err(`sendcheck: ${file}: ${describeReadError(e, lang)}`);
      unreadable++;
      continue;
    }
    mails++;
    const record = auditRecord(file, raw);
    if (record) records.push(record);
    if (parseHeaders(raw).has("x-sendcheck-transport")) serverTagged++;
  }
  const summary = { mails, unreadable, records, serverTagged };
  io.out(values.format === "csv" ? auditCsv(summary) : auditTable(summary, lang));
  return unreadable > 0 ? EXIT.unreadable : EXIT.ok;
}

class UsageError extends Error {}

/** Runs the CLI and returns its exit code; never throws, so a bad argument is a message, not a stack trace. */
export async function main(argv: string[], io: Io, inspect: ReadEmlOptions["inspect"] = inspectAll): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // `sendcheck check --help` is how most people ask about one command: the usage, not a usage error. After `--`
    // a "--help" is a file name, as parseArgs has it.
    const end = argv.indexOf("--");
    const asked = (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
    if (asked || command === "help") {
      io.out(USAGE);
      return 0;
    }
    if (command === "check") return await check(rest, io, inspect);
    if (command === "audit") return audit(rest, io);
    if (command === "policy" && rest[0] === "export-transport-rules") return exportTransportRules(rest.slice(1), io);
    if (command === "policy") return policyValidate(rest, io);
    throw new UsageError(command ? `unknown command "${command}"` : "no command given");
  } catch (e) {
    const message =
      e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
        ? (e as Error).message
        : `unexpected error: ${(e as Error).message}`;
    io.err(`sendcheck: ${message}\n${USAGE}`);
    return 2;
  }
}
