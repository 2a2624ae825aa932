import type { GuidanceSection } from "../checks/ids";
import type { Finding } from "../checks/types";
import { checkTitle, NamedRecipients, renderFinding } from "../i18n/render";
import type { Lang } from "../i18n/types";
import { escapeMarkdown, isHttpsUrl, markdownLink, neutraliseText } from "./markdown";
import { ALERT_TEXTS, type AlertTexts } from "./texts";

/** Outlook's documented limits for the Smart Alerts dialog. */
export const ALERT_LIMITS = { message: 500, cancelLabel: 20 } as const;

export type AlertKind = "warn" | "block" | "error";

export interface AlertRequest {
  readonly kind: AlertKind;
  /** Most severe first (the engine's order). May be empty for an error. */
  readonly findings: readonly Pick<Finding, "check" | "guidance" | "messageId" | "data">[];
  readonly lang: Lang;
  /** The guidance page for a section; anything but an https:// URL is ignored. */
  readonly guidanceUrl: (section: GuidanceSection) => string | undefined;
  /** "button": the dialog has Send Anyway; "press-again": older clients, Send again sends; "none": blocked. */
  readonly sendAnyway: "button" | "press-again" | "none";
  /** The dialog's button opens the fix pane (commandId is set). */
  readonly fixPane: boolean;
  /** Part of the mail (an attachment) could not be inspected. */
  readonly incomplete?: boolean;
  /** A meeting invitation rather than a mail (OnAppointmentSend): the headline names it. */
  readonly invitation?: boolean;
}

export interface SmartAlertText {
  readonly errorMessage: string;
  readonly errorMessageMarkdown: string;
  readonly cancelLabel: string;
}

/** How much of the dialog survives: each step of `shrink` gives up one small piece, most expendable first. */
interface Shape {
  /** Per finding: 0 = up to 3 names, 1 = 1 name, 2 = the check's title only. */
  detail: number[];
  /** Findings shown; the rest are counted in "N more". */
  shown: number;
  links: number;
  incomplete: boolean;
  fixHint: boolean;
}

interface Parts {
  head: string;
  linkSeparator: string;
  /** lines[i][d]: finding i at detail d, already formatted for the target. */
  lines: string[][];
  links: string[];
  more: (n: number) => string;
  incomplete: string;
  fixHint: string;
  /** Always kept: how to go on (send anyway / press again / fix first). */
  closing: string;
}

function shapes(n: number, links: number, incomplete: boolean, fixHint: boolean): Shape[] {
  // The sequence of ever smaller dialogs; the first that fits wins. Every step removes whole units only, and the
  // dialog's own paragraphs (hint, links) go only after every finding is down to its title: how long a file name
  // is must never change how many lines and paragraphs the dialog has. Findings are shown in order and a later one
  // never has more detail than an earlier one: buildSmartAlert's "recipients named once" relies on both.
  const out: Shape[] = [];
  const s: Shape = { detail: new Array(n).fill(0), shown: n, links, incomplete, fixHint };
  const push = () => out.push({ ...s, detail: s.detail.slice() });
  push();
  while (s.links > 1) {
    s.links--;
    push();
  }
  for (let i = n - 1; i >= 0; i--) {
    s.detail[i] = 1;
    push();
  }
  for (let i = n - 1; i >= 0; i--) {
    s.detail[i] = 2;
    push();
  }
  if (s.fixHint) {
    s.fixHint = false;
    push();
  }
  while (s.shown > 1) {
    s.shown--;
    push();
  }
  if (s.links > 0) {
    s.links = 0;
    push();
  }
  if (s.incomplete) {
    s.incomplete = false;
    push();
  }
  s.shown = 0;
  push();
  return out;
}

function compose(p: Parts, s: Shape, markdown: boolean): string {
  const blocks: string[] = [p.head];
  if (s.incomplete) blocks.push(p.incomplete);
  const items: string[] = [];
  for (let i = 0; i < s.shown && i < p.lines.length; i++)
    items.push((p.lines[i] as string[])[s.detail[i] ?? 0] as string);
  if (items.length) blocks.push(markdown ? items.map((l) => `- ${l}\r`).join("") : items.join("\n"));
  const hidden = p.lines.length - Math.min(s.shown, p.lines.length);
  if (hidden > 0) blocks.push(p.more(hidden));
  if (s.links > 0) blocks.push(p.links.slice(0, s.links).join(p.linkSeparator));
  if (s.fixHint) blocks.push(p.fixHint);
  blocks.push(p.closing);
  return blocks.filter((b) => b !== "").join(markdown ? "\n\n" : "\n");
}

function fit(p: Parts, markdown: boolean, incomplete: boolean, fixHint: boolean): string {
  for (const s of shapes(p.lines.length, p.links.length, incomplete, fixHint)) {
    const text = compose(p, s, markdown);
    if (text.length <= ALERT_LIMITS.message) return text;
  }
  // Unreachable with our own texts (head + count + closing is far below 500); kept as a hard guarantee.
  return p.head;
}

/**
 * A URL inside mail data (a file named "https://…") must not become a link a client auto-detects in the dialog:
 * the only links there are our guidance pages. "https[:]//" is the usual way to show an address inertly.
 */
