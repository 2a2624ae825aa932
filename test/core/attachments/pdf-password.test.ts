/**
 * A PDF whose encryption only carries permissions (an owner password, and an empty user password) opens in any
 * reader without a password: it must count as not encrypted. Fixtures: scripts/make-pdf-fixtures.py (hand-computed
 * with fixed salts, each checked by qpdf) and qpdf's own output.
 */
import fc from "fast-check";
import { inspectAttachment, inspectDetailed } from "../../../src/core/attachments";
import { emptyPasswordOpener } from "../../../src/core/attachments/crypto/pdf-standard";
import { PdfLexer } from "../../../src/core/attachments/pdf-syntax";
import { describeGrowth, expectLinear } from "../../helpers/complexity";
import { fixture } from "./fixtures";
import { buildPdf, bytesOf } from "./pdf-builder";

const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");
/** An object body that carries `text` as stream data (so the hostile text sits mid-file, outside any window). */
const pdfComment = (text: string) => `<< /Length ${text.length} >>\nstream\n${text}\nendstream`;
const OWNER_ONLY = "empty user password";

describe("standard security handler, per revision", () => {
  test.each([
    ["rc4-40", "V1 R2"],
    ["rc4-128", "V2 R3"],
    ["aes128", "V4 R4 AESV2"],
    ["aes256-r5", "V5 R5"],
    ["aes256", "V5 R6 AESV3"],
  ])("%s (%s): owner-only is not encrypted, a user password is", (variant) => {
    const owner = inspectAttachment(fixture(`pdf-owner-only-${variant}.pdf`));
    expect(owner).toMatchObject({ kind: "pdf", encryption: "not-encrypted" });
    expect(owner.note).toContain(OWNER_ONLY);
    // Decrypted with the key the empty password gives (pdf-decrypt.test.ts has the details).
    expect(owner.texts.map((t) => t.text)).toContain("【機密性２】検討資料");

    const user = inspectAttachment(fixture(`pdf-user-password-${variant}.pdf`));
    expect(user).toMatchObject({ kind: "pdf", encryption: "encrypted" });
    expect(user.note ?? "").not.toContain(OWNER_ONLY);
  });

  test("qpdf output: R3 linearized and R6, owner-only and with a user password", () => {
    expect(inspectAttachment(fixture("owner-only-rc4-linearized.pdf")).note).toContain(OWNER_ONLY);
    expect(inspectAttachment(fixture("pdf-marked-owner-only.pdf")).note).toContain(OWNER_ONLY);
    for (const name of ["pdf-user-password-rc4-linearized.pdf", "encrypted-aes256.pdf", "encrypted-xrefstream.pdf"]) {
      expect([name, inspectAttachment(fixture(name)).encryption]).toEqual([name, "encrypted"]);
    }
  });

  test("the check depends on every input: a changed /O, /P, /ID or /U byte keeps an owner-only file encrypted", () => {
    // R3 mixes /O, /P and the file ID into the key; one changed hex digit in any of them must break the match.
    const text = latin1(fixture("pdf-owner-only-rc4-128.pdf"));
    const flip = (key: string) => {
      const at = text.indexOf(key) + key.length;
      const digit = text.charAt(at) === "0" ? "1" : "0";
      return bytesOf(text.slice(0, at) + digit + text.slice(at + 1));
    };
    for (const key of ["/O <", "/U <", "/ID [<"]) {
      expect([key, inspectAttachment(flip(key)).encryption]).toEqual([key, "encrypted"]);
    }
    const p = bytesOf(text.replace("/P -3904", "/P -3908"));
    expect(inspectAttachment(p).encryption).toBe("encrypted");
  });

  test("a direct /Encrypt dictionary in the trailer is checked too", () => {
    const text = latin1(fixture("pdf-owner-only-aes256.pdf"));
    const dict = text.slice(text.indexOf("7 0 obj\n") + 8, text.indexOf("\nendobj", text.indexOf("7 0 obj\n")));
    const direct = bytesOf(text.replace("/Encrypt 7 0 R", "/Encrypt " + dict).replace("7 0 obj\n", "7 0 obj\nnull %"));
    expect(inspectAttachment(direct).encryption).toBe("not-encrypted");
  });

  test("an encryption dictionary outside the windows the probe reads is found by its object header", () => {
    // 100 KB of comment after object 7 (the /Encrypt dictionary) puts it out of the tail the probe reads.
    const text = latin1(fixture("pdf-owner-only-rc4-40.pdf"));
    const end = text.indexOf("endobj", text.indexOf("7 0 obj")) + 6;
    const pad = (s: string) => text.slice(0, end) + "\n%" + s.repeat(100 * 1024) + "\n" + text.slice(end);
    expect(inspectAttachment(bytesOf(pad("x"))).encryption).toBe("not-encrypted");
    // Object headers inside the padding that are not the dictionary (or not its number) do not confuse it.
    expect(inspectAttachment(bytesOf(pad(" 7 0 obj 17 0 obj <<"))).encryption).toBe("not-encrypted");
  });

  test("public-key (certificate) encryption, an unknown handler, a missing or unreadable /Encrypt stay encrypted", () => {
    const page = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"];
    const cases = [
      ["/Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /Recipients [<3082>]", "/Encrypt 3 0 R"],
      ["/Filter /FOPN_foweb /V 1", "/Encrypt 3 0 R"],
      ["/Filter /Standard /V 2 /R 3", "/Encrypt 3 0 R"], // no /O, /U or /P
      ["/Filter /Standard", "/Encrypt 9 0 R"], // points at an object that does not exist
      ["/Filter /Standard", "/Encrypt 42"], // neither a dictionary nor a reference
    ];
    for (const [dict, entry] of cases) {
      const pdf = buildPdf([...page, `<< ${dict} >>`], ` ${entry} /ID [<00112233445566778899aabbccddeeff> <00>]`);
      expect([dict, entry, inspectAttachment(pdf).encryption]).toEqual([dict, entry, "encrypted"]);
    }
  });

  test("revisions 2-4 with a key length out of range, and unknown revisions, are not checked", () => {
    const text = latin1(fixture("pdf-owner-only-rc4-128.pdf"));
    for (const [from, to] of [
      ["/Length 128", "/Length 256"],
      ["/Length 128", "/Length 36"],
      ["/Length 128", "/Length 127"],
      ["/R 3", "/R 7"],
      ["/R 3", "/R 1"],
    ] as const) {
      expect([to, inspectAttachment(bytesOf(text.replace(from, to))).encryption]).toEqual([to, "encrypted"]);
    }
  });

  test("revision 4 with /EncryptMetadata false mixes four 0xFF bytes into the key", () => {
    // The fixture encrypts metadata (the default): declaring otherwise changes the key, so the check fails.
    const text = latin1(fixture("pdf-owner-only-aes128.pdf"));
    const changed = bytesOf(text.replace("/Filter /Standard", "/Filter /Standard /EncryptMetadata false"));
    expect(inspectAttachment(changed).encryption).toBe("encrypted");
    const explicit = bytesOf(text.replace("/Filter /Standard", "/Filter /Standard /EncryptMetadata true"));
    expect(inspectAttachment(explicit).encryption).toBe("not-encrypted");
  });
});

