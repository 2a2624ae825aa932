/**
 * Builders for the fresh judgement cases: whole .eml files (any charset and transfer encoding, text, HTML or both,
 * attachments with their own disposition) and small but valid OOXML packages written part by part. Everything is
 * made here from our own wording; nothing is copied from a corpus.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { inspectAll } from "../../src/core/attachments/index";
import { evaluate } from "../../src/core/engine";
import type { Policy } from "../../src/core/policy/schema";
import { readEml } from "../../src/eml/read-eml";
import { POLICY } from "../helpers/mail";

export const FRESH_DIR = join(__dirname, "..", "fixtures", "fresh");

export function freshFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FRESH_DIR, name)));
}

export interface FileSpec {
  name: string;
  bytes: Uint8Array;
  type?: string;
  /** Content-Disposition as the client wrote it; Apple Mail writes "inline" for ordinary attachments. */
  disposition?: "attachment" | "inline";
}

export interface EmlSpec {
  from?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  subject: string;
  /** The Subject header value exactly as written (encoded words split the way an old mailer splits them). */
  rawSubject?: string;
  /** Plain-text body (UTF-8, base64 unless `qp`). */
  text?: string;
  /** HTML body; with `text` both go as multipart/alternative. */
  html?: string;
  qp?: boolean;
  files?: FileSpec[];
}

const b64 = (bytes: Uint8Array | string) =>
  Buffer.from(typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes)
    .toString("base64")
    .replace(/.{76}/g, "$&\r\n");

/** RFC 2047 B-word, the way Outlook encodes a Japanese subject. */
export const word = (s: string) => `=?UTF-8?B?${Buffer.from(s, "utf8").toString("base64")}?=`;

/** Quoted-printable of UTF-8 text with soft line breaks, as Thunderbird writes it. */
export function quotedPrintable(s: string): string {
  const bytes = Buffer.from(s.replace(/\r?\n/g, "\r\n"), "utf8");
  let out = "";
  let line = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i] as number;
    let piece: string;
    if (c === 13 && bytes[i + 1] === 10) {
      out += "\r\n";
      line = 0;
      i++;
      continue;
    }
    if ((c >= 33 && c <= 126 && c !== 61) || c === 32) piece = String.fromCharCode(c);
    else piece = "=" + c.toString(16).toUpperCase().padStart(2, "0");
    if (line + piece.length > 73) {
      out += "=\r\n";
      line = 0;
    }
    out += piece;
    line += piece.length;
  }
  return out;
}

function textPart(type: "plain" | "html", body: string, qp: boolean): string {
  const cte = qp ? "quoted-printable" : "base64";
  return (
    `Content-Type: text/${type}; charset="utf-8"\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n` +
    (qp ? quotedPrintable(body) : b64(body)) +
    "\r\n"
  );
}

export function buildEml(spec: EmlSpec): Uint8Array {
  const head: string[] = [
    `From: ${spec.from ?? "山田 太郎 <yamada@example.go.jp>"}`.replace(/[^\x20-\x7e]+/g, (m) => word(m)),
    `To: ${(spec.to ?? []).join(", ")}`,
  ];
  if (spec.cc && spec.cc.length > 0) head.push(`Cc: ${spec.cc.join(", ")}`);
  if (spec.bcc && spec.bcc.length > 0) head.push(`Bcc: ${spec.bcc.join(", ")}`);
  head.push(
    `Subject: ${spec.rawSubject ?? word(spec.subject)}`,
    "Date: Tue, 01 Dec 2026 10:00:00 +0900",
    "MIME-Version: 1.0",
  );
  const qp = spec.qp === true;
  let body: string;
  if (spec.text !== undefined && spec.html !== undefined) {
    body =
      'Content-Type: multipart/alternative; boundary="alt-b"\r\n\r\n' +
      `--alt-b\r\n${textPart("plain", spec.text, qp)}--alt-b\r\n${textPart("html", spec.html, qp)}--alt-b--\r\n`;
  } else if (spec.html !== undefined) {
    body = textPart("html", spec.html, qp);
  } else {
    body = textPart("plain", spec.text ?? "", qp);
  }
  const files = spec.files ?? [];
  if (files.length === 0) return new TextEncoder().encode(head.join("\r\n") + "\r\n" + body);
  let mixed = 'Content-Type: multipart/mixed; boundary="mix-b"\r\n\r\n--mix-b\r\n' + body;
  for (const f of files) {
    const name = word(f.name);
    mixed +=
      `--mix-b\r\nContent-Type: ${f.type ?? "application/octet-stream"}; name="${name}"\r\n` +
      `Content-Disposition: ${f.disposition ?? "attachment"}; filename="${name}"\r\n` +
      `Content-Transfer-Encoding: base64\r\n\r\n${b64(f.bytes)}\r\n`;
  }
  mixed += "--mix-b--\r\n";
  return new TextEncoder().encode(head.join("\r\n") + "\r\n" + mixed);
}

