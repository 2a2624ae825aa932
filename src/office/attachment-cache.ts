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
const TRIGGERS = ["機密性", "秘", "注意", "限り", "禁止", "不可", "許可", "必須", "廃棄"];
/** Characters kept either side of a trigger; longer than any marking pattern's reach. */
const WINDOW = 40;
/** Above this an entry is not cached; Send inspects the file itself instead. */
export const MAX_ENTRY_CHARS = 8_000;

/** Attachment identity across events: ids are indexes in classic Outlook and shift when one is removed. */
export function attachmentKey(name: string, size: number): string {
  return SESSION_KEYS.attachmentPrefix + fnv1a(`${name}\u0000${size}`);
}

/** Keeps only windows around trigger words, joined by newlines; detectMarkings finds the same markings in it. */
export function compactText(text: string, extraWords: readonly string[] = []): string {
  const t = normaliseForScan(text);
  const words = TRIGGERS.concat(extraWords.map((w) => w.normalize("NFKC")).filter((w) => w.length > 0));
  const spans: [number, number][] = [];
  for (const w of words) {
    for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
      spans.push([Math.max(0, i - WINDOW), Math.min(t.length, i + w.length + WINDOW)]);
    }
  }
  if (spans.length === 0) return "";
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged.map(([a, b]) => t.slice(a, b)).join("\n…\n");
}

interface CacheEntry {
  /** name, to detect a hash collision */
  n: string;
  k: AttachmentKind;
  e: EncryptionStatus;
  t?: [string, string][];
  l?: [string, string?][];
  x?: string;
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
  };
}
