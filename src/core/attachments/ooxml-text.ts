/**
 * Text extractors for the OOXML parts that carry markings. Each takes the (possibly truncated) XML of one part and
 * returns plain text: paragraphs become lines, runs are joined without spaces (Word splits 機密性２ into several
 * runs whenever formatting or spell-check state changes), and everything stops at `maxChars`.
 */

import { attr, prefixedAttr, scanXml } from "./xml-scan";

function isBlank(c: string): boolean {
  return /\s/.test(c); // includes U+3000 (ideographic space) and U+FEFF
}

/**
 * Drops whitespace-only lines and trailing spaces so the text stays compact for label detection. One pass per line
 * with index arithmetic: a trailing-space regex here was quadratic on a long run of spaces followed by a non-space.
 */
export function tidy(s: string): string {
  const kept: string[] = [];
  for (const line of s.split("\n")) {
    let end = line.length;
    while (end > 0) {
      const c = line.charAt(end - 1);
      if (c !== " " && c !== "\t" && c !== "\r") break;
      end--;
    }
    let k = 0;
    while (k < end && isBlank(line.charAt(k))) k++;
    if (k < end) kept.push(end === line.length ? line : line.slice(0, end));
  }
  return kept.join("\n");
}

/** Appends `t` to `out` without letting `out` grow past `max` characters (text events can be megabytes long). */
function append(out: string, t: string, max: number): string {
  const room = max - out.length;
  if (room <= 0) return out;
  return out + (t.length > room ? t.slice(0, room) : t);
}

/**
 * WordprocessingML and DrawingML text (document, header, footer, slide): the content of `t` elements and the text
 * of VML watermarks, each watermark on a line of its own. Skips
 * mc:Fallback (a duplicate rendering of the same text box), deleted text and field codes (not `t` elements),
 * and tab-stop definitions (a `tab` outside a run).
 */
export function runText(xml: string, maxChars: number): string {
  let out = "";
  let inT = 0;
  let inRun = 0;
  let fallback = 0;
  scanXml(xml, {
    open(local, attrs, selfClosing) {
      // A watermark (Word: デザイン → 透かし, e.g. 社外秘 or 機密性２ across every page) is VML text on a path,
      // held in an attribute rather than in a `t` element.
      if (local === "textpath" && fallback === 0) {
        const watermark = attr(attrs, "string");
        if (watermark) out = append(out, "\n" + watermark + "\n", maxChars);
        return out.length >= maxChars;
      }
      if (local === "Fallback" && !selfClosing) fallback++;
      else if (local === "t" && !selfClosing) inT++;
      else if (local === "r" && !selfClosing) inRun++;
      else if (fallback === 0 && inRun > 0 && (local === "tab" || local === "ptab")) out += "\t";
      else if (fallback === 0 && (local === "br" || local === "cr")) out += "\n";
      return out.length >= maxChars;
    },
    close(local) {
      if (local === "Fallback") fallback = Math.max(0, fallback - 1);
      else if (local === "t") inT = Math.max(0, inT - 1);
      else if (local === "r") inRun = Math.max(0, inRun - 1);
      else if (local === "p" && fallback === 0) out += "\n";
      return out.length >= maxChars;
    },
    text(t) {
      if (inT > 0 && fallback === 0) out = append(out, t, maxChars);
      return out.length >= maxChars;
    },
  });
  return tidy(out).slice(0, maxChars);
}

/** Shared strings (xl/sharedStrings.xml): one line per string item, phonetic guides (rPh) left out. */
export function sharedStringsText(xml: string, maxChars: number): string {
  return stringItemsText(xml, maxChars, "si");
}

/**
 * Inline strings of a worksheet (cells written as t="inlineStr" with an `is` element, as report exporters and many
 * libraries write them instead of using the shared-string table): one line per cell.
 */
export function inlineStringsText(xml: string, maxChars: number): string {
  return stringItemsText(xml, maxChars, "is");
}

