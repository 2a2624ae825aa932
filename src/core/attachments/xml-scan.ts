/**
 * A small non-validating XML scanner for OOXML parts: start/end tags by local name, attribute lookup, character
 * data with the five predefined entities and numeric references decoded. No DTD processing at all (so no entity
 * expansion attacks), and a truncated document (we often read only a prefix) simply ends the scan.
 */

export interface XmlHandler {
  /** Return true to stop scanning. */
  open?(local: string, attrs: string, selfClosing: boolean): boolean | void;
  close?(local: string): boolean | void;
  text?(text: string): boolean | void;
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function fromCodePoint(cp: number): string {
  if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return "\ufffd";
  if (cp <= 0xffff) return String.fromCharCode(cp);
  const v = cp - 0x10000;
  return String.fromCharCode(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
}

const NAMED: { readonly [k: string]: string } = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,8}|#\d{1,10}|amp|lt|gt|quot|apos);/g, (whole: string, ref: string) => {
    if (ref.charAt(0) !== "#") return NAMED[ref] ?? whole;
    const hex = ref.charAt(1) === "x" || ref.charAt(1) === "X";
    return fromCodePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r";
}

export interface XmlAttribute {
  /** The qualified name as written ("r:id", "name"). */
  readonly qname: string;
  /** The raw value, entities not yet decoded. */
  readonly raw: string;
}

/**
 * The attributes of a start tag's attribute text, in order, by one left-to-right pass (a regex here backtracked
 * quadratically on a long run of name characters without "="). Junk between attributes is skipped; an attribute
 * without "=" or without a quoted value is dropped, as a browser-style recovering reader would.
 */
export function attributes(attrs: string): XmlAttribute[] {
  const out: XmlAttribute[] = [];
  const n = attrs.length;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(attrs.charAt(i)) || attrs.charAt(i) === "/")) i++;
    const start = i;
    while (i < n) {
      const c = attrs.charAt(i);
      if (c === "=" || isSpace(c) || c === '"' || c === "'" || c === "/") break;
      i++;
    }
    const qname = attrs.slice(start, i);
    while (i < n && isSpace(attrs.charAt(i))) i++;
    if (attrs.charAt(i) !== "=") {
      // A stray quote starts a value-less junk string: skip past it so its content is not read as names.
      const q = attrs.charAt(i);
      if (q === '"' || q === "'") {
        const close = attrs.indexOf(q, i + 1);
        i = close < 0 ? n : close + 1;
      } else if (i === start) {
        i++;
      }
      continue;
    }
    i++;
    while (i < n && isSpace(attrs.charAt(i))) i++;
    const quote = attrs.charAt(i);
    if (quote !== '"' && quote !== "'") continue;
    const close = attrs.indexOf(quote, i + 1);
    if (close < 0) break;
    if (qname !== "") out.push({ qname, raw: attrs.slice(i + 1, close) });
    i = close + 1;
  }
  return out;
}

/** Value of the attribute whose local name is `name` (e.g. "name" matches name="…" and r:name="…"). */
export function attr(attrs: string, name: string): string | undefined {
  for (const a of attributes(attrs)) if (localName(a.qname) === name) return decodeEntities(a.raw);
  return undefined;
}

/** Value of the first prefixed attribute whose local name is `name` (r:id, not id). */
export function prefixedAttr(attrs: string, name: string): string | undefined {
  for (const a of attributes(attrs)) {
    if (a.qname.indexOf(":") > 0 && localName(a.qname) === name) return decodeEntities(a.raw);
  }
  return undefined;
}

/** Index of the '>' closing a tag that starts at `from`, skipping quoted attribute values; -1 if truncated. */
function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let i = from; i < xml.length; i++) {
    const c = xml.charAt(i);
    if (quote !== "") {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ">") {
      return i;
    }
  }
  return -1;
}

export function scanXml(xml: string, h: XmlHandler): void {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    // Text after the last tag of a truncated prefix may be cut mid-entity; it is still worth reporting.
    if (textEnd > i && h.text && h.text(decodeEntities(xml.slice(i, textEnd)))) return;
    if (lt < 0) return;
    if (xml.startsWith("<!--", lt)) {
      const e = xml.indexOf("-->", lt + 4);
      if (e < 0) return;
      i = e + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const e = xml.indexOf("]]>", lt + 9);
      if (e < 0) return;
      if (h.text && h.text(xml.slice(lt + 9, e))) return;
      i = e + 3;
    } else if (xml.startsWith("<?", lt)) {
      const e = xml.indexOf("?>", lt + 2);
      if (e < 0) return;
      i = e + 2;
    } else if (xml.startsWith("<!", lt)) {
      const e = xml.indexOf(">", lt + 2); // DOCTYPE and the like: skipped, never interpreted
      if (e < 0) return;
      i = e + 1;
    } else if (xml.charAt(lt + 1) === "/") {
      const e = xml.indexOf(">", lt + 2);
      if (e < 0) return;
      if (h.close && h.close(localName(xml.slice(lt + 2, e).trim()))) return;
      i = e + 1;
    } else {
      const e = tagEnd(xml, lt + 1);
      if (e < 0) return;
      const selfClosing = xml.charAt(e - 1) === "/";
      const body = xml.slice(lt + 1, selfClosing ? e - 1 : e);
      const sp = body.search(/\s/);
      const qname = sp < 0 ? body : body.slice(0, sp);
      const attrs = sp < 0 ? "" : body.slice(sp);
      const local = localName(qname);
      if (h.open && h.open(local, attrs, selfClosing)) return;
      if (selfClosing && h.close && h.close(local)) return;
      i = e + 1;
    }
  }
}
