#!/usr/bin/env python3
"""Writes the PDF-contents fixtures of test/fixtures/attachments (issue 10 §7), leaving the other fixtures alone.

Each file is written by hand (so we control fonts, CMaps and metadata exactly) and then rewritten by qpdf, which
checks it, compresses its streams with FlateDecode and, for the -objstm variant, packs the catalog, the document
information and the fonts into object streams with a cross-reference stream, as modern producers do. Debian package
used: qpdf; Python package: cryptography. Run from the repository root: python3 scripts/make-pdf-fixtures.py
(add --passwords-only to rewrite only the reproducible pdf-owner-only-*, pdf-user-password-* and
pdf-marked-owner-only-* files).
"""

import hashlib
import importlib.util
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

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


def marked_objects():
    """The objects of pdf-marked.pdf; a stream is a (dictionary entries, data) pair. /Info is object 9."""
    # The marking is split over TJ elements and a second Tj, as Word's PDF export splits runs.
    content = (b"BT /F1 16 Tf 1 0 0 1 72 770 Tm [" + glyph_hex("【機密") + b" -12 " + glyph_hex("性２")
               + b"] TJ " + glyph_hex("】") + b" Tj 0 -24 Td " + glyph_hex("令和７年度予算要求資料") + b" Tj ET\n"
               b"BT /F2 10 Tf 72 60 Td (Page 1 \\(draft\\)) Tj ET")
    return [
        b"<< /Type /Catalog /Pages 2 0 R /Metadata 7 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /Font << /F1 5 0 R /F2 8 0 R >> >> >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        (b"", content),
        cid_font(6),
        (b"", to_unicode_cmap()),
        (b"/Type /Metadata /Subtype /XML", XMP),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + utf16("【機密性２】予算要求資料") + b" /Subject " + utf16("財政課 検討用")
        + b" /Keywords (\x80 draft \x84 v2) /Producer (hand-written, then qpdf) >>",
    ]


def marked_pdf():
    return build([stream(*o) if isinstance(o, tuple) else o for o in marked_objects()], 9)


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


# --- Standard security handler: owner-only (empty user password) and user-password PDFs ----------------------------
# Written by hand so every salt, key and ID is fixed (the files are reproducible byte for byte); qpdf then checks
# each one independently: it must open with the expected password, decrypt to the page text, and refuse a wrong one.

PASSWORD_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")
OWNER_PASSWORD = b"owner-2026"
USER_PASSWORD = b"kasumi-2026"
# Printing and copying not allowed (what an "owner password only" PDF usually restricts).
PERMISSIONS = -3904


def md5(data):
    return hashlib.md5(data).digest()


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) & 255
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for b in data:
        i = (i + 1) & 255
        j = (j + s[i]) & 255
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) & 255])
    return bytes(out)


def aes_cbc(key, iv, data, pad=True):
    if pad:
        n = 16 - len(data) % 16
        data += bytes([n]) * n
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def aes_ecb(key, data):
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()


def padded(password):
    return (password + PASSWORD_PAD)[:32]


def standard_r2_r4(user, owner, r, n, file_id, clear_metadata=False):
    """ISO 32000-1 Algorithms 3 (O), 2 (file key) and 4/5 (U) for revisions 2-4; n is the key length in bytes.
    Revision 4 with the metadata in clear (/EncryptMetadata false) hashes four 0xFF bytes into the key."""
    h = md5(padded(owner))
    for _ in range(50 if r >= 3 else 0):
        h = md5(h[:n])
    o = rc4(h[:n], padded(user))
    for i in range(1, 20 if r >= 3 else 1):
        o = rc4(bytes(b ^ i for b in h[:n]), o)
    h = md5(padded(user) + o + struct.pack("<i", PERMISSIONS) + file_id + (b"\xff" * 4 if clear_metadata else b""))
    for _ in range(50 if r >= 3 else 0):
        h = md5(h[:n])
    key = h[:n]
    if r == 2:
        u = rc4(key, PASSWORD_PAD)
    else:
        u = rc4(key, md5(PASSWORD_PAD + file_id))
        for i in range(1, 20):
            u = rc4(bytes(b ^ i for b in key), u)
        u += bytes(16)  # arbitrary padding: only the first 16 bytes are checked
    return key, o, u