function stringItemsText(xml: string, maxChars: number, item: "si" | "is"): string {
  let out = "";
  let inT = 0;
  let inPhonetic = 0;
  scanXml(xml, {
    open(local, _attrs, selfClosing) {
      if (selfClosing) return false;
      if (local === "t") inT++;
      else if (local === "rPh") inPhonetic++;
      return false;
    },
    close(local) {
      if (local === "t") inT = Math.max(0, inT - 1);
      else if (local === "rPh") inPhonetic = Math.max(0, inPhonetic - 1);
      else if (local === item) out += "\n";
      return out.length >= maxChars;
    },
    text(t) {
      if (inT > 0 && inPhonetic === 0) out = append(out, t, maxChars);
      return out.length >= maxChars;
    },
  });
  return tidy(out).slice(0, maxChars);
}

/** Sheet names from xl/workbook.xml, in workbook order. */
export function sheetNames(xml: string, maxNames: number): string[] {
  const names: string[] = [];
  scanXml(xml, {
    open(local, attrs) {
      if (local === "sheet") {
        const name = attr(attrs, "name");
        if (name !== undefined) names.push(name);
      }
      return names.length >= maxNames;
    },
  });
  return names;
}

/**
 * Removes Excel header/footer codes: &L &C &R start sections (kept apart by a newline), &P &N &D &T &F &A &Z &G
 * are fields, &B &I &U &E &S &X &Y &O &H toggle formatting, &"font,style" and &<size> set the font, &K<rrggbb>
 * (or a theme colour) the colour, and && is a literal ampersand.
 */
export function stripExcelHeaderCodes(s: string): string {
  let out = "";
  // Whether out ends a line, kept aside (reading out's last char while building it flattens the string each time).
  let atLineStart = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c !== "&") {
      out += c;
      atLineStart = c === "\n";
      continue;
    }
    const k = s.charAt(i + 1);
    if (k === "&") {
      out += "&";
      atLineStart = false;
      i++;
    } else if (k === '"') {
      const close = s.indexOf('"', i + 2);
      i = close < 0 ? s.length : close;
    } else if (k >= "0" && k <= "9") {
      let j = i + 1;
      while (j < s.length && s.charAt(j) >= "0" && s.charAt(j) <= "9") j++;
      i = j - 1;
    } else if (k === "K" || k === "k") {
      i += 7; // &K followed by six characters: RRGGBB, or a theme reference such as 01+000
    } else if (k === "L" || k === "C" || k === "R") {
      if (!atLineStart) out += "\n";
      atLineStart = true;
      i++;
    } else if (k !== "") {
      i++; // any other single-letter code (fields, formatting toggles, &+ / &-)
    }
  }
  return out;
}

/** Text of Excel header/footer elements (oddHeader, evenFooter …) found in a piece of worksheet XML. */
export function excelHeaderFooterText(xml: string, maxChars: number): string {
  const parts: string[] = [];
  let current: string | undefined;
  scanXml(xml, {
    open(local, _attrs, selfClosing) {
      if (!selfClosing && /^(?:odd|even|first)(?:Header|Footer)$/.test(local)) current = "";
      return false;
    },
    close(local) {
      if (current !== undefined && /^(?:odd|even|first)(?:Header|Footer)$/.test(local)) {
        const text = stripExcelHeaderCodes(current).trim();
        if (text !== "") parts.push(text);
        current = undefined;
      }
      return false;
    },
    text(t) {
      if (current !== undefined) current += t;
      return false;
    },
  });
  return tidy(parts.join("\n")).slice(0, maxChars);
}

export interface CoreProperty {
  readonly name: string;
  readonly text: string;
}

const CORE_FIELDS = ["title", "subject", "keywords", "description", "category"];

/** docProps/core.xml title, subject, keywords, description and category. */
export function coreProperties(xml: string, maxChars: number): CoreProperty[] {
  const found: CoreProperty[] = [];
  let current: string | undefined;
  let value = "";
  scanXml(xml, {
    open(local, _attrs, selfClosing) {
      if (!selfClosing && CORE_FIELDS.indexOf(local) >= 0) {
        current = local;
        value = "";
      }
      return false;
    },
    close(local) {
      if (current !== undefined && local === current) {
        const text = value.trim().slice(0, maxChars);
        if (text !== "") found.push({ name: current, text });
        current = undefined;
      }
      return false;
    },
    text(t) {
      if (current !== undefined) value = append(value, t, maxChars);
      return false;
    },
  });
  return found;
}

