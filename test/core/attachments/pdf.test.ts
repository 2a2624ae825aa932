import { inspectAttachment } from "../../../src/core/attachments";
import { fixture } from "./fixtures";

const enc = new TextEncoder();

describe("PDF", () => {
  test.each([
    ["plain.pdf", "not-encrypted"],
    ["plain-xrefstream.pdf", "not-encrypted"],
    ["encrypted-aes256.pdf", "encrypted"],
    ["encrypted-xrefstream.pdf", "encrypted"],
    ["encrypted-rc4-linearized.pdf", "encrypted"],
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
