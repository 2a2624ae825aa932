/**
 * Trimming by index instead of by regex. `/[. ]+$/` and friends look harmless but are quadratic: a long run of the
 * trimmed characters followed by anything else is rescanned from every position in the run (a 200k-space href once
 * took 39 s). These loops touch each character once.
 */

export type CharTest = (code: number) => boolean;

/** Index of the first character that `trimmed` rejects (s.length if none). */
function firstKept(s: string, trimmed: CharTest): number {
  let i = 0;
  while (i < s.length && trimmed(s.charCodeAt(i))) i++;
  return i;
}

/** Index after the last character that `trimmed` rejects (0 if none). */
function lastKeptEnd(s: string, trimmed: CharTest): number {
  let end = s.length;
  while (end > 0 && trimmed(s.charCodeAt(end - 1))) end--;
  return end;
}

export function trimStartWhere(s: string, trimmed: CharTest): string {
  const i = firstKept(s, trimmed);
  return i === 0 ? s : s.slice(i);
}

export function trimEndWhere(s: string, trimmed: CharTest): string {
  const end = lastKeptEnd(s, trimmed);
  return end === s.length ? s : s.slice(0, end);
}

/** Length of the run of `counted` characters that ends the string. */
export function trailingRun(s: string, counted: CharTest): number {
  return s.length - lastKeptEnd(s, counted);
}

/** A CharTest for the characters of `set` (a short string of BMP characters). */
export function charsIn(set: string): CharTest {
  const codes = new Set<number>();
  for (let i = 0; i < set.length; i++) codes.add(set.charCodeAt(i));
  return (code) => codes.has(code);
}
