/**
 * Markings inside a PDF (issue 10 §7): the document information dictionary (Title, Subject, Keywords), the XMP
 * metadata stream (dc:title, dc:subject, dc:description, pdf:Keywords) and the text shown on the first page (its
 * content streams, the form XObjects they draw, and visible annotations such as stamps). A file encrypted with an
 * empty user password (permissions only: any reader opens it) is read too, its strings and streams decrypted as
 * they are read; one with a real password is not.
 * Objects are found by one top-level walk of the file (pdf-syntax.ts), which keeps offsets only and tokenises at
 * most MAX_SYNTAX bytes outside stream data; past that, a classic xref table leads to the rest. Object streams are
 * unpacked on demand. Every stream is inflated through the shared budget with a cap of its own, and every loop
 * is bounded, so a hostile file costs at most a few hundred milliseconds.
 *
 * Limitations: text in a CID font (Identity-H) without a ToUnicode CMap is glyph ids and is skipped with a note;
 * only FlateDecode (without predictors) is decoded, so LZW or ASCII85 content is not read; only page 1 is read;
 * past the syntax cap, objects that only a cross-reference stream locates are not reached; in an encrypted file,
 * a stream whose own /Crypt filter names a crypt filter that /CF lacks (or with an unknown method) is left unread
 * with a note, and so is a document information dictionary written directly into the trailer (it has no object
 * number to decrypt with). When the document's /StmF or /StrF is such a filter, every stream or every string is
 * left unread while the other kind is still read (the probe then reports the file as "unknown").
 */

import type { InspectContext } from "./context";
import { readEntryBytes } from "./inflate-bounded";
import { EmptyPasswordKeys, pdfTrailers, startXref } from "./pdf-probe";
import {
  emptyPasswordDecryptor,
  inClear,
  undecryptable,
  type PdfCipher,
  type PdfDecryptor,
} from "./crypto/pdf-standard";
import { fileIdOf, nameOf, numberOf, PdfLexer, scanTopLevel, type PdfDict, type PdfValue } from "./pdf-syntax";
import { decodeTextString, encodingDecoder, parseToUnicode, toUnicodeDecoder, type FontDecoder } from "./pdf-text";
import { decodeUtf8 } from "./utf8";
import { attr, scanXml } from "./xml-scan";

/**
 * Bytes of PDF syntax (everything but stream data, which is jumped over) tokenised while looking for objects.
 * Real files have far less outside their streams; past the cap, objects are found through the xref table.
 */
const MAX_SYNTAX = 2 * 1024 * 1024;
const MAX_OBJECTS_PER_STREAM = 100000;
const MAX_XREF_SECTIONS = 16;
const MAX_OBJECT_STREAMS = 32;
const OBJECT_STREAM_CAP = 1024 * 1024;
/** Decoded object-stream bytes parsed per file, all streams together (the same order as MAX_SYNTAX). */
const OBJECT_STREAMS_TOTAL = 2 * 1024 * 1024;
/** Objects looked up through the xref table per file (the page-1 walk needs a few dozen). */
const MAX_XREF_LOOKUPS = 512;
/** Syntax one object read through the xref may take. */
const XREF_OBJECT_SYNTAX = 1024 * 1024;
const CONTENT_CAP = 1024 * 1024;
const XMP_CAP = 256 * 1024;
const CMAP_CAP = 256 * 1024;
const MAX_FONTS = 32;
/** Form XObjects opened per page, and how deeply forms may draw forms. */
const MAX_FORMS = 16;
const MAX_FORM_DEPTH = 3;
const MAX_ANNOTATIONS = 32;
const MAX_PAGE_DEPTH = 32;
const PAGE_CHARS = 4000;
/**
 * Encrypted bytes decrypted per file, strings included: AES here takes about 15 ms per MB with a JIT and 0.3 s
 * without one. Page 1 of a real file needs a few tens of KB (its content stream, CMaps, object streams).
 */
const MAX_DECRYPT = 1024 * 1024;
const INFO_FIELDS = ["Title", "Subject", "Keywords"];

interface Located {
  readonly value: PdfValue;
  readonly stream?: { readonly start: number; readonly end: number };
  /** Object number and generation of a top-level object (what its strings and stream are encrypted with). */
  readonly num?: number;
  readonly gen?: number;
}

