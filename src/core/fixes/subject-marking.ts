const FULL_WIDTH_DIGITS = ["０", "１", "２", "３", "４"];

/** The marking staff write at the head of a subject, with a full-width digit as Japanese documents do. */
export function markingText(level: number): string {
  return `【機密性${FULL_WIDTH_DIGITS[level] ?? String(level)}】`;
}

// An existing bracketed 機密性 marking in either width (【】, [], ［］, (), （）): a marking wherever it stands.
const BRACKETED = /[【[［(（]\s*機密性[\s:：]*[1-4１２３４](?:\s*情報)?\s*[】\]］)）]/;

// Reply and forward prefixes stay first so threads still sort together in every client.
const PREFIX = /^(\s*(?:(?:re|fwd?|ｆｗ|転送|返信)\s*[:：]\s*)*)/i;

// Without brackets, 機密性２ is a marking only at the head of the subject ("機密性２ 資料送付"); later in the
// subject it is a topic ("機密性２情報の取扱いについて") and must stay as the user wrote it.
const HEAD = /^機密性[\s:：]*[1-4１２３４](?:\s*情報)?(?=[\s:：]|$)/;

/**
 * Returns the subject carrying the given 機密性 level: an existing marking is replaced in place (so the subject
 * never shows two levels); otherwise the marking goes after any RE:/FW: prefixes. The pane shows exactly this
 * string before it writes it.
 */
export function subjectWithMarking(subject: string, level: number): string {
  if (BRACKETED.test(subject)) return subject.replace(BRACKETED, markingText(level));
  const prefix = PREFIX.exec(subject)?.[1] ?? "";
  const rest = subject.slice(prefix.length);
  const head = HEAD.exec(rest);
  if (head) return `${prefix}${markingText(level)}${rest.slice(head[0].length)}`;
  return `${prefix}${markingText(level)}${rest}`;
}
