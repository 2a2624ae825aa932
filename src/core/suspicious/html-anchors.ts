/**
 * Pulls <a href> links and their visible text out of an HTML body without a DOM (the core runs where there is
 * none). A forward-only scanner, not a regex over the whole body, so hostile markup cannot make it backtrack; it
 * skips comments, <script> and <style>, tolerates unclosed tags and never throws.
 */

export interface Anchor {
  /** The href attribute, entities decoded, untrimmed of nothing else. */
  readonly href: string;
  /** The visible text: inner tags removed, entities decoded, whitespace collapsed. */
  readonly text: string;
}

const MAX_HTML_CHARS = 2 * 1024 * 1024;
const MAX_ANCHORS = 500;
const MAX_TEXT_CHARS = 2000;

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Decodes the entities links use in practice: the five XML ones, &nbsp; and numeric references. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,6});?/gi, (whole, body: string) => {
    if (body.charAt(0) === "#") {
      const hex = body.charAt(1) === "x" || body.charAt(1) === "X";
      const cp = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return "\ufffd";
      return String.fromCodePoint(cp);
    }
    const named = Object.prototype.hasOwnProperty.call(NAMED, body.toLowerCase())
      ? NAMED[body.toLowerCase()]
      : undefined;
    return named ?? whole;
  });
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f";
}

/** Case-insensitive "does `word` start at i", without lower-casing the whole body (that can shift indices). */
function startsWithCI(s: string, i: number, word: string): boolean {
  if (i + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) {
    const a = s.charCodeAt(i + k);
    const b = word.charCodeAt(k);
    if (a !== b && !(a >= 65 && a <= 90 && a + 32 === b)) return false;
  }
  return true;
}

function isNameEnd(c: string): boolean {
  return c === "" || isSpace(c) || c === ">" || c === "/";
}

/** Finds the end of a tag starting at `i` ("<"), honouring quoted attribute values; returns the index after ">". */
function tagEnd(s: string, i: number): number {
  let quote = "";
  for (let k = i + 1; k < s.length; k++) {
    const c = s.charAt(k);
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return k + 1;
  }
  return s.length;
}

/** Reads the attributes of the tag whose name ends at `i`; returns the href (if any) and the index after ">". */
function readAttributes(s: string, i: number): { href?: string; end: number } {
  let k = i;
  let href: string | undefined;
  while (k < s.length) {
    let c = s.charAt(k);
    if (isSpace(c) || c === "/") {
      k++;
      continue;
    }
    if (c === ">") return href === undefined ? { end: k + 1 } : { href, end: k + 1 };
    const nameStart = k;
    while (k < s.length && !isSpace(s.charAt(k)) && s.charAt(k) !== "=" && s.charAt(k) !== ">" && s.charAt(k) !== "/")
      k++;
    const name = s.slice(nameStart, k).toLowerCase();
    while (k < s.length && isSpace(s.charAt(k))) k++;
    let value = "";
    if (s.charAt(k) === "=") {
      k++;
      while (k < s.length && isSpace(s.charAt(k))) k++;
      c = s.charAt(k);
      if (c === '"' || c === "'") {
        const close = s.indexOf(c, k + 1);
        const stop = close < 0 ? s.length : close;
        value = s.slice(k + 1, stop);
        k = stop + 1;
      } else {
        const start = k;
        while (k < s.length && !isSpace(s.charAt(k)) && s.charAt(k) !== ">") k++;
        value = s.slice(start, k);
      }
    }
    // The first href wins, as in browsers.
    if (name === "href" && href === undefined) href = decodeEntities(value);
    if (k === nameStart) k++; // never stall on a stray character
  }
  return href === undefined ? { end: s.length } : { href, end: s.length };
}

/** Skips a raw-text element's content up to its closing tag. */
function skipRawText(s: string, i: number, name: string): number {
  let k = i;
  for (;;) {
    const lt = s.indexOf("<", k);
    if (lt < 0) return s.length;
    if (s.charAt(lt + 1) === "/" && startsWithCI(s, lt + 2, name) && isNameEnd(s.charAt(lt + 2 + name.length))) {
      return tagEnd(s, lt);
    }
    k = lt + 1;
  }
}

export function extractAnchors(html: string): Anchor[] {
  const s = typeof html === "string" ? html.slice(0, MAX_HTML_CHARS) : "";
  const anchors: Anchor[] = [];
  let open: { href: string; text: string } | null = null;
  const close = () => {
    if (open && anchors.length < MAX_ANCHORS) {
      const text = decodeEntities(open.text).replace(/\s+/g, " ").trim();
      anchors.push({ href: open.href, text });
    }
    open = null;
  };
  let i = 0;
  while (i < s.length && anchors.length < MAX_ANCHORS) {
    const lt = s.indexOf("<", i);
    const textEnd = lt < 0 ? s.length : lt;
    if (open !== null && textEnd > i) {
      const o: { href: string; text: string } = open;
      if (o.text.length < MAX_TEXT_CHARS) o.text += s.slice(i, Math.min(textEnd, i + MAX_TEXT_CHARS));
    }
    if (lt < 0) break;
    if (startsWithCI(s, lt, "<!--")) {
      const end = s.indexOf("-->", lt + 4);
      i = end < 0 ? s.length : end + 3;
      continue;
    }
    if (s.charAt(lt + 1) === "/") {
      if (startsWithCI(s, lt + 2, "a") && isNameEnd(s.charAt(lt + 3))) close();
      i = tagEnd(s, lt);
      continue;
    }
    if (startsWithCI(s, lt + 1, "a") && isNameEnd(s.charAt(lt + 2))) {
      close(); // an <a> inside an unclosed <a> ends the first one, as browsers do
      const attrs = readAttributes(s, lt + 2);
      if (attrs.href !== undefined) open = { href: attrs.href, text: "" };
      i = attrs.end;
      continue;
    }
    const raw = startsWithCI(s, lt + 1, "script") ? "script" : startsWithCI(s, lt + 1, "style") ? "style" : "";
    const end = tagEnd(s, lt);
    if (raw && isNameEnd(s.charAt(lt + 1 + raw.length))) {
      i = skipRawText(s, end, raw);
      continue;
    }
    // A line break inside link text separates words.
    if (open !== null && (startsWithCI(s, lt + 1, "br") || startsWithCI(s, lt + 1, "p"))) {
      const o: { href: string; text: string } = open;
      o.text += " ";
    }
    i = end;
  }
  close();
  return anchors;
}