/** Custom property values longer than this are cut (labels and 格付 values are short). */
const MAX_PROPERTY_CHARS = 4096;

export interface CustomProperty {
  readonly name: string;
  readonly value: string;
}

/** docProps/custom.xml name/value pairs (string-like values only, which is how MSIP_Label_* are stored). */
export function customProperties(xml: string, maxCount: number): CustomProperty[] {
  const props: CustomProperty[] = [];
  let name: string | undefined;
  let value = "";
  scanXml(xml, {
    open(local, attrs) {
      if (local === "property") {
        name = attr(attrs, "name");
        value = "";
      }
      return false;
    },
    close(local) {
      if (local === "property" && name !== undefined) {
        props.push({ name, value: value.trim() });
        name = undefined;
      }
      return props.length >= maxCount;
    },
    text(t) {
      if (name !== undefined) value = append(value, t, MAX_PROPERTY_CHARS);
      return false;
    },
  });
  return props;
}

export interface SensitivityLabel {
  readonly id: string;
  readonly name?: string;
}

/**
 * Microsoft sensitivity labels from custom properties: MSIP_Label_<guid>_Enabled / _Name. A label whose Enabled
 * is "false" was removed and is not reported.
 */
export function msipLabels(props: readonly CustomProperty[]): SensitivityLabel[] {
  const byId: { [id: string]: { enabled?: boolean; name?: string } } = {};
  const order: string[] = [];
  for (const p of props) {
    const m = /^MSIP_Label_([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})_(\w+)$/.exec(
      p.name,
    );
    if (!m || m[1] === undefined) continue;
    const id = m[1].toLowerCase();
    let slot = byId[id];
    if (slot === undefined) {
      slot = {};
      byId[id] = slot;
      order.push(id);
    }
    if (m[2] === "Enabled") slot.enabled = p.value.toLowerCase() === "true";
    else if (m[2] === "Name" && p.value !== "") slot.name = p.value;
  }
  const labels: SensitivityLabel[] = [];
  for (const id of order) {
    const slot = byId[id];
    if (!slot || slot.enabled === false) continue;
    labels.push(slot.name !== undefined ? { id, name: slot.name } : { id });
  }
  return labels;
}

/** docMetadata/LabelInfo.xml (newer Office): label ids without names; enabled="0" labels are skipped. */
export function labelInfoIds(xml: string, maxCount: number): string[] {
  const ids: string[] = [];
  scanXml(xml, {
    open(local, attrs) {
      if (local === "label") {
        const id = attr(attrs, "id");
        const enabled = attr(attrs, "enabled");
        if (id !== undefined && enabled !== "0" && enabled !== "false") ids.push(id.replace(/[{}]/g, "").toLowerCase());
      }
      return ids.length >= maxCount;
    },
  });
  return ids;
}

/** Relationship targets by id from a .rels part. */
export function relationships(xml: string): { id: string; type: string; target: string }[] {
  const rels: { id: string; type: string; target: string }[] = [];
  scanXml(xml, {
    open(local, attrs) {
      if (local === "Relationship") {
        const id = attr(attrs, "Id");
        const target = attr(attrs, "Target");
        if (id !== undefined && target !== undefined) rels.push({ id, type: attr(attrs, "Type") ?? "", target });
      }
      return rels.length >= 10000;
    },
  });
  return rels;
}

/** The r:id of the first slide in ppt/presentation.xml's slide list. */
export function firstSlideRelId(xml: string): string | undefined {
  let id: string | undefined;
  scanXml(xml, {
    open(local, attrs) {
      // sldId has both id="256" and r:id="rId2"; only the prefixed one names the relationship.
      if (local === "sldId") id = prefixedAttr(attrs, "id");
      return id !== undefined;
    },
  });
  return id;
}
