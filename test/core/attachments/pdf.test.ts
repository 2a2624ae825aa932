import { inspectAttachment, inspectDetailed } from "../../../src/core/attachments";
import { fixture } from "./fixtures";
import { buildPdf, bytesOf, onePage, pdfStream, TYPE0_WITH_TOUNICODE } from "./pdf-builder";

const enc = new TextEncoder();

describe("PDF", () => {
  test.each([
    ["plain.pdf", "not-encrypted"],
    ["plain-xrefstream.pdf", "not-encrypted"],
    ["encrypted-aes256.pdf", "encrypted"],
    ["encrypted-xrefstream.pdf", "encrypted"],
    // Despite its name, qpdf wrote it with an empty user password (permissions only): anyone opens it.
    ["owner-only-rc4-linearized.pdf", "not-encrypted"],
  ])("qpdf output %s is %s", (name, encryption) => {
    const r = inspectAttachment(fixture(name));
    expect(r.kind).toBe("pdf");
    expect(r.encryption).toBe(encryption);
  });

  test("'/Encrypt' inside a string of the trailer does not count (plain.pdf has such a /Title)", () => {
    const text = new TextDecoder("latin1").decode(fixture("plain.pdf"));
    expect(text).toContain("(Not /Encrypt ed)");
    expect(inspectAttachment(fixture("plain.pdf")).encryption).toBe("not-encrypted");
  });

  test("the trailer is found through startxref when it is far from the end", () => {
    const plain = fixture("plain.pdf");
    const text = new TextDecoder("latin1").decode(plain);
    const xref = text.lastIndexOf("xref\n0 ");
    // Move the xref section behind 100 KB of comment padding placed after it: startxref still points at it.
    const head = text.slice(0, xref);
    const trailer = text.slice(xref, text.lastIndexOf("startxref"));
    const padded =
      head +
      trailer.replace("trailer", "trailer") +
      "%" +
      "x".repeat(100 * 1024) +
      "\nstartxref\n" +
      xref +
      "\n%%EOF\n";
    const withEncrypt = padded.replace("/Root 1 0 R", "/Root 1 0 R /Encrypt 9 0 R");
    expect(inspectAttachment(enc.encode(padded)).encryption).toBe("not-encrypted");
    expect(inspectAttachment(Uint8Array.from(withEncrypt, (c) => c.charCodeAt(0))).encryption).toBe("encrypted");
  });

  test("a cross-reference stream far from the end is found through startxref", () => {
    // 2 MB of comment padding after the xref stream object: beyond the tail window and the fallback's reach.
    for (const [name, expected] of [
      ["plain-xrefstream.pdf", "not-encrypted"],
      ["encrypted-xrefstream.pdf", "encrypted"],
    ]) {
      const text = new TextDecoder("latin1").decode(fixture(name as string));
      const sx = text.lastIndexOf("startxref");
      const padded = text.slice(0, sx) + ("%" + "x".repeat(1000) + "\n").repeat(2100) + text.slice(sx);
      const r = inspectAttachment(bytesOf(padded));
      expect(r.encryption).toBe(expected);
      expect(r.note ?? "").not.toContain("trailer not found");
    }
  });

  test("truncated before its trailer: unknown, or encrypted when an /Encrypt key is still visible", () => {
    const plain = fixture("plain.pdf");
    const cut = inspectAttachment(plain.subarray(0, 300));
    expect(cut).toMatchObject({ kind: "pdf", encryption: "unknown" });
    expect(cut.note).toContain("trailer not found");

    const encrypted = fixture("encrypted-aes256.pdf");
    const text = new TextDecoder("latin1").decode(encrypted);
    const r = inspectAttachment(encrypted.subarray(0, text.lastIndexOf("trailer")));
    expect(r.kind).toBe("pdf");
    expect(r.encryption).toBe("encrypted"); // the encryption dictionary object itself is still there
  });

  test("junk before %PDF- within the first 1 KB is still a PDF", () => {
    const plain = fixture("plain.pdf");
    const b = new Uint8Array(plain.length + 100);
    b.set(plain, 100);
    expect(inspectAttachment(b).kind).toBe("pdf");
  });
});

