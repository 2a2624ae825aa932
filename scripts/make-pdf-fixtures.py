#!/usr/bin/env python3
"""Writes the PDF-contents fixtures of test/fixtures/attachments (issue 10 §7), leaving the other fixtures alone.

Each file is written by hand (so we control fonts, CMaps and metadata exactly) and then rewritten by qpdf, which
checks it, compresses its streams with FlateDecode and, for the -objstm variant, packs the catalog, the document
information and the fonts into object streams with a cross-reference stream, as modern producers do. Debian package
used: qpdf. Run from the repository root: python3 scripts/make-pdf-fixtures.py
"""

import importlib.util
import os
import subprocess
import tempfile

_spec = importlib.util.spec_from_file_location(
    "attachment_fixtures", os.path.join(os.path.dirname(__file__), "make-attachment-fixtures.py"))
ATTACHMENT_FIXTURES = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ATTACHMENT_FIXTURES)

OUT = os.path.join("test", "fixtures", "attachments")


def utf16(s):
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def build(objs, info):
    """objs: object bodies numbered from 1; info: object number of the /Info dictionary."""
    return ATTACHMENT_FIXTURES.pdf_file(objs, info)


def stream(dict_body, data):
    return b"<< " + dict_body + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    pdf:Keywords="庁内限り">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">令和７年度 予算要求資料</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">【機密性２】財政課内の検討用</rdf:li></rdf:Alt></dc:description>
   <dc:subject><rdf:Bag><rdf:li>予算</rdf:li><rdf:li>取扱注意</rdf:li></rdf:Bag></dc:subject>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode("utf-8")

# Glyph ids of an imaginary subset font: one per character, as a subsetting PDF writer assigns them.
PAGE_TEXT = "【機密性２】令和７年度予算要求資料"
GLYPHS = {ch: 0x0100 + i for i, ch in enumerate(dict.fromkeys(PAGE_TEXT))}


def to_unicode_cmap():
    chars = list(GLYPHS.items())
    # Half as bfchar entries, the rest as one-glyph bfranges (both forms occur in the wild).
    bfchar = b"".join(b"<%04X> <%s>\n" % (g, ch.encode("utf-16-be").hex().upper().encode()) for ch, g in chars[::2])
    bfrange = b"".join(b"<%04X> <%04X> <%s>\n" % (g, g, ch.encode("utf-16-be").hex().upper().encode())
                       for ch, g in chars[1::2])
    return (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + b"%d beginbfchar\n" % len(chars[::2]) + bfchar + b"endbfchar\n"
            + b"%d beginbfrange\n" % len(chars[1::2]) + bfrange + b"endbfrange\n"
            b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")


def glyph_hex(s):
    return b"<" + b"".join(b"%04X" % GLYPHS[ch] for ch in s) + b">"


def cid_font(to_unicode_ref):
    extra = b" /ToUnicode %d 0 R" % to_unicode_ref if to_unicode_ref else b""
    return (b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+MS-Mincho /Encoding /Identity-H"
            b" /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+MS-Mincho"
            b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
            b" /FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+MS-Mincho /Flags 4"
            b" /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>"
            b" /DW 1000 >>]" + extra + b" >>")


def marked_pdf():
    # The marking is split over TJ elements and a second Tj, as Word's PDF export splits runs.
    content = (b"BT /F1 16 Tf 1 0 0 1 72 770 Tm [" + glyph_hex("【機密") + b" -12 " + glyph_hex("性２")
               + b"] TJ " + glyph_hex("】") + b" Tj 0 -24 Td " + glyph_hex("令和７年度予算要求資料") + b" Tj ET\n"
               b"BT /F2 10 Tf 72 60 Td (Page 1 \\(draft\\)) Tj ET")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R /Metadata 7 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /Font << /F1 5 0 R /F2 8 0 R >> >> >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        stream(b"", content),
        cid_font(6),
        stream(b"", to_unicode_cmap()),
        stream(b"/Type /Metadata /Subtype /XML", XMP),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + utf16("【機密性２】予算要求資料") + b" /Subject " + utf16("財政課 検討用")
        + b" /Keywords (\x80 draft \x84 v2) /Producer (hand-written, then qpdf) >>",
    ]
    return build(objs, 9)


def unmapped_pdf():
    # F1: a CID font without ToUnicode (glyph ids only, not readable); F2: Shift_JIS through 90ms-RKSJ-H.
    content = (b"BT /F1 16 Tf 72 770 Td " + glyph_hex("【機密性２】") + b" Tj ET\n"
               b"BT /F2 12 Tf 72 740 Td (" + "外部提供禁止".encode("cp932") + b") Tj ET")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        stream(b"", content),
        cid_font(0),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /MS-Gothic /Encoding /90ms-RKSJ-H /DescendantFonts [<< /Type /Font"
        b" /Subtype /CIDFontType0 /BaseFont /MS-Gothic /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1)"
        b" /Supplement 2 >> /FontDescriptor << /Type /FontDescriptor /FontName /MS-Gothic /Flags 4"
        b" /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >> >>] >>",
        b"<< /Title (Meeting notes) >>",
    ]
    return build(objs, 7)


def stamped_pdf():
    # As Acrobat's "Add Header & Footer" does: the page draws a form XObject marked as a pagination artifact; the
    # form has its own resources (a CID font with ToUnicode). The body text is plain Helvetica.
    header = (b"/Artifact << /Type /Pagination /Subtype /Header >> BDC\nBT /T1_0 10 Tf 460 810 Td "
              + glyph_hex("【機密性２】") + b" Tj ET\nEMC")
    content = b"q 1 0 0 1 0 0 cm /Xi0 Do Q\nBT /F1 12 Tf 72 760 Td (Budget request, draft 3) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> /XObject << /Xi0 6 0 R >> >> >>",
        stream(b"", content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream(b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /T1_0 7 0 R >> >>", header),
        cid_font(8),
        stream(b"", to_unicode_cmap()),
        b"<< /Title (Budget request) >>",
    ]
    return build(objs, 9)


def main():
    o = lambda name: os.path.join(OUT, name)
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in [("pdf-marked", marked_pdf()), ("pdf-unmapped-font", unmapped_pdf()),
                           ("pdf-stamped-header", stamped_pdf())]:
            raw = os.path.join(tmp, name + ".pdf")
            with open(raw, "wb") as f:
                f.write(data)
            subprocess.run(["qpdf", "--check", raw], check=True, stdout=subprocess.DEVNULL)
            subprocess.run(["qpdf", "--compress-streams=y", "--object-streams=disable", raw, o(name + ".pdf")], check=True)
        subprocess.run(["qpdf", "--object-streams=generate", o("pdf-marked.pdf"), o("pdf-marked-objstm.pdf")], check=True)
        subprocess.run(["qpdf", "--encrypt", "", "owner", "256", "--", o("pdf-marked.pdf"), o("pdf-marked-encrypted.pdf")],
                       check=True)
    for f in ["pdf-marked.pdf", "pdf-marked-objstm.pdf", "pdf-marked-encrypted.pdf", "pdf-unmapped-font.pdf",
              "pdf-stamped-header.pdf"]:
        print("%-32s %7d" % (f, os.path.getsize(o(f))))


if __name__ == "__main__":
    main()
