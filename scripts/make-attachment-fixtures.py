#!/usr/bin/env python3
"""Makes the attachment fixtures under test/fixtures/attachments (and, with --cp932-table, the CP932 name table in
src/core/attachments/cp932-table.ts).

Real tools where this machine has them: python3's zipfile for OOXML (an OOXML file is a ZIP of XML parts, which is
exactly what Office writes), Info-ZIP `zip -e` for ZipCrypto, 7-Zip (`7z -mem=AES256`) for WinZip-AES, qpdf for an
encrypted PDF. Office itself is not available, so the encrypted-OOXML CFB and the legacy .doc/.xls/.ppt containers are
built here byte by byte following [MS-CFB], with only the streams and fields the inspector reads (see the comments at
build_cfb). Debian packages used: zip, p7zip-full, qpdf. Run from the repository root:

    python3 scripts/make-attachment-fixtures.py            # fixtures
    python3 scripts/make-attachment-fixtures.py --cp932-table
"""
import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "fixtures", "attachments")


# --- CP932 table -----------------------------------------------------------------------------------------------------
#
# The table is a bit stream of tokens over the double-byte pointer space (lead 0x81-0x9F, 0xE0-0xFC, each with the
# 188 trail bytes 0x40-0x7E, 0x80-0xFC), written six bits per ASCII character. Raw UTF-8 rows cost ~17 bits per kanji
# after gzip (gzip cannot model three-byte characters); JIS level-1 kanji are ordered by reading, so their code points
# are nearly random and only a delta code gets near their entropy (~13.7 bits each here). Tokens, each starting with an
# exponential-Golomb number u of order CP932_K_TOKEN:
#   u = 0      gap: EG(CP932_K_GAP) unmapped pointers follow, and the previous code point resets to 0
#   u = 1      run: EG(CP932_K_RUN) + 2 pointers map to the next consecutive code points (kana, letters, box lines)
#   u >= 2     one pointer, d = u - 2 from the previous code point `prev`: inside the kanji block [K0, K0 + KM) the
#              next code point is K0 + (prev - K0 + 1 + d) mod KM (reading order jumps both ways; wrapping keeps
#              every jump non-negative), elsewhere prev + 1 + zigzag^-1(d)
# Leaving the kanji block always goes through a gap token, so the decoder knows which rule applies.

CP932_LEADS = list(range(0x81, 0x85)) + list(range(0x87, 0x99))  # symbols, kana, NEC specials, JIS level-1 kanji
CP932_ALL_LEADS = list(range(0x81, 0xA0)) + list(range(0xE0, 0xFD))
CP932_K0, CP932_KM = 0x4E00, 0x5200  # CJK Unified Ideographs U+4E00-U+9FFF
CP932_K_TOKEN, CP932_K_GAP, CP932_K_RUN = 10, 3, 2  # chosen by measuring the encoded size (see the header)


def cp932_pointer_table(leads):
    """Code point per pointer (0 = unmapped) over all 60 lead bytes; only `leads` are filled."""
    table = []
    for lead in CP932_ALL_LEADS:
        for col in range(188):
            cp = 0
            if lead in leads:
                try:
                    ch = bytes([lead, 0x40 + col if col < 0x3F else 0x41 + col]).decode("cp932")
                    cp = ord(ch) if len(ch) == 1 else 0
                except UnicodeDecodeError:
                    pass
            table.append(cp)
    return table


def cp932_in_kanji(cp):
    return CP932_K0 <= cp < CP932_K0 + CP932_KM


