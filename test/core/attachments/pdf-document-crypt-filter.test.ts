/**
 * The document-level crypt filters of an owner-only PDF (ISO 32000-1 §7.6.5): /StmF encrypts every stream, /StrF
 * every string. The empty password opens such a file, so it counts as not encrypted and is read; but when /StmF or
 * /StrF names a filter whose method is unknown (or that /CF lacks), that part cannot be decrypted, and a 機密性２
 * page must not come out as "not encrypted, read, nothing found". A /CF entry without /CFM means /None (pdf.js and
 * qpdf agree): that part is in clear and is read.
 */
import fc from "fast-check";
import { inspectAttachment, inspectDetailed } from "../../../src/core/attachments";
import { fixture } from "./fixtures";
import { AES256, aes128, build, levels, textAt, type Layout, type Method } from "./pdf-crypt-builder";

const PAGE = "【機密性２】調達仕様書";
const TITLE = "令和７年度業務計画（案）";

/** Page, CMap and title all written with `written`, under /StmF and /StrF `filter`; /StdCF's method is `std`. */
const uniform = (written: Method, filter: string, std: Method): Layout => ({
  method: std,
  stmF: filter,
  strF: filter,
  page: { text: PAGE, method: written },
  cmap: { method: written },
  title: { text: TITLE, method: written },
});

describe("a document-level crypt filter that cannot be undone", () => {
  test.each([
    ["an unknown method", " /Vendor << /CFM /FooCrypt /Length 16 >>"],
    ["a name /CF does not have", ""],
    ["a /CF entry that is not a dictionary", " /Vendor 12"],
    ["a /CFM that is not a name", " /Vendor << /CFM (AESV2) >>"],
  ])("/StmF with %s: unknown, not a clean unencrypted file; the strings are still read", (_, filters) => {
    const r = inspectDetailed(aes128({ filters, stmF: "Vendor", title: { text: TITLE, method: "AESV2" } })).inspection;
    expect(r.encryption).toBe("unknown");
    expect(textAt(r, "pdf page 1")).toEqual([]);
    expect(textAt(r, "pdf /Info Title")).toEqual([TITLE]);
    expect(r.note).toContain("PDF cannot be fully decrypted: its streams use an unknown crypt filter");
    expect(r.note).toContain("PDF stream not decrypted");
  });

  test("/StrF unknown, /StmF known: the page text is read and its marking found; /Info strings are not", () => {
    const r = inspectDetailed(
      aes128({ filters: " /Vendor << /CFM /FooCrypt >>", strF: "Vendor", title: { text: PAGE, method: "AESV2" } }),
    ).inspection;
    expect(r.encryption).toBe("unknown");
    expect(textAt(r, "pdf page 1")).toEqual([PAGE]);
    expect(levels(textAt(r, "pdf page 1")[0]!)).toEqual([2]);
    expect(textAt(r, "pdf /Info Title")).toEqual([]);
    expect(r.note).toContain("its strings use an unknown crypt filter");
    expect(r.note).toContain("PDF strings not decrypted");
  });

  test("both unknown: unknown, and nothing is read", () => {
    const r = inspectDetailed(aes128({ stmF: "Missing", strF: "Missing" })).inspection;
    expect(r).toMatchObject({ encryption: "unknown", texts: [] });
    expect(r.note).toContain("its strings and streams use an unknown crypt filter");
  });

  test("revision 6 with no /UE: the empty password matches /U but gives no key, so the file is unknown", () => {
    const noUE = { ...AES256, dict: AES256.dict.replace(/ \/UE <[0-9a-f]+>/, "") };
    expect(noUE.dict).not.toBe(AES256.dict);
    const layout = uniform("AESV3", "StdCF", "AESV3");
    expect(inspectAttachment(build(AES256, layout))).toMatchObject({ encryption: "not-encrypted" });
    const r = inspectDetailed(build(noUE, layout)).inspection;
    expect(r).toMatchObject({ encryption: "unknown", texts: [] });
    expect(r.note).toContain("its file key cannot be computed");
  });
});

