/**
 * Builders of owner-only PDFs with crypt filters (ISO 32000-1 §7.4.10, §7.6.5), written with node:crypto because
 * qpdf cannot write such files: the /Encrypt dictionary, /ID and file key of an owner-only fixture (its /CF, /StmF
 * and /StrF rewritten: the key does not depend on them), a page whose text is shown in a Type0 font with a
 * ToUnicode CMap, a document information dictionary and, optionally, a stamp annotation. Each stream is compressed,
 * then encrypted (ISO 32000-1 §7.6.2 Algorithm 1) by the method the test names.
 */
import { createCipheriv, createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { emptyPasswordOpener } from "../../../src/core/attachments/crypto/pdf-standard";
import { PdfLexer } from "../../../src/core/attachments/pdf-syntax";
import { detectMarkings } from "../../../src/core/labels/detect";
import { fixture } from "./fixtures";
import { buildPdf, bytesOf } from "./pdf-builder";

export type Method = "None" | "V2" | "AESV2" | "AESV3";

/** How one stream is written: the method its bytes are encrypted with, and the /Name of its /Crypt filter if any. */
export interface Written {
  readonly method: Method;
  /** The /Crypt filter's /Name ("" for a /Crypt filter without decode parameters); none when undefined. */
  readonly crypt?: string;
}

export interface Security {
  /** The fixture's /Encrypt dictionary without its /CF, /StmF and /StrF. */
  readonly dict: string;
  readonly id: string;
  readonly key: Buffer;
}

export const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");

export function security(name: string): Security {
  const text = latin1(fixture(name));
  const start = text.indexOf("\n7 0 obj\n") + 9;
  const dict = text.slice(start, text.indexOf("\nendobj", start));
  const id = /\/ID \[<([0-9a-f]+)>/.exec(text)![1]!;
  const parsed = new PdfLexer(bytesOf(dict)).value();
  if (parsed.t !== "dict") throw new Error("no /Encrypt dictionary in " + name);
  const key = emptyPasswordOpener(parsed.v, Uint8Array.from(Buffer.from(id, "hex")))?.();
  if (key === undefined) throw new Error(name + " does not open with the empty password");
  const bare = dict.replace(/ \/CF << \/StdCF << [^>]*>> >>/, "").replace(/ \/St[mr]F \/StdCF/g, "");
  return { dict: bare, id, key: Buffer.from(key) };
}

/** RC4 written out here: OpenSSL 3 in node:crypto no longer offers it. */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/** Object `num`'s data encrypted by `method` (Algorithm 1; AESV3 uses the file key itself). */
function encrypt(sec: Security, method: Method, num: number, data: Buffer): Buffer {
  if (method === "None") return data;
  const key =
    method === "AESV3"
      ? sec.key
      : createHash("md5")
          .update(Buffer.concat([sec.key, Buffer.from([num, num >> 8, num >> 16, 0, 0])]))
          .update(method === "AESV2" ? "sAlT" : "")
          .digest()
          .subarray(0, Math.min(sec.key.length + 5, 16));
  if (method === "V2") return rc4(key, data);
  const iv = createHash("md5").update(`iv of object ${num}`).digest();
  const c = createCipheriv(key.length === 32 ? "aes-256-cbc" : "aes-128-cbc", key, iv);
  return Buffer.concat([iv, c.update(data), c.final()]);
}

/** Glyph ids of a made-up subset font: one per character, in order of first use. */
const CHARS = Array.from(new Set("【機密性２】令和７年度業務計画（案）調達仕様書"));
export const glyphs = (s: string) =>
  "<" +
  Array.from(s)
    .map((ch) => (CHARS.indexOf(ch) + 1).toString(16).padStart(4, "0"))
    .join("") +
  ">";
export const CMAP =
  "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Test-UCS def\n/CMapType 2 def\n" +
  "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
  `${CHARS.length} beginbfchar\n` +
  CHARS.map((ch, i) => `${glyphs(CHARS[i]!)} <${Buffer.from(ch, "utf16le").swap16().toString("hex")}>\n`).join("") +
  "endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend";

/** A stream object: `data` compressed (FlateDecode), then encrypted as object `num` the way `how` says. */
export function stream(sec: Security, num: number, data: string, how: Written, dict = ""): string {
  const body = encrypt(sec, how.method, num, deflateSync(Buffer.from(data, "latin1")));
  const parms = how.crypt ? `<< /Type /CryptFilterDecodeParms /Name /${how.crypt} >>` : "null";
  const filter =
    how.crypt === undefined ? "/Filter /FlateDecode" : `/Filter [/Crypt /FlateDecode] /DecodeParms [${parms} null]`;
  return `<< ${dict}${dict ? " " : ""}${filter} /Length ${body.length} >>\nstream\n${latin1(body)}\nendstream`;
}

export interface Layout {
  /** /CF entries besides /StdCF (which always has the fixture's own method). */
  readonly filters?: string;
  readonly stmF: string;
  readonly strF: string;
  /** The document's own method for /StdCF. */
  readonly method: Method;
  readonly page: { readonly text: string } & Written;
  readonly cmap: Written;
  readonly title: { readonly text: string; readonly method: Method };
  readonly stamp?: { readonly text: string } & Written;
}

/**
 * Objects: 1 catalog, 2 pages, 3 page, 4 its content, 5 a Type0 font, 6 its ToUnicode CMap, 7 /Encrypt, 8 /Info,
 * then 9 a stamp annotation and 10 its appearance stream when there is a stamp.
 */
export function build(sec: Security, l: Layout): Uint8Array {
  const show = (s: string) => `BT /F1 18 Tf 72 780 Td ${glyphs(s)} Tj ET`;
  const title = encrypt(sec, l.title.method, 8, Buffer.from("\ufeff" + l.title.text, "utf16le").swap16());
  const cf = `/CF << /StdCF << /AuthEvent /DocOpen /CFM /${l.method} /Length 16 >>${l.filters ?? ""} >>`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>" +
      (l.stamp ? " /Annots [9 0 R]" : "") +
      " >>",
    stream(sec, 4, show(l.page.text), l.page),
    "<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Subset /Encoding /Identity-H /ToUnicode 6 0 R >>",
    stream(sec, 6, CMAP, l.cmap),
    sec.dict.replace(/ >>$/, ` ${cf} /StmF /${l.stmF} /StrF /${l.strF} >>`),
    `<< /Title <${title.toString("hex")}> >>`,
  ];
  if (l.stamp) {
    objects.push("<< /Type /Annot /Subtype /Stamp /Rect [400 780 560 820] /AP << /N 10 0 R >> >>");
    const form = "/Type /XObject /Subtype /Form /BBox [0 0 160 40] /Resources << /Font << /F1 5 0 R >> >>";
    objects.push(stream(sec, 10, show(l.stamp.text), l.stamp, form));
  }
  return buildPdf(objects, ` /Info 8 0 R /Encrypt 7 0 R /ID [<${sec.id}> <${sec.id}>]`);
}

export const AES128 = security("pdf-owner-only-aes128.pdf");
/** An AES-128 file as Acrobat writes one: every string and stream AESV2 by /StrF and /StmF. */
export const AES128_PLAIN: Layout = {
  method: "AESV2",
  stmF: "StdCF",
  strF: "StdCF",
  page: { text: "【機密性２】調達仕様書", method: "AESV2" },
  cmap: { method: "AESV2" },
  title: { text: "調達仕様書", method: "AESV2" },
};
export const aes128 = (changes: Partial<Layout>) => build(AES128, { ...AES128_PLAIN, ...changes });
export const AES256 = security("pdf-owner-only-aes256.pdf");
export const textAt = (r: { texts: readonly { where: string; text: string }[] }, where: string) =>
  r.texts.filter((t) => t.where === where).map((t) => t.text);
export const levels = (text: string) => detectMarkings(text).map((m) => m.level);
