/**
 * Issue 11: every attachment reader stays near-linear on hostile shapes. Each shape is built at 10k … 320k
 * (characters or bytes of the hostile part) and the whole inspection is timed; see test/helpers/complexity.ts for
 * how growth is judged. Figures are printed with COMPLEXITY_REPORT=1.
 */
import { inspectDetailed } from "../../../src/core/attachments";
import { describeGrowth, expectLinear } from "../../helpers/complexity";
import { buildCfb, propertySet, wordFib } from "./cfb-builder";
import { buildPdf, onePage, pdfStream, TYPE0_WITH_TOUNICODE } from "./pdf-builder";
import { buildDocx, buildZip, type BuildEntry } from "./zip-builder";

const enc = new TextEncoder();
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

type Shape = readonly [name: string, build: (n: number) => Uint8Array];

function check(shapes: readonly Shape[]): void {
  test.each(shapes.map((s) => [s[0], s] as const))("%s", (_name, [name, build]) => {
    const r = expectLinear(name, build, (bytes) => inspectDetailed(bytes));
    if (process.env.COMPLEXITY_REPORT) console.log(describeGrowth(name, r));
  });
}

/** A .docx whose `part` holds `xml` (stored uncompressed when large, so building stays cheap). */
const docxWith = (part: string, xml: string) => buildDocx({ [part]: xml });
const header = (inner: string) => docxWith("word/header1.xml", "<w:hdr>" + inner + "</w:hdr>");
const body = (inner: string) =>
  docxWith("word/document.xml", "<w:document><w:body>" + inner + "</w:body></w:document>");

describe("ZIP", () => {
  check([
    [
      "many entries",
      (n) => buildZip(Array.from({ length: Math.floor(n / 32) }, (_, i) => ({ name: `資料/第${i}号.txt`, data: "" }))),
    ],
    [
      "long entry names",
      (n) => {
        const entries: BuildEntry[] = [];
        for (let left = n, i = 0; left > 0; left -= 60000, i++) {
          entries.push({ name: String(i) + "機".repeat(Math.min(left, 60000) / 3), data: "x" });
        }
        return buildZip(entries);
      },
    ],
    [
      "long CP932 names without the UTF-8 flag",
      (n) => {
        const name = new Uint8Array(Math.min(n, 65000)).map((_, i) => (i % 2 === 0 ? 0x82 : 0xa0));
        const count = Math.ceil(n / 65000);
        return buildZip(
          Array.from({ length: count }, (_, i) => ({ name: "n" + i, nameBytes: name, flags: 0, data: "" })),
        );
      },
    ],
    [
      "many nested archive candidates",
      (n) => {
        const inner = buildZip([{ name: "a.txt", data: "機密性２" }]);
        return buildZip(Array.from({ length: Math.floor(n / 256) }, (_, i) => ({ name: `内側${i}.zip`, data: inner })));
      },
    ],
    [
      "junk full of end-record signatures",
      (n) => {
        const b = new Uint8Array(n);
        for (let i = 0; i + 4 <= n; i += 4) b.set([0x50, 0x4b, 0x05, 0x06], i);
        return b;
      },
    ],
  ]);
});

