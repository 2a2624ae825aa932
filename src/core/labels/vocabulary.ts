import type { Restriction } from "./marking";

/**
 * The 格付・取扱制限 vocabulary of the unified standard as staff write it, matched after NFKC normalisation (so
 * full-width digits, colons and round/square brackets are already ASCII; 【】 and 「」 are not changed by NFKC).
 * Patterns avoid lookbehind and other post-ES2016 syntax because the same code runs in Outlook's oldest runtime,
 * and every repetition is bounded or over a class its neighbours do not share, so hostile input stays linear.
 *
 * A pattern only finds the words. Whether a hit is a marking of this information or a mention of a class in
 * running text is decided afterwards from where it stands (labels/judge.ts).
 */

// 機密性２, 機密性:2, 機密性【3】, 機密性2情報, 自治体機密性3A; not "機密性2以上" (a rule about labels, not a label).
export const CONFIDENTIALITY =
  /(自治体)?機密性[ \t]{0,3}(?::[ \t]{0,3})?(?:[([【「][ \t]{0,3})?([1-4一二三四])(?:[ \t]{0,2}([ABC]))?(?!\d)(?![ \t]{0,3}(?:以上|以下|未満))/g;

/** A pattern and the word its hit shows the user; `core` is the part of the hit the judgement looks around. */
export interface Pattern {
  readonly re: RegExp;
  readonly label: string;
  /** The word inside the hit (brackets and line breaks around it are part of some patterns). */
  readonly core?: string;
}

// Secret-document tiers. 秘 alone only inside brackets or on a line of its own: 秘書, 便秘, 秘訣 are ordinary words.
export const SECRET: readonly Pattern[] = [
  { re: /特定秘密(?!の?保護)/g, label: "特定秘密" },
  { re: /極秘(?!裏)/g, label: "極秘" },
  { re: /時限秘/g, label: "時限秘" },
  { re: /マル秘/g, label: "秘" },
  { re: /[【[(「『〔《<][ \t]{0,3}秘[ \t]{0,3}[】\])」』〕》>]/g, label: "秘", core: "秘" },
  { re: /(?:^|\n)[ \t]{0,8}秘[ \t]{0,8}(?=\n|$)/g, label: "秘", core: "秘" },
  { re: /(?:^|[^極非])秘文書/g, label: "秘文書", core: "秘文書" },
  // 機密 as a tier of its own (above 極秘 where a body uses it), only as a bracketed marking: 【機密】, (機密).
  { re: /[【[(〔《<≪][ \t]{0,3}機密[ \t]{0,3}[】\])〕》>≫]/g, label: "機密", core: "機密" },
];

// 【要機密】: the standard's umbrella term for 機密性２ and ３, used as a marking only inside brackets.
export const NEEDS_CONFIDENTIALITY = /[【[(「][ \t]{0,3}(要機密(?:情報)?)[ \t]{0,3}[】\])」]/g;

// 取扱注意 and 取扱厳重注意 (legacy, treated as 機密性２); not 取扱注意事項 (notes on handling).
export const CAUTION = /取り?扱い?(?:厳重)?注意(?!事項|点)/g;

export const RESTRICTION_WORDS: readonly [RegExp, Restriction][] = [
  [/転送(?:禁止|不可)/g, "no-forward"],
  [/転送要許可/g, "no-forward"],
  // 転送・複製禁止: one 禁止 for two words (複製・転送禁止 is found by 転送禁止 itself).
  [/転送[・/](?:複製|印刷|配布|配付|転載|コピー)(?:禁止|不可)/g, "no-forward"],
  [/送信(?:禁止|不可)/g, "no-send"],
  [/送信要許可/g, "needs-permission"],
  [/外部提供(?:禁止|不可)/g, "no-external"],
  [/(?:[部庁省府局課社]|外部|組織)外秘/g, "limited"],
  [/複製(?:禁止|不可|要許可)/g, "no-copy"],
  // 複製を禁ず: one of Word's built-in Japanese watermarks.
  [/複製を禁(?:ず|じます|止)/g, "no-copy"],
  [/コピー(?:禁止|不可)/g, "no-copy"],
  [/配[付布](?:禁止|不可|要許可)/g, "no-distribute"],
  [/暗号化必須/g, "encrypt"],
  [/印刷(?:禁止|不可)/g, "no-print"],
  [/持ち?出し?(?:禁止|不可)/g, "no-takeout"],
  [/読後廃棄/g, "destroy-after-reading"],
  [/再利用(?:禁止|要許可)/g, "no-reuse"],
];

/** A word every RESTRICTION_WORDS pattern ends in; keep in step when adding a pattern. */
export const RESTRICTION_TRIGGER = /禁止|禁ず|禁じ|不可|許可|必須|廃棄|外秘/;

// 〜限り: 関係者限り, 庁内限り, 委員限り, ○○課限り, 課長限り, 管理職限り. Ordinary 限り (できる限り, 可能な限り, 本日限り,
// 今回限り) is preceded by kana or a time word, so an unbracketed 限り counts only after a word for a group of people
// or a place (a post such as 課長 or 局長 names the people who may read it).
export const LIMITED_BRACKETED = /[【[(「][ \t]{0,3}([^】\])」\n]{1,20}?限り)[ \t]{0,3}[】\])」]/g;
export const LIMITED_PLAIN = /([\u4e00-\u9fff々〇○◯]{0,10}(?:[内者員課局部室係班省庁官等長職]|関係|幹部|限定))限り/g;

// A period of time is not a circle of people: 年度内限り, 期間内限り, 期限内限り, 本日中 … never restrict recipients.
export const TIME_LIMIT = /(?:年度|[年月日週]|期間|期限|時間|期日|会期|任期|[時分秒枠]|予算|範囲|制度)内$/;
