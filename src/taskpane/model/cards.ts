import type { GuidanceSection } from "../../core/checks/ids";
import type { Finding } from "../../core/checks/types";
import { fixesFor, type AttachmentChoice, type ChecklistItem } from "../../core/fixes/fix-options";
import { checkTitle, renderFinding, CATALOGS } from "../../core/i18n/render";
import type { Lang } from "../../core/i18n/types";
import type { RecipientField } from "../../core/message";
import { STRINGS } from "../strings";
import { markingAsWritten } from "../../core/labels/as-written";

/** What the pane knows about the live draft; the adapter fills it from Office, tests write it by hand. */
export interface PaneDraft {
  readonly recipients: readonly { field: RecipientField; address: string; displayName?: string }[];
  readonly subject: string;
  /** Plain-text body, when the host gives it: only used to quote markings as the user wrote them. */
  readonly body?: string;
  readonly attachments: readonly { id: string; name: string }[];
}

export type CardFix =
  | {
      readonly kind: "move-to-bcc";
      readonly candidates: readonly { address: string; field: "to" | "cc"; displayName?: string }[];
    }
  | { readonly kind: "mark-subject"; readonly level: number; readonly subject: string }
  | { readonly kind: "remove-recipients"; readonly addresses: readonly string[] }
  | { readonly kind: "remove-attachment"; readonly attachments: readonly { id: string; name: string }[] }
  | {
      readonly kind: "attachment-choices";
      /** The files the finding names that are still attached (empty: they are gone, the card will clear). */
      readonly attachments: readonly { id: string; name: string }[];
      readonly choices: readonly AttachmentChoice[];
    }
  | { readonly kind: "checklist"; readonly items: readonly { id: string; text: string }[] };

export interface Card {
  /** Stable across re-evaluations of the same problem, so ticks and messages stay with their card. */
  readonly key: string;
  readonly check: Finding["check"];
  readonly action: Finding["action"];
  readonly title: string;
  /** The engine's sentence about this mail (names from the mail are plain text, rendered as text). */
  readonly message: string;
  readonly why: string;
  /** For a block: who may decide and how to send the information properly instead. */
  readonly instead?: string;
  readonly section: GuidanceSection;
  readonly guidanceUrl: string;
  readonly fixes: readonly CardFix[];
}

const lower = (s: string) => s.trim().toLowerCase();

export function cardKey(f: Pick<Finding, "check" | "messageId">): string {
  return `${f.check}|${f.messageId}`;
}

export function checklistKey(card: string, item: ChecklistItem | string): string {
  return `${card}|${item}`;
}

/**
 * Turns findings into cards, each fix resolved against the live draft: only recipients still in To/CC can move,
 * only attachments still attached can be removed. A fix with nothing left to act on disappears.
 */
export function buildCards(
  findings: readonly Finding[],
  draft: PaneDraft,
  lang: Lang,
  guidanceUrl: (section: GuidanceSection) => string,
): Card[] {
  const s = STRINGS[lang];
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = cardKey(f);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const fixes: CardFix[] = [];
    for (const fix of fixesFor(f)) {
      if (fix.kind === "move-to-bcc") {
        const wanted = new Set(fix.addresses.map(lower));
        const candidates = draft.recipients
          .filter((r) => (r.field === "to" || r.field === "cc") && wanted.has(lower(r.address)))
          .map((r) => ({
            address: r.address,
            field: r.field as "to" | "cc",
            ...(r.displayName && r.displayName !== r.address ? { displayName: r.displayName } : {}),
          }));
        if (candidates.length) fixes.push({ kind: "move-to-bcc", candidates });
      } else if (fix.kind === "mark-subject") {
        fixes.push({ kind: "mark-subject", level: fix.level, subject: draft.subject });
      } else if (fix.kind === "remove-recipients") {
        const wanted = new Set(fix.addresses.map(lower));
        const present = [
          ...new Set(draft.recipients.filter((r) => wanted.has(lower(r.address))).map((r) => r.address)),
        ];
        if (present.length) fixes.push({ kind: "remove-recipients", addresses: present });
      } else if (fix.kind === "attachment-choices") {
        const names = new Set(fix.attachments);
        const attached = draft.attachments.filter((a) => names.has(a.name));
        fixes.push({ kind: "attachment-choices", attachments: attached, choices: fix.choices });
      } else if (fix.kind === "remove-attachment") {
        const found = draft.attachments.filter((a) => a.name === fix.attachment);
        const prev = fixes.find((x) => x.kind === "remove-attachment");
        if (prev && prev.kind === "remove-attachment") {
          const merged = [...prev.attachments, ...found.filter((a) => !prev.attachments.some((p) => p.id === a.id))];
          fixes[fixes.indexOf(prev)] = { kind: "remove-attachment", attachments: merged };
        } else if (found.length) fixes.push({ kind: "remove-attachment", attachments: found });
      } else {
        const items = fix.items.map((id) => ({ id, text: CATALOGS[lang].checklist[id] }));
        fixes.push({ kind: "checklist", items });
      }
    }
    // Quote markings as the user typed them (【機密性３】, not the engine's normalised [機密性3]).
    const sources = [draft.subject, ...draft.attachments.map((a) => a.name), draft.body];
    const data = "marking" in f.data ? { ...f.data, marking: markingAsWritten(f.data.marking, sources) } : f.data;
    const instead = f.action === "block" ? (s.instead[f.messageId] ?? s.instead.default) : undefined;
    return {
      key: n === 0 ? base : `${base}#${n}`,
      check: f.check,
      action: f.action,
      title: checkTitle(f.check, lang),
      message: renderFinding({ messageId: f.messageId, data }, lang, { maxItems: 10 }),
      why: s.why[f.check],
      ...(instead ? { instead } : {}),
      section: f.guidance,
      guidanceUrl: guidanceUrl(f.guidance),
      fixes,
    };
  });
}

/** Findings the send dialog reported that the live draft no longer has: shown as resolved. */
export function resolvedSince(
  atSend: readonly Pick<Finding, "check" | "messageId">[],
  now: readonly Pick<Finding, "check" | "messageId">[],
): Pick<Finding, "check" | "messageId">[] {
  const live = new Set(now.map(cardKey));
  const out = new Map<string, Pick<Finding, "check" | "messageId">>();
  for (const f of atSend) if (!live.has(cardKey(f))) out.set(cardKey(f), f);
  return [...out.values()];
}