def hash_2b(password, salt, udata):
    """ISO 32000-2 Algorithm 2.B."""
    k = hashlib.sha256(password + salt + udata).digest()
    i = 0
    while True:
        e = aes_cbc(k[:16], k[16:32], (password + k + udata) * 64, pad=False)
        k = [hashlib.sha256, hashlib.sha384, hashlib.sha512][sum(e[:16]) % 3](e).digest()
        i += 1
        if i >= 64 and e[-1] <= i - 32:
            return k[:32]


def standard_r5_r6(user, owner, r, file_key):
    """ISO 32000-2 Algorithms 8 (U, UE), 9 (O, OE) and 10 (Perms); revision 5 hashes with plain SHA-256."""
    def h(password, salt, udata):
        return hash_2b(password, salt, udata) if r == 6 else hashlib.sha256(password + salt + udata).digest()
    u_salts, o_salts = bytes(range(1, 17)), bytes(range(17, 33))
    u = h(user, u_salts[:8], b"") + u_salts
    ue = aes_cbc(h(user, u_salts[8:], b""), bytes(16), file_key, pad=False)
    o = h(owner, o_salts[:8], u) + o_salts
    oe = aes_cbc(h(owner, o_salts[8:], u), bytes(16), file_key, pad=False)
    perms = aes_ecb(file_key, struct.pack("<i", PERMISSIONS) + b"\xff\xff\xff\xffTadb" + b"perm")
    return o, u, oe, ue, perms


def security(variant, user):
    """The /Encrypt dictionary, a protect(object number, data) function and the file ID for a variant: rc4-40,
    rc4-128, aes128, aes128-clear-metadata (/EncryptMetadata false), aes256-r5, aes256 (revision 6)."""
    file_id = md5(b"sendcheck fixture " + variant.encode())
    if variant.startswith("aes256"):
        r = 5 if variant.endswith("r5") else 6
        file_key = hashlib.sha256(b"file key " + variant.encode()).digest()
        o, u, oe, ue, perms = standard_r5_r6(user, OWNER_PASSWORD, r, file_key)
        encrypt = (b"<< /Filter /Standard /V 5 /R %d /Length 256" % r
                   + b" /CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF"
                   + b" /O <%s> /U <%s> /OE <%s> /UE <%s> /Perms <%s> /P %d >>"
                   % (o.hex().encode(), u.hex().encode(), oe.hex().encode(), ue.hex().encode(),
                      perms.hex().encode(), PERMISSIONS))

        def protect(num, data):
            iv = md5(b"iv %d" % num)
            return iv + aes_cbc(file_key, iv, data)
    else:
        aes = variant.startswith("aes128")
        clear_metadata = variant == "aes128-clear-metadata"
        r, v, n = {"rc4-40": (2, 1, 5), "rc4-128": (3, 2, 16)}.get(variant, (4, 4, 16))
        key, o, u = standard_r2_r4(user, OWNER_PASSWORD, r, n, file_id, clear_metadata)
        crypt_filter = (b" /CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV2 /Length 16 >> >> /StmF /StdCF /StrF /StdCF"
                        if aes else b"") + (b" /EncryptMetadata false" if clear_metadata else b"")
        encrypt = (b"<< /Filter /Standard /V %d /R %d /Length %d" % (v, r, n * 8) + crypt_filter
                   + b" /O <%s> /U <%s> /P %d >>" % (o.hex().encode(), u.hex().encode(), PERMISSIONS))

        def protect(num, data):
            salt = b"sAlT" if aes else b""
            object_key = md5(key + struct.pack("<i", num)[:3] + b"\x00\x00" + salt)[:min(n + 5, 16)]
            if not aes:
                return rc4(object_key, data)
            iv = md5(b"iv %d" % num)
            return iv + aes_cbc(object_key, iv, data)
    return encrypt, protect, file_id


