/**
 * Streams with their own /Crypt filter (ISO 32000-1 §7.4.10, §7.6.5): the first filter of the stream's /Filter
 * array is /Crypt, and its /DecodeParms /Name picks the crypt filter the stream is encrypted with instead of the
 * document's /StmF (/Identity, the default: stored in clear). qpdf cannot write such streams, so the files are built
 * here with node:crypto: the /Encrypt dictionary, /ID and file key of an owner-only fixture (its /CF, /StmF and /StrF
 * rewritten: the key does not depend on them), a page whose text is shown in a Type0 font with a ToUnicode CMap, a
 * document information dictionary and, optionally, a stamp annotation. Each stream is compressed, then encrypted
 * (ISO 32000-1 §7.6.2 Algorithm 1) by the method the test names.
 */
import { createCipheriv, createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import fc from "fast-check";
import { inspectAttachment, inspectDetailed } from "../../../src/core/attachments";
import { emptyPasswordOpener } from "../../../src/core/attachments/crypto/pdf-standard";
import { PdfLexer } from "../../../src/core/attachments/pdf-syntax";
import { detectMarkings } from "../../../src/core/labels/detect";
import { fixture } from "./fixtures";
import { buildPdf, bytesOf } from "./pdf-builder";

type Method = "None" | "V2" | "AESV2" | "AESV3";

/** How one stream is written: the method its bytes are encrypted with, and the /Name of its /Crypt filter if any. */
interface Written {
  readonly method: Method;
  /** The /Crypt filter's /Name ("" for a /Crypt filter without decode parameters); none when undefined. */
  readonly crypt?: string;
}

interface Security {
  /** The fixture's /Encrypt dictionary without its /CF, /StmF and /StrF. */
  readonly dict: string;
  readonly id: string;
  readonly key: Buffer;
}

const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");

function security(name: string): Security {
  const text = latin1(fixture(name));
  const start = text.indexOf("\n7 0 obj\n") + 9;
  const dict = text.slice(start, text.indexOf("\nendobj", start));
  const id = /\/ID \[<([0-9a-f]+)>/.exec(text)![1]!;
  const parsed = new PdfLexer(bytesOf(dict)).value();
  if (parsed.t !== "dict") throw new Error("no /Encrypt dictionary in " + name);
  const key = emptyPasswordOpener(parsed.v, Uint8Array.from(Buffer.from(id, "hex")))?.();
  if (key === undefined) throw new Error(name + " does not open with the empty password");
  const bare = dict.replace(/ \/CF << \/StdCF << [^>]*>> >>/, "").replace(/ \/St[mr]F \/StdCF/g, "");
  return { dict: bare, id, key: Buffer.from(key) };
}

/** RC4 written out here: OpenSSL 3 in node:crypto no longer offers it. */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/** Object `num`'s data encrypted by `method` (Algorithm 1; AESV3 uses the file key itself). */
function encrypt(sec: Security, method: Method, num: number, data: Buffer): Buffer {
  if (method === "None") return data;
  const key =
    method === "AESV3"
      ? sec.key
      : createHash("md5")
          .update(Buffer.concat([sec.key, Buffer.from([num, num >> 8, num >> 16, 0, 0])]))
          .update(method === "AESV2" ? "sAlT" : "")
          .digest()
          .subarray(0, Math.min(sec.key.length + 5, 16));
  if (method === "V2") return rc4(key, data);
  const iv = createHash("md5").update(`iv of object ${num}`).digest();
  const c = createCipheriv(key.length === 32 ? "aes-256-cbc" : "aes-128-cbc", key, iv);
  return Buffer.concat([iv, c.update(data), c.final()]);
}

/** Glyph ids of a made-up subset font: one per character, in order of first use. */
const CHARS = Array.from(new Set("【機密性２】令和７年度業務計画（案）調達仕様書"));
const glyphs = (s: string) =>
  "<" +
  Array.from(s)
    .map((ch) => (CHARS.indexOf(ch) + 1).toString(16).padStart(4, "0"))
    .join("") +
  ">";
const CMAP =
  "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Test-UCS def\n/CMapType 2 def\n" +
  "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
  `${CHARS.length} beginbfchar\n` +
  CHARS.map((ch, i) => `${glyphs(CHARS[i]!)} <${Buffer.from(ch, "utf16le").swap16().toString("hex")}>\n`).join("") +
  "endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend";

/** A stream object: `data` compressed (FlateDecode), then encrypted as object `num` the way `how` says. */
function stream(sec: Security, num: number, data: string, how: Written, dict = ""): string {
  const body = encrypt(sec, how.method, num, deflateSync(Buffer.from(data, "latin1")));
  const parms = how.crypt ? `<< /Type /CryptFilterDecodeParms /Name /${how.crypt} >>` : "null";
  const filter =
    how.crypt === undefined ? "/Filter /FlateDecode" : `/Filter [/Crypt /FlateDecode] /DecodeParms [${parms} null]`;
  return `<< ${dict}${dict ? " " : ""}${filter} /Length ${body.length} >>\nstream\n${latin1(body)}\nendstream`;
}

interface Layout {
  /** /CF entries besides /StdCF (which always has the fixture's own method). */
  readonly filters?: string;
  readonly stmF: string;
  readonly strF: string;
  /** The document's own method for /StdCF. */
  readonly method: Method;
  readonly page: { readonly text: string } & Written;
  readonly cmap: Written;
  readonly title: { readonly text: string; readonly method: Method };
  readonly stamp?: { readonly text: string } & Written;
}

/**
 * Objects: 1 catalog, 2 pages, 3 page, 4 its content, 5 a Type0 font, 6 its ToUnicode CMap, 7 /Encrypt, 8 /Info,
 * then 9 a stamp annotation and 10 its appearance stream when there is a stamp.
 */
function build(sec: Security, l: Layout): Uint8Array {
  const show = (s: string) => `BT /F1 18 Tf 72 780 Td ${glyphs(s)} Tj ET`;
  const title = encrypt(sec, l.title.method, 8, Buffer.from("\ufeff" + l.title.text, "utf16le").swap16());
  const cf = `/CF << /StdCF << /AuthEvent /DocOpen /CFM /${l.method} /Length 16 >>${l.filters ?? ""} >>`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>" +
      (l.stamp ? " /Annots [9 0 R]" : "") +
      " >>",
    stream(sec, 4, show(l.page.text), l.page),
    "<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Subset /Encoding /Identity-H /ToUnicode 6 0 R >>",
    stream(sec, 6, CMAP, l.cmap),
    sec.dict.replace(/ >>$/, ` ${cf} /StmF /${l.stmF} /StrF /${l.strF} >>`),
    `<< /Title <${title.toString("hex")}> >>`,
  ];
  if (l.stamp) {
    objects.push("<< /Type /Annot /Subtype /Stamp /Rect [400 780 560 820] /AP << /N 10 0 R >> >>");
    const form = "/Type /XObject /Subtype /Form /BBox [0 0 160 40] /Resources << /Font << /F1 5 0 R >> >>";
    objects.push(stream(sec, 10, show(l.stamp.text), l.stamp, form));
  }
  return buildPdf(objects, ` /Info 8 0 R /Encrypt 7 0 R /ID [<${sec.id}> <${sec.id}>]`);
}

const AES128 = security("pdf-owner-only-aes128.pdf");
/** An AES-128 file as Acrobat writes one: every string and stream AESV2 by /StrF and /StmF. */
const AES128_PLAIN: Layout = {
  method: "AESV2",
  stmF: "StdCF",
  strF: "StdCF",
  page: { text: "【機密性２】調達仕様書", method: "AESV2" },
  cmap: { method: "AESV2" },
  title: { text: "調達仕様書", method: "AESV2" },
};
const aes128 = (changes: Partial<Layout>) => build(AES128, { ...AES128_PLAIN, ...changes });
const AES256 = security("pdf-owner-only-aes256.pdf");
const textAt = (r: { texts: readonly { where: string; text: string }[] }, where: string) =>
  r.texts.filter((t) => t.where === where).map((t) => t.text);
const levels = (text: string) => detectMarkings(text).map((m) => m.level);

describe("a stream's own crypt filter", () => {
  test("a 機密性２ stamp in an /Identity crypt stream of an owner-only AES-128 file is found", () => {
    // Everything else is AESV2 by /StmF and /StrF, the CMap the stamp's font uses included.
    const pdf = aes128({
      page: { text: "令和７年度業務計画（案）", method: "AESV2" },
      title: { text: "令和７年度業務計画（案）", method: "AESV2" },
      stamp: { text: "【機密性２】", method: "None", crypt: "Identity" },
    });
    const r = inspectDetailed(pdf).inspection;
    expect(r.encryption).toBe("not-encrypted");
    expect(textAt(r, "pdf page 1")).toEqual(["令和７年度業務計画（案）\n【機密性２】"]);
    expect(textAt(r, "pdf /Info Title")).toEqual(["令和７年度業務計画（案）"]);
    expect(levels(textAt(r, "pdf page 1")[0]!)).toEqual([2]);
    expect(r.note).not.toContain("not read");
  });

  test("a /Crypt filter without decode parameters means /Identity too", () => {
    const pdf = aes128({ page: { text: "【機密性２】調達仕様書", method: "None", crypt: "" } });
    expect(textAt(inspectAttachment(pdf), "pdf page 1")).toEqual(["【機密性２】調達仕様書"]);
  });

  test.each([
    ["AESV2", AES128],
    ["V2", AES128],
    ["AESV3", AES256],
  ] as const)("a stream naming a %s crypt filter from /CF is decrypted with it, while /StmF is /Identity", (m, sec) => {
    const pdf = build(sec, {
      filters: ` /Secret << /CFM /${m} /Length 16 >>`,
      method: sec === AES256 ? "AESV3" : "AESV2",
      stmF: "Identity",
      strF: "StdCF",
      page: { text: "【機密性２】調達仕様書", method: m, crypt: "Secret" },
      cmap: { method: "None" },
      title: { text: "調達仕様書（案）", method: sec === AES256 ? "AESV3" : "AESV2" },
    });
    const r = inspectAttachment(pdf);
    expect(textAt(r, "pdf page 1")).toEqual(["【機密性２】調達仕様書"]);
    expect(textAt(r, "pdf /Info Title")).toEqual(["調達仕様書（案）"]);
  });

  test("the stream's own filter wins over /StmF: the CMap in clear, the page by /StmF, the stamp by its own filter", () => {
    const pdf = aes128({
      filters: " /RC4 << /CFM /V2 /Length 16 >>",
      strF: "Identity",
      page: { text: "令和７年度業務計画（案）", method: "AESV2" },
      cmap: { method: "None", crypt: "Identity" },
      title: { text: "令和７年度業務計画（案）", method: "None" },
      stamp: { text: "【機密性２】", method: "V2", crypt: "RC4" },
    });
    expect(textAt(inspectAttachment(pdf), "pdf page 1")).toEqual(["令和７年度業務計画（案）\n【機密性２】"]);
  });

  test.each([
    ["a name /CF does not have", " /Other << /CFM /AESV2 >>", "Missing"],
    ["a crypt filter with an unknown method", " /Vendor << /CFM /FooCrypt >>", "Vendor"],
    ["a crypt filter that is not a dictionary", " /Vendor 12", "Vendor"],
  ])("%s: that stream is left unread with a note; the rest of the file is still read", (_, filters, name) => {
    // The page content cannot be read; the title still carries the marking, and the file still counts as not
    // encrypted (it opens in any reader), so the checks see the marking and the file as sent in the clear.
    const pdf = aes128({
      filters,
      page: { text: "【機密性２】調達仕様書", method: "AESV2", crypt: name },
      title: { text: "【機密性２】調達仕様書", method: "AESV2" },
    });
    const r = inspectDetailed(pdf).inspection;
    expect(r.encryption).toBe("not-encrypted");
    expect(textAt(r, "pdf page 1")).toEqual([]);
    expect(textAt(r, "pdf /Info Title")).toEqual(["【機密性２】調達仕様書"]);
    expect(r.note).toContain("PDF stream not decrypted");
  });

  test("a crypt filter with /CFM /None: the stream is read as it is (pdf.js and qpdf do the same)", () => {
    const pdf = aes128({
      filters: " /Plain << /CFM /None >>",
      page: { text: "【機密性２】調達仕様書", method: "None", crypt: "Plain" },
    });
    expect(textAt(inspectAttachment(pdf), "pdf page 1")).toEqual(["【機密性２】調達仕様書"]);
  });

  test("an unknown crypt filter on the stamp does not hide the page text around it", () => {
    const pdf = aes128({
      page: { text: "【機密性２】令和７年度業務計画", method: "AESV2" },
      stamp: { text: "【機密性２】", method: "AESV2", crypt: "Missing" },
    });
    const r = inspectDetailed(pdf).inspection;
    expect(textAt(r, "pdf page 1")).toEqual(["【機密性２】令和７年度業務計画"]);
    expect(r.note).toContain("PDF stream not decrypted");
  });

  test("without encryption, an /Identity crypt filter is read and a named one is left unread", () => {
    const plain = (how: Written) =>
      buildPdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        stream(AES128, 4, `BT /F1 18 Tf 72 780 Td ${glyphs("【機密性２】")} Tj ET`, how),
        "<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode 6 0 R >>",
        stream(AES128, 6, CMAP, { method: "None" }),
      ]);
    expect(textAt(inspectAttachment(plain({ method: "None", crypt: "Identity" })), "pdf page 1")).toEqual([
      "【機密性２】",
    ]);
    const named = inspectDetailed(plain({ method: "None", crypt: "StdCF" })).inspection;
    expect(named).toMatchObject({ encryption: "not-encrypted", texts: [] });
    expect(named.note).toContain("PDF stream not decrypted");
  });

  test("a revision-3 file has no crypt filters: a /Crypt filter there does not change the RC4 of its streams", () => {
    // As qpdf does: before V4 every stream is RC4 with the object's key, whatever its /Filter array says.
    const sec = security("pdf-owner-only-rc4-128.pdf");
    const pdf = build(sec, {
      method: "V2",
      stmF: "StdCF",
      strF: "StdCF",
      page: { text: "【機密性２】調達仕様書", method: "V2", crypt: "Identity" },
      cmap: { method: "V2" },
      title: { text: "調達仕様書", method: "V2" },
    });
    expect(textAt(inspectAttachment(pdf), "pdf page 1")).toEqual(["【機密性２】調達仕様書"]);
  });
});

