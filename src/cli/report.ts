import type { Finding } from "../core/checks/types";
import type { Decision } from "../core/engine";
import { checkTitle, decisionLabel, renderFinding, renderFindings } from "../core/i18n/render";
import type { Lang } from "../core/i18n/types";
import { markingAsWritten } from "../core/labels/as-written";
import type { LocatedMarking } from "../core/labels/marking";
import type { AttachmentKind, AttachmentSnapshot } from "../core/message";
import { padEnd, textWidth } from "./text-width";
import { describeWhere } from "./where";

export interface FileResult {
  readonly file: string;
  readonly decision: Decision;
  readonly attachments: readonly AttachmentSnapshot[];
  /** Markings found in attachment names and contents, for the per-attachment report. */
  readonly markings: readonly LocatedMarking[];
  /** Failures inside the engine while evaluating this mail (empty when it ran cleanly): a sendcheck defect. */
  readonly engineErrors: readonly string[];
  /**
   * The mail's own texts (subject, attachment names, body), for the table only: it quotes a marking as the sender
   * wrote it (【機密性２】), as the Smart Alert and the pane do, while the JSON keeps the engine's normalised form.
   */
  readonly written?: readonly string[];
}

type AttachmentMarking = { marking: string; where: string };

/** Markings by attachment name, grouped once per file (a mail with 1,500 attachments is 1,500 look-ups, not 2M). */
const byAttachment = new WeakMap<FileResult, Map<string, AttachmentMarking[]>>();

function markingsOf(r: FileResult, name: string): AttachmentMarking[] {
  let map = byAttachment.get(r);
  if (!map) {
    map = new Map();
    for (const m of r.markings) {
      if (m.source.attachment === undefined) continue;
      const list = map.get(m.source.attachment) ?? [];
      list.push({
        marking: m.text,
        where: m.source.kind === "attachment-name" ? "file name" : (m.source.part ?? "content"),
      });
      map.set(m.source.attachment, list);
    }
    byAttachment.set(r, map);
  }
  return map.get(name) ?? [];
}

/** The JSON contract: one object per evaluated file, in the order given. */
export function toJson(results: readonly FileResult[], lang: Lang): string {
  const out = results.map((r) => ({
    file: r.file,
    decision: r.decision.action,
    findings: r.decision.findings.map((f) => ({
      check: f.check,
      action: f.action,
      guidance: f.guidance,
      message: renderFinding(f, lang),
      messageId: f.messageId,
      data: f.data,
    })),
    attachments: r.attachments.map((a) => ({
      name: a.name,
      size: a.size,
      inline: a.inline,
      kind: a.inspection?.kind ?? "unknown",
      encryption: a.inspection?.encryption ?? "unknown",
      markings: markingsOf(r, a.name),
      ...(a.inspection?.note ? { note: a.inspection.note } : {}),
    })),
    engineErrors: r.engineErrors,
  }));
  return JSON.stringify(out, null, 2);
}

const ENCRYPTION = {
  ja: { encrypted: "暗号化あり", "not-encrypted": "暗号化なし", unknown: "暗号化は不明" },
  en: { encrypted: "encrypted", "not-encrypted": "not encrypted", unknown: "encryption unknown" },
} as const;

const KIND: Record<Lang, Record<AttachmentKind, string>> = {
  ja: { zip: "ZIP", ooxml: "Office文書", cfb: "Office文書（旧形式または暗号化）", pdf: "PDF", other: "その他" },
  en: {
    zip: "ZIP",
    ooxml: "Office document",
    cfb: "Office document (legacy or encrypted)",
    pdf: "PDF",
    other: "other",
  },
};

const MARK: Record<Decision["action"], string> = { allow: "✓", warn: "!", block: "✗" };

/** A finding's action in words for the table (the JSON keeps the ids warn/block/info, a public contract). */
const SEVERITY: Record<Lang, Record<Finding["action"], string>> = {
  ja: { block: "送信不可", warn: "警告", info: "参考" },
  en: { block: "blocked", warn: "warning", info: "note" },
};

/** The findings with each marking quoted as written in the mail; without the mail's texts, unchanged. */
function quotedAsWritten(r: FileResult): readonly Finding[] {
  const written = r.written;
  if (!written || written.length === 0) return r.decision.findings;
  return r.decision.findings.map((f) =>
    f.data["marking"] === undefined
      ? f
      : { ...f, data: { ...f.data, marking: markingAsWritten(f.data["marking"], written) } },
  );
}

