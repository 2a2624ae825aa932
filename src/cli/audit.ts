import { CHECK_IDS, type CheckId } from "../core/checks/ids";
import { checkTitle } from "../core/i18n/render";
import type { Lang } from "../core/i18n/types";
import { padEnd, textWidth } from "./text-width";

/**
 * `sendcheck audit`: what staff sent after a warning, read back from the X-SendCheck header the add-in writes before
 * it lets a warned mail go (see src/office/audit-header.ts). For 自己点検: which checks people click through, in which
 * weeks, from which departments. The header records the warning, not who pressed what, so "sent after a warning"
 * covers Send Anyway, "press Send again" and sending from the fix pane alike.
 */

export interface AuditRecord {
  readonly file: string;
  /** Sender's address domain, lower case ("kikaku.example.go.jp"): departments often have their own subdomain. */
  readonly domain: string;
  /** ISO 8601 week of the Date header in the sender's own offset ("2026-W49"), or "" when there is no usable date. */
  readonly week: string;
  readonly decision: string;
  /** Check ids, once each, in the order of the header; ids this version does not know are kept as written. */
  readonly checks: readonly string[];
  /** Findings the add-in had to leave out to keep the header under 998 characters ("+3"). */
  readonly omitted: number;
  readonly policy: string;
}

/** The header block of a raw mail, unfolded: name (lower case) → values in order. Bodies are never read. */
export function parseHeaders(raw: string): Map<string, string[]> {
  const end = raw.search(/\r?\n\r?\n/);
  const block = (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const headers = new Map<string, string[]>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const list = headers.get(name) ?? [];
    list.push(line.slice(colon + 1).trim());
    headers.set(name, list);
  }
  return headers;
}

