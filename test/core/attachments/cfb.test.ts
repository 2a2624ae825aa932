import { inspectAttachment } from "../../../src/core/attachments";
import { fixture } from "./fixtures";

describe("compound files", () => {
  test.each([
    ["encrypted-agile.docx", "encrypted", "agile encryption"],
    ["encrypted-agile-v4.xlsx", "encrypted", "agile encryption"],
    ["irm-protected.docx", "encrypted", "rights-management"],
    ["legacy-encrypted.doc", "encrypted", undefined],
    ["legacy-plain.doc", "not-encrypted", undefined],
    ["legacy-encrypted.xls", "encrypted", undefined],
    ["legacy-plain.xls", "not-encrypted", undefined],
    ["legacy-encrypted.ppt", "encrypted", undefined],
    ["legacy-plain.ppt", "not-encrypted", undefined],
    ["outlook.msg", "unknown", "Outlook message"],
  ])("%s is %s", (name, encryption, note) => {
    const r = inspectAttachment(fixture(name));
    expect(r.kind).toBe("cfb");
    expect(r.encryption).toBe(encryption);
    if (note === undefined) expect(r.note).toBeUndefined();
    else expect(r.note).toContain(note);
  });

  test("legacy properties: title and keywords in CP932, MSIP label from the user-defined section", () => {
    const r = inspectAttachment(fixture("legacy-plain.doc"));
    expect(r.texts).toEqual([
      { where: "SummaryInformation title", text: "【機密性２】予算資料" },
      { where: "SummaryInformation keywords", text: "予算;内部" },
      { where: "DocumentSummaryInformation sensitivity label", text: "機密性２" },
    ]);
    expect(r.sensitivityLabels).toEqual([{ id: "3a8c1f2e-5b7d-4e6f-9a01-23456789abcd", name: "機密性２" }]);
  });

  test("a FAT that loops back on itself ends the walk instead of hanging", () => {
    const b = fixture("legacy-plain.doc").slice();
    // FAT sector 0 starts at 512: point the directory sector chain (sector 1) back to itself.
    b.set([1, 0, 0, 0], 512 + 4 * 1);
    const r = inspectAttachment(b);
    expect(r.kind).toBe("cfb");
    expect(["not-encrypted", "unknown"]).toContain(r.encryption);
  });

  test("a corrupt header is unknown with a note", () => {
    const b = fixture("legacy-plain.doc").slice();
    b[0x1e] = 30; // sector shift
    expect(inspectAttachment(b)).toMatchObject({ kind: "cfb", encryption: "unknown" });
    expect(inspectAttachment(b).note).toContain("header is corrupt");
  });

  test("truncated to its header: unknown", () => {
    const r = inspectAttachment(fixture("encrypted-agile.docx").subarray(0, 600));
    expect(r).toMatchObject({ kind: "cfb", encryption: "unknown" });
  });
});
