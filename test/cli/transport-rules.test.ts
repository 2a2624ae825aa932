import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { transportRulesScript } from "../../src/cli/transport-rules";
import { evaluate } from "../../src/core/engine";
import type { MessageSnapshot } from "../../src/core/message";
import type { Policy } from "../../src/core/policy/schema";
import { parsePolicyText } from "../../src/core/policy/validate";
import { psQuote } from "../../src/core/transport/powershell";
import { readEml } from "../../src/eml/read-eml";
import { mail, POLICY, policyWith, ROOT } from "../helpers/mail";

/* ---------- a strict tokenizer and grammar for the PowerShell subset the exporter may emit ---------- */

type Token =
  | { t: "newline" }
  | { t: "command"; v: string }
  | { t: "param"; v: string }
  | { t: "string"; v: string }
  | { t: "word"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "comma" };

const SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b";

function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let lineStart = true;
  const fail = (why: string) => {
    throw new Error(`${why} at ${i}: ${JSON.stringify(script.slice(i, i + 30))}`);
  };
  while (i < script.length) {
    const c = script[i]!;
    if (c === "\n") {
      tokens.push({ t: "newline" });
      i++;
      lineStart = true;
      continue;
    }
    if (c === " ") {
      i++;
      continue;
    }
    if (c === "#") {
      if (!lineStart) fail("comment after code");
      while (i < script.length && script[i] !== "\n") i++;
      continue;
    }
    lineStart = false;
    if (c === "`") {
      // Line continuation only: a backtick immediately followed by the line end.
      if (script[i + 1] !== "\n") fail("backtick not at line end");
      i += 2;
      continue;
    }
    if (SINGLE_QUOTES.includes(c)) {
      let v = "";
      i++;
      for (;;) {
        if (i >= script.length) fail("unterminated string");
        const d = script[i]!;
        if (SINGLE_QUOTES.includes(d)) {
          const next = script[i + 1];
          if (next !== undefined && SINGLE_QUOTES.includes(next)) {
            v += d;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (d === "\n" || d === "\r") fail("line break in string");
        v += d;
        i++;
      }
      tokens.push({ t: "string", v });
      continue;
    }
    if (c === ",") {
      tokens.push({ t: "comma" });
      i++;
      continue;
    }
    const m = /^(-[A-Za-z]+|\$true|\$false|New-TransportRule|[A-Za-z][A-Za-z0-9.]*)(?=[ \n,]|$)/.exec(script.slice(i));
    if (!m) return fail("unexpected character");
    const w = m[1]!;
    if (w === "New-TransportRule") tokens.push({ t: "command", v: w });
    else if (w.startsWith("-")) tokens.push({ t: "param", v: w.slice(1) });
    else if (w.startsWith("$")) tokens.push({ t: "bool", v: w === "$true" });
    else tokens.push({ t: "word", v: w });
    i += w.length;
  }
  return tokens;
}

type Value = { kind: "strings"; v: string[] } | { kind: "word"; v: string } | { kind: "bool"; v: boolean };
interface Command {
  params: Map<string, Value>;
  size: number;
}

/** Parameter types from the New-TransportRule reference (only those the exporter is allowed to use). */
const PARAMS: Record<string, "string" | "strings" | "word" | "bool"> = {
  Name: "string",
  Comments: "string",
  SentToScope: "word",
  ExceptIfRecipientDomainIs: "strings",
  Mode: "word",
  SubjectOrBodyMatchesPatterns: "strings",
  AttachmentNameMatchesPatterns: "strings",
  RejectMessageReasonText: "string",
  RejectMessageEnhancedStatusCode: "string",
  StopRuleProcessing: "bool",
  SetHeaderName: "string",
  SetHeaderValue: "string",
};
const WORDS: Record<string, string[]> = {
  SentToScope: ["InOrganization", "NotInOrganization"],
  Mode: ["Audit", "AuditAndNotify", "Enforce"],
};

function parseScript(script: string): Command[] {
  const tokens = tokenize(script);
  const commands: Command[] = [];
  let k = 0;
  while (k < tokens.length) {
    const tok = tokens[k]!;
    if (tok.t === "newline") {
      k++;
      continue;
    }
    if (tok.t !== "command") throw new Error(`statement must start with New-TransportRule, got ${tok.t}`);
    k++;
    const params = new Map<string, Value>();
    let size = 0;
    while (k < tokens.length && tokens[k]!.t !== "newline") {
      const p = tokens[k++]!;
      if (p.t !== "param") throw new Error(`expected a parameter, got ${JSON.stringify(p)}`);
      const type = PARAMS[p.v];
      if (!type) throw new Error(`parameter -${p.v} is not one the exporter may use`);
      if (params.has(p.v)) throw new Error(`-${p.v} given twice`);
      const v = tokens[k++];
      if (type === "word") {
        if (v?.t !== "word" || !(WORDS[p.v] ?? []).includes(v.v)) throw new Error(`bad value for -${p.v}`);
        params.set(p.v, { kind: "word", v: v.v });
        size += v.v.length;
      } else if (type === "bool") {
        if (v?.t !== "bool") throw new Error(`-${p.v} needs $true or $false`);
        params.set(p.v, { kind: "bool", v: v.v });
      } else {
        if (v?.t !== "string") throw new Error(`-${p.v} needs a single-quoted string`);
        const list = [v.v];
        while (tokens[k]?.t === "comma") {
          const next = tokens[k + 1];
          if (next?.t !== "string") throw new Error(`dangling comma after -${p.v}`);
          list.push(next.v);
          k += 2;
        }
        if (type === "string" && list.length > 1) throw new Error(`-${p.v} takes one string`);
        params.set(p.v, { kind: "strings", v: list });
        size += list.join("").length;
      }
    }
    if (!params.has("Name")) throw new Error("rule without -Name");
    commands.push({ params, size });
  }
  return commands;
}

const text = (c: Command, p: string) => {
  const v = c.params.get(p);
  return v?.kind === "strings" ? v.v : [];
};

/* ---------- Exchange's documented pattern language, run as the .NET regex it is ---------- */

const WORD_CLASS = "\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}";

/**
 * Accepts only what Exchange documents for rule patterns (literals, \d \D \s \S \w \W, | * ( ) ^ $ and escapes)
 * and translates it to a JavaScript regex with .NET's Unicode meaning of \w and \d. Throws on anything else.
 */
function exchangePattern(p: string): RegExp {
  let out = "";
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === "\\") {
      const e = p[++i];
      if (e === undefined) throw new Error(`trailing backslash in ${p}`);
      if (e === "d") out += "\\p{Nd}";
      else if (e === "D") out += "\\P{Nd}";
      else if (e === "w") out += `[${WORD_CLASS}]`;
      else if (e === "W") out += `[^${WORD_CLASS}]`;
      else if (e === "s" || e === "S") out += `\\${e}`;
      else if ("\\.^$|?*+()[]{}".includes(e)) out += `\\${e}`;
      else throw new Error(`escape \\${e} is not in Exchange's pattern language: ${p}`);
    } else if (c === "(") {
      if (p[i + 1] === "?") throw new Error(`lookaround or special group in ${p}`);
      depth++;
      out += "(?:";
    } else if (c === ")") {
      if (--depth < 0) throw new Error(`unbalanced ) in ${p}`);
      out += ")";
    } else if (c === "*") {
      if (i === 0 || p[i - 1] === "(" || p[i - 1] === "|" || p[i - 1] === "*")
        throw new Error(`* with nothing before: ${p}`);
      out += "*";
    } else if (c === "|" || c === "^" || c === "$") out += c;
    else if ("?+[]{}.".includes(c)) throw new Error(`"${c}" is not in Exchange's pattern language: ${p}`);
    else out += c;
  }
  if (depth !== 0) throw new Error(`unbalanced ( in ${p}`);
  return new RegExp(out, "iu");
}

