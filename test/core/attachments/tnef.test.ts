/**
 * TNEF (winmail.dat) and the files attached to an attached Outlook .msg: containers whose own name says nothing, so
 * the names and contents of the files inside are what carries the marking.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { inspectAll, inspectAttachment } from "../../../src/core/attachments/index";
import { readTnef } from "../../../src/core/attachments/tnef";
import { readEml } from "../../../src/eml/read-eml";
import { buildEml, decideEml, docx } from "../../judgement/fresh-helpers";
import { buildCfb } from "./cfb-builder";
import { buildTnef } from "./tnef-builder";

const utf16le = (t: string) => Uint8Array.from(Buffer.from(t, "utf16le"));
// 人事案.doc in CP932, what an 8.3-era title holds on Japanese Windows.
const CP932_TITLE = Uint8Array.from([0x90, 0x6c, 0x8e, 0x96, 0x88, 0xc4, 0x2e, 0x64, 0x6f, 0x63]);

const markedDocx = () => docx({ header: ["機密性２"], body: ["人事異動案", "４月１日付けの異動案です。"] });
const plainDocx = () => docx({ body: ["会議日程", "候補日は次のとおりです。"] });
/** A password-encrypted OOXML file: a compound file with EncryptionInfo and EncryptedPackage. */
const lockedOffice = () =>
  buildCfb([
    { name: "EncryptionInfo", data: Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0]) },
    { name: "EncryptedPackage", data: new Uint8Array(64).fill(0x5a) },
  ]);