export interface Decision {
  action: string;
  fires: string[];
}

export interface DecideOptions {
  /** Another policy than the example one (an organisation under lg.jp, more partners …). */
  policy?: Policy;
  /** For a reply: the addresses on the message it answers, as the CLI finds them by In-Reply-To. */
  answered?: string[];
}

/** Reads the mail the way the CLI does (attachments inspected byte by byte) and evaluates the example policy. */
export async function decideEml(bytes: Uint8Array, options: DecideOptions = {}): Promise<Decision> {
  const { snapshot } = await readEml(bytes, { inspect: (files) => inspectAll(files) });
  const judged = options.answered ? { ...snapshot, answeredAddresses: options.answered } : snapshot;
  const d = evaluate(judged, options.policy ?? POLICY);
  return {
    action: d.action,
    fires: [...new Set(d.findings.filter((f) => f.action !== "info").map((f) => f.check))].sort(),
  };
}

// --- OOXML ---

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function rels(items: [string, string, string][]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">` +
    items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join("") +
    "</Relationships>"
  );
}

function contentTypes(overrides: [string, string][]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join("") +
    "</Types>"
  );
}

function pack(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const k of Object.keys(parts)) files[k] = strToU8(parts[k] as string);
  return zipSync(files);
}

/** Paragraphs; each paragraph may be split into runs with "|" (Word splits runs at every edit or format change). */
const wParas = (paras: string[]) =>
  paras
    .map(
      (p) =>
        `<w:p>${p
          .split("|")
          .map((r) => `<w:r><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`)
          .join("")}</w:p>`,
    )
    .join("");

/** Word's 透かし: a VML WordArt shape in the header whose text is an attribute. */
const watermarkPara = (text: string) =>
  '<w:p><w:r><w:pict><v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" ' +
  'style="position:absolute;rotation:315;width:412pt;height:164pt" fillcolor="silver" stroked="f">' +
  `<v:fill opacity=".5"/><v:textpath style="font-family:&quot;游明朝&quot;;font-size:1pt" string="${esc(text)}"/>` +
  "</v:shape></w:pict></w:r></w:p>";

export function docx(spec: { body: string[]; header?: string[]; footer?: string[]; watermark?: string }): Uint8Array {
  // A watermark lives in a header part, so a document with one always has a header.
  if (spec.watermark !== undefined && spec.header === undefined) spec = { ...spec, header: [] };
  const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypes([
      ["word/document.xml", `${wml}.document.main+xml`],
      ...(spec.header ? ([["word/header1.xml", `${wml}.header+xml`]] as [string, string][]) : []),
      ...(spec.footer ? ([["word/footer1.xml", `${wml}.footer+xml`]] as [string, string][]) : []),
    ]),
    "_rels/.rels": rels([["rId1", "officeDocument", "word/document.xml"]]),
    "word/_rels/document.xml.rels": rels([
      ...(spec.header ? ([["rId7", "header", "header1.xml"]] as [string, string, string][]) : []),
      ...(spec.footer ? ([["rId8", "footer", "footer1.xml"]] as [string, string, string][]) : []),
    ]),
    "word/document.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>` +
      wParas(spec.body) +
      "<w:sectPr>" +
      (spec.header ? '<w:headerReference w:type="default" r:id="rId7"/>' : "") +
      (spec.footer ? '<w:footerReference w:type="default" r:id="rId8"/>' : "") +
      "</w:sectPr></w:body></w:document>",
  };
  if (spec.header) {
    parts["word/header1.xml"] =
      `<w:hdr xmlns:w="${W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">` +
      wParas(spec.header) +
      (spec.watermark ? watermarkPara(spec.watermark) : "") +
      "</w:hdr>";
  }
  if (spec.footer) parts["word/footer1.xml"] = `<w:ftr xmlns:w="${W}">${wParas(spec.footer)}</w:ftr>`;
  return pack(parts);
}