/* ---------- verdicts ---------- */

type Verdict = "reject" | "tag" | "pass";

function isOutside(policy: Policy, address: string): boolean {
  const domain = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  return !policy.organisation.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** What the exported rules do to a mail, as Exchange would: rules in order, the first reject ends it. */
function serverVerdict(commands: Command[], m: MessageSnapshot, policy: Policy): Verdict {
  if (!m.recipients.some((r) => isOutside(policy, r.address))) return "pass";
  let verdict: Verdict = "pass";
  for (const c of commands) {
    const test = (patterns: string[], texts: string[]) =>
      patterns.some((p) => texts.some((t) => exchangePattern(p).test(t)));
    const hit =
      test(text(c, "SubjectOrBodyMatchesPatterns"), [m.subject, m.body]) ||
      test(
        text(c, "AttachmentNameMatchesPatterns"),
        m.attachments.map((a) => a.name),
      );
    if (!hit) continue;
    if (c.params.has("RejectMessageReasonText")) return "reject";
    verdict = "tag";
  }
  return verdict;
}

/** The add-in's verdict on the same mail, as far as external-confidential is concerned. */
function addinVerdict(m: MessageSnapshot, policy: Policy): Verdict {
  const f = evaluate(m, policy).findings.find((x) => x.check === "external-confidential");
  if (!f) return "pass";
  return f.action === "block" ? "reject" : "tag";
}

const script = transportRulesScript(POLICY, "Enforce");
const commands = parseScript(script);
const OUT = ["tanto@alpha-kaisha.co.jp"];

describe("sendcheck policy export-transport-rules: the script", () => {
  test("parses under the strict grammar, one New-TransportRule per rule, within Exchange's size limits", () => {
    expect(commands.map((c) => text(c, "Name")[0])).toEqual([
      "sendcheck: block 機密性3/極秘/特定秘密 outside (subject/body)",
      "sendcheck: block 機密性3/極秘/特定秘密 outside (attachment names)",
      "sendcheck: tag 機密性2 outside (subject/body)",
      "sendcheck: tag 機密性2 outside (attachment names)",
    ]);
    let patternChars = 0;
    for (const c of commands) {
      expect(text(c, "Name")[0]!.length).toBeLessThanOrEqual(64);
      expect(text(c, "Comments")[0]!.length).toBeLessThanOrEqual(1024);
      expect(c.params.get("SentToScope")).toEqual({ kind: "word", v: "NotInOrganization" });
      expect(c.size).toBeLessThan(8192);
      for (const p of ["SubjectOrBodyMatchesPatterns", "AttachmentNameMatchesPatterns"])
        patternChars += text(c, p).join("").length;
    }
    // 20 KB is the whole tenant's budget for patterns; leave most of it to the organisation's own rules.
    expect(patternChars).toBeLessThan(4096);
  });

  test("reject rules carry Japanese and English reasons; tag rules set the header and nothing visible", () => {
    const [block, , tag] = commands;
    const reason = text(block!, "RejectMessageReasonText")[0]!;
    expect(reason).toMatch(/組織外へ送れません/);
    expect(reason).toMatch(/may not leave the organisation/);
    expect(text(tag!, "SetHeaderName")).toEqual(["X-SendCheck-Transport"]);
    expect(text(tag!, "SetHeaderValue")[0]).toMatch(/^confidential-2; policy=[0-9a-f]{12}$/);
    expect(tag!.params.has("RejectMessageReasonText")).toBe(false);
  });

  test("every pattern is in Exchange's documented language (no classes, ?, +, braces or lookaround)", () => {
    for (const c of commands)
      for (const p of [...text(c, "SubjectOrBodyMatchesPatterns"), ...text(c, "AttachmentNameMatchesPatterns")])
        expect(() => exchangePattern(p)).not.toThrow();
    // The validator itself refuses what Exchange refuses.
    for (const bad of ["機密性[23]", "極秘(?!裏)", "a+", "x{2}", "(?<=a)b", "a?", "\\b秘"])
      expect(() => exchangePattern(bad)).toThrow();
  });

  test("quoting survives hostile names: quotes, typographic quotes, $ and backticks stay literal", () => {
    const name = 'O\'Brien ’省’ $env:USERNAME `n "x"';
    expect(tokenize(`New-TransportRule -Name ${psQuote(name)}`)).toEqual([
      { t: "command", v: "New-TransportRule" },
      { t: "param", v: "Name" },
      { t: "string", v: name },
    ]);
    const policy = policyWith((p) => {
      p.organisation.name = "O'Brien ’省’\n$(Remove-Item)";
    });
    expect(() => parseScript(transportRulesScript(policy, "Audit"))).not.toThrow();
  });
});

describe("sendcheck policy export-transport-rules: same verdicts as the add-in", () => {
  test("on the bundled examples (subject, body and attachment names)", async () => {
    const dir = join(ROOT, "examples");
    const verdicts: Record<string, Verdict> = {};
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith(".eml"))
      .sort()) {
      const { snapshot } = await readEml(readFileSync(join(dir, f)));
      const server = serverVerdict(commands, snapshot, POLICY);
      expect([f, server]).toEqual([f, addinVerdict(snapshot, POLICY)]);
      verdicts[f] = server;
    }
    // The examples include both kinds of outcome, so the agreement above is not vacuous.
    expect(verdicts["03-secret-to-partner.eml"]).toBe("reject");
    expect(verdicts["06-confidential-to-freemail.eml"]).toBe("tag");
    expect(verdicts["01-internal-clean.eml"]).toBe("pass");
  });

  const cases: [string, Partial<{ subject: string; body: string; attachments: string[] }>, Verdict][] = [
    ["subject 【機密性３】", { subject: "【機密性３】調達仕様書（案）の送付" }, "reject"],
    ["half-width label line", { body: "機密性:3\n関係者限りでお願いします。" }, "reject"],
    ["kanji digit in brackets", { subject: "[機密性三] 人事案" }, "reject"],
    ["機密性４", { body: "（機密性４）\n本件は厳重に管理してください。" }, "reject"],
    ["local government 3A", { subject: "自治体機密性3A 住民情報の照会" }, "reject"],
    ["極秘 in the body", { body: "極秘資料につき取扱いに注意願います。" }, "reject"],
    ["bracketed 秘", { subject: "【秘】次期システム構成" }, "reject"],
    ["マル秘 label line", { body: "マル秘\n検討状況を共有します。" }, "reject"],
    ["特定秘密 marking", { body: "【特定秘密】\n閲覧手続について" }, "reject"],
    ["attachment name", { subject: "資料送付", attachments: ["【機密性３】予算要求資料.xlsx"] }, "reject"],
    ["attachment name, 極秘", { attachments: ["極秘_組織改編案.docx"] }, "reject"],
    ["機密性２ subject", { subject: "【機密性２】会議資料の送付" }, "tag"],
    ["full-width 取扱注意", { body: "取扱注意\n関係各位" }, "tag"],
    ["取り扱い注意 spelled out", { subject: "取り扱い注意：回答案" }, "tag"],
    ["要機密 bracket", { body: "【要機密】検討資料です。" }, "tag"],
    ["機密性２ file name", { attachments: ["機密性2_議事録.docx"] }, "tag"],
    ["a rule about labels", { body: "機密性３以上の情報は外部へ送らないでください。" }, "pass"],
    ["機密性２以下 is a rule too", { body: "機密性２以下の文書のみ共有可能です。" }, "pass"],
    ["極秘裏 is an adverb", { body: "計画は極秘裏に進められた、と報道されています。" }, "pass"],
    ["特定秘密保護法 is a law", { body: "特定秘密保護法の研修資料を送ります。" }, "pass"],
    ["特定秘密の保護 is the law's subject", { body: "特定秘密の保護に関する説明会のご案内" }, "pass"],
    ["秘書 is a secretary", { body: "秘書課の佐藤です。日程調整をお願いします。" }, "pass"],
    ["取扱注意事項 are notes", { body: "取扱注意事項を添付します。" }, "pass"],
    ["機密性1", { subject: "【機密性１】公開資料" }, "pass"],
    ["no marking", { subject: "会議日程のご連絡", body: "来週の打合せについてご連絡します。" }, "pass"],
  ];

  test.each(cases)("%s", (_, spec, expected) => {
    const m = mail({ to: OUT, ...spec });
    expect(addinVerdict(m, POLICY)).toBe(expected);
    expect(serverVerdict(commands, m, POLICY)).toBe(expected);
  });

  test("mail that stays inside is never touched, whatever its marking", () => {
    const m = mail({ to: ["kacho@example.go.jp", "kikaku@sub.example.go.jp"], subject: "【極秘】人事案" });
    expect(serverVerdict(commands, m, POLICY)).toBe("pass");
    expect(addinVerdict(m, POLICY)).toBe("pass");
  });
});