describe("hostile encryption dictionaries", () => {
  const value = fc.oneof(
    fc.uint8Array({ maxLength: 80 }).map((b) => "<" + Buffer.from(b).toString("hex") + ">"),
    fc.integer({ min: -5, max: 300 }).map(String),
    fc.double({ noNaN: false }).map(String),
    fc.constantFrom("/Standard", "/AESV2", "true", "false", "null", "[]", "<< >>", "()", "5 0 R", "<<"),
  );
  const key = fc.constantFrom("Filter", "V", "R", "O", "U", "P", "Length", "OE", "UE", "CF", "StmF", "EncryptMetadata");

  test("arbitrary values in /Encrypt never throw, and never count as not encrypted by accident", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 10 }), fc.option(value), (entries, id) => {
        const dict = "<< /Filter /Standard " + entries.map(([k, v]) => `/${k} ${v}`).join(" ") + " >>";
        const trailer = " /Encrypt 3 0 R" + (id === null ? "" : ` /ID [${id}]`);
        const pdf = buildPdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] >>", dict], trailer);
        // "unknown" when a value breaks the trailer's own syntax (an unclosed "<<" in /ID).
        expect(["encrypted", "unknown"]).toContain(inspectAttachment(pdf).encryption);
        // The dictionary itself, straight to the check: never throws.
        let parsed: ReturnType<PdfLexer["value"]> | undefined;
        try {
          parsed = new PdfLexer(bytesOf(dict)).value();
        } catch {
          parsed = undefined; // an unclosed "<<" among the values: not a dictionary at all
        }
        if (parsed?.t === "dict") expect(emptyPasswordOpener(parsed.v, new Uint8Array(0))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  test("/U, /O and /ID of absurd lengths cost linear time", () => {
    const text = latin1(fixture("pdf-owner-only-aes256.pdf"));
    for (const entry of ["/U <", "/O <", "/ID [<"]) {
      const name = entry + " grows";
      const r = expectLinear(
        name,
        (n) => bytesOf(text.replace(entry, entry + "ab".repeat(n))),
        (bytes) => inspectDetailed(bytes),
      );
      if (process.env.COMPLEXITY_REPORT) console.log(describeGrowth(name, r));
    }
  });

  test("a file full of headers of the encryption object's number costs linear time to search", () => {
    // Object 7 is named by the trailer but never defined: every "7 0 obj" is looked at, each read only once.
    const page = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"];
    for (const unit of ["7 0 obj << /Filter /Standard /O <00> ", "\n7 0 obj [[[[[[ "]) {
      const name = JSON.stringify(unit) + " repeated";
      const r = expectLinear(
        name,
        (n) => buildPdf([...page, pdfComment(unit.repeat(Math.ceil(n / unit.length)))], " /Encrypt 7 0 R"),
        (bytes) => {
          expect(inspectDetailed(bytes).inspection.encryption).toBe("encrypted");
        },
      );
      if (process.env.COMPLEXITY_REPORT) console.log(describeGrowth(name, r));
    }
  });

  test("many trailers naming many encryption dictionaries: a few are checked, then the file counts as encrypted", () => {
    const text = latin1(fixture("pdf-owner-only-aes256.pdf"));
    const start = text.indexOf("7 0 obj");
    const encrypt = text.slice(start + 8, text.indexOf("\nendobj", start));
    let extra = "";
    for (let i = 0; i < 20; i++)
      extra += `${100 + i} 0 obj\n${encrypt}\nendobj\ntrailer << /Encrypt ${100 + i} 0 R >>\n`;
    const at = text.indexOf("xref\n");
    const started = Date.now();
    const r = inspectAttachment(bytesOf(text.slice(0, at) + extra + text.slice(at)));
    expect(r.encryption).toBe("encrypted");
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