/** `v=1; decision=warn; findings=a.b,c.d,+2; policy=…; addin=…` → its fields; undefined when it is not ours. */
export function parseAuditValue(value: string): Omit<AuditRecord, "file" | "domain" | "week"> | undefined {
  const fields = new Map<string, string>();
  for (const part of value.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  if (fields.get("v") !== "1") return undefined;
  const checks: string[] = [];
  let omitted = 0;
  for (const id of (fields.get("findings") ?? "").split(",")) {
    const f = id.trim();
    if (f === "") continue;
    if (/^\+\d+$/.test(f)) omitted += Number(f.slice(1));
    else {
      const check = f.split(".")[0]!;
      if (checks.indexOf(check) < 0) checks.push(check);
    }
  }
  return { decision: fields.get("decision") ?? "", checks, omitted, policy: fields.get("policy") ?? "" };
}

function senderDomain(from: string | undefined): string {
  if (!from) return "";
  const angle = /<([^<>]*)>\s*$/.exec(from);
  const address = (angle ? angle[1]! : from).trim();
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : address.slice(at + 1).toLowerCase();
}

/** The ISO week of a Date header, in the offset the sender's client wrote (their local calendar). */
export function isoWeek(date: string | undefined): string {
  if (!date) return "";
  const ms = Date.parse(date);
  if (Number.isNaN(ms)) return "";
  // The zone is the last token once a trailing comment such as "(JST)" is dropped.
  const zone = /([+-])(\d\d)(\d\d)$/.exec(date.replace(/\([^()]*\)/g, "").trim());
  const offset = zone ? (zone[1] === "-" ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  const local = new Date(ms + offset * 60_000);
  // Thursday of the same week decides the year (ISO 8601).
  const day = (local.getUTCDay() + 6) % 7;
  const thursday = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** One sent mail's record, or undefined when it carries no X-SendCheck header of ours. */
export function auditRecord(file: string, raw: string): AuditRecord | undefined {
  const headers = parseHeaders(raw);
  const value = (headers.get("x-sendcheck") ?? [])[0];
  const parsed = value === undefined ? undefined : parseAuditValue(value);
  if (!parsed) return undefined;
  return {
    file,
    domain: senderDomain((headers.get("from") ?? [])[0]),
    week: isoWeek((headers.get("date") ?? [])[0]),
    ...parsed,
  };
}

export interface AuditSummary {
  readonly mails: number;
  readonly unreadable: number;
  readonly records: readonly AuditRecord[];
  /** Mails the server-side rules tagged (X-SendCheck-Transport): sent where the add-in may not have run. */
  readonly serverTagged: number;
}

type Count = [string, number];

function countBy(records: readonly AuditRecord[], keys: (r: AuditRecord) => readonly string[]): Count[] {
  const counts = new Map<string, number>();
  for (const r of records) for (const k of keys(r)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts];
}

const byCount = (a: Count, b: Count) => b[1] - a[1] || a[0].localeCompare(b[0]);

export interface AuditTables {
  readonly checks: Count[];
  readonly weeks: Count[];
  readonly domains: Count[];
  readonly decisions: Count[];
}

export function auditTables(s: AuditSummary): AuditTables {
  return {
    checks: countBy(s.records, (r) => r.checks).sort(byCount),
    // Weeks in calendar order, so a trend reads top to bottom.
    weeks: countBy(s.records, (r) => [r.week]).sort((a, b) => a[0].localeCompare(b[0])),
    domains: countBy(s.records, (r) => [r.domain]).sort(byCount),
    decisions: countBy(s.records, (r) => [r.decision]).sort(byCount),
  };
}

const TEXT = {
  ja: {
    head: (s: AuditSummary) =>
      `対象 ${s.mails} 通のうち、警告後に送信 ${s.records.length} 通` +
      (s.serverTagged ? ` / サーバーのルールが付与 ${s.serverTagged} 通` : "") +
      (s.unreadable ? ` / 読めないファイル ${s.unreadable} 件` : ""),
    checks: "チェック別",
    weeks: "週別（ISO 週）",
    domains: "送信者ドメイン別",
    decisions: "記録の種類",
    count: "通",
    none: "警告後に送信されたメールはありません。",
    unknownWeek: "（日付なし）",
    unknownDomain: "（不明）",
    decision: { warn: "警告", error: "チェック失敗", block: "ブロック" } as Record<string, string>,
    omitted: (n: number) => `ヘッダーに入りきらなかった指摘 ${n} 件`,
  },
  en: {
    head: (s: AuditSummary) =>
      `${s.records.length} of ${s.mails} mails were sent after a warning` +
      (s.serverTagged ? ` / ${s.serverTagged} tagged by the server rules` : "") +
      (s.unreadable ? ` / ${s.unreadable} unreadable files` : ""),
    checks: "By check",
    weeks: "By ISO week",
    domains: "By sender domain",
    decisions: "By record type",
    count: "mails",
    none: "No mail was sent after a warning.",
    unknownWeek: "(no date)",
    unknownDomain: "(unknown)",
    decision: { warn: "warning", error: "check failed", block: "block" } as Record<string, string>,
    omitted: (n: number) => `${n} findings did not fit in the header`,
  },
} as const;

const isCheckId = (id: string): id is CheckId => (CHECK_IDS as readonly string[]).indexOf(id) >= 0;

export function auditTable(s: AuditSummary, lang: Lang): string {
  const t = TEXT[lang];
  const tables = auditTables(s);
  const lines = [t.head(s)];
  if (s.records.length === 0) return [...lines, t.none].join("\n");
  const section = (title: string, rows: [string, number][]) => {
    const width = Math.max(textWidth(title), ...rows.map((r) => textWidth(r[0])));
    lines.push("", `${padEnd(title, width)}  ${t.count}`, "-".repeat(width + 2 + Math.max(6, textWidth(t.count))));
    for (const [label, n] of rows) lines.push(`${padEnd(label, width)}  ${String(n).padStart(4)}`);
  };
  section(
    t.checks,
    tables.checks.map(([id, n]) => [isCheckId(id) ? `${id}  ${checkTitle(id, lang)}` : id, n]),
  );
  section(
    t.weeks,
    tables.weeks.map(([w, n]) => [w || t.unknownWeek, n]),
  );
  section(
    t.domains,
    tables.domains.map(([d, n]) => [d || t.unknownDomain, n]),
  );
  section(
    t.decisions,
    tables.decisions.map(([d, n]) => [t.decision[d] ?? d, n]),
  );
  const omitted = s.records.reduce((sum, r) => sum + r.omitted, 0);
  if (omitted > 0) lines.push("", t.omitted(omitted));
  return lines.join("\n");
}

/** RFC 4180: quote a field when it holds a comma, quote or line break; a leading = + - @ is defused for Excel. */
export function csvField(value: string | number): string {
  let v = String(value);
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** `dimension,key,mails` rows: one per check, week, sender domain and record type, plus the totals. */
export function auditCsv(s: AuditSummary): string {
  const tables = auditTables(s);
  const rows: (string | number)[][] = [
    ["dimension", "key", "mails"],
    ["total", "read", s.mails],
    ["total", "sent-after-warning", s.records.length],
    ["total", "server-tagged", s.serverTagged],
  ];
  for (const [dimension, counts] of [
    ["check", tables.checks],
    ["week", tables.weeks],
    ["domain", tables.domains],
    ["decision", tables.decisions],
  ] as const)
    for (const [key, n] of counts) rows.push([dimension, key, n]);
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n");
}
