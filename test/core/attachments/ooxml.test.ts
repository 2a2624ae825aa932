import { inspectAttachment, inspectDetailed } from "../../../src/core/attachments";
import {
  excelHeaderFooterText,
  msipLabels,
  runText,
  stripExcelHeaderCodes,
} from "../../../src/core/attachments/ooxml-text";
import { decodeEntities } from "../../../src/core/attachments/xml-scan";
import { fixture } from "./fixtures";
import { buildDocx, buildZip } from "./zip-builder";

const textAt = (r: { texts: readonly { where: string; text: string }[] }, where: string) =>
  r.texts.filter((t) => t.where === where).map((t) => t.text);

describe("Word", () => {
  const r = inspectAttachment(fixture("word-kimitsu2.docx"));

  test("is OOXML and not encrypted", () => {
    expect(r.kind).toBe("ooxml");
    expect(r.encryption).toBe("not-encrypted");
    expect(r.note).toBeUndefined();
  });

  test("header runs are joined into one marking; footer read too", () => {
    expect(textAt(r, "word/header1.xml")).toEqual(["【機密性２】"]);
    expect(textAt(r, "word/footer1.xml")).toEqual(["1 / 1"]);
  });

  test("document start: paragraphs as lines, text box once, no field codes or deleted text", () => {
    expect(textAt(r, "word/document.xml")).toEqual(["令和６年度　予算要求について\n担当：総務課\nテキストボックス"]);
  });

  test("core properties with entities decoded", () => {
    expect(textAt(r, "docProps/core.xml title")).toEqual(["【機密性２】 会議資料 & 議事録"]);
    expect(textAt(r, "docProps/core.xml subject")).toEqual(["定例会議"]);
    expect(textAt(r, "docProps/core.xml keywords")).toEqual(["議事録;内部"]);
  });

  test("MSIP sensitivity label from custom.xml", () => {
    expect(r.sensitivityLabels).toEqual([{ id: "3a8c1f2e-5b7d-4e6f-9a01-23456789abcd", name: "機密性２" }]);
    expect(textAt(r, "docProps/custom.xml sensitivity label")).toEqual(["機密性２"]);
  });

  test("a plain document has no label and no marking", () => {
    const p = inspectAttachment(fixture("word-plain.docx"));
    expect(p.sensitivityLabels).toBeUndefined();
    expect(p.texts.some((t) => t.text.indexOf("機密") >= 0)).toBe(false);
    expect(textAt(p, "word/header1.xml")).toEqual(["総務課"]);
  });

  test("the main document is read only up to its first part", () => {
    const para = "<w:p><w:r><w:t>本文の段落です。</w:t></w:r></w:p>";
    const xml = "<w:document><w:body>" + para.repeat(60000) + "</w:body></w:document>";
    const d = inspectDetailed(buildDocx({ "word/document.xml": xml }));
    const body = textAt(d.inspection, "word/document.xml")[0] ?? "";
    expect(body.length).toBe(4000);
    const xmlBytes = new TextEncoder().encode(xml).length;
    expect(xmlBytes).toBeGreaterThan(3_000_000);
    expect(d.stats.inflatedBytes).toBeLessThan(xmlBytes / 4);
  });

  test("the main part is found through _rels/.rels even under another name", () => {
    const rels =
      '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/main.xml"/></Relationships>';
    const r2 = inspectAttachment(
      buildDocx({
        "_rels/.rels": rels,
        "word/main.xml": "<w:document><w:body><w:p><w:r><w:t>極秘</w:t></w:r></w:p></w:body></w:document>",
      }),
    );
    expect(textAt(r2, "word/main.xml")).toEqual(["極秘"]);
  });

  test("OOXML parts zipped with a password are an encrypted ZIP, not OOXML", () => {
    const bytes = buildZip([
      { name: "[Content_Types].xml", data: "<Types/>", flags: 0x0801 },
      { name: "word/document.xml", data: "<w:document/>", flags: 0x0801 },
    ]);
    expect(inspectAttachment(bytes)).toMatchObject({ kind: "zip", encryption: "encrypted" });
  });
});