export function defang(text: string): string {
  // Same result as text.replace(/([a-z][a-z0-9+.-]*):\/\//gi, "$1[:]//"), in one pass: that regex rescans a long
  // run of letters from every position in it when no "://" follows (quadratic on a hostile file name).
  if (text.indexOf("://") < 0) return text;
  return text.replace(/:\/\//g, (sep: string, at: number) => (schemeEndsAt(text, at) ? "[:]//" : sep));
}

/** Whether the run of scheme characters (letters, digits, + . -) just before `end` holds a letter to start one. */
function schemeEndsAt(text: string, end: number): boolean {
  // Walks back only over that run, which the previous "://" ends: every character is visited once in all.
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
    if (!((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d)) return false;
  }
  return false;
}

/** One rendered finding as dialog text: mail data in it can add no line, hide nothing and link nowhere. */
function inert(line: string): string {
  return defang(neutraliseText(line));
}

/**
 * Builds the Smart Alerts dialog text: plain `errorMessage` and `errorMessageMarkdown`, each at most 500 characters
 * for any set of findings. Long content is shortened by whole units (fewer names, then the check's title, then
 * "N more"), never by cutting a word or a link; links are only HTTPS guidance pages.
 */
export function buildSmartAlert(req: AlertRequest): SmartAlertText {
  const t = ALERT_TEXTS[req.lang];
  const sections: GuidanceSection[] = [];
  for (const f of req.findings) if (sections.indexOf(f.guidance) < 0) sections.push(f.guidance);
  const urls: [GuidanceSection, string][] = [];
  for (const s of sections) {
    const url = req.guidanceUrl(s);
    if (typeof url === "string" && isHttpsUrl(url)) urls.push([s, url]);
  }
  const closing =
    req.kind === "error" && req.sendAnyway === "none"
      ? t.errorBlocked
      : req.sendAnyway === "button"
        ? t.sendAnywayButton
        : req.sendAnyway === "press-again"
          ? t.pressAgain
          : t.fixFirst;
  // Recipient lists an earlier line already names in full or shortened form: a later finding about the same people
  // leaves them out instead of repeating "(a@…, b@…, c@…)" on every line.
  const named = new NamedRecipients();
  const rendered = req.findings.map((f) => {
    const title = checkTitle(f.check, req.lang);
    // A line longer than the whole dialog can never be shown: its title stands in before any escaping or fitting,
    // so a huge file name costs one pass, not one per candidate layout.
    const usable = (line: string) => (line.length > ALERT_LIMITS.message ? title : line);
    const told = named.told(f.data);
    const line = (maxItems: number, omitRecipients: boolean) =>
      usable(inert(renderFinding(f, req.lang, { maxItems, omitRecipients })));
    const lines = [line(3, told), line(1, told), title];
    // Only a line that really shows the list tells the reader (some messages carry recipients without naming them).
    // Whole-unit shrinking keeps this true in every layout: findings are shown in order and a later one never has
    // more detail than an earlier one, so while this finding's sentence is shown, so is the earlier one's.
    if (!told && lines[0] !== title && lines[1] !== title && lines[1] !== line(1, true)) named.tell(f.data);
    return lines;
  });
  // With several findings the room goes to the findings themselves (the dialog's button already says 対処する /
  // Fix). Decided from the count alone, so the length of a file name never changes the dialog's paragraphs.
  const hint = req.fixPane && req.findings.length <= 1;
  const plain: Parts = {
    head: headline(t, req),
    linkSeparator: " ",
    lines: rendered.map((r, i) =>
      r.map((line) => t.bullet + line + t.sectionTag((req.findings[i] as Finding).guidance)),
    ),
    links: urls.length ? [`${t.seeAlso} ${(urls[0] as [GuidanceSection, string])[1]}`] : [],
    more: t.more,
    incomplete: t.incomplete,
    fixHint: t.fixPane,
    closing,
  };
  const md: Parts = {
    head: `**${escapeMarkdown(headline(t, req))}**`,
    linkSeparator: escapeMarkdown(t.linkSeparator),
    // Each finding names its section in both forms: a client without Markdown, or a dialog too small for the
    // links, still tells the user where to read.
    lines: rendered.map((r, i) =>
      r.map((line) => escapeMarkdown(line + t.sectionTag((req.findings[i] as Finding).guidance))),
    ),
    links: urls.map(([s, u], i) => (i === 0 ? `${escapeMarkdown(t.seeAlso)} ` : "") + markdownLink(t.linkText(s), u)),
    more: (n) => escapeMarkdown(t.more(n)),
    incomplete: escapeMarkdown(t.incomplete),
    fixHint: escapeMarkdown(t.fixPane),
    closing: escapeMarkdown(closing),
  };
  return {
    errorMessage: fit(plain, false, !!req.incomplete, hint),
    errorMessageMarkdown: fit(md, true, !!req.incomplete, hint),
    cancelLabel: t.cancelLabel.slice(0, ALERT_LIMITS.cancelLabel),
  };
}

function headline(t: AlertTexts, req: AlertRequest): string {
  return req.kind === "block" && req.invitation === true ? t.blockInvitation : t.head[req.kind];
}
