/** How far into one text the search looks: a marking sits in a subject, a file name or the first lines of a body. */
const MAX_SCAN = 4000;
/** A marking written in the mail is at most a few characters wider than its normalised form (spaces, brackets). */
const MAX_EXTRA = 8;

/**
 * The engine reports a marking after NFKC normalisation (【機密性３】 becomes [機密性3]). The pane quotes the user's
 * own characters: this finds a substring of the given texts whose NFKC form is the engine's text, and falls back to
 * the engine's text when none is found. Work is bounded (first MAX_SCAN characters of each text, short windows).
 */
export function asWritten(normalised: string, texts: readonly (string | undefined)[]): string {
  if (normalised === "") return normalised;
  const first = normalised.charAt(0);
  const maxLen = normalised.length + MAX_EXTRA;
  for (const text of texts) {
    if (!text) continue;
    if (text.includes(normalised)) return normalised;
    const scan = text.slice(0, MAX_SCAN);
    for (let i = 0; i < scan.length; i++) {
      // Only start where the first character could become the marking's first character.
      if (scan.charAt(i).normalize("NFKC").charAt(0) !== first) continue;
      for (let len = 1; len <= maxLen && i + len <= scan.length; len++) {
        const candidate = scan.slice(i, i + len);
        const n = candidate.normalize("NFKC");
        if (n === normalised) return candidate;
        if (n.length > normalised.length + 2 || !normalised.startsWith(n.slice(0, -1))) break;
      }
    }
  }
  return normalised;
}

/** The same for a finding's `marking` value, which is one string or a list of them; other values pass through. */
export function markingAsWritten<T>(value: T, texts: readonly (string | undefined)[]): T {
  if (typeof value === "string") return asWritten(value, texts) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => (typeof v === "string" ? asWritten(v, texts) : v)) as T;
  return value;
}