/**
 * Where an object's value is, without the value: the walk keeps only offsets (a file of a million small objects
 * would otherwise keep a million parsed values alive), and a value is parsed again when the reader asks for it.
 */
interface Slot {
  readonly src: Uint8Array;
  readonly at: number;
  readonly end: number;
  readonly stream?: Located["stream"];
  /** Set for a top-level object, whose strings and stream data are encrypted in an encrypted file. */
  readonly num?: number;
  readonly gen?: number;
  located?: Located | null;
}

class PdfFile {
  private readonly slots = new Map<number, Slot>();
  private readonly objectStreams: Located[] = [];
  private unpacked = 0;
  private unpackedBytes = 0;
  private xrefLookups = 0;
  /** Trailer and xref-stream dictionaries in file order. */
  readonly trailers: PdfDict[] = [];

  /** Classic xref subsections, read only when the walk stopped at the syntax cap. */
  private xref: XrefSubsection[] | undefined;
  /** Set for a file encrypted with an empty user password; `encryptNum` is the /Encrypt dictionary (in clear). */
  crypt: PdfDecryptor | undefined;
  encryptNum = -1;
  /** Stream bytes left to decrypt in this file (AES in plain JavaScript is slow without a JIT). */
  private decryptRoom = MAX_DECRYPT;

  constructor(
    readonly b: Uint8Array,
    readonly ctx: InspectContext,
  ) {
    const outcome = scanTopLevel(
      b,
      0,
      b.length,
      (found) => {
        if (found.context === "trailer") {
          if (found.dict) this.trailers.push(found.dict);
          return false;
        }
        // A later definition (incremental update) replaces an earlier one.
        const slot: Slot = {
          src: b,
          at: found.at,
          end: b.length,
          stream: found.stream,
          num: found.num,
          gen: found.gen,
        };
        this.slots.set(found.num, slot);
        const type = found.dict ? nameOf(found.dict.get("Type")) : undefined;
        if (type === "XRef" && found.dict) this.trailers.push(found.dict);
        else if (type === "ObjStm" && found.stream) {
          slot.located = { value: found.value, stream: found.stream, num: found.num, gen: found.gen };
          this.objectStreams.push(slot.located);
        }
        return false;
      },
      MAX_SYNTAX,
    );
    if (outcome === "syntax-cap") {
      ctx.note(
        "PDF object walk stopped after " + MAX_SYNTAX + " bytes of syntax; the rest is reached through the xref",
      );
      this.xref = classicXref(b);
      for (const t of pdfTrailers(b)) this.trailers.push(t);
    }
  }

  /** The object a classic xref entry points at ("N G obj …"), read on demand. */
  private fromXref(num: number): Slot | undefined {
    if (this.xref === undefined || this.xrefLookups >= MAX_XREF_LOOKUPS) return undefined;
    const offset = xrefOffset(this.b, this.xref, num);
    if (offset === undefined) return undefined;
    this.xrefLookups++;
    const lx = new PdfLexer(this.b, offset);
    lx.limit = offset + XREF_OBJECT_SYNTAX;
    try {
      const n = lx.value();
      const gen = lx.value();
      const kw = lx.value();
      if (n.t !== "num" || n.v !== num || gen.t !== "num" || kw.t !== "kw" || kw.v !== "obj") return undefined;
      const at = lx.pos;
      const value = lx.value();
      const dict = value.t === "dict" ? value.v : undefined;
      let stream: Located["stream"];
      if (dict) {
        lx.skipSpace();
        if (lx.startsWithWord("stream")) {
          lx.pos += 6;
          stream = lx.skipStream(numberOf(dict.get("Length")));
        }
      }
      const slot: Slot = { src: this.b, at, end: this.b.length, stream, num, gen: gen.v };
      slot.located = this.locate(slot, value);
      this.slots.set(num, slot);
      return slot;
    } catch {
      return undefined; // not an object header at that offset, or an object past the syntax allowance
    }
  }

  /** The object with this number, unpacking object streams until it turns up (unless `topLevel`). */
  object(num: number, topLevel = false): Located | undefined {
    for (;;) {
      const slot = this.slots.get(num) ?? this.fromXref(num);
      if (slot !== undefined) return this.load(slot);
      if (topLevel || !this.unpackNext()) return undefined;
    }
  }

