import { inspectAllDetailed, inspectAttachment, inspectDetailed } from "../../../src/core/attachments";
import { fixture } from "./fixtures";
import { buildDocx, buildZip, zerosDeflated } from "./zip-builder";

const MIB = 1 << 20;
/** One push of the bounded inflater feeds room/256 compressed bytes (1-16 KiB), each expanding at most 1032×. */
const maxOutput = (limit: number) => limit + Math.min(16384, Math.max(1024, Math.floor(limit / 256))) * 1032 + 65536;
const SLACK = maxOutput(0);

describe("zip bombs and lying sizes", () => {
  const bomb = zerosDeflated(64 * MIB); // ~64 KB of deflate that expands to 64 MiB

  test("an honest 64 MiB main document is read only up to its prefix cap", () => {
    const bytes = buildDocx({}, [{ name: "word/document.xml", raw: bomb, declaredSize: 64 * MIB }]);
    const d = inspectDetailed(bytes);
    expect(d.inspection).toMatchObject({ kind: "ooxml", encryption: "not-encrypted" });
    // Read in two growing prefixes (64 KiB, then 512 KiB) since the first held no text.
    expect(d.stats.inflatedBytes).toBeLessThanOrEqual(maxOutput(64 * 1024) + maxOutput(512 * 1024));
  });

  test("a header that declares 1 KB but inflates to 64 MiB stops right away as corrupt", () => {
    const bytes = buildDocx({}, [{ name: "word/header1.xml", raw: bomb, declaredSize: 1024 }]);
    const d = inspectDetailed(bytes);
    expect(d.inspection.note).toContain("word/header1.xml: corrupt or truncated data");
    expect(d.stats.inflatedBytes).toBeLessThanOrEqual(SLACK);
  });

  test("a header that honestly declares more than its part cap is not inflated at all", () => {
    const bytes = buildDocx({}, [{ name: "word/header1.xml", raw: bomb, declaredSize: 4 * MIB }]);
    const d = inspectDetailed(bytes);
    expect(d.inspection.note).toContain("word/header1.xml: larger than the 1048576-byte part cap, not read");
    expect(d.stats.inflatedBytes).toBeLessThan(1000); // only the tiny document.xml
  });

  test("a header that honestly declares more than the whole budget is not inflated and the cap is reported", () => {
    const bytes = buildDocx({}, [{ name: "word/header1.xml", raw: bomb, declaredSize: 64 * MIB }]);
    const d = inspectDetailed(bytes);
    expect(d.inspection.note).toContain("word/header1.xml: inflate cap reached, not read");
    expect(d.stats.budgetExhausted).toBe(true);
  });

  test("a nested archive larger than the budget is skipped and reported", () => {
    const bytes = buildZip([{ name: "inner.zip", raw: bomb, declaredSize: 64 * MIB }]);
    const d = inspectDetailed(bytes);
    expect(d.inspection.encryption).toBe("not-encrypted");
    expect(d.inspection.note).toContain("inner.zip: inflate cap reached, not read");
    expect(d.stats.inflatedBytes).toBe(0);
    expect(d.stats.budgetExhausted).toBe(true);
  });

  test("a nested archive that lies about its size is cut off as corrupt", () => {
    const bytes = buildZip([{ name: "inner.zip", raw: bomb, declaredSize: 100 }]);
    const d = inspectDetailed(bytes);
    expect(d.inspection.note).toContain("inner.zip: corrupt or truncated data");
    expect(d.stats.inflatedBytes).toBeLessThanOrEqual(SLACK);
  });

  test("stored entry whose declared size disagrees with its data is corrupt", () => {
    const bytes = buildDocx({}, [{ name: "word/header1.xml", method: 0, data: "<w:t>x</w:t>", declaredSize: 5 }]);
    expect(inspectAttachment(bytes).note).toContain("word/header1.xml: corrupt or truncated data");
  });

  test("truncated deflate data in a part is corrupt, not an exception", () => {
    const good = buildDocx({ "word/header1.xml": "<w:hdr><w:p><w:r><w:t>機密性２</w:t></w:r></w:p></w:hdr>" });
    const raw = zerosDeflated(10);
    const bad = buildDocx({}, [{ name: "word/header1.xml", raw: raw.subarray(0, 1), declaredSize: 10 }]);
    expect(inspectAttachment(good).texts).toContainEqual({ where: "word/header1.xml", text: "機密性２" });
    expect(inspectAttachment(bad).note).toContain("corrupt");
  });
});

describe("caps", () => {
  test("maxTextChars bounds all texts together", () => {
    const long = "<w:p><w:r><w:t>" + "機".repeat(3000) + "</w:t></w:r></w:p>";
    const parts: { [k: string]: string } = {};
    for (let i = 1; i <= 5; i++) parts[`word/header${i}.xml`] = long;
    const r = inspectAttachment(buildDocx(parts), { maxTextChars: 5000 });
    expect(r.texts.reduce((n, t) => n + t.text.length, 0)).toBe(5000);
  });

  test("inspectAll shares a mail-wide cap; later attachments still get structural checks", () => {
    const sheet = fixture("excel-big-sheet.xlsx"); // ~3 MB of sheet XML to stream
    const results = inspectAllDetailed(
      [
        { name: "a.xlsx", bytes: sheet },
        { name: "b.xlsx", bytes: sheet },
        { name: "c.zip", bytes: fixture("zipcrypto.zip") },
      ],
      4 * MIB,
    );
    const [a, b, c] = results;
    expect(a?.stats.budgetExhausted).toBe(false);
    expect(b?.stats.budgetExhausted).toBe(true);
    expect(b?.inspection.note).toContain("inflate cap reached");
    expect(results.reduce((n, r) => n + r.stats.inflatedBytes, 0)).toBeLessThanOrEqual(maxOutput(4 * MIB));
    expect(c?.inspection.encryption).toBe("encrypted");
  });

  test("nonsense limits fall back to the defaults", () => {
    const r = inspectAttachment(fixture("word-kimitsu2.docx"), { maxEntries: -1, maxTextChars: Number.NaN });
    expect(r.texts.length).toBeGreaterThan(3);
  });
});