def cp932_encode(table):
    bits = []

    def put(v, n):
        bits.extend((v >> i) & 1 for i in range(n - 1, -1, -1))

    def eg(v, k):  # exponential-Golomb of order k: z zeros, then the z+1 bits of (v >> k) + 1, then k low bits
        q = (v >> k) + 1
        z = q.bit_length() - 1
        assert z < 24 and k <= 24  # the decoder reads at most 24 bits at once
        put(0, z)
        put(q, z + 1)
        put(v & ((1 << k) - 1), k)

    end = max(i for i, cp in enumerate(table) if cp) + 1
    prev = 0
    p = 0
    while p < end:
        cp = table[p]
        if not cp or (cp932_in_kanji(prev) and not cp932_in_kanji(cp)):
            g = 0
            while p + g < end and not table[p + g]:
                g += 1
            eg(0, CP932_K_TOKEN)
            eg(g, CP932_K_GAP)
            p += g
            prev = 0
            continue
        r = 0
        while p + r < end and table[p + r] == prev + 1 + r:
            r += 1
        if r >= 2:
            eg(1, CP932_K_TOKEN)
            eg(r - 2, CP932_K_RUN)
            p += r
            prev += r
            continue
        if cp932_in_kanji(prev):
            d = (cp - prev - 1) % CP932_KM
        else:
            d = cp - prev - 1
            d = 2 * d if d >= 0 else -2 * d - 1
        eg(d + 2, CP932_K_TOKEN)
        prev = cp
        p += 1
    bits.extend([0] * (-len(bits) % 6))
    chars = []
    for i in range(0, len(bits), 6):
        v = int("".join(map(str, bits[i : i + 6])), 2) + 0x23  # '#'..'c' without the backslash: no escapes needed
        chars.append(chr(v + 1 if v >= 0x5C else v))
    return "".join(chars), end


def cp932_decode(data, end):
    """The decoder of src/core/attachments/cp932.ts, to check the stream before writing it."""
    state = {"pos": 0, "acc": 0, "have": 0}

    def bit():
        if state["have"] == 0:
            c = ord(data[state["pos"]])
            state["pos"] += 1
            state["acc"] = c - 0x23 - (c > 0x5C)
            state["have"] = 6
        state["have"] -= 1
        return (state["acc"] >> state["have"]) & 1

    def eg(k):
        z = 0
        while bit() == 0:
            z += 1
        q = 1
        for _ in range(z + k):
            q = q * 2 + bit()
        return q - (1 << k)

    table = [0] * (len(CP932_ALL_LEADS) * 188)
    prev = p = 0
    while p < end:
        u = eg(CP932_K_TOKEN)
        if u == 0:
            p += eg(CP932_K_GAP)
            prev = 0
        elif u == 1:
            for _ in range(eg(CP932_K_RUN) + 2):
                prev += 1
                table[p] = prev
                p += 1
        else:
            d = u - 2
            if cp932_in_kanji(prev):
                prev = CP932_K0 + (prev - CP932_K0 + 1 + d) % CP932_KM
            else:
                prev = prev + 1 + ((d >> 1) ^ -(d & 1))
            table[p] = prev
            p += 1
    return table


def cp932_table():
    table = cp932_pointer_table(CP932_LEADS)
    data, end = cp932_encode(table)
    assert cp932_decode(data, end) == table
    mapped = sum(1 for cp in table if cp)
    full, _ = cp932_encode(cp932_pointer_table(CP932_ALL_LEADS))
    path = os.path.join(ROOT, "src", "core", "attachments", "cp932-table.ts")
    lines = [data[i : i + 112] for i in range(0, len(data), 112)]
    with open(path, "w", encoding="utf-8") as f:
        f.write("/**\n")
        f.write(" * Generated by `python3 scripts/make-attachment-fixtures.py --cp932-table` from Python's cp932 codec\n")
        f.write(" * (which agrees with Windows' code page 932 and WHATWG Shift_JIS on every double-byte code).\n")
        f.write(" * Double-byte CP932 characters for lead bytes 0x81-0x84 and 0x87-0x98 (symbols, full-width letters\n")
        f.write(" * and digits, kana, NEC specials, JIS level-1 kanji): %d characters in a %d-character bit stream\n" % (mapped, len(data)))
        f.write(" * (format: the comment above cp932_encode in the script; cp932.ts decodes it on first use). The\n")
        f.write(" * complete table (levels 1-2, NEC and IBM extensions) would take %d characters in this format.\n" % len(full))
        f.write(" */\n\n")
        f.write("/** Pointers (lead index * 188 + trail index) past the last mapped one. */\n")
        f.write("export const CP932_END = %d;\n\n" % end)
        f.write("export const CP932_K0 = 0x%x;\nexport const CP932_KM = 0x%x;\n" % (CP932_K0, CP932_KM))
        f.write("export const CP932_K_TOKEN = %d;\nexport const CP932_K_GAP = %d;\nexport const CP932_K_RUN = %d;\n\n"
                % (CP932_K_TOKEN, CP932_K_GAP, CP932_K_RUN))
        f.write("export const CP932_DATA =\n")
        f.write(" +\n".join('  "%s"' % l for l in lines) + ";\n")
    print("wrote", path, len(data), "chars;", mapped, "characters; complete table would be", len(full), "chars")