  private load(slot: Slot): Located | undefined {
    if (slot.located === undefined) {
      slot.located = null;
      const lx = new PdfLexer(slot.src, slot.at, slot.end);
      lx.limit = slot.at + XREF_OBJECT_SYNTAX;
      try {
        slot.located = this.locate(slot, lx.value());
      } catch {
        // unreadable (it was readable during the walk, unless it was cut by the syntax allowance)
      }
    }
    return slot.located ?? undefined;
  }

  /** A slot's value, with its strings decrypted when it is a top-level object of an encrypted file. */
  private locate(slot: Slot, value: PdfValue): Located {
    const { num, gen } = slot;
    const crypt = this.crypt;
    const v =
      crypt !== undefined && num !== undefined && gen !== undefined && num !== this.encryptNum
        ? this.decryptStrings(value, crypt.cipher(num, gen, false))
        : value;
    return { value: v, stream: slot.stream, num, gen };
  }

  /**
   * Every string in a value decrypted (in place: the value was just parsed and is not shared), each charged to
   * the decryption allowance; one past it, or that cannot be decrypted, becomes empty. Nesting is bounded by the
   * lexer's depth cap.
   */
  private decryptStrings(v: PdfValue, cipher: PdfCipher): PdfValue {
    if (v.t === "str") {
      this.decryptRoom -= v.v.length + 64;
      return { t: "str", v: (this.decryptRoom > 0 && cipher(v.v, v.v.length)) || new Uint8Array(0) };
    }
    if (v.t === "arr") for (let i = 0; i < v.v.length; i++) v.v[i] = this.decryptStrings(v.v[i]!, cipher);
    if (v.t === "dict") v.v.forEach((item, key) => v.v.set(key, this.decryptStrings(item, cipher)));
    return v;
  }

  private unpackNext(): boolean {
    const stm = this.objectStreams[this.unpacked];
    const room = OBJECT_STREAMS_TOTAL - this.unpackedBytes;
    if (stm === undefined || this.unpacked >= MAX_OBJECT_STREAMS || room <= 0) return false;
    this.unpacked++;
    const dict = stm.value.t === "dict" ? stm.value.v : undefined;
    const data = this.streamData(stm, Math.min(OBJECT_STREAM_CAP, room));
    if (data === undefined || dict === undefined) return true;
    this.unpackedBytes += data.length;
    const n = numberOf(dict.get("N")) ?? 0;
    const first = numberOf(dict.get("First")) ?? 0;
    const lx = new PdfLexer(data, 0, Math.min(data.length, first));
    const pairs: { num: number; offset: number }[] = [];
    try {
      for (let i = 0; i < n && i < MAX_OBJECTS_PER_STREAM; i++) {
        const num = lx.value();
        const off = lx.value();
        if (num.t !== "num" || off.t !== "num") break;
        pairs.push({ num: num.v, offset: first + off.v });
      }
    } catch {
      // a truncated header: keep the pairs read so far
    }
    // Objects in a stream do not overlap: each is read (on demand) only up to the next one's offset, so a header
    // that points many numbers at one huge object cannot multiply the work.
    const offsets = pairs.map((p) => p.offset).sort((a, b) => a - b);
    const shared = new Map<number, Slot>();
    for (const { num, offset } of pairs) {
      if (this.slots.has(num)) continue; // a top-level definition is newer than a packed one
      let slot = shared.get(offset);
      if (slot === undefined) {
        let k = 0;
        for (let lo = 0, hi = offsets.length; lo < hi;) {
          const mid = (lo + hi) >> 1;
          if ((offsets[mid] ?? 0) <= offset) lo = k = mid + 1;
          else hi = mid;
        }
        slot = { src: data, at: offset, end: offsets[k] ?? data.length };
        shared.set(offset, slot);
      }
      this.slots.set(num, slot);
    }
    return true;
  }

  /** Follows a reference (a few levels: a reference to a reference is legal, a loop is not). */
  resolve(v: PdfValue | undefined): PdfValue | undefined {
    let cur = v;
    for (let hops = 0; cur !== undefined && cur.t === "ref" && hops < 8; hops++) cur = this.object(cur.num)?.value;
    return cur !== undefined && cur.t === "ref" ? undefined : cur;
  }

