/**
 * The addresses on the message a reply answers, kept in sessionData between OnNewMessageCompose (when Outlook has
 * just filled the reply's To and CC from the original) and Send. Stored as JSON of lower-case addresses; a long
 * list is cut down to one address per domain so it stays small (organisations are what the check compares).
 */

/** Characters the list may take in sessionData (the whole quota is 50,000 before Mailbox 1.16). */
export const MAX_ANSWERED_CHARS = 8000;

export function encodeAnswered(addresses: readonly string[]): string {
  const unique: string[] = [];
  for (const a of addresses) {
    const v = a.trim().toLowerCase();
    if (v && unique.indexOf(v) < 0) unique.push(v);
  }
  let json = JSON.stringify(unique);
  if (json.length <= MAX_ANSWERED_CHARS) return json;
  const perDomain: string[] = [];
  const domains: string[] = [];
  for (const a of unique) {
    const d = a.slice(a.lastIndexOf("@") + 1);
    if (domains.indexOf(d) < 0) {
      domains.push(d);
      perDomain.push(a);
    }
  }
  json = JSON.stringify(perDomain);
  while (json.length > MAX_ANSWERED_CHARS && perDomain.length > 0) {
    perDomain.pop();
    json = JSON.stringify(perDomain);
  }
  return json;
}

/** The stored list, or undefined when there is none or it is not ours (a draft reopened later has none). */
export function decodeAnswered(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return undefined;
    const out: string[] = [];
    for (const a of parsed) if (typeof a === "string") out.push(a);
    return out;
  } catch {
    return undefined;
  }
}