const S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * One sheet. `shared` cells go through sharedStrings.xml (what Excel writes); `inline` cells are inline strings
 * (what many report exporters and libraries write); `headerFooter` is the printed header.
 */
export function xlsx(spec: { shared?: string[]; inline?: string[]; headerFooter?: string }): Uint8Array {
  const sml = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const shared = spec.shared ?? [];
  const inline = spec.inline ?? [];
  const rows: string[] = [];
  shared.forEach((_, i) => rows.push(`<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`));
  inline.forEach((s, i) => {
    const r = shared.length + i + 1;
    rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${esc(s)}</t></is></c></row>`);
  });
  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypes([
      ["xl/workbook.xml", `${sml}.sheet.main+xml`],
      ["xl/worksheets/sheet1.xml", `${sml}.worksheet+xml`],
      ...(shared.length ? ([["xl/sharedStrings.xml", `${sml}.sharedStrings+xml`]] as [string, string][]) : []),
    ]),
    "_rels/.rels": rels([["rId1", "officeDocument", "xl/workbook.xml"]]),
    "xl/workbook.xml": `<workbook xmlns="${S}" xmlns:r="${REL}"><sheets><sheet name="一覧" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": rels([
      ["rId1", "worksheet", "worksheets/sheet1.xml"],
      ...(shared.length ? ([["rId2", "sharedStrings", "sharedStrings.xml"]] as [string, string, string][]) : []),
    ]),
    "xl/worksheets/sheet1.xml":
      `<worksheet xmlns="${S}"><sheetData>${rows.join("")}</sheetData>` +
      (spec.headerFooter ? `<headerFooter><oddHeader>${esc(spec.headerFooter)}</oddHeader></headerFooter>` : "") +
      "</worksheet>",
  };
  if (shared.length) {
    parts["xl/sharedStrings.xml"] =
      `<sst xmlns="${S}" count="${shared.length}" uniqueCount="${shared.length}">` +
      shared.map((s) => `<si><t>${esc(s)}</t></si>`).join("") +
      "</sst>";
  }
  return pack(parts);
}

const P = "http://schemas.openxmlformats.org/presentationml/2006/main";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";

const shapes = (paras: string[]) =>
  paras.length === 0
    ? ""
    : `<p:sp><p:txBody><a:bodyPr/>${paras.map((p) => `<a:p><a:r><a:t>${esc(p)}</a:t></a:r></a:p>`).join("")}</p:txBody></p:sp>`;

/** Slides (first one first) and, optionally, text on the slide master that every slide shows (a footer mark). */
export function pptx(spec: { slides: string[][]; master?: string[] }): Uint8Array {
  const pml = "application/vnd.openxmlformats-officedocument.presentationml";
  const slideIds = spec.slides.map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 2}"/>`).join("");
  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypes([
      ["ppt/presentation.xml", `${pml}.presentation.main+xml`],
      ["ppt/slideMasters/slideMaster1.xml", `${pml}.slideMaster+xml`],
      ...spec.slides.map((_, i) => [`ppt/slides/slide${i + 1}.xml`, `${pml}.slide+xml`] as [string, string]),
    ]),
    "_rels/.rels": rels([["rId1", "officeDocument", "ppt/presentation.xml"]]),
    "ppt/presentation.xml":
      `<p:presentation xmlns:p="${P}" xmlns:r="${REL}"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>` +
      `<p:sldIdLst>${slideIds}</p:sldIdLst></p:presentation>`,
    "ppt/_rels/presentation.xml.rels": rels([
      ["rId1", "slideMaster", "slideMasters/slideMaster1.xml"],
      ...spec.slides.map((_, i) => [`rId${i + 2}`, "slide", `slides/slide${i + 1}.xml`] as [string, string, string]),
    ]),
    "ppt/slideMasters/slideMaster1.xml": `<p:sldMaster xmlns:p="${P}" xmlns:a="${A}"><p:cSld><p:spTree>${shapes(spec.master ?? [])}</p:spTree></p:cSld></p:sldMaster>`,
  };
  spec.slides.forEach((paras, i) => {
    parts[`ppt/slides/slide${i + 1}.xml`] =
      `<p:sld xmlns:p="${P}" xmlns:a="${A}"><p:cSld><p:spTree>${shapes(paras)}</p:spTree></p:cSld></p:sld>`;
  });
  return pack(parts);
}

export const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  zip: "application/x-zip-compressed",
};
