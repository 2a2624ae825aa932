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
  return s.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|amp|lt|gt|quot|apos);/g, (whole: string, ref: string) => {
    if (ref.charAt(0) !== "#") return NAMED[ref] ?? whole;
    const hex = ref.charAt(1) === "x" || ref.charAt(1) === "X";
    return fromCodePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/** Value of the attribute whose local name is `name` (e.g. "name" matches name="…" and r:name="…"). */
export function attr(attrs: string, name: string): string | undefined {
  const re = /([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(attrs)) !== null) {
    if (m[2] === name) return decodeEntities(m[4] ?? m[5] ?? "");
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
      const sp = body.search(/[\s]/);
      const qname = sp < 0 ? body : body.slice(0, sp);
      const attrs = sp < 0 ? "" : body.slice(sp);
      const local = localName(qname);
      if (h.open && h.open(local, attrs, selfClosing)) return;
      if (selfClosing && h.close && h.close(local)) return;
      i = e + 1;
    }
  }
}
