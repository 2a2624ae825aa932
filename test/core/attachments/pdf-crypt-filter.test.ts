/**
 * Streams with their own /Crypt filter (ISO 32000-1 §7.4.10, §7.6.5): the first filter of the stream's /Filter
 * array is /Crypt, and its /DecodeParms /Name picks the crypt filter the stream is encrypted with instead of the
 * document's /StmF (/Identity, the default: stored in clear). qpdf cannot write such streams: the files are built
 * with node:crypto (pdf-crypt-builder.ts).
 */
import fc from "fast-check";
import { inspectAttachment, inspectDetailed } from "../../../src/core/attachments";
import { buildPdf, bytesOf } from "./pdf-builder";
import {
  AES128,
  AES256,
  aes128,
  build,
  CMAP,
  glyphs,
  latin1,
  levels,
  security,
  stream,
  textAt,
  type Written,
} from "./pdf-crypt-builder";

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
