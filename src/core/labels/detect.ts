import type { Marking, Restriction } from "./marking";
import {
  CAUTION,
  CONFIDENTIALITY,
  LIMITED_BRACKETED,
  LIMITED_PLAIN,
  NEEDS_CONFIDENTIALITY,
  RESTRICTION_WORDS,
  SECRET,
} from "./vocabulary";

/** A word an administrator added to the vocabulary, already NFKC-normalised. */
export interface ExtraWord {
  readonly word: string;
  readonly level: number;
  readonly restriction?: Restriction;
}

/** Texts longer than this are scanned only at the start: markings sit at the top, and Send must stay fast. */
export const MAX_SCAN_CHARS = 50_000;

export function normaliseForScan(text: string): string {
  // ㊙ (circled 秘) becomes a bare 秘 under NFKC, which alone is never a marking: keep it recognisable.
  return text
    .slice(0, MAX_SCAN_CHARS)
    .replace(/\u3299/g, "【秘】")
    .normalize("NFKC");
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

/** Finds every marking in a text. Duplicates (the same marking twice) are reported once. */
export function detectMarkings(raw: string, extraWords: readonly ExtraWord[] = []): Marking[] {
  if (raw.length === 0) return [];
  const text = normaliseForScan(raw);
  const found = new Map<string, Marking>();
  const add = (m: Marking) => {
    const key = `${m.text}|${m.level}|${m.restriction ?? ""}`;
    if (!found.has(key)) found.set(key, m);
  };
  if (text.includes("機密性")) {
    each(CONFIDENTIALITY, text, (m) => {
      const localGov = m[1] !== undefined;
      const digit = m[2] ?? "0";
      const level = confidentialityLevel(digit, localGov);
      add({ text: `${localGov ? "自治体" : ""}機密性${level}${m[3] ?? ""}`, level });
    });
  }
  if (text.includes("要機密")) each(NEEDS_CONFIDENTIALITY, text, () => add({ text: "要機密", level: 2 }));
  if (text.includes("秘")) {
    for (const [re, label] of SECRET) each(re, text, () => add({ text: label, level: 3 }));
  }
  if (text.includes("注意")) each(CAUTION, text, () => add({ text: "取扱注意", level: 2 }));
  for (const [re, restriction] of RESTRICTION_WORDS) each(re, text, (m) => add({ text: m[0], level: 0, restriction }));
  if (text.includes("限り")) {
    each(LIMITED_BRACKETED, text, (m) => add({ text: (m[1] ?? "").trim(), level: 0, restriction: "limited" }));
    each(LIMITED_PLAIN, text, (m) => add({ text: `${m[1] ?? ""}限り`, level: 0, restriction: "limited" }));
  }
  for (const w of extraWords) {
    if (text.includes(w.word))
      add({ text: w.word, level: w.level, ...(w.restriction ? { restriction: w.restriction } : {}) });
  }
  return [...found.values()];
}

export function highestLevel(markings: readonly Pick<Marking, "level">[]): number {
  let max = 0;
  for (const m of markings) if (m.level > max) max = m.level;
  return max;
}
