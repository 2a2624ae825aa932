"use strict";
// Attachment-inspection figures named by issue 3: time for a 10 MB docx, a 10 MB encrypted zip and a 10 MB random
// blob (plus the worst case the caps allow: an xlsx whose header sits after 7.8 MB of incompressible sheet XML, so
// the 4 MiB sheet-scan cap is spent), as ms and ms per MB, with the bytes actually inflated and a rough figure for
// extra memory (bytes allocated during one run; the live peak is lower). Runs on the compiled core in lib/.
// SENDCHECK_LIB may point at another build of the core (e.g. a temporary tsc output).
const { join } = require("node:path");
const { randomBytes } = require("node:crypto");
const { zipSync, strToU8 } = require("fflate");

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
    `${label.padEnd(34)} ${sizeMb.toFixed(1)} MB  ${median.toFixed(2).padStart(7)} ms  ` +
      `${(median / sizeMb).toFixed(3)} ms/MB  inflated ${(last.stats.inflatedBytes / 1024).toFixed(0)} KB  ` +
      `extra mem ~${(extra / MB).toFixed(1)} MB${global.gc ? "" : " (run node --expose-gc for a cleaner figure)"}  ` +
      `→ ${r.kind}/${r.encryption}, ${r.texts.length} texts`,
  );
}

async function run() {
  measure("docx (10 MB, mostly images)", docx10());
  measure("encrypted zip (10 MB, 20 entries)", encryptedZip10());
  measure("random blob (10 MB)", randomBytes(10 * MB));
  measure("xlsx worst case (7.8 MB sheet XML)", bigSheetXlsx());
}

module.exports = { run };

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
