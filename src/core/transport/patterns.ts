import type { Policy } from "../policy/schema";

/**
 * Text patterns for Exchange Online mail flow rules that find the same 格付 markings as src/core/labels, written in
 * the small pattern language Exchange documents for rules: literal characters, `\d \D \s \S \w \W`, `|`, `*`,
 * `( )`, `^ $` and `\` escapes. No character classes, `?`, `+`, `{n,m}` or lookaround: Exchange rejects or
 * misreads them. Exchange does not NFKC-normalise, so full-width variants are spelled out, and where the add-in uses
 * a negative lookahead (機密性3以上 is a rule about labels, 極秘裏 an adverb, 特定秘密保護法 a law) the pattern lists
 * what may follow a marking instead. `\W` is any character that is not a letter or digit (Unicode-aware in .NET):
 * brackets, punctuation, spaces and line ends.
 */

const META = /[\\.^$|?*+()[\]{}]/g;

/** A literal for the pattern language: metacharacters get a backslash, everything else stands for itself. */
export function literal(text: string): string {
  return text.replace(META, (c) => `\\${c}`);
}

const any = (...alternatives: string[]) => `(${alternatives.join("|")})`;

const OPEN = any("【", "\\[", "［", "\\(", "（", "「", "『", "〔", "《", "<", "＜");
const CLOSE = any("】", "\\]", "］", "\\)", "）", "」", "』", "〕", "》", ">", "＞");
/** Between 機密性 and its digit: an optional colon and an optional opening bracket, with spaces (the add-in's set). */
const SEPARATOR = `\\s*${any(":", "：")}*\\s*${any("\\(", "（", "\\[", "［", "【", "「")}*\\s*`;
/**
 * What may follow a marking: a non-word character, the end, an underscore (a word character to .NET, common in
 * file names such as 極秘_案.docx), or particles and nouns of running text ("機密性３の資料", "極秘文書").
 */
const FOLLOWERS = ["\\W", "$", "_", "情報", "文書", "資料", "扱い", "を", "が", "は", "に", "で", "も", "と"];
/** Local-government sub-levels (自治体機密性3A) in half and full width. */
const SUB_LEVELS = ["A", "B", "C", "Ａ", "Ｂ", "Ｃ"];

/** 機密性N followed by what the add-in accepts there; never by another digit or 以上/以下/未満. */
function confidentiality(digits: readonly string[]): string {
  return `機密性${SEPARATOR}${any(...digits)}${any(...FOLLOWERS, "の", ...SUB_LEVELS)}`;
}

/** Patterns for 機密性３・４, 極秘, 秘, 【機密】, 特定秘密 and 時限秘: what `external-confidential` treats as severe. */
export function severePatterns(policy: Pick<Policy, "labels">): string[] {
  const extra = policy.labels.extraWords.filter((w) => w.meaning === "confidential-3").map((w) => literal(w.word));
  return [
    confidentiality(["3", "３", "三", "4", "４", "四"]),
    // 特定秘密の取扱い is a marking, 特定秘密の保護 is the law: without lookahead, の is left out altogether.
    `特定秘密${any(...FOLLOWERS, "指定")}`,
    `極秘${any(...FOLLOWERS, "の")}`,
    "時限秘",
    "マル秘",
    "㊙",
    `${OPEN}\\s*秘\\s*${CLOSE}`,
    `${OPEN}\\s*機密\\s*${CLOSE}`,
    "秘文書",
    ...extra,
  ];
}

/** Patterns for 機密性２, 取扱注意 (取扱厳重注意) and 【要機密】: what `external-confidential` warns about. */
export function confidentialPatterns(policy: Pick<Policy, "labels">): string[] {
  const extra = policy.labels.extraWords.filter((w) => w.meaning === "confidential-2").map((w) => literal(w.word));
  return [
    confidentiality(["2", "２", "二"]),
    // 取扱注意事項 and 取扱注意点 are notes on handling, not a marking: 事 and 点 are not among the followers.
    `取り*扱い*(厳重)*注意${any(...FOLLOWERS, "の")}`,
    `${OPEN}\\s*要機密(情報)*\\s*${CLOSE}`,
    ...extra,
  ];
}
