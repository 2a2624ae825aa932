const FULL_WIDTH_DIGITS = ["０", "１", "２", "３", "４"];

/** The marking staff write at the head of a subject, with a full-width digit as Japanese documents do. */
export function markingText(level: number): string {
  return `【機密性${FULL_WIDTH_DIGITS[level] ?? String(level)}】`;
}

// An existing 機密性 marking in either width, with or without brackets (【】, [], ［］, (), （）).
const EXISTING = /[【[［(（]?\s*機密性\s*[:：]?\s*[1-4１-４]\s*(?:情報)?\s*[】\]］)）]?/;

// Reply and forward prefixes stay first so threads still sort together in every client.
const PREFIX = /^(\s*(?:(?:re|fwd?|ｆｗ|転送|返信)\s*[:：]\s*)*)/i;

/**
 * Returns the subject carrying the given 機密性 level: an existing marking is replaced in place (so the subject
 * never shows two levels); otherwise the marking goes after any RE:/FW: prefixes.
 */
export function subjectWithMarking(subject: string, level: number): string {
  if (EXISTING.test(subject)) return subject.replace(EXISTING, markingText(level));
  const prefix = PREFIX.exec(subject)?.[1] ?? "";
  return `${prefix}${markingText(level)}${subject.slice(prefix.length)}`;
}
