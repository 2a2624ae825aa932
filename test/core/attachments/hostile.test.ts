/**
 * Regression tests for hostile inputs that once took seconds to minutes (issue 11): each is small, and each must
 * now finish far within a generous bound.
 */
import { inspectAttachment } from "../../../src/core/attachments";
import { buildDocx, buildZip } from "./zip-builder";

const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

describe("hostile OOXML", () => {
  test("a header run of 100k spaces then an ideographic space is read in well under a second", () => {
    // Before the fix a trailing-space regex made this 1.4 KB file take ~6 s (1M spaces: over 10 minutes).
    const header = "<w:hdr><w:p><w:r><w:t>" + " ".repeat(100_000) + "\u3000</w:t></w:r></w:p></w:hdr>";
    const docx = buildDocx({
      "word/header1.xml": header,
      "word/document.xml":
        "<w:document><w:body><w:p><w:r><w:t>【機密性２】会議資料</w:t></w:r></w:p></w:body></w:document>",
    });
    expect(docx.length).toBeLessThan(2048);
    const [r, ms] = timed(() => inspectAttachment(docx));
    expect(ms).toBeLessThan(1000);
    expect(r.texts.find((t) => t.where === "word/document.xml")?.text).toBe("【機密性２】会議資料");
  });

  test("a Relationship with a 200k-character junk attribute name is read in well under a second", () => {
    // Before the fix the attribute regex backtracked on the junk: over 15 minutes.
    const rels =
      "<Relationships><Relationship " +
      "a".repeat(200_000) +
      ` Id="rId1" Type="${OFFICE_DOCUMENT}" Target="word/main.xml"/></Relationships>`;
    const docx = buildZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "_rels/.rels", data: rels },
      {
        name: "word/main.xml",
        data: "<w:document><w:body><w:p><w:r><w:t>庁内限り</w:t></w:r></w:p></w:body></w:document>",
      },
    ]);
    const [r, ms] = timed(() => inspectAttachment(docx));
    expect(ms).toBeLessThan(1000);
    // The attributes after the junk are still read: the main part comes from the relationship, not a default path.
    expect(r.texts.find((t) => t.where === "word/main.xml")?.text).toBe("庁内限り");
  });

  test("a slide id with a long junk attribute still yields its r:id quickly", () => {
    const presentation =
      '<p:presentation><p:sldIdLst><p:sldId id="256" ' +
      "b".repeat(200_000) +
      ' r:id="rId7"/></p:sldIdLst></p:presentation>';
    const pptx = buildZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      {
        name: "_rels/.rels",
        data: `<Relationships><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="ppt/presentation.xml"/></Relationships>`,
      },
      { name: "ppt/presentation.xml", data: presentation },
      {
        name: "ppt/_rels/presentation.xml.rels",
        data: '<Relationships><Relationship Id="rId7" Type="slide" Target="slides/表紙.xml"/></Relationships>',
      },
      { name: "ppt/slides/表紙.xml", data: "<p:sld><a:p><a:r><a:t>【機密性３】</a:t></a:r></a:p></p:sld>" },
    ]);
    const [r, ms] = timed(() => inspectAttachment(pptx));
    expect(ms).toBeLessThan(1000);
    expect(r.texts.find((t) => t.where === "ppt/slides/表紙.xml")?.text).toBe("【機密性３】");
  });
});

describe("PDF without a trailer", () => {
  const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
  const page = (content: string) =>
    "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" +
    "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n" +
    "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n" +
    `4 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`;

  test("'/Encrypt' in page text does not make an unencrypted, truncated PDF look encrypted", () => {
    // Before the fix the fallback scan matched the words on the page and hid the unencrypted-attachment finding.
    const pdf = latin1(page("BT /F1 12 Tf 72 720 Td (See /Encrypt 5 0 R in the manual) Tj ET"));
    const r = inspectAttachment(pdf);
    expect(r.kind).toBe("pdf");
    expect(r.encryption).toBe("unknown");
  });

  test("'/Encrypt' in a hex string, a comment or binary stream data does not count either", () => {
    const hex = Array.from("/Encrypt 9 0 R", (c) => c.charCodeAt(0).toString(16)).join("");
    const pdf = latin1(
      page(`BT <${hex}> Tj ET`) +
        "% /Encrypt 9 0 R\n" +
        "5 0 obj\n<< /Length 20 >>\nstream\n\u00ff/Encrypt 9 0 R\u00fe\u00fd\u00fc\u00fb\nendstream\nendobj\n",
    );
    expect(inspectAttachment(pdf).encryption).toBe("unknown");
  });

  test("an /Encrypt key in a surviving trailer dictionary, or an encryption dictionary, still counts", () => {
    const withTrailer = latin1(page("BT ET") + "trailer\n<< /Root 1 0 R /Encrypt 6 0 R /Size 7 >>\n");
    expect(inspectAttachment(withTrailer).encryption).toBe("encrypted");
    const withHandler = latin1(
      page("BT ET") + "6 0 obj\n<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -3904 >>\nendobj\n",
    );
    expect(inspectAttachment(withHandler).encryption).toBe("encrypted");
  });
});
