import type { ComposeType } from "../message";
import { TextJudge, type HitKind } from "./judge";
import { lineTable } from "./lines";
import type { Marking, Restriction } from "./marking";
import type { TextPlace } from "./place";
import {
  CAUTION,
  CONFIDENTIALITY,
  LIMITED_BRACKETED,
  LIMITED_PLAIN,
  NEEDS_CONFIDENTIALITY,
  RESTRICTION_TRIGGER,
  RESTRICTION_WORDS,
  SECRET,
  TIME_LIMIT,
} from "./vocabulary";

/** A word an administrator added to the vocabulary, already NFKC-normalised. */
export interface ExtraWord {
  readonly word: string;
  readonly level: number;
  readonly restriction?: Restriction;
}

/** How a text is read: where it sits, and for the mail body whether it is a reply or a forward. */
export interface ScanOptions {
  /** Default `explicit`: a label word standing as a word of its own counts (file names, headers, titles). */
  readonly place?: TextPlace;
  /** Set only for the body of the mail being sent: decides how quoted earlier messages count. */
  readonly composeType?: ComposeType;
}

/** Texts longer than this are scanned only at the start: markings sit at the top, and Send must stay fast. */
export const MAX_SCAN_CHARS = 50_000;

// Format and control characters (NUL, soft hyphen, zero-width space and joiners, bidi overrides such as RLO,
// BOM, variation selectors, U+FFFD …) that render as nothing but would split 機密性２ and hide it from the
// patterns. Tab and line feed stay: lines matter to the judgement. Combining marks (U+034F, variation selectors)
// are listed on purpose: each is removed on its own, never as part of a character.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFD]/g;

export function normaliseForScan(text: string): string {
  // ㊙ (circled 秘) becomes a bare 秘 under NFKC, which alone is never a marking: keep it recognisable.
  let t = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  // Each replace runs only when needed: most texts (file names, short subjects) have none of these.
  if (t.indexOf("\r") >= 0) t = t.replace(/\r\n?/g, "\n");
  INVISIBLE.lastIndex = 0;
  if (INVISIBLE.test(t)) t = t.replace(INVISIBLE, "");
  if (t.indexOf("\u3299") >= 0) t = t.replace(/\u3299/g, "【秘】");
  return t.normalize("NFKC");
}

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

const KANJI_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

function confidentialityLevel(digit: string, localGov: boolean): number {
  const n = KANJI_DIGITS[digit] ?? Number(digit);
  // 自治体機密性 has levels 1–3 (3A/3B/3C …); 4 exists only in some ministries' own schemes.
  return localGov ? Math.min(n, 3) : n;
}

// When the same marking appears several times, the strongest reading is kept: a marking in the new text, then a
// marking in a quote, then a mention.
function rank(m: Marking): number {
  return (m.mention ? 0 : 2) + (m.quoted ? 0 : 1);
}

/**
 * Finds every 格付・取扱制限 word in a text and judges each hit: a marking of this information, or a mention of a
 * class in running text (`mention: true`). Hits in a quoted earlier message carry `quoted: true`. The same word
 * is reported once per reading (marking or mention, new text or quote).
 */
export function detectMarkings(
  raw: string,
  extraWords: readonly ExtraWord[] = [],
  options: ScanOptions = {},
): Marking[] {
  if (raw.length === 0) return [];
  const text = normaliseForScan(raw);
  // Built on the first hit only: most texts (file names, short subjects) have none.
  let judge: TextJudge | undefined;
  const found = new Map<string, Marking>();
  const add = (start: number, end: number, kind: HitKind, m: Omit<Marking, "mention" | "quoted">) => {
    if (!judge) judge = new TextJudge(text, { place: options.place ?? "explicit", composeType: options.composeType });
    const j = judge.judge(start, end, kind);
    const marking: Marking = { text: m.text, level: m.level };
    if (m.restriction) (marking as { restriction?: Restriction }).restriction = m.restriction;
    if (j.form === "mention") (marking as { mention?: boolean }).mention = true;
    if (j.quoted) (marking as { quoted?: boolean }).quoted = true;
    const key = m.text + "|" + m.level + "|" + (m.restriction ?? "") + (j.quoted ? "|q" : "");
    const old = found.get(key);
    if (!old || rank(marking) > rank(old)) found.set(key, marking);
  };
  const hit = (m: RegExpExecArray, core: string, kind: HitKind, marking: Omit<Marking, "mention" | "quoted">) => {
    const at = m.index + Math.max(0, m[0].indexOf(core));
    add(at, at + core.length, kind, marking);
  };
  if (text.indexOf("機密性") >= 0) {
    each(CONFIDENTIALITY, text, (m) => {
      const localGov = m[1] !== undefined;
      const level = confidentialityLevel(m[2] ?? "0", localGov);
      hit(m, m[0], "level", { text: `${localGov ? "自治体" : ""}機密性${level}${m[3] ?? ""}`, level });
    });
  }
  if (text.indexOf("要機密") >= 0) {
    each(NEEDS_CONFIDENTIALITY, text, (m) => hit(m, m[1] ?? "要機密", "level", { text: "要機密", level: 2 }));
  }
  if (text.indexOf("秘") >= 0 || text.indexOf("機密") >= 0) {
    for (const p of SECRET) each(p.re, text, (m) => hit(m, p.core ?? m[0], "level", { text: p.label, level: 3 }));
  }
  if (text.indexOf("注意") >= 0) each(CAUTION, text, (m) => hit(m, m[0], "level", { text: "取扱注意", level: 2 }));
  // Every restriction word ends in one of a few words: one pass decides whether the fourteen patterns need to run.
  if (RESTRICTION_TRIGGER.test(text)) {
    for (const [re, restriction] of RESTRICTION_WORDS) {
      const kind: HitKind = restriction === "no-send" ? "no-send" : "restriction";
      each(re, text, (m) => hit(m, m[0], kind, { text: m[0], level: 0, restriction }));
    }
  }
  if (text.indexOf("限り") >= 0) {
    each(LIMITED_BRACKETED, text, (m) => {
      const core = (m[1] ?? "").trim();
      hit(m, core, "restriction", { text: core, level: 0, restriction: "limited" });
    });
    each(LIMITED_PLAIN, text, (m) => {
      const who = m[1] ?? "";
      if (TIME_LIMIT.test(who)) return;
      hit(m, m[0], "restriction", { text: `${who}限り`, level: 0, restriction: "limited" });
    });
  }
  for (const w of extraWords) {
    if (w.word === "") continue;
    const kind: HitKind = w.restriction === "no-send" ? "no-send" : w.restriction ? "restriction" : "level";
    const marking = { text: w.word, level: w.level, ...(w.restriction ? { restriction: w.restriction } : {}) };
    // Every occurrence is judged, so one marking among several mentions is not missed; bounded like the patterns.
    let n = 0;
    for (let i = text.indexOf(w.word); i >= 0 && n < 100; i = text.indexOf(w.word, i + w.word.length), n++) {
      add(i, i + w.word.length, kind, marking);
    }
  }
  return [...found.values()];
}

/** The highest 機密性 level among the markings; mentions do not count. */
export function highestLevel(markings: readonly Pick<Marking, "level" | "mention">[]): number {
  let max = 0;
  for (const m of markings) if (!m.mention && m.level > max) max = m.level;
  return max;
}

/** True when a mail body holds an earlier message: a quote block or a reply/forward separator. */
export function hasEarlierMessage(body: string): boolean {
  return lineTable(normaliseForScan(body)).hasEarlier;
}
