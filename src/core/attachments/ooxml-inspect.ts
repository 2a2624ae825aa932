/**
 * Markings inside OOXML packages (docx/xlsx/pptx and their macro/template variants). Reads only the small parts
 * that carry them, cheapest first, each within a part cap and the shared inflate budget:
 * docProps/custom.xml (MSIP sensitivity labels), docMetadata/LabelInfo.xml, docProps/core.xml, then
 * Word: headers and footers, the start of the main document;
 * Excel: sheet names, the start of the shared strings, then the header/footer of each sheet (streamed: it sits at
 * the end of the sheet, so only a small window is kept);
 * PowerPoint: the first slide.
 */

import { ascii, concatBytes, indexOfBytes } from "./bytes";
import type { InspectContext } from "./context";
import {
  coreProperties,
  customProperties,
  excelHeaderFooterText,
  firstSlideRelId,
  inlineStringsText,
  labelInfoIds,
  msipLabels,
  relationships,
  runText,
  sharedStringsText,
  sheetNames,
} from "./ooxml-text";
import { readPartText, streamPart } from "./part-reader";
import { decodeUtf8 } from "./utf8";
import type { ZipDirectory, ZipEntry } from "./zip-reader";

const SMALL_PART_CAP = 1024 * 1024;
/** Body-like parts are read in growing prefixes: most documents give BODY_CHARS of text within the first step. */
const BODY_PREFIX_STEPS = [64 * 1024, 512 * 1024];
const SHARED_STRINGS_PREFIX_STEPS = [64 * 1024, 256 * 1024];
/**
 * Sheets are streamed in full to reach their header/footer, the costliest read here (literal-heavy sheet XML
 * inflates at only ~30-50 MB/s in fflate), so all sheets of one attachment together get at most this much.
 */
const SHEET_SCAN_CAP = 4 * 1024 * 1024;
const BODY_CHARS = 4000;
const MAX_SHEETS_SCANNED = 64;
const MAX_MASTERS = 4;
/** Sheets whose start is read for inline-string cells, and how much of each (markings sit in the top rows). */
const INLINE_STRING_SHEETS = 3;
const INLINE_STRING_PREFIX_STEPS = [64 * 1024];
const HEADER_FOOTER_WINDOW = 16 * 1024;

const OFFICE_DOCUMENT_REL = "/officeDocument";

type Index = Map<string, ZipEntry>;