  dict(v: PdfValue | undefined): PdfDict | undefined {
    const r = this.resolve(v);
    return r !== undefined && r.t === "dict" ? r.v : undefined;
  }

  /** The stream a value refers to, if it is one. */
  streamOf(v: PdfValue | undefined): Located | undefined {
    if (v === undefined || v.t !== "ref") return undefined;
    const found = this.object(v.num);
    return found !== undefined && found.stream !== undefined ? found : undefined;
  }

  /**
   * Decoded stream data (no filter, or FlateDecode without a predictor, after an optional /Crypt filter), at most
   * `cap` bytes.
   */
  streamData(s: Located, cap: number): Uint8Array | undefined {
    if (s.stream === undefined || s.value.t !== "dict") return undefined;
    const dict = s.value.v;
    let raw = this.b.subarray(s.stream.start, s.stream.end);
    const filter = this.resolve(dict.get("Filter"));
    const filters: string[] = [];
    if (filter?.t === "name") filters.push(filter.v);
    else if (filter?.t === "arr") for (const f of filter.v) if (f.t === "name") filters.push(f.v);
    // Decode parameters: one dictionary for one filter, an array with an item per filter for several.
    const parms = this.resolve(dict.get("DecodeParms"));
    const parmsOf = (i: number) => this.dict(parms?.t === "arr" ? parms.v[i] : parms);
    // ISO 32000-1 §7.4.10: a /Crypt filter, always the first, names the crypt filter (in /CF) that this stream is
    // encrypted with instead of the document's /StmF; /Identity, the default, means stored in clear.
    const own = filters[0] === "Crypt" ? (nameOf(parmsOf(0)?.get("Name")) ?? "Identity") : undefined;
    if (own !== undefined) filters.shift();
    // (Cross-reference streams, which are never encrypted, are not read through here.) A stream's own crypt filter
    // comes before /EncryptMetadata false, as in qpdf; without encryption there is no /CF, only /Identity.
    const crypt = this.crypt;
    let cipher: PdfCipher | undefined = inClear;
    if (crypt === undefined) {
      if (own !== undefined && own !== "Identity") cipher = undefined;
    } else if (own !== undefined || !(crypt.metadataInClear && nameOf(dict.get("Type")) === "Metadata")) {
      cipher = s.num === undefined || s.gen === undefined ? undefined : crypt.cipher(s.num, s.gen, true, own);
    }
    if (cipher !== inClear) {
      // Only what the filter can use: `cap` bytes, or with Flate a little more (its output is never much shorter
      // than its input: stored blocks add 5 bytes per 64 KB).
      const max = Math.min(this.decryptRoom, filters.length === 0 ? cap : cap + (cap >> 10) + 64);
      const plain = cipher !== undefined && max > 0 ? cipher(raw, max) : undefined;
      if (plain === undefined) {
        // Left unread rather than read as it is (an unknown crypt filter included); the note says the file was read
        // only in part.
        this.ctx.note("PDF stream not decrypted");
        return undefined;
      }
      this.decryptRoom -= Math.min(raw.length, max);
      raw = plain;
    }
    if (filters.length === 0) return raw.length > cap ? raw.subarray(0, cap) : raw;
    if (filters.length > 1 || (filters[0] !== "FlateDecode" && filters[0] !== "Fl")) return undefined;
    if ((numberOf(parmsOf(own === undefined ? 0 : 1)?.get("Predictor")) ?? 1) > 1) return undefined;
    return inflate(raw, cap, this.ctx);
  }
}

/** One subsection of a classic xref table: objects first … first+count-1, 20-byte entries from `at`. */
interface XrefSubsection {
  readonly first: number;
  readonly count: number;
  readonly at: number;
}

/**
 * The classic xref table at startxref and the tables its /Prev entries chain to (newest first, so an update's
 * entry wins). Only subsection headers are read: entries are fixed 20-byte records, so a lookup jumps straight to
 * one instead of tokenising a table that can be megabytes long. Cross-reference streams are not decoded here:
 * files that use them put their objects in object streams, which the walk finds anyway.
 */