describe("OOXML (Word)", () => {
  check([
    ["run of spaces then U+3000", (n) => header("<w:p><w:r><w:t>" + " ".repeat(n) + "\u3000</w:t></w:r></w:p>")],
    ["many whitespace-only lines", (n) => body("<w:p><w:r><w:t> </w:t></w:r></w:p>".repeat(n / 34))],
    ["unclosed tags", (n) => header("<w:t " + "<a ".repeat(n / 3))],
    ["unclosed quote in a tag", (n) => header('<w:t a="' + "x".repeat(n))],
    ["long junk attribute in a relationship", (n) => relsWith("<Relationship " + "a".repeat(n) + ' Id="rId1"/>')],
    ["many junk attributes", (n) => relsWith("<Relationship" + ' a="1"'.repeat(n / 6) + "/>")],
    ["long unquoted attribute values", (n) => relsWith("<Relationship Id=" + "x".repeat(n) + " />")],
    ["deep nesting", (n) => body("<w:r>".repeat(n / 5) + "<w:t>機密性２</w:t>" + "</w:r>".repeat(n / 6))],
    ["many text elements", (n) => body("<w:p><w:r><w:t>秘</w:t></w:r>" + "<w:t>x</w:t>".repeat(n / 12))],
    ["entities and numeric references", (n) => header("<w:t>" + "&amp;&#12354;&#x3042;&#1111111111".repeat(n / 34))],
    ["unclosed comment", (n) => header("<!--" + "-".repeat(n))],
    ["unclosed CDATA", (n) => header("<![CDATA[" + "]".repeat(n))],
    ["many custom properties with long names", (n) => customXml(n)],
    [
      "long core title",
      (n) =>
        docxWith(
          "docProps/core.xml",
          "<cp:coreProperties><dc:title>" + "機密性".repeat(n / 9) + "</dc:title></cp:coreProperties>",
        ),
    ],
    [
      "many headers",
      (n) =>
        buildDocx(
          Object.fromEntries(
            Array.from({ length: n / 1000 }, (_, i) => [`word/header${i}.xml`, "<w:hdr><w:t>取扱注意</w:t></w:hdr>"]),
          ),
        ),
    ],
  ]);
});

function relsWith(rel: string): Uint8Array {
  return buildZip([
    { name: "[Content_Types].xml", data: "<Types/>" },
    { name: "_rels/.rels", data: "<Relationships>" + rel + "</Relationships>" },
    { name: "word/document.xml", data: "<w:document/>" },
  ]);
}

function customXml(n: number): Uint8Array {
  const one = `<property name="MSIP_Label_${"0".repeat(8)}-0000-0000-0000-${"0".repeat(12)}_${"N".repeat(64)}"><vt:lpwstr>x</vt:lpwstr></property>`;
  return docxWith("docProps/custom.xml", "<Properties>" + one.repeat(Math.ceil(n / one.length)) + "</Properties>");
}

describe("OOXML (Excel, PowerPoint)", () => {
  const xlsx = (parts: { [name: string]: string }) =>
    buildZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      ...Object.keys(parts).map((name) => ({ name, data: parts[name] })),
    ]);
  const sheetWith = (xml: string) => xlsx({ "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": xml });
  check([
    [
      "many sheet names",
      (n) =>
        xlsx({
          "xl/workbook.xml": "<workbook><sheets>" + '<sheet name="機密"/>'.repeat(n / 20) + "</sheets></workbook>",
        }),
    ],
    [
      "long shared string",
      (n) =>
        xlsx({
          "xl/workbook.xml": "<workbook/>",
          "xl/sharedStrings.xml": "<sst><si><t>" + " ".repeat(n) + "x</t></si></sst>",
        }),
    ],
    [
      "header/footer full of font codes",
      (n) =>
        sheetWith(
          "<worksheet><headerFooter><oddHeader>" + '&amp;"'.repeat(n / 6) + "</oddHeader></headerFooter></worksheet>",
        ),
    ],
    ["almost-matching header tokens", (n) => sheetWith("<worksheet>" + "headerFoote".repeat(n / 11) + "</worksheet>")],
    [
      "many slide ids without r:id",
      (n) =>
        buildZip([
          { name: "[Content_Types].xml", data: "<Types/>" },
          {
            name: "ppt/presentation.xml",
            data: "<p:presentation>" + '<p:sldId id="256"/>'.repeat(n / 19) + "</p:presentation>",
          },
          { name: "ppt/slides/slide1.xml", data: "<p:sld><a:t>【秘】</a:t></p:sld>" },
        ]),
    ],
  ]);
});

