/**
 * A PDF encrypted with an empty user password (permissions only) counts as not encrypted, so the markings inside it
 * must be read like those of any unencrypted PDF: its strings and streams are decrypted with the key the empty
 * password gives. Fixtures: scripts/make-pdf-fixtures.py (pdf-marked.pdf encrypted by hand with fixed salts and
 * IVs, checked against qpdf's decryption) and qpdf's own AES-256 output (pdf-marked-owner-only.pdf).
 */
import { createCipheriv, createHash } from "node:crypto";
import fc from "fast-check";
import { inspectAttachment, inspectDetailed } from "../../../src/core/attachments";
import { InspectContext } from "../../../src/core/attachments/context";
import { emptyPasswordDecryptor, emptyPasswordOpener } from "../../../src/core/attachments/crypto/pdf-standard";
import { Budget, resolveLimits } from "../../../src/core/attachments/limits";
import { inspectPdfContents } from "../../../src/core/attachments/pdf-content";
import { PdfLexer } from "../../../src/core/attachments/pdf-syntax";
import { fixture } from "./fixtures";
import { bytesOf } from "./pdf-builder";

const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");
const textAt = (r: { texts: readonly { where: string; text: string }[] }, where: string) =>
  r.texts.filter((t) => t.where === where).map((t) => t.text);
const UNREAD = "PDF contents are encrypted; not read";

/** inspectPdfContents on its own (no try/catch around it, unlike inspectAttachment). */
function contents(b: Uint8Array): InspectContext {
  const ctx = new InspectContext(resolveLimits(), new Budget(64 * 1024 * 1024));
  inspectPdfContents(b, ctx);
  return ctx;
}

/** The decryptor of a fixture's /Encrypt dictionary (object `num`), with the key the empty password gives. */
function decryptorOf(text: string, num: number) {
  const d = encryptDict(text, num);
  return emptyPasswordDecryptor(d, emptyPasswordOpener(d, fileId(text))!()!);
}

/** The /Encrypt dictionary (object `num`) of a fixture, parsed. */
function encryptDict(text: string, num: number) {
  const at = text.indexOf(`\n${num} 0 obj\n`) + `\n${num} 0 obj\n`.length;
  const v = new PdfLexer(bytesOf(text), at).value();
  if (v.t !== "dict") throw new Error("no /Encrypt dictionary");
  return v.v;
}