function classicXref(b: Uint8Array): XrefSubsection[] {
  const sections: XrefSubsection[] = [];
  const seen: number[] = [];
  let at = startXref(b);
  for (let n = 0; at >= 0 && n < MAX_XREF_SECTIONS && seen.indexOf(at) < 0; n++) {
    seen.push(at);
    const lx = new PdfLexer(b, at);
    let next = -1;
    try {
      const kw = lx.value();
      if (kw.t !== "kw" || kw.v !== "xref") break;
      for (let k = 0; k < MAX_XREF_SECTIONS * 64; k++) {
        const first = lx.value();
        if (first.t === "kw" && first.v === "trailer") {
          const trailer = lx.value();
          if (trailer.t === "dict") next = numberOf(trailer.v.get("Prev")) ?? -1;
          break;
        }
        const count = lx.value();
        if (first.t !== "num" || count.t !== "num" || count.v < 0) break;
        lx.skipSpace();
        sections.push({ first: first.v, count: count.v, at: lx.pos });
        lx.pos += count.v * 20;
      }
    } catch {
      // a cut table: keep the subsections read
    }
    at = next;
  }
  return sections;
}

/** The offset a classic xref gives for an object ("nnnnnnnnnn ggggg n"), or undefined. */
function xrefOffset(b: Uint8Array, sections: readonly XrefSubsection[], num: number): number | undefined {
  for (const s of sections) {
    if (num < s.first || num >= s.first + s.count) continue;
    const at = s.at + (num - s.first) * 20;
    if (b[at + 17] !== 0x6e) return undefined; // "f": free
    let offset = 0;
    for (let k = 0; k < 10; k++) {
      const c = b[at + k] ?? 0;
      if (c < 0x30 || c > 0x39) return undefined;
      offset = offset * 10 + (c - 0x30);
    }
    return offset;
  }
  return undefined;
}

/** zlib data (FlateDecode) through the bounded inflater; whatever came out before an error is kept. */
function inflate(raw: Uint8Array, cap: number, ctx: InspectContext): Uint8Array | undefined {
  const cmf = raw[0] ?? 0;
  const flg = raw[1] ?? 0;
  const zlib = (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
  const data = zlib ? raw.subarray(2) : raw;
  const read = readEntryBytes(data, 8, Number.MAX_SAFE_INTEGER, ctx.budget, cap);
  return read.bytes.length > 0 ? read.bytes : undefined;
}

function documentInfo(pdf: PdfFile, trailer: PdfDict): void {
  // In an encrypted file, a dictionary written into the trailer has no object number to decrypt its strings with.
  const ref = trailer.get("Info");
  if (pdf.crypt !== undefined && ref?.t !== "ref") return;
  const info = pdf.dict(ref);
  if (info === undefined) return;
  for (const field of INFO_FIELDS) {
    const v = pdf.resolve(info.get(field));
    if (v !== undefined && v.t === "str") pdf.ctx.addText("pdf /Info " + field, decodeTextString(v.v));
  }
}

const XMP_ELEMENTS = ["title", "subject", "description", "Keywords"];

/** dc:title, dc:subject, dc:description and pdf:Keywords (element or attribute form) of an XMP packet. */
export function xmpText(xml: string, maxChars: number): string {
  const parts: string[] = [];
  let inside = 0;
  let current = "";
  let total = 0;
  scanXml(xml, {
    open(local, attrs, selfClosing) {
      if (local === "Description") {
        const keywords = attr(attrs, "Keywords");
        if (keywords !== undefined && keywords.trim() !== "") parts.push(keywords.trim());
      }
      if (!selfClosing && XMP_ELEMENTS.indexOf(local) >= 0) inside++;
      return total >= maxChars;
    },
    close(local) {
      if (XMP_ELEMENTS.indexOf(local) >= 0 && inside > 0) {
        inside--;
        if (inside === 0 && current.trim() !== "") {
          parts.push(current.trim());
          total += current.length;
          current = "";
        }
      } else if (local === "li" && inside > 0) current += "\n";
      return total >= maxChars;
    },
    text(t) {
      if (inside > 0 && current.length < maxChars) current += t.length > maxChars ? t.slice(0, maxChars) : t;
      return false;
    },
  });
  return parts.join("\n").slice(0, maxChars);
}

function xmp(pdf: PdfFile, root: PdfDict): void {
  const meta = pdf.streamOf(root.get("Metadata"));
  const data = meta ? pdf.streamData(meta, XMP_CAP) : undefined;
  if (data === undefined) return;
  pdf.ctx.addText("pdf XMP", xmpText(decodeUtf8(data), Math.min(pdf.ctx.textRoom, PAGE_CHARS)));
}

/** The first page (following Kids[0] down the page tree) and the Resources it inherits. */
function firstPage(pdf: PdfFile, root: PdfDict): { page: PdfDict; resources: PdfDict | undefined } | undefined {
  let node = pdf.dict(root.get("Pages"));
  let resources: PdfDict | undefined;
  for (let depth = 0; node !== undefined && depth < MAX_PAGE_DEPTH; depth++) {
    resources = pdf.dict(node.get("Resources")) ?? resources;
    const kids = pdf.resolve(node.get("Kids"));
    if (nameOf(node.get("Type")) === "Page" || kids === undefined || kids.t !== "arr") {
      return { page: node, resources };
    }
    node = pdf.dict(kids.v[0]);
  }
  return undefined;
}

function pageContent(pdf: PdfFile, page: PdfDict): Uint8Array | undefined {
  const contents = pdf.resolve(page.get("Contents"));
  const refs: PdfValue[] =
    contents?.t === "arr" ? contents.v.slice(0, 64) : page.get("Contents") ? [page.get("Contents") as PdfValue] : [];
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (const ref of refs) {
    const s = pdf.streamOf(ref);
    const data = s ? pdf.streamData(s, CONTENT_CAP - total) : undefined;
    if (data === undefined) continue;
    chunks.push(data, Uint8Array.of(0x0a)); // content streams split anywhere between tokens
    total += data.length + 1;
    if (total >= CONTENT_CAP) break;
  }
  if (chunks.length === 0) return undefined;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c.subarray(0, Math.max(0, total - at)), at);
    at += c.length;
  }
  return out;
}

