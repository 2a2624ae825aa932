/**
 * Reduces an HTML body to the text a reader sees, which is all the label scanner needs. Not a sanitiser: the
 * result is only scanned, never rendered.
 *
 * A single forward scan rather than a chain of regular expressions: mail bodies come from strangers, and patterns
 * such as `<script[^>]*>[\s\S]*?</script>` retry from every `<script` of an unclosed run, which made 100,000
 * copies of `<script x` take a minute and a half. Every position is visited a bounded number of times here.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const n = html.length;
  // Raw-text elements whose closing tag was searched for and is absent from here on: later searches would fail too.
  const noCloseAfter: Record<string, boolean> = {};
  let textStart = 0;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      // Comment, doctype, CDATA or processing instruction: none of them shows text.
      pushText(out, html, textStart, lt);
      const isComment = html.startsWith("<!--", lt);
      const end = isComment ? html.indexOf("-->", lt + 4) : html.indexOf(">", lt + 2);
      i = textStart = end < 0 ? n : end + (isComment ? 3 : 1);
      continue;
    }
    const closing = next === 0x2f; /* / */
    const nameStart = lt + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < n && isNameChar(html.charCodeAt(nameEnd), nameEnd === nameStart)) nameEnd++;
    if (nameEnd === nameStart) {
      // "a < b" or "<3": a bare "<" is text.
      i = lt + 1;
      continue;
    }
    pushText(out, html, textStart, lt);
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = findTagEnd(html, nameEnd);
    // A tag still open at the end of the input shows nothing (as in a browser).
    i = textStart = tagEnd < 0 ? n : tagEnd + 1;
    if (tagEnd < 0) break;
    if (!closing && RAW_TEXT[name] === true && noCloseAfter[name] !== true) {
      const close = findClosingTag(html, name, i);
      if (close < 0) noCloseAfter[name] = true;
      else {
        out.push(" ");
        const end = findTagEnd(html, close + 2 + name.length);
        i = textStart = end < 0 ? n : end + 1;
        continue;
      }
    }
    if ((closing && BLOCK_END[name] === true) || (!closing && name === "br")) out.push("\n");
  }
  pushText(out, html, textStart, n);
  return out.join("");
}

/** Elements whose content is never shown; dropped with the content when their closing tag exists. */
const RAW_TEXT: Record<string, boolean> = { script: true, style: true, head: true };

/** Closing tags that end a line in the rendered mail. */
const BLOCK_END: Record<string, boolean> = {
  p: true,
  div: true,
  tr: true,
  li: true,
  h1: true,
  h2: true,
  h3: true,
  h4: true,
  h5: true,
  h6: true,
  table: true,
  blockquote: true,
};

function isNameChar(c: number, first: boolean): boolean {
  const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (first) return letter;
  return letter || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a || c === 0x5f;
}

/** Index of the ">" ending the tag whose attributes start at `from`, honouring quoted values; -1 when unclosed. */
function findTagEnd(html: string, from: number): number {
  const n = html.length;
  let i = from;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) return i;
    if ((c === 0x22 || c === 0x27) && isAttributeValueStart(html, i)) {
      const close = html.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close + 1;
      continue;
    }
    i++;
  }
  return -1;
}

/** A quote opens a value only right after "=" (and optional spaces); elsewhere it is an ordinary character. */
function isAttributeValueStart(html: string, quote: number): boolean {
  let j = quote - 1;
  // Bounded look-back so a long run of spaces before a quote cannot make the scan quadratic.
  const stop = Math.max(0, quote - 16);
  while (j >= stop && (html.charCodeAt(j) === 0x20 || html.charCodeAt(j) === 0x09)) j--;
  return j >= 0 && html.charCodeAt(j) === 0x3d;
}

/** Index of the "</name" that closes a raw-text element, matched without regard to case; -1 when absent. */
function findClosingTag(html: string, name: string, from: number): number {
  let i = from;
  for (;;) {
    const lt = html.indexOf("</", i);
    if (lt < 0) return -1;
    const after = lt + 2 + name.length;
    if (html.slice(lt + 2, after).toLowerCase() === name && !isNameChar(html.charCodeAt(after), false)) return lt;
    i = lt + 2;
  }
}

function pushText(out: string[], html: string, start: number, end: number): void {
  if (end > start) out.push(decodeEntities(html.slice(start, end)));
}

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  amp: "&",
  yen: "¥",
  copy: "©",
  reg: "®",
  times: "×",
  divide: "÷",
  middot: "·",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  laquo: "«",
  raquo: "»",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  zwsp: "",
};

// Bounded repetitions only: each "&" is looked at once, whatever follows it.
const ENTITY = /&(?:#(\d{1,8})|#x([0-9a-f]{1,7})|([a-z]{2,8}));/gi;

function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (all: string, dec?: string, hex?: string, named?: string) => {
    if (dec !== undefined) return safeChar(Number(dec));
    if (hex !== undefined) return safeChar(parseInt(hex, 16));
    const value = ENTITIES[(named ?? "").toLowerCase()];
    return value ?? all;
  });
}

function safeChar(code: number): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
}
