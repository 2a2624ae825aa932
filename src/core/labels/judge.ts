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

const STRONG_OPEN = "【[(〔《<〈{";
const STRONG_CLOSE = "】])〕》>〉}";
const WEAK_OPEN = "「『";
const WEAK_CLOSE = "」』";
// Characters that end a label as a word of its own: spaces and the separators of compound labels and file names.
const SEPARATORS = " \t・/|_-.:+";
const ARROWS = "→⇒~〜";

/** Lines a label alone on its line may sit below the top of its part and still be a marking. */
export const EARLY_LINES = 10;
/** A line longer than this is a sentence, not a label line. */
const LABEL_LINE_CHARS = 40;
const NEAR = 24;
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
const LINE_REST = /^(?:情報|文書|資料)?[ \t]{0,3}[】\])〕》>〉」』]{0,3}[ \t]{0,3}$/;

// A sentence about this mail's own content: 本メールには…, 添付資料は…, 別紙は…, 本件、…
const SELF_REFERENCE =
  /(?:本メール|このメール|本件|本資料|この資料|当該資料|添付(?:資料|ファイル|文書|の(?:資料|ファイル|文書))?|別添(?:資料)?|別紙|本文書|この文書|本ファイル|このファイル|以下(?:の(?:内容|資料))?|下記(?:の(?:内容|資料))?|本情報|この情報|本データ|送付(?:資料|ファイル))[^。\n]{0,16}?(?:は|には|も|、|,|につきましては|については)?[ \t]{0,3}[「『]?$/;
// …機密性２情報です / に該当します / が含まれます / につき / として取り扱って: the class of this content, stated.
const LEVEL_STATEMENT =
  /^(?:情報|文書|資料)?[」』]?[ \t]{0,3}(?:の(?:資料|情報|文書)[ \t]{0,3})?(?:です|でございます|である(?:ため|ので)|となります|となっております|に該当(?:します|いたします|しております|するため)|に当たります|に(?:格付け?|分類)(?:され|して|しております)|につき|のため|ですので|なので|を?含(?:む(?:ため|ので)|みます|んで(?:います|おります))|が含まれ(?:ます|ています|ております)|として(?:お?取り?扱|管理))/;
// …転送禁止でお願いします / 関係者限りとします / 関係者限りの資料です.
const RESTRICTION_STATEMENT =
  /^[」』]?[ \t]{0,3}(?:の(?:資料|情報|文書|扱い|取扱い)[ \t]{0,3})?(?:です|でお願い|で願います|とします|とさせて|となります|となっております|につき|のため|ですので|でお取り?扱い|で(?:取り?扱|管理))/;

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

  /** True when the body holds an earlier message (a quote or a forwarded mail). */
  hasEarlier(): boolean {
    return this.options.place === "body" && this.lines().hasEarlier;
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
    const before = text.slice(Math.max(lineStart, start - 80), start);
    const after = text.slice(end, Math.min(lineEnd, end + 40));

    const line: Line | undefined = place === "body" ? lineAt(this.lines(), start) : undefined;
    const quoted = line !== undefined && line.quoted && composeType !== undefined;
    const fullCount = !quoted || composeType === "forward";

    if (isReview(before, after)) return judgement(false, quoted);
    const token = leftBoundary(before) && rightBoundary(after);

    let marking: boolean;
    if (place === "subject" || place === "explicit") {
      marking = token;
    } else if (!token) {
      marking = false;
    } else if (isEnclosed(before, after) || LABEL_PREFIX.test(before)) {
      marking = true;
    } else {
      // A label line: the label starts or ends a short line (機密性２ / ※関係者限り / 格付：機密性２ 関係者限り).
      const early = line === undefined || line.rank < EARLY_LINES;
      marking =
        early &&
        lineEnd - lineStart <= LABEL_LINE_CHARS &&
        ((!longBefore && LINE_PREFIX.test(before)) || LINE_REST.test(after));
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
    STRONG_OPEN.indexOf(c) >= 0 ||
    STRONG_CLOSE.indexOf(c) >= 0 ||
    WEAK_OPEN.indexOf(c) >= 0 ||
    SEPARATORS.indexOf(c) >= 0 ||
    c === "、" ||
    c === "," ||
    c === "※"
  );
}

function rightBoundary(after: string): boolean {
  const m = TRAILING_WORD.exec(after);
  const rest = m ? after.slice(m[0].length) : after;
  if (rest.length === 0) return true;
  const c = rest.charAt(0);
  // 「秘」指定: a quote mark closes a quotation in a sentence, so the word after it decides.
  if (oneOf(WEAK_CLOSE, c)) return rest.length === 1 || rightBoundary(rest.slice(1).replace(/^[」』]{1,3}/, ""));
  return (
    STRONG_CLOSE.indexOf(c) >= 0 ||
    STRONG_OPEN.indexOf(c) >= 0 ||
    WEAK_CLOSE.indexOf(c) >= 0 ||
    SEPARATORS.indexOf(c) >= 0
  );
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

/** Inside a strong bracket pair on the same line whose content is labels and separators: 【機密性２・関係者限り】. */
function isEnclosed(before: string, after: string): boolean {
  const near = before.slice(-NEAR);
  let open = -1;
  for (let i = near.length - 1; i >= 0; i--) {
    const c = near.charAt(i);
    if (STRONG_CLOSE.indexOf(c) >= 0) return false;
    if (STRONG_OPEN.indexOf(c) >= 0) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const tail = after.slice(0, NEAR);
  for (let i = 0; i < tail.length; i++) {
    const c = tail.charAt(i);
    if (STRONG_OPEN.indexOf(c) >= 0) return false;
    if (STRONG_CLOSE.indexOf(c) >= 0) return true;
  }
  return false;
}

function isStatement(before: string, after: string, kind: HitKind): boolean {
  const predicate = kind === "level" ? LEVEL_STATEMENT : RESTRICTION_STATEMENT;
  if (!predicate.test(after)) return false;
  // The sentence so far: from the last 。 (or the line start) up to the hit.
  const cut = Math.max(before.lastIndexOf("。"), before.lastIndexOf("!"), before.lastIndexOf("?"));
  const sentence = (cut >= 0 ? before.slice(cut + 1) : before).replace(/^[ \t>※]{0,12}/, "");
  return sentence.length === 0 || SELF_REFERENCE.test(sentence.slice(-40));
}