function fileId(text: string): Uint8Array {
  const m = /\/ID \[<([0-9a-f]+)>/.exec(text);
  return Uint8Array.from(Buffer.from(m ? m[1]! : "", "hex"));
}

describe("markings inside owner-only PDFs are read", () => {
  const plain = inspectAttachment(fixture("pdf-marked.pdf"));

  test("the unencrypted original carries the markings (the baseline)", () => {
    expect(textAt(plain, "pdf page 1")).toEqual(["【機密性２】\n令和７年度予算要求資料\nPage 1 (draft)"]);
    expect(textAt(plain, "pdf /Info Title")).toEqual(["【機密性２】予算要求資料"]);
  });

  test.each([
    ["pdf-marked-owner-only-rc4-128.pdf", "R3, RC4 128-bit"],
    ["pdf-marked-owner-only-aes128.pdf", "R4, AESV2"],
    ["pdf-marked-owner-only-aes128-clear-metadata.pdf", "R4, AESV2, /EncryptMetadata false"],
    ["pdf-marked-owner-only-aes256.pdf", "R6, AESV3"],
    ["pdf-marked-owner-only.pdf", "R6, AESV3, written by qpdf"],
    ["pdf-marked-owner-only-objstm.pdf", "R4, AESV2, object streams and an xref stream, written by qpdf"],
  ])("%s (%s): the same texts as the unencrypted pdf-marked.pdf", (name) => {
    const r = inspectAttachment(fixture(name));
    expect(r.encryption).toBe("not-encrypted");
    expect(r.note).toContain("empty user password");
    // Page 1 through a compressed, encrypted content stream and ToUnicode CMap; /Info strings; the XMP packet.
    expect(r.texts).toEqual(plain.texts);
    expect(r.note).not.toContain("not read");
  });

  test.each([
    ["rc4-40", "R2"],
    ["rc4-128", "R3"],
    ["aes128", "R4"],
    ["aes256-r5", "R5"],
    ["aes256", "R6"],
  ])("pdf-owner-only-%s (%s): /Info Title and page 1 are decrypted", (variant) => {
    const r = inspectAttachment(fixture(`pdf-owner-only-${variant}.pdf`));
    expect(textAt(r, "pdf /Info Title")).toEqual(["【機密性２】検討資料"]);
    expect(textAt(r, "pdf page 1")).toEqual(["Confidential level 2"]);
  });

  test.each(["rc4-40", "rc4-128", "aes128", "aes256-r5", "aes256"])(
    "pdf-user-password-%s: still encrypted, nothing read, even when asked to read the contents directly",
    (variant) => {
      const bytes = fixture(`pdf-user-password-${variant}.pdf`);
      const r = inspectAttachment(bytes);
      expect(r).toMatchObject({ encryption: "encrypted", texts: [] });
      const ctx = contents(bytes);
      expect(ctx.texts).toEqual([]);
      expect(ctx.notes).toContain(UNREAD);
    },
  );

  test("a document information dictionary written into the trailer has no object number: it is not read", () => {
    // qpdf leaves it as ciphertext too; reading it would only add noise.
    const r = inspectAttachment(fixture("owner-only-rc4-linearized.pdf"));
    expect(r.encryption).toBe("not-encrypted");
    expect(textAt(r, "pdf /Info Title")).toEqual([]);
    expect(textAt(r, "pdf page 1")).toEqual(["Confidential level 2"]);
  });
});

describe("crypt filters", () => {
  const text = latin1(fixture("pdf-owner-only-aes128.pdf"));
  const inClear = "BT /F1 24 Tf 72 760 Td (Kimitsu 2, stream in clear) Tj ET";
  /** The fixture with its content stream (object 4) replaced by `data`. */
  const withContent = (source: string, data: string) => {
    const start = source.indexOf("4 0 obj\n");
    const end = source.indexOf("endobj", start);
    return (
      source.slice(0, start) + `4 0 obj\n<< /Length ${data.length} >>\nstream\n${data}\nendstream\n` + source.slice(end)
    );
  };

  test("/StmF /Identity: streams are in clear while strings are still decrypted", () => {
    const r = inspectAttachment(bytesOf(withContent(text.replace("/StmF /StdCF", "/StmF /Identity"), inClear)));
    expect(r.encryption).toBe("not-encrypted");
    expect(textAt(r, "pdf page 1")).toEqual(["Kimitsu 2, stream in clear"]);
    expect(textAt(r, "pdf /Info Title")).toEqual(["【機密性２】検討資料"]);
  });

  test("/StrF missing means /Identity: strings in clear, streams decrypted", () => {
    const title = "<FEFF" + Buffer.from("【取扱制限】", "utf16le").swap16().toString("hex") + ">";
    const source = text.replace("/StrF /StdCF", "").replace(/\/Title <[0-9a-f]+>/, `/Title ${title}`);
    const r = inspectAttachment(bytesOf(source));
    expect(textAt(r, "pdf /Info Title")).toEqual(["【取扱制限】"]);
    expect(textAt(r, "pdf page 1")).toEqual(["Confidential level 2"]);
  });

  test("an unknown crypt method leaves the contents unread, and the file unknown (not a clean unencrypted one)", () => {
    const r = inspectDetailed(bytesOf(text.replace("/CFM /AESV2", "/CFM /Unknown"))).inspection;
    expect(r).toMatchObject({ encryption: "unknown", texts: [] });
    expect(r.note).toContain("PDF cannot be fully decrypted");
  });

  test("/EncryptMetadata false: the XMP stream is read as it is, the other streams are decrypted", () => {
    const r = inspectAttachment(fixture("pdf-marked-owner-only-aes128-clear-metadata.pdf"));
    expect(r.texts).toEqual(inspectAttachment(fixture("pdf-marked.pdf")).texts);
    // The XMP packet really is in clear in that file, and really encrypted in the other one.
    expect(latin1(fixture("pdf-marked-owner-only-aes128-clear-metadata.pdf"))).toContain("<x:xmpmeta");
    expect(latin1(fixture("pdf-marked-owner-only-aes128.pdf"))).not.toContain("<x:xmpmeta");
  });
});

describe("hostile ciphertext never throws and never reads past its bounds", () => {
  const names = [
    "pdf-marked-owner-only-rc4-128.pdf",
    "pdf-marked-owner-only-aes128.pdf",
    "pdf-marked-owner-only-aes256.pdf",
  ];

  test("the object ciphers accept any length, any max, any padding", () => {
    for (const [name, num] of [
      ["pdf-owner-only-rc4-128.pdf", 7],
      ["pdf-owner-only-aes128.pdf", 7],
      ["pdf-owner-only-aes256.pdf", 7],
    ] as const) {
      const source = latin1(fixture(name));
      const d = decryptorOf(source, num);
      expect(d).toBeDefined();
      fc.assert(
        fc.property(
          fc.uint8Array({ maxLength: 200 }),
          fc.integer({ min: -5, max: 300 }),
          fc.boolean(),
          fc.nat(70000),
          (data, max, stream, obj) => {
            const out = d!.cipher(obj, obj & 3, stream)(data, max);
            if (out !== undefined) expect(out.length).toBeLessThanOrEqual(data.length);
          },
        ),
        { numRuns: 300 },
      );
    }
  });

  test("bad AES padding keeps the blocks; a string shorter than its IV decrypts to nothing", () => {
    const source = latin1(fixture("pdf-owner-only-aes256.pdf"));
    // The file key is what make-pdf-fixtures.py hashes: SHA-256("file key aes256").
    const key = createHash("sha256").update("file key aes256").digest();
    const d = decryptorOf(source, 7)!;
    const iv = Buffer.alloc(16, 7);
    const encrypt = (plain: Buffer) => {
      const c = createCipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
      return Uint8Array.from(Buffer.concat([iv, c.update(plain), c.final()]));
    };
    const block = Buffer.from("機密性２ padding?", "utf8").subarray(0, 15);
    // Last byte 0x20 cannot be padding: nothing is removed.
    const bad = encrypt(Buffer.concat([block, Buffer.from([0x20])]));
    expect(Buffer.from(d.cipher(1, 0, false)(bad, bad.length)!).toString("hex")).toBe(
      Buffer.concat([block, Buffer.from([0x20])]).toString("hex"),
    );
    const good = encrypt(Buffer.concat([block, Buffer.from([1])]));
    expect(Buffer.from(d.cipher(1, 0, false)(good, good.length)!).toString("hex")).toBe(block.toString("hex"));
    expect(d.cipher(1, 0, false)(Uint8Array.of(1, 2, 3), 3)).toEqual(new Uint8Array(0));
  });

  test("a huge encrypted content stream: a bounded prefix is decrypted, and the text at its start is read", () => {
    // 4 MB of page content (uncompressed) in the AES-128 fixture, encrypted with object 4's key (Algorithm 1).
    const text = latin1(fixture("pdf-owner-only-aes128.pdf"));
    const fileKey = emptyPasswordOpener(encryptDict(text, 7), fileId(text))!()!;
    const objectKey = createHash("md5")
      .update(Buffer.concat([Buffer.from(fileKey), Buffer.from([4, 0, 0, 0, 0]), Buffer.from("sAlT")]))
      .digest();
    const page = "BT /F1 24 Tf 72 760 Td (Kimitsu 2 at the top) Tj ET\n" + "0 0 m 10 10 l S\n".repeat(256 * 1024);
    const iv = Buffer.alloc(16, 9);
    const c = createCipheriv("aes-128-cbc", objectKey, iv);
    const data = Buffer.concat([iv, c.update(page, "latin1"), c.final()]).toString("latin1");
    const start = text.indexOf("4 0 obj\n");
    const end = text.indexOf("endobj", start);
    const big = `${text.slice(0, start)}4 0 obj\n<< /Length ${data.length} >>\nstream\n${data}\nendstream\n${text.slice(end)}`;
    const started = Date.now();
    const r = inspectAttachment(bytesOf(big));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(textAt(r, "pdf page 1")).toEqual(["Kimitsu 2 at the top"]);
    expect(textAt(r, "pdf /Info Title")).toEqual(["【機密性２】検討資料"]);
  });

  test.each(names)("%s: random byte changes and truncations never throw", (name) => {
    const original = fixture(name);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(original.length),
        (changes, cut) => {
          const b = original.slice(0, Math.max(cut, original.length - 400));
          for (const [at, v] of changes) if (at < b.length) b[at] = v;
          expect(() => contents(b)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });

  test.each(names)("%s: strings and streams of wrong lengths never throw", (name) => {
    const text = latin1(fixture(name));
    const variants = [
      text.replace(/\/Title <[0-9a-f]+>/, "/Title <>"),
      text.replace(/\/Title <[0-9a-f]+>/, "/Title <0011>"),
      text.replace(/\/Title <([0-9a-f]+)>/, (_, h: string) => `/Title <${h.slice(0, h.length - 6)}>`),
      text.replace(/\/Title <([0-9a-f]+)>/, (_, h: string) => `/Title <${h}abcdef>`),
      // Stream lengths (not the key length of the /Encrypt dictionary) cut short or made ragged.
      text.replace(/\/Length (\d+) >>\nstream/g, (_, n: string) => `/Length ${Math.max(0, Number(n) - 5)} >>\nstream`),
      text.replace(/\/Length (\d+) >>\nstream/g, "/Length 17 >>\nstream"),
      text.replace(/stream\n/g, "stream\n\u0000\u0001\u0002"),
    ];
    for (const v of variants) {
      let ctx: InspectContext | undefined;
      expect(() => (ctx = contents(bytesOf(v)))).not.toThrow();
      // The encryption dictionary is read in clear whatever happens to the other objects.
      expect(ctx!.notes).not.toContain(UNREAD);
    }
  });
});
