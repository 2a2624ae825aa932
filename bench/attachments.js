"use strict";
// Attachment-inspection figures named by issue 3: time for a 10 MB docx, a 10 MB encrypted zip and a 10 MB random
// blob (plus the worst case the caps allow: an xlsx whose header sits after 7.8 MB of incompressible sheet XML, so
// the 4 MiB sheet-scan cap is spent), and since issue 10 §7 a 10 MB PDF whose page text, Info and XMP are read and
// a 10 MB PDF of nothing but small objects (the object walk's syntax cap is spent), and a first-time AES-256 PDF
// password check (new salt each run), as ms and ms per MB, with the bytes actually inflated and a rough figure for
// extra memory (bytes allocated during one run; the live peak is lower). Runs on the compiled core in lib/.
// SENDCHECK_LIB may point at another build of the core (e.g. a temporary tsc output).
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { randomBytes } = require("node:crypto");
const { zipSync, zlibSync, strToU8 } = require("fflate");

const lib = process.env.SENDCHECK_LIB || join(__dirname, "..", "lib");
const { inspectDetailed } = require(join(lib, "core", "attachments", "index.js"));

const MB = 1024 * 1024;

function docx10() {
  const para =
    '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">令和６年度予算要求に関する資料です。</w:t></w:r></w:p>';
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'),
    "_rels/.rels": strToU8(
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": strToU8("<w:document><w:body>" + para.repeat(3000) + "</w:body></w:document>"),
    "word/header1.xml": strToU8("<w:hdr><w:p><w:r><w:t>【機密性２】</w:t></w:r></w:p></w:hdr>"),
    "docProps/core.xml": strToU8("<cp:coreProperties><dc:title>予算要求</dc:title></cp:coreProperties>"),
    // Images are what make real documents large; they are stored (already compressed) and never read.
    "word/media/image1.png": [randomBytes(10 * MB - 300 * 1024), { level: 0 }],
  });
}

function encryptedZip10() {
  // Random bytes are indistinguishable from ZipCrypto output; setting flag bit 0 makes them an encrypted archive.
  const files = {};
  for (let i = 0; i < 20; i++) files[`資料/機密性２_${i}.pdf`] = [randomBytes(MB / 2), { level: 0 }];
  const z = zipSync(files);
  const view = new DataView(z.buffer, z.byteOffset, z.byteLength);
  for (let p = 0; p + 4 <= z.length; p++) {
    const sig = view.getUint32(p, true);
    if (sig === 0x04034b50) view.setUint16(p + 6, view.getUint16(p + 6, true) | 1, true);
    else if (sig === 0x02014b50) view.setUint16(p + 8, view.getUint16(p + 8, true) | 1, true);
  }
  return z;
}

function bigSheetXlsx() {
  // Random base64 cell text (barely compressible, the slowest kind of data to inflate); the header comes after it.
  const rows = [];
  for (let i = 0; i < 20000; i++)
    rows.push(`<row><c t="inlineStr"><is><t>${randomBytes(256).toString("base64")}</t></is></c></row>`);
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8('<workbook><sheets><sheet name="データ" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/worksheets/sheet1.xml": strToU8(
      "<worksheet><sheetData>" +
        rows.join("") +
        "</sheetData><headerFooter><oddHeader>&amp;C機密性２</oddHeader></headerFooter></worksheet>",
    ),
  });
}

/** A PDF as producers write it: catalog, page with a compressed content stream, fonts, Info, XMP, images. */
function pdfBytes(objects) {
  const parts = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let length = parts[0].length;
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(o) ? o : Buffer.from(o, "latin1"),
      Buffer.from("\nendobj\n"),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) xref += `${String(off).padStart(10, "0")} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref, "latin1"));
  return new Uint8Array(Buffer.concat(parts));
}

function pdfStreamObject(dict, data) {
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, "latin1"),
    data,
    Buffer.from("\nendstream"),
  ]);
}

function pdf10() {
  // 20 JPEG-like images of 0.5 MB each (never decoded), one page of text in a ToUnicode-mapped CID font.
  const images = [];
  for (let i = 0; i < 20; i++)
    images.push(
      pdfStreamObject("/Type /XObject /Subtype /Image /Filter /DCTDecode /Width 800 /Height 600", randomBytes(MB / 2)),
    );
  const xobjects = images.map((_, i) => `/Im${i} ${i + 9} 0 R`).join(" ");
  const text = Array.from(
    { length: 40 },
    (_, i) => `BT /F1 10 Tf 72 ${800 - i * 18} Td <0001000200030004> Tj ET /Im${i % 20} Do`,
  ).join("\n");
  const cmap =
    "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0001> <0004> [<3010> <6A5F> <5BC6> <6027>] endbfrange";
  return pdfBytes([
    "<< /Type /Catalog /Pages 2 0 R /Metadata 7 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << ${xobjects} >> >> >>`,
    pdfStreamObject("/Filter /FlateDecode", Buffer.from(zlibSync(strToU8(text)))),
    "<< /Type /Font /Subtype /Type0 /BaseFont /MS-Mincho /Encoding /Identity-H /ToUnicode 8 0 R >>",
    "<< /Title <FEFF30106A5F5BC66027FF1230114E887B97> /Producer (bench) >>",
    pdfStreamObject(
      "/Type /Metadata /Subtype /XML",
      Buffer.from(
        "<x:xmpmeta><rdf:RDF><rdf:Description><dc:title><rdf:Alt><rdf:li>予算</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>",
      ),
    ),
    pdfStreamObject("", Buffer.from(cmap, "latin1")),
    ...images,
  ]);
}