describe("CFB", () => {
  const doc = (extra: { name: string; data: Uint8Array }[]) =>
    buildCfb([{ name: "WordDocument", data: wordFib() }, ...extra]);
  check([
    [
      "many directory entries",
      (n) => doc(Array.from({ length: n / 128 }, (_, i) => ({ name: "S" + i, data: new Uint8Array(1) }))),
    ],
    [
      "long CP932 title",
      (n) => doc([{ name: "\u0005SummaryInformation", data: propertySet([[2, new Uint8Array(n).fill(0x82)]]) }]),
    ],
    [
      "many title-like properties",
      (n) =>
        doc([
          {
            name: "\u0005SummaryInformation",
            data: propertySet(
              Array.from(
                { length: n / 64 },
                (_, i) => [2 + (i % 4), enc.encode("x".repeat(48))] as [number, Uint8Array],
              ),
            ),
          },
        ]),
    ],
    ["long BIFF record list", (n) => buildCfb([{ name: "Workbook", data: biff(n) }])],
  ]);
});

/** A BIFF8 workbook stream: BOF, then n/4 empty records of an unimportant type, never a FILEPASS or EOF. */
function biff(n: number): Uint8Array {
  const b = new Uint8Array(n + 8);
  b.set([0x09, 0x08, 0x00, 0x00]);
  for (let i = 4; i + 4 <= b.length; i += 4) b.set([0x3c, 0x00, 0x00, 0x00], i);
  return b;
}

describe("PDF", () => {
  const pdf = (s: string) => latin1("%PDF-1.7\n" + s);
  check([
    ["unclosed nested strings", (n) => pdf("(".repeat(n))],
    ["deep arrays", (n) => pdf("1 0 obj " + "[".repeat(n))],
    ["deep dictionaries", (n) => pdf("1 0 obj " + "<<".repeat(n / 2))],
    ["long name", (n) => pdf("trailer << /" + "a".repeat(n) + " 1 >>")],
    ["long run of digits", (n) => pdf("1".repeat(n) + " obj")],
    ["many integers", (n) => pdf("1 ".repeat(n / 2))],
    ["many trailer keywords", (n) => pdf("trailer ".repeat(n / 8) + "<<")],
    ["many obj headers", (n) => pdf("1 0 obj ".repeat(n / 8))],
    ["many startxref", (n) => pdf("startxref 9 ".repeat(n / 12))],
    ["unclosed hex string", (n) => pdf("trailer <" + "0".repeat(n))],
    ["long comment", (n) => pdf("%" + "x".repeat(n))],
    ["streams without endstream", (n) => pdf("1 0 obj << >> stream\n".repeat(n / 20))],
    ["many escapes in a string", (n) => pdf("trailer << /Title (" + "\\(".repeat(n / 2) + ") >>")],
  ]);
});

