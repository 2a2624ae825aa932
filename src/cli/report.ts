import type { Decision } from "../core/engine";
import { checkTitle, decisionLabel, renderFinding } from "../core/i18n/render";
import type { Lang } from "../core/i18n/types";
import type { AttachmentSnapshot } from "../core/message";
import { padEnd, textWidth } from "./text-width";

export interface FileResult {
  readonly file: string;
  readonly decision: Decision;
  readonly attachments: readonly AttachmentSnapshot[];
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
    })),
  }));
  return JSON.stringify(out, null, 2);
}

const MARK: Record<Decision["action"], string> = { allow: "✓", warn: "!", block: "✗" };

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
    for (const f of r.decision.findings) {
      lines.push(`    [${f.action}] ${checkTitle(f.check, lang)} (${f.check}, ${f.guidance})`);
      lines.push(`        ${renderFinding(f, lang)}`);
    }
  }
  return lines.join("\n");
}
