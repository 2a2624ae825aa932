/**
 * The line structure of a mail body as far as marking judgement needs it: where an earlier message begins (a
 * quote in a reply, the forwarded mail in a forward) and how far down its own part each line is. A label alone on
 * a line counts as a marking only near the top of a message, so "early" is counted from the top of the new text,
 * from each quoted block and from each separator of an earlier message.
 */

export interface Line {
  readonly start: number;
  readonly end: number;
  /** Non-empty lines before this one in the same part (new text, a quote block, an earlier message). */
  readonly rank: number;
  /** The line belongs to an earlier message: a "> " line, or anything below a separator. */
  readonly quoted: boolean;
  /**
   * A line of running text comes before this one in the same part. Until then the part is still in its opening
   * block (addressees, a greeting, a forwarded header), however many lines that takes.
   */
  readonly afterProse: boolean;
}

export interface LineTable {
  readonly lines: readonly Line[];
  /** True when a separator or a quoted line was found: the body holds an earlier message. */
  readonly hasEarlier: boolean;
}

// Lines longer than this are never separators; keeps every test below on a short string.
const MAX_SEPARATOR_LINE = 200;
/**
 * Running text: a line this long with a 、 or 。 in it, or the third line holding a 。. Addressee lines (〇〇課
 * 〇〇様, 関係各位) have neither; a greeting and a self-introduction (いつもお世話になっております。/ 総務課の山田です。)
 * are short and at most two lines.
 */
const PROSE_CHARS = 28;
const GREETING_LINES = 2;

const DASHED =
  /^[-=_* \t]{2,40}(?:original message|forwarded message|元のメッセージ|転送(?:された)?メッセージ|オリジナル ?メッセージ|以下転送|message d'origine)/i;
// "On Mon, … wrote:", "2025/04/01 10:00、山田 のメッセージ:" (Apple: "…のメール:"), "… 書きました:", "… <yamada@example.go.jp>:"
const WROTE =
  /(?:wrote|書きました|のメッセージ|のメール)[ \t]{0,3}:[ \t]{0,3}$|<[^<>\s@]{1,64}@[^<>\s@]{1,255}>[ \t]{0,3}:$/i;
const HEADER_FROM = /^(?:差出人|from|送信者|送信元)[ \t]{0,3}:/i;
const HEADER_NEXT = /^(?:送信日時|日時|日付|sent|date|件名|subject|宛先|to|cc)[ \t]{0,3}:/i;

function isSeparator(lines: readonly string[], i: number): boolean {
  const line = (lines[i] ?? "").trim();
  if (line.length === 0 || line.length > MAX_SEPARATOR_LINE) return false;
  if (DASHED.test(line) || WROTE.test(line)) return true;
  if (!HEADER_FROM.test(line)) return false;
  // A From: line starts a header block only when another header line follows it closely (HTML turned into text
  // may put stray line breaks in between, so a few lines are allowed).
  for (let k = i + 1; k <= i + 8 && k < lines.length; k++) {
    if (HEADER_NEXT.test((lines[k] ?? "").trim())) return true;
  }
  return false;
}

/** Builds the line table of a (normalised) body once; callers only ask for it when a hit needs judging. */
export function lineTable(text: string): LineTable {
  const raw = text.split("\n");
  const lines: Line[] = [];
  let pos = 0;
  let rank = 0;
  let prose = false;
  let sentences = 0;
  let belowSeparator = false;
  let inQuoteBlock = false;
  let hasEarlier = false;
  for (let i = 0; i < raw.length; i++) {
    const s = raw[i] ?? "";
    const quoteLine = /^[ \t]{0,8}>/.test(s);
    if (!belowSeparator && isSeparator(raw, i)) {
      belowSeparator = true;
      hasEarlier = true;
      rank = 0;
      prose = false;
      sentences = 0;
    }
    if (quoteLine && !inQuoteBlock && !belowSeparator) {
      rank = 0;
      prose = false;
      sentences = 0;
    }
    inQuoteBlock = quoteLine;
    if (quoteLine) hasEarlier = true;
    lines.push({ start: pos, end: pos + s.length, rank, quoted: belowSeparator || quoteLine, afterProse: prose });
    const content = s.trim().replace(/^[> \t]+/, "");
    if (content !== "") rank++;
    if (!prose && /[、。]/.test(content) && !HEADER_NEXT.test(content) && !HEADER_FROM.test(content)) {
      if (content.indexOf("。") >= 0) sentences++;
      prose = content.length >= PROSE_CHARS || sentences > GREETING_LINES;
    }
    pos += s.length + 1;
  }
  return { lines, hasEarlier };
}

/** The line holding position `pos` (binary search). */
export function lineAt(table: LineTable, pos: number): Line {
  const lines = table.lines;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] as Line).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo] as Line;
}