# --- OOXML (python's zipfile: the same container Office writes) ------------------------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFDOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
MSIP_GUID = "3a8c1f2e-5b7d-4e6f-9a01-23456789abcd"


def core_xml(title, subject="", keywords=""):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><cp:keywords>{keywords}</cp:keywords>"
        "<dc:creator>sendcheck fixtures</dc:creator></cp:coreProperties>"
    )


def custom_xml(label_name, enabled="true", extra=()):
    props = [
        (f"MSIP_Label_{MSIP_GUID}_Enabled", enabled),
        (f"MSIP_Label_{MSIP_GUID}_SiteId", "0f0e0d0c-0b0a-0908-0706-050403020100"),
        (f"MSIP_Label_{MSIP_GUID}_Name", label_name),
        (f"MSIP_Label_{MSIP_GUID}_Method", "Privileged"),
    ] + list(extra)
    body = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{n}"><vt:lpwstr>{v}</vt:lpwstr></property>'
        for i, (n, v) in enumerate(props)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + body + "</Properties>"
    )


def content_types(overrides):
    o = "".join(f'<Override PartName="/{p}" ContentType="{t}"/>' for p, t in overrides)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + o + "</Types>"
    )


def rels(items):
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in items)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{REL_NS}">{body}</Relationships>'


def write_zip(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in parts:
            z.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)


def package_rels(main):
    return rels([
        ("rId1", OFFDOC, main),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", "docProps/custom.xml"),
    ])