/** What a content stream's names refer to: fonts (Tf) and form XObjects (Do). */
export interface ContentResources {
  font(name: string): FontDecoder | undefined;
  form?(name: string): { readonly content: Uint8Array; readonly resources: ContentResources } | undefined;
}

/** Work shared by the page and every form it draws: fonts decoded, forms opened, content bytes decoded. */
interface PageBudget {
  fonts: number;
  forms: number;
  contentBytes: number;
}

/** A resource dictionary, read lazily: a font's CMap is parsed the first time a Tf selects it. */
class PageResources implements ContentResources {
  private readonly decoders = new Map<string, FontDecoder | undefined>();

  constructor(
    private readonly pdf: PdfFile,
    private readonly dict: PdfDict | undefined,
    private readonly budget: PageBudget,
  ) {}

  font(name: string): FontDecoder | undefined {
    if (this.decoders.has(name)) return this.decoders.get(name);
    let decoder: FontDecoder | undefined;
    const font =
      this.budget.fonts++ < MAX_FONTS ? this.pdf.dict(this.pdf.dict(this.dict?.get("Font"))?.get(name)) : undefined;
    if (font !== undefined) {
      const twoByte = nameOf(font.get("Subtype")) === "Type0";
      const cmapStream = this.pdf.streamOf(font.get("ToUnicode"));
      const cmapData = cmapStream ? this.pdf.streamData(cmapStream, CMAP_CAP) : undefined;
      if (cmapData !== undefined) decoder = toUnicodeDecoder(parseToUnicode(cmapData), twoByte);
      else {
        decoder = encodingDecoder(nameOf(this.pdf.resolve(font.get("Encoding"))), twoByte);
        if (decoder === undefined) {
          this.pdf.ctx.note("PDF page 1 font " + name + " has no ToUnicode map; its text is not read");
        }
      }
    }
    this.decoders.set(name, decoder);
    return decoder;
  }

  /** A form XObject drawn with Do (Acrobat puts added headers, footers and stamps in one). */
  form(name: string): { content: Uint8Array; resources: ContentResources } | undefined {
    if (this.budget.forms >= MAX_FORMS || this.budget.contentBytes >= CONTENT_CAP) return undefined;
    const xobject = this.pdf.streamOf(this.pdf.dict(this.dict?.get("XObject"))?.get(name));
    if (xobject === undefined || xobject.value.t !== "dict" || nameOf(xobject.value.v.get("Subtype")) !== "Form") {
      return undefined;
    }
    this.budget.forms++;
    const content = this.pdf.streamData(xobject, CONTENT_CAP - this.budget.contentBytes);
    if (content === undefined) return undefined;
    this.budget.contentBytes += content.length;
    // A form without its own resources uses those of the page that draws it.
    const own = this.pdf.dict(xobject.value.v.get("Resources"));
    return { content, resources: own ? new PageResources(this.pdf, own, this.budget) : this };
  }
}