describe("a crypt filter without /CFM is /None (ISO 32000-1 Table 25 default; pdf.js and qpdf)", () => {
  test("as /StmF and /StrF: everything is in clear, read, and the file is not encrypted", () => {
    const r = inspectDetailed(
      aes128({ ...uniform("None", "Plain", "AESV2"), filters: " /Plain << /Length 16 >>" }),
    ).inspection;
    expect(r.encryption).toBe("not-encrypted");
    expect(textAt(r, "pdf page 1")).toEqual([PAGE]);
    expect(textAt(r, "pdf /Info Title")).toEqual([TITLE]);
    expect(r.note).not.toContain("decrypt");
  });

  test("as /StmF only: streams in clear, strings still AES", () => {
    const r = inspectAttachment(
      aes128({
        filters: " /Plain << /AuthEvent /DocOpen >>",
        stmF: "Plain",
        page: { text: PAGE, method: "None" },
        cmap: { method: "None" },
      }),
    );
    expect(r.encryption).toBe("not-encrypted");
    expect(textAt(r, "pdf page 1")).toEqual([PAGE]);
  });
});

describe("ordinary owner-only files are unchanged", () => {
  test.each([
    "pdf-owner-only-rc4-40.pdf",
    "pdf-owner-only-rc4-128.pdf",
    "pdf-owner-only-aes128.pdf",
    "pdf-owner-only-aes256-r5.pdf",
    "pdf-owner-only-aes256.pdf",
    "pdf-marked-owner-only.pdf",
    "pdf-marked-owner-only-objstm.pdf",
  ])("%s: not encrypted, read in full", (name) => {
    const r = inspectDetailed(fixture(name)).inspection;
    expect(r.encryption).toBe("not-encrypted");
    expect(r.texts.length).toBeGreaterThan(0);
    expect(r.note ?? "").not.toMatch(/decrypt/);
  });
});

describe("any /CF, /StmF and /StrF: not encrypted only when both can be undone, and then everything is read", () => {
  /** A /CF entry and the method it stands for, as the spec reads it (undefined: no reader can undo it). */
  const entries: Record<string, { readonly text: string; readonly method: Method | undefined }> = {
    Aes: { text: "<< /CFM /AESV2 /Length 16 >>", method: "AESV2" },
    Rc4: { text: "<< /CFM /V2 /Length 16 >>", method: "V2" },
    NoCfm: { text: "<< /Length 16 >>", method: "None" },
    Clear: { text: "<< /CFM /None >>", method: "None" },
    Foo: { text: "<< /CFM /FooCrypt >>", method: undefined },
    Num: { text: "7", method: undefined },
  };
  const names = ["Aes", "Rc4", "NoCfm", "Clear", "Foo", "Num", "Identity", "Absent", "StdCF"];
  const methodOf = (name: string): Method | undefined =>
    name === "Identity" ? "None" : name === "StdCF" ? "AESV2" : entries[name]?.method;

  test("the probe and the reader agree with the spec", () => {
    fc.assert(
      fc.property(
        fc.subarray(Object.keys(entries)),
        fc.constantFrom(...names),
        fc.constantFrom(...names),
        (present, stmF, strF) => {
          const defined = (n: string) => n === "Identity" || n === "StdCF" || present.indexOf(n) >= 0;
          const streams = defined(stmF) ? methodOf(stmF) : undefined;
          const strings = defined(strF) ? methodOf(strF) : undefined;
          const layout: Partial<Layout> = {
            filters: present.map((n) => ` /${n} ${entries[n]!.text}`).join(""),
            stmF,
            strF,
            // Data that cannot be undone is written with AES: what a writer with that unknown method might produce.
            page: { text: PAGE, method: streams ?? "AESV2" },
            cmap: { method: streams ?? "AESV2" },
            title: { text: TITLE, method: strings ?? "AESV2" },
          };
          const r = inspectDetailed(aes128(layout)).inspection;
          const both = streams !== undefined && strings !== undefined;
          expect(r.encryption).toBe(both ? "not-encrypted" : "unknown");
          expect(textAt(r, "pdf page 1")).toEqual(streams === undefined ? [] : [PAGE]);
          expect(textAt(r, "pdf /Info Title")).toEqual(strings === undefined ? [] : [TITLE]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