def w_para(*runs):
    return "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"840\"/></w:tabs></w:pPr>" + "".join(
        f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{r}</w:t></w:r>' for r in runs) + "</w:p>"


def make_docx(path, header_runs, body_paras, title, label=None, footer="1 / 1"):
    header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>{w_para(*header_runs)}</w:hdr>'
    footer_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W_NS}>{w_para(footer)}</w:ftr>'
    body = "".join(w_para(*p) for p in body_paras)
    # A text box: Word writes the text twice (DrawingML choice and VML fallback); only one copy should be read.
    textbox = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
               '<w:p><w:r><w:t>テキストボックス</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>'
               '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>テキストボックス</w:t></w:r></w:p>'
               '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{body}{textbox}'
                '<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:del><w:r><w:delText>削除済</w:delText></w:r></w:del></w:p>'
                '<w:sectPr><w:headerReference w:type="default" r:id="rId8"/></w:sectPr></w:body></w:document>')
    ct = [("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
          ("word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"),
          ("word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
          ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
          ("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")]
    parts = [
        ("[Content_Types].xml", content_types(ct)),
        ("_rels/.rels", package_rels("word/document.xml")),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", rels([
            ("rId8", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "header1.xml"),
            ("rId9", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", "footer1.xml")])),
        ("word/header1.xml", header),
        ("word/footer1.xml", footer_xml),
        ("docProps/core.xml", core_xml(title, "定例会議", "議事録;内部")),
    ]
    if label:
        parts.append(("docProps/custom.xml", custom_xml(label)))
    write_zip(path, parts)


X_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def make_xlsx(path, sheet_names, header, shared, filler_rows=0):
    sheets = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(sheet_names))
    workbook = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {X_NS}><sheets>{sheets}</sheets></workbook>'
    sst = "".join(f"<si><t>{t}</t><rPh sb=\"0\" eb=\"1\"><t>ヨミガナ</t></rPh></si>" for t in shared)
    shared_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {X_NS} count="{len(shared)}">{sst}</sst>'
    # Cell references are optional; identical rows keep the big fixture small once deflated.
    rows = '<row><c t="s"><v>0</v></c><c><v>12345</v></c></row>' * filler_rows
    parts = [
        ("_rels/.rels", package_rels("xl/workbook.xml")),
        ("xl/workbook.xml", workbook),
        ("xl/sharedStrings.xml", shared_xml),
        ("docProps/core.xml", core_xml("集計表")),
    ]
    ct = [("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")]
    for i, _ in enumerate(sheet_names):
        hf = (f'<headerFooter differentFirst="0"><oddHeader>{header}</oddHeader>'
              f'<oddFooter>&amp;L作成：総務課&amp;R&amp;P / &amp;N</oddFooter></headerFooter>') if i == 0 else ""
        sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {X_NS}><sheetData>{rows}</sheetData>'
                 f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>{hf}</worksheet>')
        parts.append((f"xl/worksheets/sheet{i + 1}.xml", sheet))
        ct.append((f"xl/worksheets/sheet{i + 1}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
    parts.insert(0, ("[Content_Types].xml", content_types(ct)))
    write_zip(path, parts)


P_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' \
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
       'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'


def slide(texts):
    paras = "".join(f"<a:p><a:r><a:rPr lang=\"ja-JP\"/><a:t>{t}</a:t></a:r></a:p>" for t in texts)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld {P_NS}><p:cSld><p:spTree><p:sp><p:txBody>'
            f"<a:bodyPr/>{paras}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>")


def make_pptx(path):
    # The first slide in presentation order is slideB.xml (named out of order on purpose: order comes from sldIdLst).
    pres = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:presentation {P_NS}><p:sldIdLst>'
            '<p:sldId id="256" r:id="rId3"/><p:sldId id="257" r:id="rId2"/></p:sldIdLst></p:presentation>')
    sl = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide"
    ct = [("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
          ("ppt/slides/slideA.xml", "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"),
          ("ppt/slides/slideB.xml", "application/vnd.openxmlformats-officedocument.presentationml.slide+xml")]
    write_zip(path, [
        ("[Content_Types].xml", content_types(ct)),
        ("_rels/.rels", package_rels("ppt/presentation.xml")),
        ("ppt/presentation.xml", pres),
        ("ppt/_rels/presentation.xml.rels", rels([("rId2", sl, "slides/slideA.xml"), ("rId3", sl, "slides/slideB.xml")])),
        ("ppt/slides/slideA.xml", slide(["二枚目のスライド", "機密性１"])),
        ("ppt/slides/slideB.xml", slide(["【機密性３】説明資料", "関係者限り"])),
        ("docProps/core.xml", core_xml("説明資料")),
    ])


# --- Compound files, hand-built following [MS-CFB] -------------------------------------------------------------------
# Office is not installed here and no tool on this machine writes compound files, so these are assembled directly:
# a header, one FAT (no DIFAT sectors needed at this size), a directory whose root children form a simple
# right-leaning sibling chain (valid for lookup; readers do not rebalance), a mini stream for streams under 4096
# bytes and regular sectors for the rest. The streams carry only the fields the inspector reads, with the values
# real Office files use (FIB wIdent 0xA5EC, BIFF8 BOF/FILEPASS, PowerPoint CurrentUserAtom tokens, EncryptionInfo
# version 4.4 for agile encryption).

END, FREE, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def build_cfb(streams, storages=(), version=3):
    ss = 512 if version == 3 else 4096
    children = [(n, d, 2) for n, d in streams] + [(n, b"", 1) for n in storages]
    children.sort(key=lambda c: (len(c[0]), c[0].upper()))
    small = [c for c in children if c[2] == 2 and len(c[1]) < 4096]
    big = [c for c in children if c[2] == 2 and len(c[1]) >= 4096]

    mini_data = b""
    mini_start = {}
    for name, data, _ in small:
        mini_start[name] = len(mini_data) // 64
        mini_data += data + b"\0" * (-len(data) % 64)
    n_mini = len(mini_data) // 64
    sectors = lambda n: -(-n // ss)
    n_dir = sectors((1 + len(children)) * 128)
    n_minifat = sectors(n_mini * 4)
    n_ministream = sectors(len(mini_data))
    n_big = sum(sectors(len(d)) for _, d, _ in big)
    nonfat = n_dir + n_minifat + n_ministream + n_big
    n_fat = 1
    while sectors((nonfat + n_fat) * 4) > n_fat:
        n_fat += 1
    assert n_fat <= 109

    fat = [FREE] * (n_fat * ss // 4)
    pos = 0

    def chain(count):
        nonlocal pos
        start = pos
        for i in range(count):
            fat[pos] = pos + 1 if i < count - 1 else END
            pos += 1
        return start if count else END

    for i in range(n_fat):
        fat[pos] = FATSECT
        pos += 1
    dir_start = chain(n_dir)
    minifat_start = chain(n_minifat)
    ministream_start = chain(n_ministream)
    big_start = {name: chain(sectors(len(data))) for name, data, _ in big}

    minifat = [FREE] * (n_minifat * ss // 4)
    for name, data, _ in small:
        s, count = mini_start[name], -(-len(data) // 64)
        for i in range(count):
            minifat[s + i] = s + i + 1 if i < count - 1 else END

    def entry(name, typ, left, right, child, start, size):
        raw = name.encode("utf-16-le")
        e = raw + b"\0\0" + b"\0" * (64 - len(raw) - 2)
        e += struct.pack("<HBB3I", len(raw) + 2, typ, 1, left, right, child)
        e += b"\0" * 16 + b"\0" * 4 + b"\0" * 16
        e += struct.pack("<IQ", start, size)
        assert len(e) == 128
        return e

    dirents = entry("Root Entry", 5, NOSTREAM, NOSTREAM, 1 if children else NOSTREAM,
                    ministream_start if n_mini else END, len(mini_data))
    for i, (name, data, typ) in enumerate(children):
        right = i + 2 if i + 1 < len(children) else NOSTREAM
        if typ == 1:
            start = 0
        elif len(data) < 4096:
            start = mini_start[name]
        else:
            start = big_start[name]
        dirents += entry(name, typ, NOSTREAM, right, NOSTREAM, start, len(data))
    empty = b"\0" * 64 + struct.pack("<HBB3I", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM) + b"\0" * 48
    while len(dirents) < n_dir * ss:
        dirents += empty
    assert len(dirents) == n_dir * ss

    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, version, 0xFFFE, 9 if version == 3 else 12, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", n_dir if version == 4 else 0, n_fat, dir_start, 0, 4096,
                          minifat_start if n_minifat else END, n_minifat, END, 0)
    header += struct.pack("<109I", *([i for i in range(n_fat)] + [FREE] * (109 - n_fat)))
    header += b"\0" * (ss - len(header))

    body = struct.pack(f"<{len(fat)}I", *fat) + dirents
    body += struct.pack(f"<{len(minifat)}I", *minifat) if minifat else b""
    body += mini_data + b"\0" * (-len(mini_data) % ss)
    for name, data, _ in big:
        body += data + b"\0" * (-len(data) % ss)
    return header + body


def fib(encrypted):
    # FibBase: wIdent, nFib (0x00C1 = Word 97+), then flags at 0x0A (fEncrypted = 0x0100).
    return struct.pack("<HHHHHH", 0xA5EC, 0x00C1, 0, 0x0411, 0, 0x0100 if encrypted else 0) + b"\0" * 5000


def biff_record(rtype, data):
    return struct.pack("<HH", rtype, len(data)) + data


def workbook(encrypted):
    s = biff_record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0))
    if encrypted:
        # FILEPASS, RC4 CryptoAPI header shape; contents beyond the type are not read by the inspector.
        s += biff_record(0x002F, struct.pack("<HHH", 1, 4, 2) + os.urandom(48))
    s += biff_record(0x00E1, b"\xb0\x04")  # InterfaceHdr
    s += biff_record(0x0085, struct.pack("<IBB", 0, 0, 0) + b"\x06\x00Sheet1")  # BoundSheet8
    s += biff_record(0x000A, b"")  # EOF
    return s + b"\0" * (4200 - len(s))


def current_user(encrypted):
    token = 0xF3D1C4DF if encrypted else 0xE391C05F
    atom = struct.pack("<IIIHHBBH", 0x14, token, 0, 8, 0, 3, 0, 0) + b"user"
    return struct.pack("<HHI", 0, 0x0FF6, len(atom)) + atom


def property_set(fmtid_sections):
    """A property set stream; each section is (fmtid bytes, [(pid, type, payload bytes)], dictionary or None)."""
    head = struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + b"\0" * 16 + struct.pack("<I", len(fmtid_sections))
    offset = len(head) + 20 * len(fmtid_sections)
    index, blobs = b"", b""
    for fmtid, props, dictionary in fmtid_sections:
        items = list(props)
        if dictionary is not None:
            d = struct.pack("<I", len(dictionary))
            for pid, name in dictionary:
                raw = name.encode("cp932") + b"\0"
                d += struct.pack("<II", pid, len(raw)) + raw
            items.insert(0, (0, None, d + b"\0" * (-len(d) % 4)))
        table_len = 8 + 8 * len(items)
        values, table = b"", b""
        for pid, vtype, payload in items:
            table += struct.pack("<II", pid, table_len + len(values))
            value = payload if vtype is None else struct.pack("<I", vtype) + payload
            values += value + b"\0" * (-len(value) % 4)
        section = struct.pack("<II", table_len + len(values), len(items)) + table + values
        index += fmtid + struct.pack("<I", offset)
        blobs += section
        offset += len(section)
    return head + index + blobs


def lpstr(s):
    raw = s.encode("cp932") + b"\0"
    return struct.pack("<I", len(raw)) + raw


FMTID_SUMMARY = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
FMTID_DOCSUMMARY = bytes.fromhex("02d5cdd59c2e1b10939708002b2cf9ae")
FMTID_USER = bytes.fromhex("05d5cdd59c2e1b10939708002b2cf9ae")


def summary_streams(title):
    summary = property_set([(FMTID_SUMMARY, [(1, 2, struct.pack("<hH", 932, 0)), (2, 0x1E, lpstr(title)),
                                             (5, 0x1E, lpstr("予算;内部"))], None)])
    user = property_set([
        (FMTID_DOCSUMMARY, [(1, 2, struct.pack("<hH", 932, 0))], None),
        (FMTID_USER, [(1, 2, struct.pack("<hH", 932, 0)), (2, 0x1E, lpstr("true")), (3, 0x1E, lpstr("機密性２"))],
         [(2, f"MSIP_Label_{MSIP_GUID}_Enabled"), (3, f"MSIP_Label_{MSIP_GUID}_Name")]),
    ])
    return [("\x05SummaryInformation", summary), ("\x05DocumentSummaryInformation", user)]


def encryption_info_agile():
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption '
           'xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" '
           'keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
           'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>').encode()
    return struct.pack("<HHI", 4, 4, 0x40) + xml


def encrypted_package(size):
    # StreamSize (8 bytes) then ciphertext; random bytes stand in for AES output.
    return struct.pack("<Q", size) + os.urandom(size + (-size % 16))


# --- PDF (a minimal hand-written file, then qpdf for the real encryption and cross-reference streams) -------------

def minimal_pdf():
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        None,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    content = b"BT /F1 24 Tf 72 760 Td (Confidential level 2) Tj ET"
    objs[3] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    return pdf_file(objs, b"/Title (Not /Encrypt ed)", version=b"1.4", info_inline=True)


def pdf_file(objs, info, version=b"1.7", info_inline=False):
    """Objects numbered from 1, a classic xref table and a trailer with /Root 1 0 R and /Info (inline or a ref)."""
    out = b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    info_entry = b"<< " + info + b" >>" if info_inline else b"%d 0 R" % info
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info_entry, xref)
    return out


def run(*cmd, cwd=None):
    subprocess.run(cmd, check=True, cwd=cwd, stdout=subprocess.DEVNULL)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    o = lambda name: os.path.join(OUT, name)

    # OOXML. 機密性２ is split over runs as Word does; the title uses an entity and a numeric reference.
    make_docx(o("word-kimitsu2.docx"), ["【機密性", "２", "】"], [["令和６年度　", "予算要求について"], ["担当：総務課"]],
              "&#x3010;機密性２&#x3011; 会議資料 &amp; 議事録", label="機密性２")
    make_docx(o("word-plain.docx"), ["総務課"], [["お知らせ"]], "お知らせ")
    make_xlsx(o("excel-header.xlsx"), ["機密性２_集計", "Sheet2"],
              '&amp;L&amp;"ＭＳ ゴシック,太字"&amp;12取扱注意&amp;C&amp;K00FF00機密性２&amp;R&amp;D &amp;&amp; &amp;T',
              ["個人情報を含む", "外部提供禁止"])
    # A sheet of ~3 MB whose header/footer only comes after all the rows (compresses to a few tens of KB).
    make_xlsx(o("excel-big-sheet.xlsx"), ["大きい表"], "&amp;C機密性３", ["値"], filler_rows=60000)
    make_pptx(o("slides.pptx"))

    # Plain ZIPs with Info-ZIP zip; encrypted ones with zip -e (ZipCrypto) and 7-Zip (WinZip AES-256).
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        os.makedirs(os.path.join(src, "資料"))
        with open(os.path.join(src, "資料", "機密性２_名簿.txt"), "w", encoding="utf-8") as f:
            f.write("氏名,所属\n" * 50)
        with open(os.path.join(src, "readme.txt"), "w") as f:
            f.write("hello\n")
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        subprocess.run(["zip", "-q", "-r", o("plain.zip"), "資料", "readme.txt"], cwd=src, check=True, env=env)
        subprocess.run(["zip", "-q", "-r", "-e", "-P", "pass1234", o("zipcrypto.zip"), "資料", "readme.txt"],
                       cwd=src, check=True, env=env)
        subprocess.run(["7z", "a", "-bd", "-tzip", "-ppass1234", "-mem=AES256", o("aes.zip"), "資料", "readme.txt"],
                       cwd=src, check=True, env=env, stdout=subprocess.DEVNULL)
        # Legacy names: a CP932 file name zipped under the C locale, as Japanese Windows' zip folders write them.
        sj = os.path.join(tmp, "sjis")
        os.makedirs(sj)
        with open(os.path.join(os.fsencode(sj), "【機密性２】報告書.txt".encode("cp932")), "wb") as f:
            f.write(b"data\n")
        subprocess.run(["zip", "-q", o("cp932-names.zip"), os.fsencode("【機密性２】報告書.txt".encode("cp932"))],
                       cwd=sj, check=True, env=dict(os.environ, LANG="C", LC_ALL="C"))
        # Nested: an unencrypted outer ZIP holding an encrypted ZIP and a docx; and one holding only plain files.
        shutil.copy(o("zipcrypto.zip"), os.path.join(tmp, "inner-secret.zip"))
        shutil.copy(o("word-kimitsu2.docx"), os.path.join(tmp, "報告.docx"))
        shutil.copy(o("plain.zip"), os.path.join(tmp, "inner-plain.zip"))
        subprocess.run(["zip", "-q", o("nested-encrypted.zip"), "inner-secret.zip", "報告.docx"], cwd=tmp, check=True, env=env)
        subprocess.run(["zip", "-q", o("nested-plain.zip"), "inner-plain.zip", "報告.docx"], cwd=tmp, check=True, env=env)

        # PDFs: qpdf writes the encryption dictionary and the trailer / cross-reference stream.
        raw = os.path.join(tmp, "raw.pdf")
        with open(raw, "wb") as f:
            f.write(minimal_pdf())
        shutil.copy(raw, o("plain.pdf"))
        run("qpdf", "--object-streams=generate", raw, o("plain-xrefstream.pdf"))
        run("qpdf", "--encrypt", "user", "owner", "256", "--", raw, o("encrypted-aes256.pdf"))
        run("qpdf", "--object-streams=generate", "--encrypt", "user", "owner", "256", "--", raw,
            o("encrypted-xrefstream.pdf"))
        run("qpdf", "--allow-weak-crypto", "--linearize", "--encrypt", "", "owner", "128", "--use-aes=n", "--", raw, o("owner-only-rc4-linearized.pdf"))

    # Compound files.
    def write(name, data):
        with open(o(name), "wb") as f:
            f.write(data)

    write("encrypted-agile.docx", build_cfb([("EncryptionInfo", encryption_info_agile()),
                                             ("EncryptedPackage", encrypted_package(6000))],
                                            storages=["\x06DataSpaces"]))
    write("encrypted-agile-v4.xlsx", build_cfb([("EncryptionInfo", encryption_info_agile()),
                                                ("EncryptedPackage", encrypted_package(9000))], version=4))
    write("irm-protected.docx", build_cfb([("EncryptedPackage", encrypted_package(5000))], storages=["\x06DataSpaces"]))
    write("legacy-plain.doc", build_cfb([("WordDocument", fib(False)), ("1Table", b"\0" * 600)]
                                        + summary_streams("【機密性２】予算資料")))
    write("legacy-encrypted.doc", build_cfb([("WordDocument", fib(True)), ("1Table", b"\0" * 600)]))
    write("legacy-plain.xls", build_cfb([("Workbook", workbook(False))] + summary_streams("集計")))
    write("legacy-encrypted.xls", build_cfb([("Workbook", workbook(True))]))
    write("legacy-plain.ppt", build_cfb([("PowerPoint Document", b"\0" * 300), ("Current User", current_user(False))]))
    write("legacy-encrypted.ppt", build_cfb([("PowerPoint Document", b"\0" * 300), ("Current User", current_user(True))]))
    write("outlook.msg", build_cfb([("__properties_version1.0", b"\0" * 64)]))

    for f in sorted(os.listdir(OUT)):
        size = os.path.getsize(o(f))
        assert size < 200 * 1024, f
        print("%-32s %7d" % (f, size))


if __name__ == "__main__":
    if "--cp932-table" in sys.argv:
        cp932_table()
    else:
        main()
