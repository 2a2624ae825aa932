import type { CheckId } from "../checks/ids";
import type { Finding } from "../checks/types";
import type { DecisionAction } from "../engine";
import { en } from "./en";
import { ja } from "./ja";
import type { Catalog, Lang, Say } from "./types";

export const CATALOGS: Readonly<Record<Lang, Catalog>> = { ja, en };

/** Picks the catalog for a BCP 47 tag such as Office's displayLanguage ("ja-JP", "en-US"); Japanese by default. */
export function langFor(tag: string | undefined | null): Lang {
  return typeof tag === "string" && /^en\b/i.test(tag) ? "en" : "ja";
}

function sayFor(c: Catalog, maxItems: number, omitRecipients: boolean): Say {
  const asArray = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
  const list = (v: unknown, max = maxItems): string => {
    const items = asArray(v);
    if (items.length <= max) return items.join(c.listSeparator);
    return items.slice(0, max).join(c.listSeparator) + c.listSeparator + c.more(items.length - max);
  };
  return {
    str: (v) => (v === undefined || v === null ? "" : String(v)),
    list,
    recipients: (v) => (omitRecipients || asArray(v).length === 0 ? "" : c.aside(list(v))),
    where(v) {
      const parts = asArray(v).map((token) => {
        if (token === "subject") return c.sources.subject;
        if (token === "body") return c.sources.body;
        if (token === "label") return c.sources.label;
        return c.sources.attachment(token.replace(/^attachment:/, ""));
      });
      return parts.length <= 2
        ? parts.join(c.sources.and)
        : parts.slice(0, 2).join(c.sources.and) + c.listSeparator + c.more(parts.length - 2);
    },
  };
}

export interface RenderOptions {
  /** How many recipients or domains to name before "and N more"; the Smart Alert passes fewer to fit 500 chars. */
  readonly maxItems?: number;
  /**
   * The reader was just told these recipients (an earlier line of the same Smart Alert): the sentence leaves its
   * recipient aside out and reads on without it. Other lists (domains, attachments) are still named.
   */
  readonly omitRecipients?: boolean;
}

/** One line a civil servant understands, in the requested language. */
export function renderFinding(
  finding: Pick<Finding, "messageId" | "data">,
  lang: Lang,
  options: RenderOptions = {},
): string {
  const c = CATALOGS[lang];
  const template = c.findings[finding.messageId];
  if (!template) return c.unknownMessage;
  return template(finding.data, sayFor(c, options.maxItems ?? 3, options.omitRecipients === true));
}

/** Identifies a finding's recipients regardless of order or case; undefined when it has none. */
function recipientsKey(data: Finding["data"]): string | undefined {
  const v = data.recipients;
  const items = (Array.isArray(v) ? v : typeof v === "string" ? [v] : []).map((r) => String(r).toLowerCase());
  return items.length > 0 ? items.sort().join("\n") : undefined;
}

/**
 * The recipient lists the reader has already been shown, for naming each list once: a later finding about the same
 * people renders with `omitRecipients` instead of repeating "(a@…, b@…, c@…)" on every line. The Smart Alert, the
 * CLI's table and the policy editor's preview all follow this one rule.
 */
export class NamedRecipients {
  private readonly keys: string[];

  constructor() {
    // Assigned here rather than as a class field: the event bundle is ES2016.
    this.keys = [];
  }

  /** Whether an earlier line already named exactly these recipients. */
  told(data: Finding["data"]): boolean {
    const key = recipientsKey(data);
    return key !== undefined && this.keys.indexOf(key) >= 0;
  }

  /** Records that a line shown to the reader named these recipients. */
  tell(data: Finding["data"]): void {
    const key = recipientsKey(data);
    if (key !== undefined && this.keys.indexOf(key) < 0) this.keys.push(key);
  }
}

/** Findings as lines in order, each recipient list named by the first line that shows it and left out later. */
export function renderFindings(
  findings: readonly Pick<Finding, "messageId" | "data">[],
  lang: Lang,
  options: Pick<RenderOptions, "maxItems"> = {},
): string[] {
  const named = new NamedRecipients();
  return findings.map((f) => {
    const told = named.told(f.data);
    const line = renderFinding(f, lang, { maxItems: options.maxItems, omitRecipients: told });
    // Only a line that really shows the list tells the reader (some messages carry recipients without naming them).
    if (!told && line !== renderFinding(f, lang, { maxItems: options.maxItems, omitRecipients: true }))
      named.tell(f.data);
    return line;
  });
}

export function checkTitle(id: CheckId, lang: Lang): string {
  return CATALOGS[lang].checkTitles[id];
}

export function decisionLabel(action: DecisionAction, lang: Lang): string {
  return CATALOGS[lang].decisions[action];
}