describe("Excel", () => {
  const r = inspectAttachment(fixture("excel-header.xlsx"));

  test("sheet names, shared strings without phonetic guides", () => {
    expect(r.kind).toBe("ooxml");
    expect(textAt(r, "xl sheet name")).toEqual(["機密性２_集計", "Sheet2"]);
    expect(textAt(r, "xl/sharedStrings.xml")).toEqual(["個人情報を含む\n外部提供禁止"]);
  });

  test("header/footer with Excel codes stripped", () => {
    expect(textAt(r, "xl/worksheets/sheet1.xml header/footer")).toEqual(["取扱注意\n機密性２\n &\n作成：総務課\n /"]);
  });

  test("a header after 3 MB of rows is found by streaming the sheet", () => {
    const d = inspectDetailed(fixture("excel-big-sheet.xlsx"));
    expect(textAt(d.inspection, "xl/worksheets/sheet1.xml header/footer")[0]).toContain("機密性３");
    expect(d.stats.inflatedBytes).toBeGreaterThan(3_000_000);
    expect(d.stats.budgetExhausted).toBe(false);
  });

  test("with a 1 MiB inflate cap the same header is out of reach, and that is reported", () => {
    const d = inspectDetailed(fixture("excel-big-sheet.xlsx"), { maxInflatedBytesPerAttachment: 1 << 20 });
    expect(textAt(d.inspection, "xl/worksheets/sheet1.xml header/footer")).toEqual([]);
    expect(d.inspection.encryption).toBe("not-encrypted");
    expect(d.stats.budgetExhausted).toBe(true);
    expect(d.stats.inflatedBytes).toBeLessThanOrEqual((1 << 20) + 4096 * 1032 + 65536);
    expect(d.inspection.note).toContain("header/footer not reached before the inflate cap");
  });
});

describe("PowerPoint", () => {
  test("the first slide in presentation order (sldIdLst), not slide file order", () => {
    const r = inspectAttachment(fixture("slides.pptx"));
    expect(r.kind).toBe("ooxml");
    expect(textAt(r, "ppt/slides/slideB.xml")).toEqual(["【機密性３】説明資料\n関係者限り"]);
    expect(r.texts.some((t) => t.text.indexOf("二枚目") >= 0)).toBe(false);
  });
});

describe("text helpers", () => {
  test("entities: named, decimal, hex, unknown left alone, invalid code points replaced", () => {
    expect(decodeEntities("&amp;&lt;&gt;&quot;&apos;&#27231;&#x5BC6;&nbsp;&#0;&#x110000;")).toBe(
      "&<>\"'機密&nbsp;\ufffd\ufffd",
    );
    expect(decodeEntities("&#x1F600;")).toBe("😀");
  });

  test("runs, tabs inside runs only, breaks, paragraphs", () => {
    const xml =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left"/></w:tabs></w:pPr><w:r><w:t>機密</w:t></w:r><w:r><w:t>性</w:t><w:tab/><w:t>２</w:t><w:br/><w:t>次</w:t></w:r></w:p><w:p><w:r><w:t>二段落</w:t></w:r></w:p>';
    expect(runText(xml, 1000)).toBe("機密性\t２\n次\n二段落");
  });

  test("runText stops at maxChars and survives a cut-off document", () => {
    expect(runText("<w:p><w:r><w:t>abcdefgh</w:t></w:r></w:p>", 3)).toBe("abc");
    expect(runText("<w:p><w:r><w:t>途中で切れ", 100)).toBe("途中で切れ");
  });

  test("Excel header codes", () => {
    expect(stripExcelHeaderCodes('&L&"Arial,Bold"&14左&C中&K0000FF色&R&P/&N &&A')).toBe("左\n中色\n/ &A");
    expect(
      excelHeaderFooterText("<x:headerFooter><x:oddFooter>&amp;C機密性２</x:oddFooter></x:headerFooter>", 100),
    ).toBe("機密性２");
  });

  test("MSIP labels: disabled labels dropped, ids lower-cased, names optional", () => {
    const g1 = "AAAAAAAA-1111-2222-3333-444444444444";
    const g2 = "bbbbbbbb-1111-2222-3333-444444444444";
    expect(
      msipLabels([
        { name: `MSIP_Label_${g1}_Enabled`, value: "true" },
        { name: `MSIP_Label_${g2}_Enabled`, value: "false" },
        { name: `MSIP_Label_${g2}_Name`, value: "公開" },
        { name: "Other", value: "x" },
      ]),
    ).toEqual([{ id: g1.toLowerCase() }]);
  });
});