describe("PDF contents", () => {
  const unmapped = "<< /Type /Font /Subtype /Type0 /BaseFont /F /Encoding /Identity-H >>";
  const withCmap = (cmap: string, content = "BT /F1 1 Tf <0001> Tj ET") =>
    onePage(content, TYPE0_WITH_TOUNICODE, [pdfStream(cmap, "", true)]);
  const xmp = (inner: string) =>
    buildPdf([
      "<< /Type /Catalog /Pages 2 0 R /Metadata 3 0 R >>",
      "<< /Type /Pages /Kids [] /Count 0 >>",
      pdfStream(
        '<x:xmpmeta><rdf:RDF><rdf:Description rdf:about="">' + inner + "</rdf:Description></rdf:RDF></x:xmpmeta>",
      ),
    ]);
  check([
    ["many shows in an unmapped font", (n) => onePage("BT /F1 1 Tf " + "<0001> Tj ".repeat(n / 11) + "ET", unmapped)],
    ["long TJ array", (n) => onePage("BT /F1 1 Tf [" + "(a) -300 ".repeat(n / 9) + "] TJ ET")],
    ["deep arrays in content", (n) => onePage("BT /F1 1 Tf " + "[".repeat(n) + " TJ ET")],
    ["many text moves", (n) => onePage("BT " + "0 -1 Td ".repeat(n / 8) + "ET")],
    [
      "many form XObject draws",
      (n) =>
        buildPdf([
          "<< /Type /Catalog /Pages 2 0 R >>",
          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          "<< /Type /Page /Contents 4 0 R /Resources << /XObject << /X 5 0 R >> >> >>",
          pdfStream("/X Do ".repeat(n / 6), "", true),
          pdfStream("/X Do BT ET", "/Type /XObject /Subtype /Form"),
        ]),
    ],
    [
      "many stamp annotations",
      (n) =>
        buildPdf([
          "<< /Type /Catalog /Pages 2 0 R >>",
          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          "<< /Type /Page /Annots [" + "4 0 R ".repeat(n / 6) + "] >>",
          "<< /Subtype /Stamp /Contents (x) /AP << /N 5 0 R >> >>",
          pdfStream("BT ET " + "q Q ".repeat(n / 4), "/Type /XObject /Subtype /Form", true),
        ]),
    ],
    ["unclosed inline image", (n) => onePage("BI /W 1 /H 1 ID " + "x".repeat(n))],
    ["many inline images", (n) => onePage("BI ID x EI ".repeat(n / 11))],
    [
      "ToUnicode with many bfchar entries",
      (n) => withCmap("beginbfchar " + "<0001> <6A5F> ".repeat(n / 15) + "endbfchar"),
    ],
    [
      "ToUnicode with many wide bfranges",
      (n) => withCmap("beginbfrange " + "<0000> <FFFF> <6A5F> ".repeat(n / 22) + "endbfrange"),
    ],
    [
      "long string through many codespace ranges",
      (n) =>
        withCmap(
          "begincodespacerange " + "<00000000> <00000001> ".repeat(64) + "endcodespacerange",
          "BT /F1 1 Tf <" + "FF".repeat(n / 2) + "> Tj ET",
        ),
    ],
    [
      "deep page tree",
      (n) => {
        const depth = Math.floor(n / 40);
        const objs = ["<< /Type /Catalog /Pages 2 0 R >>"];
        for (let i = 0; i < depth; i++) objs.push(`<< /Type /Pages /Kids [${i + 3} 0 R] /Count 1 >>`);
        objs.push("<< /Type /Page >>");
        return buildPdf(objs);
      },
    ],
    ["many objects", (n) => buildPdf(["<< /Type /Catalog >>", ...Array.from({ length: n / 24 }, () => "<< /A 1 >>")])],
    [
      "reference chain",
      (n) =>
        buildPdf(["<< /Type /Catalog >>", ...Array.from({ length: n / 8 }, (_, i) => `${i + 3} 0 R`)], " /Info 2 0 R"),
    ],
    [
      "many object streams",
      (n) =>
        buildPdf([
          "<< /Type /Catalog /Pages 99999 0 R >>",
          ...Array.from({ length: n / 100 }, (_, i) =>
            pdfStream(`${i + 1000} 0 << /A 1 >>`, "/Type /ObjStm /N 1 /First 8", true),
          ),
        ]),
    ],
    [
      "long Info title",
      (n) => onePage("BT ET", undefined, ["<< /Title (" + "\\222".repeat(n / 5) + ") >>"], " /Info 6 0 R"),
    ],
    [
      "many XMP subjects",
      (n) => xmp("<dc:subject><rdf:Bag>" + "<rdf:li>予算</rdf:li>".repeat(n / 22) + "</rdf:Bag></dc:subject>"),
    ],
    [
      "long XMP attribute",
      (n) => xmp('<rdf:Description pdf:Producer="' + "x".repeat(n) + '" pdf:Keywords="庁内限り"/>'),
    ],
    [
      "many fonts",
      (n) =>
        buildPdf([
          "<< /Type /Catalog /Pages 2 0 R >>",
          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          "<< /Type /Page /Resources << /Font << " +
            Array.from({ length: n / 12 }, (_, i) => `/F${i} 4 0 R`).join(" ") +
            " >> >> /Contents 5 0 R >>",
          "<< /Type /Font /Subtype /Type0 /Encoding /Identity-H >>",
          pdfStream("BT /F1 1 Tf <0001> Tj ET"),
        ]),
    ],
  ]);
});