function indexEntries(dir: ZipDirectory): Index {
  const index: Index = new Map();
  for (const e of dir.entries) {
    const key = e.name.replace(/^\//, "").toLowerCase(); // part names compare case-insensitively
    if (!index.has(key)) index.set(key, e);
  }
  return index;
}

export function isOoxml(dir: ZipDirectory): boolean {
  return dir.entries.some((e) => e.name.replace(/^\//, "").toLowerCase() === "[content_types].xml");
}

/** Resolves a relationship target against the directory of its source part ("" for the package root). */
function resolveTarget(baseDir: string, target: string): string {
  const raw = target.charAt(0) === "/" ? target.slice(1) : baseDir + target;
  const out: string[] = [];
  for (const seg of raw.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash + 1);
}

/** The last run of digits in a name ("word/header12.xml" → 12), read backwards from the end; 0 if none. */
function lastNumber(name: string): number {
  let end = name.length;
  while (end > 0 && !isDigit(name.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isDigit(name.charCodeAt(start - 1))) start--;
  return start < end ? parseInt(name.slice(Math.max(start, end - 15), end), 10) : 0;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Numeric order for header1, header2 … header10 (string order would put header10 first). Keys are computed once
 * per entry, not per comparison: names can be kilobytes long.
 */
function byNumber(entries: ZipEntry[]): ZipEntry[] {
  return entries
    .map((e) => ({ e, n: lastNumber(e.name) }))
    .sort((a, b) => a.n - b.n || (a.e.name < b.e.name ? -1 : 1))
    .map((k) => k.e);
}

class Package {
  private readonly index: Index;

  constructor(
    readonly bytes: Uint8Array,
    readonly dir: ZipDirectory,
    readonly ctx: InspectContext,
  ) {
    this.index = indexEntries(dir);
  }

  entry(path: string): ZipEntry | undefined {
    return this.index.get(path.toLowerCase());
  }

  text(path: string, cap: number, mode: "whole" | "prefix"): string | undefined {
    const e = this.entry(path);
    return e ? readPartText(this.bytes, this.dir, e, this.ctx, cap, mode) : undefined;
  }

  /**
   * Text extracted from a growing prefix of a part: stops at the first step that yields `want` characters or
   * covers the whole part. Re-reading the first step costs little and saves inflating and decoding the rest.
   */
  prefixText(path: string, steps: readonly number[], want: number, extract: (xml: string) => string): string {
    const e = this.entry(path);
    let text = "";
    if (e === undefined) return text;
    for (const cap of steps) {
      const xml = readPartText(this.bytes, this.dir, e, this.ctx, cap, "prefix");
      if (xml === undefined) break;
      text = extract(xml);
      if (text.length >= want || cap >= e.uncompressedSize) break;
    }
    return text;
  }

  matching(re: RegExp): ZipEntry[] {
    return byNumber(this.dir.entries.filter((e) => re.test(e.name.replace(/^\//, ""))));
  }

  /** Target of the package-level officeDocument relationship (the main part), if the package says. */
  mainPart(): string | undefined {
    const rels = this.text("_rels/.rels", SMALL_PART_CAP, "whole");
    if (rels === undefined) return undefined;
    const main = relationships(rels).find((r) => r.type.slice(-OFFICE_DOCUMENT_REL.length) === OFFICE_DOCUMENT_REL);
    return main ? resolveTarget("", main.target) : undefined;
  }
}

function properties(pkg: Package): void {
  const ctx = pkg.ctx;
  const custom = pkg.text("docProps/custom.xml", SMALL_PART_CAP, "whole");
  if (custom !== undefined) {
    const props = customProperties(custom, 1000);
    for (const label of msipLabels(props)) {
      ctx.addLabel(label);
      if (label.name) ctx.addText("docProps/custom.xml sensitivity label", label.name);
    }
    // Some offices keep a 格付 in a custom property of their own; its value is worth scanning too.
    for (const p of props) {
      if (p.name.indexOf("MSIP_Label_") !== 0 && p.value !== "") ctx.addText("docProps/custom.xml " + p.name, p.value);
    }
  }
  const labelInfo = pkg.text("docMetadata/LabelInfo.xml", SMALL_PART_CAP, "whole");
  if (labelInfo !== undefined) for (const id of labelInfoIds(labelInfo, 100)) ctx.addLabel({ id });

  const core = pkg.text("docProps/core.xml", SMALL_PART_CAP, "whole");
  if (core !== undefined) {
    for (const p of coreProperties(core, ctx.textRoom)) ctx.addText("docProps/core.xml " + p.name, p.text);
  }
}

function word(pkg: Package, main: string): void {
  const ctx = pkg.ctx;
  const base = escapeRe(dirOf(main));
  for (const e of pkg.matching(new RegExp("^" + base + "(header|footer)\\d*\\.xml$", "i"))) {
    const xml = readPartText(pkg.bytes, pkg.dir, e, ctx, SMALL_PART_CAP, "whole");
    if (xml !== undefined) ctx.addText(e.name, runText(xml, Math.min(ctx.textRoom, BODY_CHARS)));
  }
  const want = Math.min(ctx.textRoom, BODY_CHARS);
  ctx.addText(
    main,
    pkg.prefixText(main, BODY_PREFIX_STEPS, want, (xml) => runText(xml, want)),
  );
}

/**
 * Finds the headerFooter element in a streamed worksheet, keeping only a small window: a match that straddles two
 * chunks is caught by searching the previous chunk's last bytes joined with the new chunk's first bytes.
 */
function sheetHeaderFooter(pkg: Package, e: ZipEntry, scanCap: number): string | undefined {
  const token = ascii("headerFooter");
  const endTag = ascii("headerFooter>");
  const selfClosing = ascii("headerFooter/>");
  const parts: Uint8Array[] = [];
  let tail: Uint8Array = new Uint8Array(0);
  if (scanCap <= 0) {
    pkg.ctx.note(e.name + ": header/footer not scanned (sheet scan cap reached)");
    return undefined;
  }
  const outcome = streamPart(pkg.bytes, pkg.dir, e, pkg.ctx, scanCap, (chunk) => {
    if (parts.length === 0) {
      const head = chunk.subarray(0, token.length - 1);
      const boundary = concatBytes([tail, head]);
      const inBoundary = indexOfBytes(boundary, token);
      if (inBoundary >= 0) {
        parts.push(boundary.subarray(inBoundary), chunk.subarray(head.length));
      } else {
        const at = indexOfBytes(chunk, token);
        if (at < 0) {
          tail = chunk.slice(Math.max(0, chunk.length - (token.length - 1)));
          return false;
        }
        parts.push(chunk.subarray(at));
      }
    } else {
      parts.push(chunk);
    }
    // The element starts at index 0; its end tag is the next "headerFooter>" (or it was self-closing).
    const window = concatBytes(parts);
    if (window.length >= HEADER_FOOTER_WINDOW) return true;
    return indexOfBytes(window, endTag, 1) >= 0 || indexOfBytes(window, selfClosing) === 0;
  });
  if (parts.length === 0) {
    if (outcome === "budget") pkg.ctx.note(e.name + ": header/footer not reached before the inflate cap");
    else if (outcome === "part-cap") pkg.ctx.note(e.name + ": header/footer not reached within the sheet scan cap");
    return undefined;
  }
  return decodeUtf8(concatBytes(parts), 0, HEADER_FOOTER_WINDOW);
}

function excel(pkg: Package, main: string): void {
  const ctx = pkg.ctx;
  const workbook = pkg.text(main, SMALL_PART_CAP, "whole");
  if (workbook !== undefined) for (const name of sheetNames(workbook, 1000)) ctx.addText("xl sheet name", name);
  const base = dirOf(main);
  const want = Math.min(ctx.textRoom, BODY_CHARS);
  const sharedPath = base + "sharedStrings.xml";
  const shared = pkg.prefixText(sharedPath, SHARED_STRINGS_PREFIX_STEPS, want, (xml) => sharedStringsText(xml, want));
  ctx.addText(sharedPath, shared);
  const escaped = escapeRe(base);
  const sheets = pkg.matching(new RegExp("^" + escaped + "worksheets/sheet\\d+\\.xml$", "i"));
  // Cells written as inline strings never reach sharedStrings.xml: the top of the first sheets holds them.
  for (const e of sheets.slice(0, INLINE_STRING_SHEETS)) {
    if (ctx.budget.remaining <= 0 || ctx.textRoom <= 0) break;
    const room = Math.min(ctx.textRoom, BODY_CHARS);
    ctx.addText(
      e.name,
      pkg.prefixText(e.name, INLINE_STRING_PREFIX_STEPS, room, (xml) => inlineStringsText(xml, room)),
    );
  }
  let scanned = 0;
  for (const e of sheets.slice(0, MAX_SHEETS_SCANNED)) {
    if (ctx.budget.remaining <= 0 || ctx.textRoom <= 0) break;
    const before = ctx.budget.spent;
    const xml = sheetHeaderFooter(pkg, e, SHEET_SCAN_CAP - scanned);
    scanned += ctx.budget.spent - before;
    if (xml !== undefined) ctx.addText(e.name + " header/footer", excelHeaderFooterText(xml, ctx.textRoom));
  }
  if (sheets.length > MAX_SHEETS_SCANNED) ctx.note("only the first " + MAX_SHEETS_SCANNED + " sheets scanned");
}

function powerPoint(pkg: Package, main: string): void {
  const ctx = pkg.ctx;
  let slide: string | undefined;
  const presentation = pkg.text(main, SMALL_PART_CAP, "whole");
  const relId = presentation !== undefined ? firstSlideRelId(presentation) : undefined;
  if (relId !== undefined) {
    const relsPath = dirOf(main) + "_rels/" + main.slice(dirOf(main).length) + ".rels";
    const rels = pkg.text(relsPath, SMALL_PART_CAP, "whole");
    const rel = rels !== undefined ? relationships(rels).find((r) => r.id === relId) : undefined;
    if (rel) slide = resolveTarget(dirOf(main), rel.target);
  }
  if (slide === undefined || pkg.entry(slide) === undefined) slide = dirOf(main) + "slides/slide1.xml";
  const want = Math.min(ctx.textRoom, BODY_CHARS);
  ctx.addText(
    slide,
    pkg.prefixText(slide, BODY_PREFIX_STEPS, want, (xml) => runText(xml, want)),
  );
  // An office template puts its 格付 on the slide master (a text box every slide shows), not on the slides.
  const masters = pkg.matching(new RegExp("^" + escapeRe(dirOf(main)) + "slideMasters/slideMaster\\d+\\.xml$", "i"));
  for (const e of masters.slice(0, MAX_MASTERS)) {
    if (ctx.budget.remaining <= 0 || ctx.textRoom <= 0) break;
    const room = Math.min(ctx.textRoom, BODY_CHARS);
    const xml = readPartText(pkg.bytes, pkg.dir, e, ctx, SMALL_PART_CAP, "whole");
    if (xml !== undefined) ctx.addText(e.name, runText(xml, room));
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Collects texts and labels from an unencrypted OOXML package into ctx. */
export function inspectOoxmlParts(bytes: Uint8Array, dir: ZipDirectory, ctx: InspectContext): void {
  const pkg = new Package(bytes, dir, ctx);
  properties(pkg);
  let main = pkg.mainPart();
  if (main === undefined || pkg.entry(main) === undefined) {
    main = ["word/document.xml", "xl/workbook.xml", "ppt/presentation.xml"].find((p) => pkg.entry(p) !== undefined);
  }
  if (main === undefined) {
    ctx.note("OOXML package without a Word, Excel or PowerPoint main part");
    return;
  }
  const kind = main.split("/")[0]?.toLowerCase();
  const mainEntry = pkg.entry(main);
  const lower = mainEntry ? mainEntry.name.replace(/^\//, "") : main;
  if (kind === "word") word(pkg, lower);
  else if (kind === "xl") excel(pkg, lower);
  else if (kind === "ppt") powerPoint(pkg, lower);
  else if (/document\.xml$/i.test(main)) word(pkg, lower);
  else if (/workbook\.xml$/i.test(main)) excel(pkg, lower);
  else if (/presentation\.xml$/i.test(main)) powerPoint(pkg, lower);
  else ctx.note("OOXML main part " + main + " not inspected");
}
