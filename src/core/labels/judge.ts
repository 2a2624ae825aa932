import type { ComposeType } from "../message";
import { lineAt, lineTable, type Line, type LineTable } from "./lines";
import type { TextPlace } from "./place";

/**
 * Marking or mention (handbook 1章-1 明示). A marking shows the class of this information where a handler sees it
 * at once; running text that names a class as a topic (a training title, a rule, a review notice, quoted news) is
 * a mention and never warns. Every test here looks at a short slice around one hit, so judging costs nothing when
 * a text has no hit and stays linear when it has many.
 *
 * Quoted earlier messages count for less than the new text. In a reply (or a new mail holding a quote), explicit
 * markings in the quote (a bracketed label, a label line) still count, because that information is being sent
 * again; statements and mentions in the quote are ignored. In a forward the forwarded part is the content being
 * sent and counts in full.
 */

export type Form = "marking" | "mention";

/** One of four shared objects, so judging a hit allocates nothing. */
export interface Judgement {
  readonly form: Form;
  /** The hit is in an earlier message (quote or forwarded part) of a mail body. */
  readonly quoted: boolean;
}

export interface JudgeOptions {
  readonly place: TextPlace;
  /** Only for the mail body: how quoted text counts. */
  readonly composeType?: ComposeType;
}

/** What kind of word the hit is: statements read differently for a class and for a restriction. */
export type HitKind = "level" | "restriction" | "no-send";

// ≪≫ (U+226A/B, what an IME offers for "<<") and 〖〗 are used as brackets in Japanese text.
const STRONG_OPEN = "【[(〔《<〈{≪〖";
const STRONG_CLOSE = "】])〕》>〉}≫〗";
const WEAK_OPEN = "「『";
const WEAK_CLOSE = "」』";
// Characters that end a label as a word of its own: spaces and the separators of compound labels and file names.
const SEPARATORS = " \t・/|_-.:+";
const ARROWS = "→⇒~〜";
const BULLETS = "■□◆◇●○◎★☆※";
// What frames a label line on both sides: ■機密性２■, ＊＊＊機密性２＊＊＊, ＝＝ 機密性２ ＝＝, a box drawn with ┃ and ━.
const FRAMES = "■□◆◇●○◎★☆*=┃│─━―";

/** Lines a label alone on its line may sit below the top of its part and still be a marking. */
export const EARLY_LINES = 10;
/** A line longer than this is a sentence, not a label line. */
const LABEL_LINE_CHARS = 40;
const NEAR = 24;
/** The most of a line before a hit that is looked at (line prefixes, sentence starts). */
const MAX_PREFIX = 80;
/** How far the judgement looks for the ends of a hit's line. */
const LOOK = 200;