describe("sendcheck policy export-transport-rules: generated from the policy", () => {
  test("severeAction warn tags 機密性３ instead of rejecting; off checks produce no rule", () => {
    const warnOnly = policyWith((p) => {
      p.checks["external-confidential"] = { action: "warn", severeAction: "warn" };
    });
    const cmds = parseScript(transportRulesScript(warnOnly, "Enforce"));
    expect(cmds.some((c) => c.params.has("RejectMessageReasonText"))).toBe(false);
    const m = mail({ to: OUT, subject: "【機密性３】調達仕様書" });
    expect(serverVerdict(cmds, m, warnOnly)).toBe("tag");
    expect(addinVerdict(m, warnOnly)).toBe("tag");
    expect(cmds.flatMap((c) => text(c, "SetHeaderValue"))[0]).toMatch(/^confidential-3;/);

    const off = policyWith((p) => {
      p.checks["external-confidential"] = { action: "off", severeAction: "off" };
    });
    const none = transportRulesScript(off, "Enforce");
    expect(parseScript(none)).toEqual([]);
    expect(none).toMatch(/nothing to enforce/);
  });

  test("partners exempt from external-confidential become an exception; policy words become patterns", () => {
    const policy = policyWith((p) => {
      p.partners[0].exemptFrom = ["external-confidential"];
      p.labels = { extraWords: [{ word: "部外秘(甲)", meaning: "confidential-3" }] };
    });
    const cmds = parseScript(transportRulesScript(policy, "Audit"));
    expect(text(cmds[0]!, "ExceptIfRecipientDomainIs")).toEqual(["partner.example.co.jp"]);
    expect(cmds[0]!.params.get("Mode")).toEqual({ kind: "word", v: "Audit" });
    expect(text(cmds[0]!, "SubjectOrBodyMatchesPatterns")).toContain("部外秘\\(甲\\)");
    const m = mail({ to: OUT, subject: "部外秘(甲) 予算案" });
    expect(serverVerdict(cmds, m, policy)).toBe("reject");
    expect(addinVerdict(m, policy)).toBe("reject");
  });
});