def encrypted_trailer(pdf, info, encrypt_num, file_id):
    """The trailer written after the xref table gains /Encrypt and /ID (no offset moves)."""
    ids = b"[<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode())
    return pdf.replace(b"/Info %d 0 R >>" % info, b"/Info %d 0 R /Encrypt %d 0 R /ID %s >>" % (info, encrypt_num, ids))


def encrypted_pdf(variant, user):
    """A one-page PDF encrypted with the standard security handler (see security())."""
    encrypt, protect, file_id = security(variant, user)
    content = protect(4, b"BT /F1 24 Tf 72 760 Td (Confidential level 2) Tj ET")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title <%s> >>" % protect(6, b"\xfe\xff" + "【機密性２】検討資料".encode("utf-16-be")).hex().encode(),
        encrypt,
    ]
    return encrypted_trailer(build(objs, 6), 6, 7, file_id)


# Strings in the dictionaries of marked_objects(): simple literals and hex strings (not "<<").
PDF_STRING = re.compile(rb"\((?:[^()\\]|\\.)*\)|<(?!<)[0-9A-Fa-f]*>")
MARKED_VARIANTS = ["rc4-128", "aes128", "aes128-clear-metadata", "aes256"]


def marked_owner_only_pdf(variant):
    """pdf-marked.pdf encrypted with an empty user password: every string and stream protected with its object's
    key (the XMP stream too, unless the variant keeps metadata in clear), the content stream and the CMap compressed
    first (as writers do), the XMP packet not."""
    encrypt, protect, file_id = security(variant, b"")
    objs = []
    for num, o in enumerate(marked_objects(), 1):
        if isinstance(o, tuple):
            entries, data = o
            if num != 7:
                entries, data = entries + b" /Filter /FlateDecode", zlib.compress(data, 9)
            elif variant.endswith("clear-metadata"):
                objs.append(stream(entries, data))
                continue
            objs.append(stream(entries, protect(num, data)))
            continue

        def protect_string(m, num=num):
            token = m.group(0)
            raw = bytes.fromhex(token[1:-1].decode()) if token[:1] == b"<" else re.sub(rb"\\(.)", rb"\1", token[1:-1])
            return b"<" + protect(num, raw).hex().encode() + b">"
        objs.append(PDF_STRING.sub(protect_string, o))
    return encrypted_trailer(build(objs + [encrypt], 9), 9, len(objs) + 1, file_id)


def qpdf_objects(path):
    """Every object as qpdf reads it (strings decrypted and decoded, streams decrypted and decompressed), without
    the entries that only say how a stream is stored."""
    out = subprocess.run(["qpdf", "--json", "--json-key=qpdf", "--json-stream-data=inline",
                          "--decode-level=generalized", path], check=True, stdout=subprocess.PIPE).stdout
    objects = json.loads(out)["qpdf"][1]
    for o in objects.values():
        for key in ["/Length", "/Filter"]:
            o.get("stream", {}).get("dict", {}).pop(key, None)
    return objects


def marked_owner_only_fixtures():
    """pdf-marked-owner-only-{rc4-128,aes128,aes128-clear-metadata,aes256}.pdf; qpdf must open each without a password and read the same
    objects as from the unencrypted original."""
    names = []
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, "plain.pdf")
        with open(plain, "wb") as f:
            f.write(marked_pdf())
        expected = qpdf_objects(plain)
        for variant in MARKED_VARIANTS:
            name = "pdf-marked-owner-only-%s.pdf" % variant
            path = os.path.join(OUT, name)
            with open(path, "wb") as f:
                f.write(marked_owner_only_pdf(variant))
            subprocess.run(["qpdf", "--check", path], check=True, stdout=subprocess.DEVNULL)
            got = qpdf_objects(path)
            got.pop("obj:10 0 R")  # the /Encrypt dictionary
            got.pop("trailer")
            assert got == {k: v for k, v in expected.items() if k != "trailer"}, name
            names.append(name)
    return names


PASSWORD_VARIANTS = ["rc4-40", "rc4-128", "aes128", "aes256-r5", "aes256"]