describe("hostile /Filter and /DecodeParms around a /Crypt filter", () => {
  const value = fc.oneof(
    fc.constantFrom(
      "/Crypt",
      "/FlateDecode",
      "/Identity",
      "/StdCF",
      "/Secret",
      "null",
      "7 0 R",
      "4 0 R",
      "[]",
      "<< >>",
    ),
    fc.constantFrom("<< /Name /Identity >>", "<< /Name /StdCF >>", "<< /Name /Secret >>", "<< /Name 5 >>"),
    fc.constantFrom("<< /Type /CryptFilterDecodeParms /Name /Nope >>", "<< /Predictor 12 >>", "(Crypt)", "-1"),
  );
  const entry = fc.array(value, { maxLength: 4 }).map((items) => `[${items.join(" ")}]`);

  test("any combination never throws, keeps the file not encrypted and the title read", () => {
    const source = latin1(aes128({ filters: " /Secret << /CFM /V2 >>" }));
    fc.assert(
      fc.property(fc.oneof(value, entry), fc.oneof(value, entry), (filter, parms) => {
        const changed = source.replace(
          "/Filter /FlateDecode /Length",
          `/Filter ${filter} /DecodeParms ${parms} /Length`,
        );
        const r = inspectDetailed(bytesOf(changed)).inspection;
        expect(r.encryption).toBe("not-encrypted");
        expect(textAt(r, "pdf /Info Title")).toEqual(["調達仕様書"]);
      }),
      { numRuns: 300 },
    );
  });
});
