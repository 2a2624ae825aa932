import { normaliseForScan } from "../core/labels/detect";
import type { AttachmentInspection, AttachmentKind, EncryptionStatus, InnerText } from "../core/message";
import { fnv1a } from "./hash";
import { SESSION_KEYS } from "./session-keys";

/**
 * Attachment inspections cached in item.sessionData between OnMessageAttachmentsChanged and Send. Compact because
 * the whole sessionData of an add-in is 50,000 characters before Mailbox 1.16: only the text around words that can
 * start a 格付 or 取扱制限 marking is kept, which is all the checks read from attachment text.
 */

/** Words that every marking in core/labels/vocabulary contains (after NFKC). */
const TRIGGERS = ["機密性", "要機密", "秘", "注意", "限り", "禁止", "不可", "許可", "必須", "廃棄"];
/**
 * How far either side of a hit the kept text reaches on its line: one more than the 200 characters the marking
 * judge (core/labels/judge.ts) ever reads along a line, so a line cut here looks to it exactly like the original.
 */
const REACH = 201;
/** Texts up to this length are kept whole: the judgement is then the original's by construction. */
const VERBATIM_CHARS = 1_500;
/** The judge counts the first ten non-empty lines of running text as "early"; fillers keep that count honest. */
const MAX_FILLER_LINES = 11;
/** Above this an entry is not cached; Send inspects the file itself instead. */
export const MAX_ENTRY_CHARS = 8_000;

/** Attachment identity across events: ids are indexes in classic Outlook and shift when one is removed. */
export function attachmentKey(name: string, size: number): string {
  return SESSION_KEYS.attachmentPrefix + fnv1a(`${name}\u0000${size}`);
}

function lineBack(t: string, pos: number, limit: number): number {
  let s = pos;
  while (s > 0 && pos - s < limit && t.charCodeAt(s - 1) !== 10) s--;
  return s;
}

function lineForward(t: string, pos: number, limit: number): number {
  let e = pos;
  while (e < t.length && e - pos < limit && t.charCodeAt(e) !== 10) e++;
  return e;
}

/** Non-empty lines lying wholly inside t[from, to) (start and closing line break both inside), as the judge counts. */
function wholeLinesBetween(t: string, from: number, to: number): number {
  let count = 0;
  let s = from === 0 || t.charCodeAt(from - 1) === 10 ? from : t.indexOf("\n", from) + 1;
  while (s > 0 || (s === 0 && from === 0)) {
    const e = t.indexOf("\n", s);
    if (e < 0 || e >= to) break;
    if (/[^\s>]/.test(t.slice(s, e))) count++;
    if (count >= MAX_FILLER_LINES) break;
    s = e + 1;
  }
  return count;
}

/**
 * Keeps what the marking judge reads around each word that can start a marking: the hit's line (up to REACH
 * either side) and the lines above and below it (a list of classes is told by its neighbours). Skipped stretches
 * become "…": on one line, an inline "…"; across lines, one "…" line for each skipped non-empty line (at most
 * eleven), so a label far down a document does not become an "early" line in the cached copy. The same markings,
 * judged the same way as marking or mention, come out of the compact text as out of the whole.
 */
export function compactText(text: string, extraWords: readonly string[] = []): string {
  const t = normaliseForScan(text);
  const words = TRIGGERS.concat(extraWords.map((w) => w.normalize("NFKC")).filter((w) => w.length > 0));
  const spans: [number, number][] = [];
  for (const w of words) {
    for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
      let a = lineBack(t, i, REACH);
      if (a > 0 && t.charCodeAt(a - 1) === 10) a = lineBack(t, a - 1, REACH);
      let b = lineForward(t, i + w.length, REACH);
      if (b < t.length && t.charCodeAt(b) === 10) b = lineForward(t, b + 1, REACH);
      spans.push([a, b]);
    }
  }
  if (spans.length === 0) return "";
  if (t.length <= VERBATIM_CHARS) return t;
  spans.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1] + 1) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  let out = "";
  let prevEnd = 0;
  for (const [a, b] of merged) {
    if (a > prevEnd) {
      const gap = t.slice(prevEnd, a);
      if (gap.indexOf("\n") < 0) out += "…";
      else {
        const skipped = wholeLinesBetween(t, prevEnd, a);
        out += (prevEnd > 0 ? "\n" : "") + "…\n".repeat(skipped);
      }
    }
    out += t.slice(a, b);
    prevEnd = b;
  }
  return out;
}

interface CacheEntry {
  /** name, to detect a hash collision */
  n: string;
  k: AttachmentKind;
  e: EncryptionStatus;
  t?: [string, string][];
  l?: [string, string?][];
  x?: string;
  /** partlyEncrypted */
  p?: 1;
}

export function encodeInspection(
  name: string,
  inspection: AttachmentInspection,
  extraWords: readonly string[] = [],
): string | undefined {
  const entry: CacheEntry = { n: name, k: inspection.kind, e: inspection.encryption };
  const texts: [string, string][] = [];
  for (const t of inspection.texts) {
    const c = compactText(t.text, extraWords);
    if (c !== "") texts.push([t.where, c]);
  }
  if (texts.length) entry.t = texts;
  if (inspection.sensitivityLabels && inspection.sensitivityLabels.length) {
    entry.l = inspection.sensitivityLabels.map((l) => (l.name === undefined ? [l.id] : [l.id, l.name]));
  }
  if (inspection.note) entry.x = inspection.note.slice(0, 200);
  if (inspection.partlyEncrypted) entry.p = 1;
  const json = JSON.stringify(entry);
  return json.length <= MAX_ENTRY_CHARS ? json : undefined;
}

const KINDS: readonly string[] = ["zip", "ooxml", "cfb", "pdf", "other"];
const STATUSES: readonly string[] = ["encrypted", "not-encrypted", "unknown"];

/** Parses an entry written by encodeInspection; anything unexpected (another version, a collision) is a miss. */
export function decodeInspection(name: string, json: string | undefined): AttachmentInspection | undefined {
  if (typeof json !== "string") return undefined;
  let e: CacheEntry;
  try {
    e = JSON.parse(json) as CacheEntry;
  } catch {
    return undefined;
  }
  if (!e || e.n !== name || KINDS.indexOf(e.k) < 0 || STATUSES.indexOf(e.e) < 0) return undefined;
  const texts: InnerText[] = [];
  for (const pair of Array.isArray(e.t) ? e.t : []) {
    if (Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "string") {
      texts.push({ where: pair[0], text: pair[1] });
    }
  }
  const labels = Array.isArray(e.l)
    ? e.l
        .filter((l) => Array.isArray(l) && typeof l[0] === "string")
        .map((l) => (typeof l[1] === "string" ? { id: l[0], name: l[1] } : { id: l[0] }))
    : undefined;
  return {
    kind: e.k,
    encryption: e.e,
    texts,
    ...(labels && labels.length ? { sensitivityLabels: labels } : {}),
    ...(typeof e.x === "string" ? { note: e.x } : {}),
    ...(e.p === 1 ? { partlyEncrypted: true } : {}),
  };
}