def password_fixtures():
    """pdf-owner-only-*.pdf (empty user password) and pdf-user-password-*.pdf, each checked with qpdf."""
    names = []
    for variant in PASSWORD_VARIANTS:
        for kind, user in [("owner-only", b""), ("user-password", USER_PASSWORD)]:
            name = "pdf-%s-%s.pdf" % (kind, variant)
            path = os.path.join(OUT, name)
            with open(path, "wb") as f:
                f.write(encrypted_pdf(variant, user))
            for password in [user, OWNER_PASSWORD]:
                arg = "--password=" + password.decode()
                subprocess.run(["qpdf", "--check", arg, path], check=True, stdout=subprocess.DEVNULL)
                plain = subprocess.run(["qpdf", arg, "--decrypt", "--stream-data=uncompress", path, "-"],
                                       check=True, stdout=subprocess.PIPE).stdout
                assert b"(Confidential level 2)" in plain, name
            # Without a password, only the owner-only file opens.
            unasked = subprocess.run(["qpdf", "--check", path], capture_output=True)
            assert (unasked.returncode == 0) == (user == b""), name
            names.append(name)
    # A linearized file with a real user password from an independent writer (qpdf; --static-id keeps the bytes
    # fixed, and RC4 draws no random numbers).
    raw = os.path.join(OUT, "pdf-user-password-rc4-128.pdf")
    linearized = os.path.join(OUT, "pdf-user-password-rc4-linearized.pdf")
    subprocess.run(["qpdf", "--static-id", "--password=" + USER_PASSWORD.decode(), "--decrypt", raw, linearized + ".tmp"],
                   check=True)
    subprocess.run(["qpdf", "--static-id", "--allow-weak-crypto", "--linearize", "--encrypt", USER_PASSWORD.decode(),
                    OWNER_PASSWORD.decode(), "128", "--use-aes=n", "--", linearized + ".tmp", linearized], check=True)
    os.remove(linearized + ".tmp")
    names.append(os.path.basename(linearized))
    return names


def main():
    o = lambda name: os.path.join(OUT, name)
    password_names = password_fixtures() + marked_owner_only_fixtures()
    if sys.argv[1:] == ["--passwords-only"]:
        # Only the reproducible password fixtures (the qpdf AES-256 output below draws new salts on every run).
        for f in password_names:
            print("%-40s %7d" % (f, os.path.getsize(o(f))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in [("pdf-marked", marked_pdf()), ("pdf-unmapped-font", unmapped_pdf()),
                           ("pdf-stamped-header", stamped_pdf())]:
            raw = os.path.join(tmp, name + ".pdf")
            with open(raw, "wb") as f:
                f.write(data)
            subprocess.run(["qpdf", "--check", raw], check=True, stdout=subprocess.DEVNULL)
            subprocess.run(["qpdf", "--compress-streams=y", "--object-streams=disable", raw, o(name + ".pdf")], check=True)
        subprocess.run(["qpdf", "--object-streams=generate", o("pdf-marked.pdf"), o("pdf-marked-objstm.pdf")], check=True)
        # Owner-only, AES-128 (R4), with object streams and a cross-reference stream, as Acrobat writes; the static ID
        # and IV (testing options) keep it reproducible.
        subprocess.run(["qpdf", "--static-id", "--static-aes-iv", "--object-streams=generate", "--encrypt", "",
                        OWNER_PASSWORD.decode(), "128", "--use-aes=y", "--", o("pdf-marked.pdf"),
                        o("pdf-marked-owner-only-objstm.pdf")], check=True)
        subprocess.run(["qpdf", "--encrypt", "", "owner", "256", "--", o("pdf-marked.pdf"), o("pdf-marked-owner-only.pdf")],
                       check=True)
    for f in ["pdf-marked.pdf", "pdf-marked-objstm.pdf", "pdf-marked-owner-only.pdf", "pdf-marked-owner-only-objstm.pdf",
              "pdf-unmapped-font.pdf",
              "pdf-stamped-header.pdf"] + password_names:
        print("%-32s %7d" % (f, os.path.getsize(o(f))))


if __name__ == "__main__":
    main()
