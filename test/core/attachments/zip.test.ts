import { inspectAttachment, inspectDetailed } from "../../../src/core/attachments";
import { fixture } from "./fixtures";
import { buildZip } from "./zip-builder";

const names = (bytes: Uint8Array) => inspectAttachment(bytes).texts.map((t) => `${t.where}|${t.text}`);

describe("ZIP archives made by real tools", () => {
  test("Info-ZIP without a password: not encrypted, entry names listed", () => {
    const r = inspectAttachment(fixture("plain.zip"));
    expect(r.kind).toBe("zip");
    expect(r.encryption).toBe("not-encrypted");
    expect(names(fixture("plain.zip"))).toEqual([
      "zip entry name|資料/",
      "zip entry name|資料/機密性２_名簿.txt",
      "zip entry name|readme.txt",
    ]);
  });

  test("zip -e (ZipCrypto): encrypted, names still listed", () => {
    const r = inspectAttachment(fixture("zipcrypto.zip"));
    expect(r.encryption).toBe("encrypted");
    expect(r.note).toContain("ZipCrypto");
    expect(r.texts.map((t) => t.text)).toContain("資料/機密性２_名簿.txt");
  });

  test("7-Zip WinZip-AES: encrypted, reported as AES", () => {
    const r = inspectAttachment(fixture("aes.zip"));
    expect(r.kind).toBe("zip");
    expect(r.encryption).toBe("encrypted");
    expect(r.note).toContain("AES");
  });

  test("CP932 names without the UTF-8 flag are decoded", () => {
    const r = inspectAttachment(fixture("cp932-names.zip"));
    expect(r.encryption).toBe("not-encrypted");
    expect(r.texts).toEqual([{ where: "zip entry name", text: "【機密性２】報告書.txt" }]);
  });

  test("an encrypted archive next to a plain .docx: partly encrypted, so not encrypted as a whole, with a note", () => {
    const r = inspectAttachment(fixture("nested-encrypted.zip"));
    // 報告.docx (marked 【機密性２】) travels in the clear beside the locked inner-secret.zip.
    expect(r.encryption).toBe("not-encrypted");
    expect(r.partlyEncrypted).toBe(true);
    expect(r.note).toContain("nested inner-secret.zip is encrypted");
    expect(r.note).toContain("only 1 of 2 files protected");
    expect(r.texts).toContainEqual({ where: "inner-secret.zip: zip entry name", text: "資料/機密性２_名簿.txt" });
    // The docx next to it is read one level down: its header marking and label are found.
    expect(r.texts).toContainEqual({ where: "報告.docx: word/header1.xml", text: "【機密性２】" });
    expect(r.sensitivityLabels).toEqual([{ id: "3a8c1f2e-5b7d-4e6f-9a01-23456789abcd", name: "機密性２" }]);
  });

  test("plain archives nested in a plain one stay not encrypted and their names count", () => {
    const r = inspectAttachment(fixture("nested-plain.zip"));
    expect(r.encryption).toBe("not-encrypted");
    expect(r.texts).toContainEqual({ where: "inner-plain.zip: zip entry name", text: "資料/機密性２_名簿.txt" });
  });
});

describe("ZIP structure edge cases", () => {
  test("flag bit 0 on one entry of several: partly encrypted, not encrypted as a whole, counts in the note", () => {
    const bytes = buildZip([
      { name: "a.txt", data: "a" },
      { name: "b.txt", data: "b", flags: 0x0801 },
    ]);
    const r = inspectAttachment(bytes);
    expect(r.encryption).toBe("not-encrypted");
    expect(r.partlyEncrypted).toBe(true);
    expect(r.note).toContain("1 of 2 entries");
  });

  test("an archive whose only file is an encrypted archive is encrypted", () => {
    const inner = buildZip([{ name: "x.txt", data: "x", flags: 0x0801 }]);
    const r = inspectAttachment(buildZip([{ name: "inner.zip", data: inner, method: 0 }]));
    expect(r.encryption).toBe("encrypted");
    expect(r.partlyEncrypted).toBeUndefined();
  });

  test("AES extra field 0x9901 alone marks the entry encrypted", () => {
    const aes = Uint8Array.from([0x01, 0x99, 7, 0, 2, 0, 0x41, 0x45, 3, 8, 0]);
    const r = inspectAttachment(buildZip([{ name: "x.txt", data: "x", method: 99, extra: aes, flags: 0x0800 }]));
    expect(r.encryption).toBe("encrypted");
  });

  test("data before the archive (self-extractor) is tolerated", () => {
    const stub = new Uint8Array(5000).fill(0x90);
    const r = inspectDetailed(buildZip([{ name: "機密性３.txt", data: "x" }], stub));
    expect(r.inspection.kind).toBe("zip");
    expect(r.inspection.encryption).toBe("not-encrypted");
    expect(r.inspection.texts[0]?.text).toBe("機密性３.txt");
    expect(r.inspection.note).toContain("5000 bytes before the archive");
  });

  test("Info-ZIP Unicode Path field wins over the raw name", () => {
    const utf8 = new TextEncoder().encode("極秘.txt");
    const field = Uint8Array.from([0x75, 0x70, 5 + utf8.length, 0, 1, 0, 0, 0, 0, ...utf8]);
    const r = inspectAttachment(
      buildZip([{ name: "x", nameBytes: Uint8Array.from([0x3f, 0x3f, 0x2e]), flags: 0, extra: field, data: "" }]),
    );
    expect(r.texts[0]?.text).toBe("極秘.txt");
  });

  test("empty archive: not encrypted, noted", () => {
    const r = inspectAttachment(buildZip([]));
    expect(r).toMatchObject({ kind: "zip", encryption: "not-encrypted", note: "empty archive" });
  });

  test("truncated archive (no end record) is unknown, never trusted from local headers", () => {
    const full = fixture("zipcrypto.zip");
    const r = inspectAttachment(full.subarray(0, full.length - 30));
    expect(r.kind).toBe("zip");
    expect(r.encryption).toBe("unknown");
    expect(r.note).toMatch(/end-of-central-directory|central directory/);
  });

  test("more entries than maxEntries: listing stops, unencrypted result becomes unknown", () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({ name: `f${i}.txt`, data: "", method: 0 }));
    const d = inspectDetailed(buildZip(entries), { maxEntries: 10 });
    expect(d.inspection.encryption).toBe("unknown");
    expect(d.inspection.note).toContain("entry cap reached after 10 of 50 entries");
    expect(d.stats.entriesSeen).toBe(10);
  });
});