describe("sendcheck policy export-transport-rules: the command", () => {
  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }
  const policyFile = join(ROOT, "config", "policy.example.json");

  test("prints the script for a policy file", async () => {
    const r = await run("policy", "export-transport-rules", policyFile);
    expect(r.code).toBe(0);
    expect(parseScript(r.out)).toHaveLength(4);
  });

  test("--out writes UTF-8 with a byte order mark for Windows PowerShell; --mode audit sets Mode", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "sendcheck-")), "rules.ps1");
    const r = await run("policy", "export-transport-rules", "--mode", "audit", "--out", out, policyFile);
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const cmds = parseScript(bytes.toString("utf8").slice(1));
    expect(cmds.every((c) => (c.params.get("Mode") as { v: string }).v === "Audit")).toBe(true);
  });

  test("an invalid policy or a bad mode is an error, not a script", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sendcheck-"));
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ version: 1 }));
    const bad = await run("policy", "export-transport-rules", join(dir, "bad.json"));
    expect(bad.code).toBe(2);
    expect(bad.out).toBe("");
    const mode = await run("policy", "export-transport-rules", "--mode", "strict", policyFile);
    expect(mode.code).toBe(2);
    expect(mode.err).toMatch(/--mode/);
  });

  test("policy errors read as `policy validate` says them: Japanese by default, English with --lang en", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sendcheck-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ version: 1, organisation: { name: "総務省", domains: [] } }));
    const ja = await run("policy", "export-transport-rules", bad);
    const validateJa = await run("policy", "validate", bad);
    expect(ja.code).toBe(2);
    expect(ja.err).toMatch(/誤りが\d+件あります/);
    expect(ja.err).toBe(validateJa.err);
    const en = await run("policy", "export-transport-rules", "--lang", "en", bad);
    expect(en.err).toMatch(/\d+ error\(s\)/);
    expect(en.err).toBe((await run("policy", "validate", "--lang", "en", bad)).err);
    const missing = await run("policy", "export-transport-rules", join(dir, "なし.json"));
    expect(missing.err).toContain("ファイルがありません");
    const lang = await run("policy", "export-transport-rules", "--lang", "fr", policyFile);
    expect(lang.code).toBe(2);
    expect(lang.err).toMatch(/--lang must be ja or en/);
  });
});