/**
 * Text shown by Tj, TJ, ' and " in a content stream. Runs are joined without spaces (a marking is often split
 * across runs), a new line starts where the text line moves vertically, and a wide TJ gap becomes a space.
 */
export function contentText(content: Uint8Array, resources: ContentResources, maxChars: number, depth = 0): string {
  const lx = new PdfLexer(content);
  const operands: PdfValue[] = [];
  let decoder: FontDecoder | undefined;
  let out = "";
  // The last character written, kept aside: reading it back from a string being built by += would flatten
  // that string every time (quadratic on a long TJ array).
  let last = "";
  const add = (s: string): void => {
    if (s === "" || out.length >= maxChars) return;
    out += s;
    last = s.charAt(s.length - 1);
  };
  const show = (s: PdfValue | undefined): void => {
    if (s !== undefined && s.t === "str" && decoder !== undefined) add(decoder.decode(s.v));
  };
  const newline = (): void => {
    if (last !== "" && last !== "\n") add("\n");
  };
  while (!lx.atEnd && out.length < maxChars) {
    let v: PdfValue;
    const before = lx.pos;
    try {
      v = lx.value();
    } catch {
      if (lx.pos >= lx.end) break;
      lx.pos = Math.max(before + 1, lx.pos);
      operands.length = 0;
      continue;
    }
    if (v.t !== "kw") {
      operands.push(v);
      if (operands.length > 16) operands.shift();
      continue;
    }
    const op = v.v;
    const operand = operands[operands.length - 1];
    if (op === "Tf") {
      const font = operands[operands.length - 2];
      decoder = font?.t === "name" ? resources.font(font.v) : undefined;
    } else if (op === "Tj") {
      show(operand);
    } else if (op === "'" || op === '"') {
      newline();
      show(operand);
    } else if (op === "TJ" && operand?.t === "arr") {
      for (const item of operand.v) {
        if (out.length >= maxChars) break;
        if (item.t === "num" && item.v <= -250 && last !== "" && last !== " " && last !== "\n") add(" ");
        else show(item);
      }
    } else if (op === "T*") {
      newline();
    } else if (op === "Td" || op === "TD") {
      const ty = operands[operands.length - 1];
      if (ty?.t === "num" && ty.v !== 0) newline();
    } else if (op === "Tm") {
      newline();
    } else if (op === "Do" && operand?.t === "name" && depth < MAX_FORM_DEPTH && resources.form) {
      const form = resources.form(operand.v);
      if (form !== undefined) {
        newline();
        add(contentText(form.content, form.resources, maxChars - out.length, depth + 1));
        newline();
      }
    } else if (op === "ID") {
      // Inline image data: binary up to "EI" after whitespace.
      let p = lx.pos + 1;
      while (
        p + 2 < lx.end &&
        !(
          content[p] === 0x45 &&
          content[p + 1] === 0x49 &&
          (content[p - 1] === 0x20 || content[p - 1] === 0x0a || content[p - 1] === 0x0d)
        )
      )
        p++;
      lx.pos = p + 2;
    }
    operands.length = 0;
  }
  return out.slice(0, maxChars);
}

/** Annotation kinds drawn on the page as text a reader sees (comments and links are not markings). */
const VISIBLE_ANNOTATIONS = ["FreeText", "Stamp", "Watermark"];

/**
 * Text of the visible annotations on a page (a 格付 stamp added in Acrobat is one): the /Contents string and the
 * text of the normal appearance stream.
 */