describe("PDF contents (issue 10 §7)", () => {
  const textAt = (r: { texts: readonly { where: string; text: string }[] }, where: string) =>
    r.texts.filter((t) => t.where === where).map((t) => t.text);

  test.each(["pdf-marked.pdf", "pdf-marked-objstm.pdf"])(
    "%s: /Info, XMP and page 1 text through a ToUnicode CMap (qpdf output)",
    (name) => {
      const r = inspectAttachment(fixture(name));
      expect(r.encryption).toBe("not-encrypted");
      expect(textAt(r, "pdf /Info Title")).toEqual(["【機密性２】予算要求資料"]);
      expect(textAt(r, "pdf /Info Subject")).toEqual(["財政課 検討用"]);
      // PDFDocEncoding: 0x80 is a bullet and 0x84 an em dash (not Windows-1252's meanings).
      expect(textAt(r, "pdf /Info Keywords")).toEqual(["\u2022 draft \u2014 v2"]);
      expect(textAt(r, "pdf XMP")).toEqual([
        "庁内限り\n令和７年度 予算要求資料\n【機密性２】財政課内の検討用\n予算\n取扱注意",
      ]);
      // The marking is split over two TJ elements and a Tj; the runs join back without spaces.
      expect(textAt(r, "pdf page 1")).toEqual(["【機密性２】\n令和７年度予算要求資料\nPage 1 (draft)"]);
    },
  );

  test("a header added as a form XObject (Acrobat's Header & Footer) is read with the form's own fonts", () => {
    const r = inspectAttachment(fixture("pdf-stamped-header.pdf"));
    expect(textAt(r, "pdf page 1")).toEqual(["【機密性２】\nBudget request, draft 3"]);
  });

  test("a form that draws itself is opened a bounded number of times", () => {
    const resources = "<< /Font << /F1 5 0 R >> /XObject << /Me 6 0 R >> >>";
    const pdf = buildPdf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources 7 0 R >>",
      pdfStream("/Me Do"),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      pdfStream("BT /F1 9 Tf (Secret) Tj ET /Me Do", "/Type /XObject /Subtype /Form /Resources 7 0 R"),
      resources,
    ]);
    const r = inspectAttachment(pdf);
    // Once per nesting level the form is allowed (three), not until the content cap.
    expect(textAt(r, "pdf page 1")).toEqual(["Secret\nSecret\nSecret"]);
  });

  test("stamp and free-text annotations on page 1 are read (contents and appearance); comments are not", () => {
    const pdf = buildPdf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Annots [5 0 R 6 0 R 7 0 R] >>",
      pdfStream("BT ET"),
      "<< /Type /Annot /Subtype /Stamp /Contents <FEFF" +
        Buffer.from("取扱注意", "utf16le").swap16().toString("hex") +
        "> /AP << /N 8 0 R >> >>",
      "<< /Type /Annot /Subtype /Text /Contents (reviewer's note: not a marking) >>",
      "<< /Type /Annot /Subtype /FreeText /Contents (Draft) >>",
      pdfStream(
        "BT /F1 9 Tf (CONFIDENTIAL) Tj ET",
        "/Type /XObject /Subtype /Form /Resources << /Font << /F1 9 0 R >> >>",
      ),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]);
    expect(textAt(inspectAttachment(pdf), "pdf page 1")).toEqual(["取扱注意\nCONFIDENTIAL\nDraft"]);
  });

  test("an owner-only PDF is read like an unencrypted one; one with a user password is not read", () => {
    // qpdf wrote this one with an empty user password (AES-256, revision 6): its strings and streams are decrypted.
    const r = inspectAttachment(fixture("pdf-marked-owner-only.pdf"));
    expect(r.encryption).toBe("not-encrypted");
    expect(r.note).toContain("empty user password");
    expect(r.texts).toEqual(inspectAttachment(fixture("pdf-marked.pdf")).texts);
    expect(inspectAttachment(fixture("pdf-user-password-aes256.pdf")).texts).toEqual([]);
  });

  test("a CID font without ToUnicode is skipped with a note; a Shift_JIS CMap font is read", () => {
    const r = inspectAttachment(fixture("pdf-unmapped-font.pdf"));
    expect(textAt(r, "pdf page 1")).toEqual(["外部提供禁止"]);
    expect(r.note).toContain("no ToUnicode map");
    expect(textAt(r, "pdf /Info Title")).toEqual(["Meeting notes"]);
  });

  test("hex strings, ' and \" operators, bfrange with a string or an array destination", () => {
    const cmap = pdfStream(
      "begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
        "1 beginbfrange <0010> <0012> <6A5F> endbfrange\n" + // 機 and the two code points after it
        "1 beginbfrange <0020> <0021> [<5BC6> <6027>] endbfrange\n" +
        "1 beginbfchar <0030> <FF12> endbfchar endcmap",
    );
    const content = "BT /F1 12 Tf 72 700 Td (ignored) ' <0010> Tj [<0020> 10 <0021>] TJ 0 0 (x) \" ET";
    const r = inspectAttachment(onePage(content, TYPE0_WITH_TOUNICODE, [cmap]));
    // "(ignored)" and "(x)" hold no mapped two-byte code; the hex string and both bfrange forms give 機密性.
    expect(textAt(r, "pdf page 1")).toEqual(["機密性"]);
    const plain = inspectAttachment(onePage("BT /F1 12 Tf (\\(\\346\\251\\237\\)) Tj T* <48656C6C6F> Tj ET"));
    // Octal escapes are PDFDocEncoding bytes (0x9F is undefined there); T* starts a new line.
    expect(textAt(plain, "pdf page 1")).toEqual(["(\u00e6\u00a9\ufffd)\nHello"]);
  });

  test("Info strings in UTF-16BE with a BOM, UTF-8 with a BOM and PDFDocEncoding", () => {
    const utf16 = "<FEFF" + Buffer.from("取扱注意", "utf16le").swap16().toString("hex") + ">";
    const utf8 = "(" + String.fromCharCode(0xef, 0xbb, 0xbf, ...Buffer.from("転送禁止", "utf8")) + ")";
    const r = inspectAttachment(
      onePage("BT ET", undefined, [`<< /Title ${utf16} /Subject ${utf8} /Keywords (\\030x) >>`], " /Info 6 0 R"),
    );
    expect(textAt(r, "pdf /Info Title")).toEqual(["取扱注意"]);
    expect(textAt(r, "pdf /Info Subject")).toEqual(["転送禁止"]);
    expect(textAt(r, "pdf /Info Keywords")).toEqual(["\u02d8x"]);
  });

  test("a flate bomb in the page content stops at the inflate cap", () => {
    const r = inspectDetailed(onePage("BT /F1 1 Tf (機) Tj ET " + "q Q ".repeat(2_000_000)), {
      maxInflatedBytesPerAttachment: 256 * 1024,
    });
    expect(r.stats.inflatedBytes).toBeLessThan(1024 * 1024);
    expect(r.inspection.encryption).toBe("not-encrypted");
  });

  test("an incremental update's newer Info replaces the older one", () => {
    const base = new TextDecoder("latin1").decode(
      onePage("BT ET", undefined, ["<< /Title (draft) >>"], " /Info 6 0 R"),
    );
    const update =
      "6 0 obj\n<< /Title (\\201y\\213@\\226\\247\\220\\253\\202Q\\201z) >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 6 0 R >>\n";
    const r = inspectAttachment(bytesOf(base + update));
    expect(textAt(r, "pdf /Info Title")).toHaveLength(1);
    expect(textAt(r, "pdf /Info Title")[0]).not.toBe("draft");
  });

  test("past the syntax cap, objects are reached through the classic xref table", () => {
    // 2.2 MB of a numeric array before the page objects: the walk stops, the xref offsets still lead to the page.
    const cmap = pdfStream("1 beginbfchar <0001> <6975> endbfchar 1 beginbfchar <0002> <79D8> endbfchar");
    const filler = "[" + "0 ".repeat(1_100_000) + "]";
    const pdf = buildPdf([
      "<< /Type /Catalog /Pages 3 0 R >>",
      filler,
      "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 3 0 R /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
      pdfStream("BT /F1 9 Tf <00010002> Tj ET", "", true),
      "<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode 7 0 R >>",
      cmap,
    ]);
    const r = inspectAttachment(pdf);
    expect(r.note).toContain("through the xref");
    expect(textAt(r, "pdf page 1")).toEqual(["極秘"]);
  });
});