/** A table for people: file, decision, then one indented line per finding with its check and guidance section. */
export function toTable(results: readonly FileResult[], lang: Lang): string {
  const head = lang === "ja" ? ["ファイル", "判定", "指摘"] : ["File", "Decision", "Findings"];
  const fileWidth = Math.max(textWidth(head[0]!), ...results.map((r) => textWidth(r.file)));
  const decisionWidth = Math.max(
    textWidth(head[1]!),
    ...results.map((r) => textWidth(`${MARK[r.decision.action]} ${decisionLabel(r.decision.action, lang)}`)),
  );
  const lines = [`${padEnd(head[0]!, fileWidth)}  ${padEnd(head[1]!, decisionWidth)}  ${head[2]}`];
  lines.push("-".repeat(fileWidth + decisionWidth + 4 + textWidth(head[2]!)));
  for (const r of results) {
    const d = `${MARK[r.decision.action]} ${decisionLabel(r.decision.action, lang)}`;
    const count = r.decision.findings.length;
    lines.push(`${padEnd(r.file, fileWidth)}  ${padEnd(d, decisionWidth)}  ${count === 0 ? "—" : count}`);
    for (const a of r.attachments) {
      // The JSON's `where` is the inspectors' own part name; people read it in their language.
      const found = markingsOf(r, a.name).map((m) => {
        return lang === "ja"
          ? `${m.marking}（${describeWhere(m.where, lang)}）`
          : `${m.marking} (${describeWhere(m.where, lang)})`;
      });
      const kind = a.inspection
        ? `${KIND[lang][a.inspection.kind]}${lang === "ja" ? "、" : ", "}${ENCRYPTION[lang][a.inspection.encryption]}`
        : "—";
      lines.push(
        `    ${lang === "ja" ? "添付" : "attachment"}: ${a.name} — ${kind}${found.length ? ` — ${found.join(", ")}` : ""}`,
      );
    }
    for (const e of r.engineErrors) lines.push(`    ${lang === "ja" ? "エンジンの異常" : "engine error"}: ${e}`);
    // Each recipient list once, as in the Smart Alert; the JSON's `message` stays each finding's full sentence.
    const sentences = renderFindings(quotedAsWritten(r), lang);
    r.decision.findings.forEach((f, i) => {
      lines.push(`    [${SEVERITY[lang][f.action]}] ${checkTitle(f.check, lang)} (${f.check}, ${f.guidance})`);
      lines.push(`        ${sentences[i]}`);
    });
  }
  if (results.length > 1) lines.push("", ...summary(results, lang));
  return lines.join("\n");
}

/** Counts by decision and by check, so an administrator replaying a month of mail sees what a change would do. */
export function summary(results: readonly FileResult[], lang: Lang): string[] {
  const byDecision = { allow: 0, warn: 0, block: 0 };
  const byCheck = new Map<string, { files: number; warn: number; block: number }>();
  for (const r of results) {
    byDecision[r.decision.action]++;
    const seen = new Set<string>();
    for (const f of r.decision.findings) {
      const row = byCheck.get(f.check) ?? { files: 0, warn: 0, block: 0 };
      if (!seen.has(f.check)) row.files++;
      seen.add(f.check);
      if (f.action === "warn") row.warn++;
      if (f.action === "block") row.block++;
      byCheck.set(f.check, row);
    }
  }
  const ja = lang === "ja";
  const out = [
    ja ? `集計（${results.length}通）` : `Summary (${results.length} mails)`,
    `  ${(["allow", "warn", "block"] as const).map((a) => `${decisionLabel(a, lang)}: ${byDecision[a]}`).join("   ")}`,
  ];
  if (byCheck.size > 0) {
    const width = Math.max(...[...byCheck.keys()].map((k) => k.length));
    out.push(
      ja
        ? `  チェック別（該当メール数 / ${SEVERITY.ja.warn} / ${SEVERITY.ja.block}）`
        : `  By check (mails / ${SEVERITY.en.warn} / ${SEVERITY.en.block})`,
    );
    for (const [check, row] of [...byCheck].sort((a, b) => b[1].files - a[1].files)) {
      out.push(
        `    ${check.padEnd(width)}  ${String(row.files).padStart(5)}  ${String(row.warn).padStart(5)}  ${String(row.block).padStart(5)}`,
      );
    }
  }
  return out;
}
