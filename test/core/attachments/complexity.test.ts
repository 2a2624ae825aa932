/**
 * Issue 11: every attachment reader stays near-linear on hostile shapes. Each shape is built at 10k … 320k
 * (characters or bytes of the hostile part) and the whole inspection is timed; see test/helpers/complexity.ts for
 * how growth is judged. Figures are printed with COMPLEXITY_REPORT=1.
 */
import { inspectDetailed } from "../../../src/core/attachments";
import { describeGrowth, expectLinear } from "../../helpers/complexity";
import { buildCfb, propertySet, wordFib } from "./cfb-builder";
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