describe("reading a TNEF stream", () => {
  test("each attachment's long name and bytes; the CP932 title when no long name is given", () => {
    const data = Uint8Array.from([1, 2, 3]);
    const { files, complete } = readTnef(
      buildTnef([
        { title: new TextEncoder().encode("JINJI~1.DOC"), longName: "【機密性２】人事異動案.docx", data },
        { title: CP932_TITLE, data: Uint8Array.from([9]) },
      ]),
      100,
    );
    expect(complete).toBe(true);
    expect(files.map((f) => [f.name, Array.from(f.data ?? [])])).toEqual([
      ["【機密性２】人事異動案.docx", [1, 2, 3]],
      ["人事案.doc", [9]],
    ]);
  });

  test("a cut-off stream keeps what came before the cut and says it is incomplete", () => {
    const whole = buildTnef([{ longName: "議事録.docx", data: new Uint8Array(40) }, { longName: "名簿.xlsx" }]);
    const { files, complete } = readTnef(whole.subarray(0, whole.length - 30), 100);
    expect(complete).toBe(false);
    expect(files[0]?.name).toBe("議事録.docx");
  });

  test("no more files than the entry cap", () => {
    const many = buildTnef(Array.from({ length: 30 }, (_, i) => ({ longName: `資料${i}.txt` })));
    const { files, complete } = readTnef(many, 10);
    expect([files.length, complete]).toEqual([10, false]);
  });

  test("arbitrary bytes after the signature never throw and never give more files than the cap", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.integer({ min: 0, max: 20 }), (tail, cap) => {
        const b = Uint8Array.from([0x78, 0x9f, 0x3e, 0x22, 0, 0, ...tail]);
        expect(readTnef(b, cap).files.length).toBeLessThanOrEqual(cap);
        const r = inspectAttachment(b, { maxEntries: cap });
        expect(["encrypted", "not-encrypted", "unknown"]).toContain(r.encryption);
      }),
      { numRuns: 300 },
    );
  });

  test("a well-formed stream with random attachment bodies inspects without throwing", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 5 }), (bodies) => {
        const r = inspectAttachment(buildTnef(bodies.map((data, i) => ({ longName: `f${i}.bin`, data }))));
        expect(r.texts.filter((t) => t.where === "attachment name")).toHaveLength(bodies.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe("inspecting a winmail.dat", () => {
  test("the names and contents of the files inside are read; a plain file inside makes it not encrypted", () => {
    const r = inspectAttachment(buildTnef([{ longName: "人事異動案.docx", data: markedDocx() }]));
    expect(r.kind).toBe("other");
    expect(r.encryption).toBe("not-encrypted");
    expect(r.texts).toContainEqual({ where: "attachment name", text: "人事異動案.docx" });
    expect(r.texts).toContainEqual({ where: "人事異動案.docx: word/header1.xml", text: "機密性２" });
  });

  test("every file inside encrypted: encrypted; one plain file next to it: not encrypted", () => {
    expect(inspectAttachment(buildTnef([{ longName: "名簿.xlsx", data: lockedOffice() }])).encryption).toBe(
      "encrypted",
    );
    const mixed = buildTnef([
      { longName: "名簿.xlsx", data: lockedOffice() },
      { longName: "日程.docx", data: plainDocx() },
    ]);
    expect(inspectAttachment(mixed).encryption).toBe("not-encrypted");
  });

  test("a rich-text message with no attachment is plain", () => {
    expect(inspectAttachment(buildTnef([])).encryption).toBe("not-encrypted");
  });
});

describe("a mail carrying winmail.dat", () => {
  const tnefMail = (files: Parameters<typeof buildTnef>[0]) =>
    buildEml({
      to: ["kato@alpha-souken.co.jp"],
      subject: "資料の送付",
      text: "加藤様\n\n資料を添付します。",
      files: [{ name: "winmail.dat", bytes: buildTnef(files), type: "application/ms-tnef" }],
    });

  test("application/ms-tnef is read as an attachment", async () => {
    const { snapshot } = await readEml(tnefMail([{ longName: "日程.docx", data: plainDocx() }]));
    expect(snapshot.attachments.map((a) => [a.name, a.inline])).toEqual([["winmail.dat", false]]);
  });

  test("a 機密性２ document inside warns going outside; an unmarked one does not", async () => {
    expect(await decideEml(tnefMail([{ longName: "人事異動案.docx", data: markedDocx() }]))).toEqual({
      action: "warn",
      fires: ["external-confidential", "label-inheritance", "unencrypted-attachment"],
    });
    expect(await decideEml(tnefMail([{ longName: "日程.docx", data: plainDocx() }]))).toEqual({
      action: "allow",
      fires: [],
    });
  });

  test("a marking in an inner file's name counts", async () => {
    const d = await decideEml(tnefMail([{ longName: "【機密性３】防護計画.docx", data: plainDocx() }]));
    expect(d.action).toBe("block");
  });
});

describe("the files attached to an attached Outlook .msg", () => {
  const msg = (attachments: { name: string; data?: Uint8Array }[]) =>
    buildCfb(
      [
        { name: "__properties_version1.0", data: new Uint8Array(32) },
        { name: "__substg1.0_0037001F", data: utf16le("人事案の送付") },
        { name: "__substg1.0_1000001F", data: utf16le("各位\r\n\r\n人事案を添付します。") },
      ],
      attachments.map((a, i) => ({
        name: "__attach_version1.0_#" + String(i).padStart(8, "0"),
        streams: [
          { name: "__properties_version1.0", data: new Uint8Array(16) },
          { name: "__substg1.0_3707001F", data: utf16le(a.name) },
          ...(a.data ? [{ name: "__substg1.0_37010102", data: a.data }] : []),
        ],
      })),
    );

  test("their names are read for markings", () => {
    const r = inspectAttachment(msg([{ name: "【機密性２】人事異動案.docx" }, { name: "日程.xlsx" }]));
    expect(r.texts.filter((t) => t.where === "attachment name").map((t) => t.text)).toEqual([
      "【機密性２】人事異動案.docx",
      "日程.xlsx",
    ]);
  });

  test("their contents are inspected when they fit the budget", () => {
    const bytes = msg([{ name: "人事異動案.docx", data: markedDocx() }]);
    expect(inspectAttachment(bytes).texts).toContainEqual({
      where: "人事異動案.docx: word/header1.xml",
      text: "機密性２",
    });
    const tight = inspectAttachment(bytes, { maxInflatedBytesPerAttachment: 100 });
    expect(tight.texts.some((t) => t.where.indexOf("word/header1.xml") >= 0)).toBe(false);
    expect(tight.texts).toContainEqual({ where: "attachment name", text: "人事異動案.docx" });
  });

  test("a .msg whose attached document is marked warns going outside; one with a plain document does not", async () => {
    const send = (bytes: Uint8Array) =>
      decideEml(
        buildEml({
          to: ["kato@alpha-souken.co.jp"],
          subject: "参考送付",
          text: "加藤様\n\n参考までにお送りします。",
          files: [{ name: "人事案の送付.msg", bytes, type: "application/vnd.ms-outlook" }],
        }),
      );
    expect((await send(msg([{ name: "人事異動案.docx", data: markedDocx() }]))).fires).toContain(
      "external-confidential",
    );
    expect(await send(msg([{ name: "日程.docx", data: plainDocx() }]))).toEqual({ action: "allow", fires: [] });
  });
});

describe("a real winmail.dat (the corpus, read in place)", () => {
  test("the picture inside a rich-text mail is found by its long name", async () => {
    const path = "/work/shared/corpus/realmail/mail/mimekit__UnitTests-TestData-tnef-rich-text.eml";
    const { snapshot } = await readEml(new Uint8Array(readFileSync(path)), { inspect: (f) => inspectAll(f) });
    const winmail = snapshot.attachments.find((a) => a.name === "winmail.dat");
    expect(winmail?.inspection?.texts).toContainEqual({
      where: "attachment name",
      text: "kitten-playing-with-a-christmas-tree.jpg",
    });
  });
});