function annotationText(pdf: PdfFile, page: PdfDict, budget: PageBudget, maxChars: number): string {
  const annots = pdf.resolve(page.get("Annots"));
  if (annots === undefined || annots.t !== "arr") return "";
  const parts: string[] = [];
  let used = 0;
  const keep = (text: string): void => {
    if (text.trim() === "") return;
    parts.push(text);
    used += text.length + 1;
  };
  for (const ref of annots.v.slice(0, MAX_ANNOTATIONS)) {
    if (used >= maxChars) break;
    const annot = pdf.dict(ref);
    if (annot === undefined || VISIBLE_ANNOTATIONS.indexOf(nameOf(annot.get("Subtype")) ?? "") < 0) continue;
    const contents = pdf.resolve(annot.get("Contents"));
    if (contents !== undefined && contents.t === "str") keep(decodeTextString(contents.v));
    const normal = pdf.streamOf(pdf.dict(annot.get("AP"))?.get("N"));
    if (normal === undefined || normal.value.t !== "dict" || budget.forms >= MAX_FORMS) continue;
    budget.forms++;
    const content = pdf.streamData(normal, CONTENT_CAP - budget.contentBytes);
    if (content === undefined) continue;
    budget.contentBytes += content.length;
    const resources = new PageResources(pdf, pdf.dict(normal.value.v.get("Resources")), budget);
    keep(contentText(content, resources, Math.max(0, maxChars - used), 1));
  }
  return parts.join("\n").slice(0, maxChars);
}

function firstPageText(pdf: PdfFile, root: PdfDict): void {
  const first = firstPage(pdf, root);
  if (first === undefined) return;
  const max = Math.min(pdf.ctx.textRoom, PAGE_CHARS);
  const content = pageContent(pdf, first.page);
  const budget: PageBudget = { fonts: 0, forms: 0, contentBytes: content ? content.length : 0 };
  const text = content ? contentText(content, new PageResources(pdf, first.resources, budget), max) : "";
  const stamps = text.length < max ? annotationText(pdf, first.page, budget, max - text.length) : "";
  pdf.ctx.addText("pdf page 1", stamps === "" ? text : text === "" ? stamps : text + "\n" + stamps);
}

/**
 * The decryptor of a file encrypted with an empty user password (permissions only, which counts as not
 * encrypted): from the newest trailer's /Encrypt and the first /ID. Undefined when there is none, it does not
 * open with the empty password, or its key cannot be computed.
 */
function emptyPasswordCrypt(pdf: PdfFile, encrypt: PdfValue, keys: EmptyPasswordKeys): PdfDecryptor | undefined {
  // The encryption dictionary is never in an object stream (and those cannot be read before it is known).
  let d: PdfDict | undefined;
  if (encrypt.t === "dict") d = encrypt.v;
  else if (encrypt.t === "ref") {
    const found = pdf.object(encrypt.num, true);
    if (found !== undefined && found.value.t === "dict") d = found.value.v;
    pdf.encryptNum = encrypt.num;
  }
  const keyOf = d && keys.opener(d, fileIdOf(pdf.trailers));
  const key = keyOf && keyOf();
  if (d === undefined || key === undefined) return undefined;
  // Streams left undecrypted say so one by one as they are read; strings would silently come out empty.
  if (undecryptable(d).strings) pdf.ctx.note("PDF strings not decrypted (unknown crypt filter)");
  return emptyPasswordDecryptor(d, key);
}

/**
 * Reads the markings of a PDF into ctx: an unencrypted one, or one encrypted with an empty user password, whose
 * strings and streams are decrypted as they are read (one with a real password is left unread). `keys` holds the
 * empty-password checks the probe already ran (inspect.ts passes them on), so each runs once per file.
 */
export function inspectPdfContents(b: Uint8Array, ctx: InspectContext, keys = new EmptyPasswordKeys()): void {
  const pdf = new PdfFile(b, ctx);
  let trailer: PdfDict | undefined;
  let encrypt: PdfValue | undefined;
  for (const t of pdf.trailers) {
    if (t.has("Root")) trailer = t;
    encrypt = t.get("Encrypt") ?? encrypt;
  }
  if (trailer === undefined) {
    ctx.note("PDF catalog not found; contents not read");
    return;
  }
  if (encrypt !== undefined) {
    pdf.crypt = emptyPasswordCrypt(pdf, encrypt, keys);
    if (pdf.crypt === undefined) {
      ctx.note("PDF contents are encrypted; not read");
      return;
    }
  }
  documentInfo(pdf, trailer);
  const root = pdf.dict(trailer.get("Root"));
  if (root === undefined) return;
  xmp(pdf, root);
  firstPageText(pdf, root);
}