// Line start up to the hit: indentation, quote marks, a ※ note mark, RE:/FW: prefixes, complete bracket groups
// (【至急】), a 格付：/取扱制限： prefix, and an opening bracket right before the label.
const LINE_PREFIX =
  /^[ \t>]{0,12}(?:[※◆■□●◎★☆][ \t]{0,3})?(?:(?:re|fwd?|転送|返信)[ \t]{0,3}:[ \t]{0,3}){0,3}(?:(?:【[^】\n]{0,24}】|\[[^\]\n]{0,24}\]|\([^)\n]{0,24}\)|〔[^〕\n]{0,24}〕|<[^>\n]{0,24}>)[ \t]{0,3}){0,4}(?:(?:格付け?|取扱い?制限|取扱区分|区分|分類|表示)[ \t]{0,3}:[ \t]{0,3})?(?:[【[(〔《<〈「『][ \t]{0,3})?$/i;
// 格付：機密性２ / 取扱制限：転送禁止, anywhere on a line.
const LABEL_PREFIX = /(?:格付け?|取扱い?制限|取扱区分|区分|分類|表示)[ \t]{0,3}:[ \t]{0,3}(?:[【[(「『][ \t]{0,3})?$/;
// The label's own trailing word: 機密性２情報, 極秘文書, 関係者限り資料.
const TRAILING_WORD = /^(?:情報|文書|資料|扱い|事項)/;
// The rest of a label line after the label: only closing brackets and spaces.
const LINE_REST = /^(?:情報|文書|資料)?[ \t]{0,3}[】\])〕》>〉」』≫〗]{0,3}[ \t]{0,3}$/;
// A label framed on both sides (＊＊＊機密性２＊＊＊, ＝＝ 機密性２ ＝＝, ┃機密性２┃): the frame before and after it. A
// frame on one side only is a list bullet or a table cell (| 機密性３ | 秘密文書相当 |), which may be a list of classes.
const FRAME_BEFORE = /^[ \t>]{0,12}(?:[■□◆◇●○◎★☆*=┃│─━―][ \t]{0,3}){1,8}$/;
const FRAME_AFTER = /^(?:情報|文書|資料)?(?:[ \t]{0,3}[■□◆◇●○◎★☆*=┃│─━―]){1,8}[ \t]{0,3}$/;

// What follows a bracketed label that is being talked about: と表示, の記載, を付ける, 等の, のように.
const TALKED_ABOUT =
  /^(?:と(?:表示|記載|明記|書|付|いう|記す|する)|の(?:表示|記載|ように|ような|例|付)|を(?:付|表示|記載|明記|つけ)|など|等)/;
// A short line that is itself a class: a neighbour of a label line in a list of classes.
const CLASS_LINE = /^(?:自治体)?機密性[ \t:]{0,3}[1-4一二三四][ABC]?(?:情報)?(?:$|[ \t:(,])/;
const LIST_INDENT = /^[ \t>・■□◆◇●○◎★☆※\-*0-9.()]{0,12}/;

// A sentence about this mail's own content: 本メールには…, 添付資料は…, 本報告書は…, 別紙は…, 本件、… (本/この/当該/今回の
// followed by a word covers 本メール, この資料, 当該ファイル and the like.)
const SELF_REFERENCE =
  /(?:(?:本|この|当該|今回の)[\u4e00-\u9fff\u30a0-\u30ff]{1,8}|添付(?:資料|ファイル|文書|の(?:資料|ファイル|文書))?|別添(?:資料)?|別紙|以下(?:の(?:内容|資料))?|下記(?:の(?:内容|資料))?|(?:送付|お送り)(?:した|する|いたします|いたしました)?(?:資料|ファイル|文書))[^。\n]{0,30}?(?:[はも、,]|には|につきましては|については)?[ \t]{0,3}[「『]?$/;
// 格付は機密性２です / なお、取扱制限は「関係者限り」です: a sentence that opens by naming this mail's class.
// 本資料の格付は機密性２、…: the class may be said to be this content's own (本資料の, 添付ファイルの).
const CLASS_IS =
  /^(?:(?:なお|また|おって)[、,]?[ \t]{0,3})?(?:(?:本|この|当該|添付|別添)[\u4e00-\u9fff\u30a0-\u30ff]{0,8}の[ \t]{0,3})?(?:格付け?(?:区分)?|取扱い?(?:制限)?)(?:は|:)[ \t]{0,3}[「『]?$/;
const CLASS_IS_END = /^(?:情報)?[」』]?[ \t]{0,3}(?:です|でございます|となります|となっております|[、。,]|$)/;
// A short noun phrase with は as the sentence's subject, and the words that make such a subject a general rule.
const SHORT_SUBJECT = /^[ \t]{0,3}[^、。,\s]{1,12}(?:は|には)[ \t]{0,3}$/;
const GENERAL_SUBJECT = /場合|含む|もの|とは|等|など|ような|すべて|全て|いずれ|一般|通常|原則/;
const PLAIN_IS =
  /^(?:情報|文書|資料)?[ \t]{0,3}(?:です|でございます|となります|に該当(?:します|いたします)|に当たります)/;
// …機密性２情報です / に該当します / が含まれます / につき / として取り扱って: the class of this content, stated.
const LEVEL_STATEMENT =
  /^(?:情報|文書|資料)?[」』]?[ \t]{0,3}(?:の(?:資料|情報|文書)[ \t]{0,3})?(?:です|でございます|である(?:ため|ので)|となります|となっております|に該当(?:します|いたします|しております|するため)|に当たります|に(?:格付け?|分類)(?:され|して)|につき(?!まして)|のため|なので|の?(?:取り?)?扱い(?:でお願い|とします|となります|とさせて|です)|を?含(?:む(?:ため|ので)|みます|んで(?:います|おります))|が含まれ(?:ます|ています|ております)|として(?:お?(?:取り?)?扱|管理))/;
// …転送禁止でお願いします / 関係者限りとします / 関係者限りの資料です / 関係者限りでの共有をお願いします.
const RESTRICTION_STATEMENT =
  /^[」』]?[ \t]{0,3}(?:の(?:資料|情報|文書|扱い|取扱い)[ \t]{0,3})?(?:です|でお願い|で願います|とします|とさせて|となります|となっております|につき(?!まして)|のため|でお取り?扱い|で(?:取り?扱|管理)|での(?:共有|取り?扱|配布|配付|閲覧|利用|管理)|として(?:ください|下さい|お願い|お?取り?扱))/;

// ※本メールは関係者限り / 添付資料は機密性２。: a sentence that is only "this content is <label>", ended without a
// copula (体言止め), as footers and notes are written. The subject must be the content itself, nothing longer.
const CONTENT_SUBJECT =
  /^(?:\(注\)[ \t]{0,3})?(?:本|この|当該)?(?:メール|資料|ファイル|文書|添付(?:資料|ファイル|文書)?|別添(?:資料)?|別紙)(?:の内容)?[はも][ \t]{0,3}[「『]?$/;
const NOMINAL_END = /^(?:情報|文書|資料)?[」』]?[ \t]{0,3}(?:[。.!]|$)/;

/** The per-text state a judge keeps: the body's line table is built only when the first hit needs it. */
export class TextJudge {
  private table: LineTable | undefined;

  constructor(
    private readonly text: string,
    private readonly options: JudgeOptions,
  ) {}

  private lines(): LineTable {
    if (!this.table) this.table = lineTable(this.text);
    return this.table;
  }

  judge(start: number, end: number, kind: HitKind): Judgement {
    const { place, composeType } = this.options;
    const text = this.text;
    // Bounded scans: a hostile text with thousands of hits and no line breaks must not cost hits × length.
    let lineStart = start;
    while (lineStart > 0 && start - lineStart < LOOK && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    const longBefore = lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10;
    let lineEnd = end;
    while (lineEnd < text.length && lineEnd - end < LOOK && text.charCodeAt(lineEnd) !== 10) lineEnd++;
    const before = text.slice(Math.max(lineStart, start - MAX_PREFIX), start);
    const after = text.slice(end, Math.min(lineEnd, end + 40));

    const line: Line | undefined = place === "body" ? lineAt(this.lines(), start) : undefined;
    const quoted = line !== undefined && line.quoted && composeType !== undefined;
    const fullCount = !quoted || composeType === "forward";

    if (isReview(before, after)) return judgement(false, quoted);
    const token = leftBoundary(before) && rightBoundary(after);
    const close = token ? enclosingClose(before, after) : -1;
    // 件名に【機密性２】と表示する / 【秘】等の表示: the bracketed label is being talked about.
    if (close >= 0 && TALKED_ABOUT.test(after.slice(close + 1))) return judgement(false, quoted);

    let marking: boolean;
    if (place === "subject" || place === "explicit") {
      marking = token;
    } else if (!token) {
      marking = false;
    } else if (close >= 0 || LABEL_PREFIX.test(before)) {
      marking = true;
    } else {
      // A label line: the label starts or ends a short line (機密性２ / ※関係者限り / 格付：機密性２ 関係者限り),
      // near the top of its part. The very first line may be long: extracted first pages run on.
      const early = line === undefined || line.rank < EARLY_LINES;
      const startsLine = !longBefore && start - lineStart <= MAX_PREFIX && LINE_PREFIX.test(before);
      const framed = !longBefore && FRAME_BEFORE.test(before) && FRAME_AFTER.test(after);
      const short = lineEnd - lineStart <= LABEL_LINE_CHARS;
      // Below a long opening block (a dozen addressees, a forwarded header), a line that opens with the label still
      // marks what follows as long as no running text came first; one that only ends with it (第３章 取扱注意, a
      // contents line) does not.
      const opening = line !== undefined && !line.afterProse && ((startsLine && LINE_REST.test(after)) || framed);
      marking =
        (short && ((early && (startsLine || framed || LINE_REST.test(after))) || opening)) ||
        (startsLine && line !== undefined && line.rank === 0);
      // 機密性３ / 機密性２ / 機密性１ on lines of their own, one under another: a list of the classes.
      if (marking && kind === "level" && isClassList(text, lineStart, lineEnd)) marking = false;
    }
    // 送信禁止 is a marking only in its marking forms: 「メール送信不可のため郵送します」 restricts nothing.
    if (!marking && kind !== "no-send" && fullCount) marking = isStatement(before, after, kind);
    return judgement(marking, quoted);
  }
}

const JUDGEMENTS: readonly Judgement[] = [
  { form: "mention", quoted: false },
  { form: "marking", quoted: false },
  { form: "mention", quoted: true },
  { form: "marking", quoted: true },
];

function judgement(marking: boolean, quoted: boolean): Judgement {
  return JUDGEMENTS[(marking ? 1 : 0) + (quoted ? 2 : 0)] as Judgement;
}

/** Whether `c` is one of the characters of `set`; the empty string (no character) is never one. */
function oneOf(set: string, c: string): boolean {
  return c.length > 0 && set.indexOf(c) >= 0;
}

function lastChar(s: string): string {
  return s.charAt(s.length - 1);
}

function leftBoundary(before: string): boolean {
  if (before.length === 0) return true;
  const c = lastChar(before);
  return (
    oneOf(STRONG_OPEN, c) ||
    oneOf(STRONG_CLOSE, c) ||
    oneOf(WEAK_OPEN, c) ||
    oneOf(SEPARATORS, c) ||
    oneOf(BULLETS, c) ||
    oneOf(FRAMES, c) ||
    c === "、" ||
    c === ","
  );
}

function rightBoundary(after: string): boolean {
  const m = TRAILING_WORD.exec(after);
  const rest = m ? after.slice(m[0].length) : after;
  if (rest.length === 0) return true;
  const c = rest.charAt(0);
  // 「秘」指定, 「複製禁止」：複製の制限: a quote mark closes a quotation in a sentence or a definition, so only a
  // space, a bracket or the line's end after it leaves the label standing alone.
  if (oneOf(WEAK_CLOSE, c)) {
    const next = rest.replace(/^[」』]{1,3}/, "").charAt(0);
    return next === "" || next === " " || next === "\t" || next === "・" || oneOf(STRONG_OPEN + STRONG_CLOSE, next);
  }
  // 機密性２・３の情報, 機密性2/3, 機密性2,3: classes listed, not one class.
  if ((c === "・" || c === "/" || c === ",") && /^ ?[1-4一二三四]/.test(rest.slice(1))) return false;
  // A comma ends a cell of a CSV row (機密性２,,) or an item of a label list (機密性２, 関係者限り).
  return oneOf(STRONG_CLOSE, c) || oneOf(STRONG_OPEN, c) || oneOf(SEPARATORS, c) || oneOf(FRAMES, c) || c === ",";
}

/** 機密性２→１, 機密性２ ⇒ 機密性１, 機密性２から１へ: a review of a class, not a class. */
function isReview(before: string, after: string): boolean {
  let i = after.indexOf("情報") === 0 ? 2 : 0;
  while (i < after.length && i < 5 && (after.charAt(i) === " " || after.charAt(i) === "\t")) i++;
  const a = after.charAt(i);
  if (oneOf(ARROWS, a) || (a === "-" && after.charAt(i + 1) === ">")) return true;
  if ((a === "か" && after.charAt(i + 1) === "ら") || (a === "よ" && after.charAt(i + 1) === "り")) return true;
  let j = before.length;
  while (j > 0 && before.length - j < 4 && (before.charAt(j - 1) === " " || before.charAt(j - 1) === "\t")) j--;
  const b = before.charAt(j - 1);
  const b2 = before.slice(Math.max(0, j - 2), j);
  return oneOf(ARROWS, b) || b2 === "->" || b2 === "から" || b2 === "より";
}

/**
 * Inside a strong bracket pair on the same line (【機密性２・関係者限り】): the index of the closing bracket in
 * `after`, or -1. The label's own boundaries were checked by the caller, so the pair holds labels and separators.
 */
function enclosingClose(before: string, after: string): number {
  let open = false;
  for (let i = before.length - 1; i >= 0 && before.length - i <= NEAR; i--) {
    const c = before.charAt(i);
    if (oneOf(STRONG_CLOSE, c)) return -1;
    if (oneOf(STRONG_OPEN, c)) {
      open = true;
      break;
    }
  }
  if (!open) return -1;
  for (let i = 0; i < after.length && i < NEAR; i++) {
    const c = after.charAt(i);
    if (oneOf(STRONG_OPEN, c)) return -1;
    if (oneOf(STRONG_CLOSE, c)) return i;
  }
  return -1;
}

/** The neighbouring line (before or after `[lineStart, lineEnd)`), trimmed of indentation and bullets. */
function neighbour(text: string, lineStart: number, lineEnd: number, up: boolean): string {
  if (up) {
    if (lineStart === 0) return "";
    let s = lineStart - 1;
    while (s > 0 && lineStart - s < LOOK && text.charCodeAt(s - 1) !== 10) s--;
    return text.slice(s, lineStart - 1).replace(LIST_INDENT, "");
  }
  if (lineEnd >= text.length) return "";
  let e = lineEnd + 1;
  while (e < text.length && e - lineEnd < LOOK && text.charCodeAt(e) !== 10) e++;
  return text.slice(lineEnd + 1, e).replace(LIST_INDENT, "");
}

function isClassList(text: string, lineStart: number, lineEnd: number): boolean {
  return (
    CLASS_LINE.test(neighbour(text, lineStart, lineEnd, true)) ||
    CLASS_LINE.test(neighbour(text, lineStart, lineEnd, false))
  );
}

function isStatement(before: string, after: string, kind: HitKind): boolean {
  // The sentence so far: from the last 。 (or the line start) up to the hit.
  const cut = Math.max(before.lastIndexOf("。"), before.lastIndexOf("!"), before.lastIndexOf("?"));
  const sentence = (cut >= 0 ? before.slice(cut + 1) : before).replace(/^[ \t>※]{0,12}/, "");
  // 格付は機密性２、取扱制限は関係者限りです: each clause may open with its own 格付は / 取扱制限は.
  const clause = sentence.slice(Math.max(sentence.lastIndexOf("、"), sentence.lastIndexOf(",")) + 1);
  const predicate = (kind === "level" ? LEVEL_STATEMENT : RESTRICTION_STATEMENT).test(after);
  if (CLASS_IS.test(sentence) || CLASS_IS.test(clause)) return predicate || CLASS_IS_END.test(after);
  if (CONTENT_SUBJECT.test(sentence) && NOMINAL_END.test(after)) return true;
  if (!predicate) return false;
  if (sentence.length === 0 || SELF_REFERENCE.test(sentence.slice(-60))) return true;
  // 提供データは機密性３情報です: a short subject of its own and a plain "is", not a rule about kinds of data.
  return SHORT_SUBJECT.test(clause) && !GENERAL_SUBJECT.test(clause) && PLAIN_IS.test(after);
}