function pdfSyntaxHeavy() {
  // Worst case for the object walk: 10 MB of tiny objects and no stream to jump over (the walk stops at its cap).
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"];
  for (let i = 0; objects.length < 150000; i++) objects.push(`<< /A [${i} 0 R 1 2 3] /B (x) >>`);
  return pdfBytes(objects);
}

/**
 * A password-protected AES-256 PDF (revision 6) whose /U validation salt differs on every call: the empty-password
 * check hashes that salt with ISO 32000-2 Algorithm 2.B (at least 64 rounds of AES-128 and SHA-2), and a repeated
 * salt is answered from a small cache, so only a fresh salt shows what the first check of a new file costs.
 */
function freshR6Pdf(n) {
  const bytes = readFileSync(join(__dirname, "..", "test", "fixtures", "attachments", "pdf-user-password-aes256.pdf"));
  const text = bytes.toString("latin1");
  const u = /\/U <([0-9a-f]{96})>/.exec(text);
  if (!u) throw new Error("pdf-user-password-aes256.pdf: no 48-byte /U");
  const salt = n.toString(16).padStart(16, "0");
  const at = u.index + 4 + 64; // the validation salt: bytes 32-40 of /U
  return new Uint8Array(Buffer.from(text.slice(0, at) + salt + text.slice(at + 16), "latin1"));
}

function measureFreshR6() {
  const times = [];
  let last;
  for (let i = 0; i < 15; i++) {
    const bytes = freshR6Pdf(i + 1);
    const t0 = process.hrtime.bigint();
    last = inspectDetailed(bytes);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${"pdf AES-256 password check (new salt)".padEnd(35)} median ${times[7].toFixed(2)} ms, max ` +
      `${times[14].toFixed(2)} ms over 15 files  → pdf/${last.inspection.encryption} ` +
      "(run node --jitless bench/attachments.js for a runtime without a JIT)",
  );
}

function memNow() {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function measure(label, bytes) {
  for (let i = 0; i < 3; i++) inspectDetailed(bytes); // warm up the JIT
  const times = [];
  let last;
  for (let i = 0; i < 15; i++) {
    const t0 = process.hrtime.bigint();
    last = inspectDetailed(bytes);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  // Rough peak: with a GC just before and (usually) none during one synchronous run, growth ≈ what it allocated.
  if (global.gc) global.gc();
  const before = memNow();
  inspectDetailed(bytes);
  const extra = Math.max(0, memNow() - before);
  const sizeMb = bytes.length / MB;
  const r = last.inspection;
  console.log(
    `${label.padEnd(35)} ${sizeMb.toFixed(1)} MB  ${median.toFixed(2).padStart(7)} ms  ` +
      `${(median / sizeMb).toFixed(3)} ms/MB  inflated ${(last.stats.inflatedBytes / 1024).toFixed(0)} KB  ` +
      `extra mem ~${(extra / MB).toFixed(1)} MB${global.gc ? "" : " (run node --expose-gc for a cleaner figure)"}  ` +
      `→ ${r.kind}/${r.encryption}, ${r.texts.length} texts`,
  );
}

/** The inputs measured, as [label, bytes] (exported so two builds can be compared on the same bytes). */
function cases() {
  return [
    ["docx (10 MB, mostly images)", docx10()],
    ["encrypted zip (10 MB, 20 entries)", encryptedZip10()],
    ["random blob (10 MB)", randomBytes(10 * MB)],
    ["xlsx worst case (7.8 MB sheet XML)", bigSheetXlsx()],
    ["pdf (10 MB, mostly images)", pdf10()],
    ["pdf worst case (10 MB of objects)", pdfSyntaxHeavy()],
  ];
}

async function run() {
  for (const [label, bytes] of cases()) measure(label, bytes);
  measureFreshR6();
}

module.exports = { run, cases };

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