// The shared real-mail corpus, where test/cli/realmail.test.ts finds it (read in place, never copied).
const REALMAIL = process.env["SENDCHECK_REALMAIL"] ?? join(ROOT, "..", "shared", "corpus", "realmail");

(existsSync(join(REALMAIL, "mail")) ? test : test.skip)(
  "on the real-mail corpus the rules and the add-in reach the same verdict, and no mail is rejected wrongly",
  async () => {
    const parsed = parsePolicyText(readFileSync(join(REALMAIL, "policy.json"), "utf8"));
    if (!parsed.ok) throw new Error("corpus policy is invalid");
    const policy = parsed.value;
    const cmds = parseScript(transportRulesScript(policy, "Enforce"));
    const differ: string[] = [];
    const counts: Record<Verdict, number> = { reject: 0, tag: 0, pass: 0 };
    for (const f of readdirSync(join(REALMAIL, "mail")).filter((n) => n.endsWith(".eml"))) {
      let snapshot: MessageSnapshot;
      try {
        snapshot = (await readEml(readFileSync(join(REALMAIL, "mail", f)))).snapshot;
      } catch {
        continue;
      }
      const server = serverVerdict(cmds, snapshot, policy);
      counts[server]++;
      if (server !== addinVerdict(snapshot, policy)) differ.push(`${f}: server ${server}`);
    }
    console.log(`transport rules on realmail: ${JSON.stringify(counts)}, ${differ.length} differ from the add-in`);
    expect(differ).toEqual([]);
  },
);
