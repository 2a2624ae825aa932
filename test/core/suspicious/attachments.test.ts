import { analyseFileName } from "../../../src/core/suspicious/attachment-signs";
import { analyse, find, ids } from "./helpers";

const from = { emailAddress: "a@tsuhan-store.net" };
const att = (name: string, extra: Record<string, unknown> = {}) => ({ name, size: 1000, ...extra });
const signsFor = (...attachments: ReturnType<typeof att>[]) => analyse({ from, attachments });

describe("risky attachment types", () => {
  it.each([
    ["setup.exe", "attachment-executable"],
    ["写真.scr", "attachment-executable"],
    ["invoice.JS", "attachment-executable"],
    ["run.vbs", "attachment-executable"],
    ["資料.lnk", "attachment-executable"],
    ["x.hta", "attachment-executable"],
    ["a.ps1", "attachment-executable"],
    ["請求書.iso", "attachment-disk-image"],
    ["disk.vhdx", "attachment-disk-image"],
    ["ログイン.html", "attachment-html"],
    ["drawing.svg", "attachment-html"],
    ["見積.xlsm", "attachment-macro"],
    ["議事録.docm", "attachment-macro"],
  ])("%s fires %s", (name, id) => {
    expect(ids(signsFor(att(name)))).toContain(id);
  });

  it.each([
    "報告書.pdf",
    "資料.docx",
    "集計.xlsx",
    "写真.jpg",
    "議事録.jtd",
    "archive.tar.gz",
    "README",
    "x.constructor",
  ])("%s is not risky", (name) => {
    expect(signsFor(att(name))).toEqual([]);
  });

  it("reads the extension as Windows does: trailing dots and spaces dropped", () => {
    expect(analyseFileName("virus.exe. . ").kind).toBe("executable");
  });

  it("uses the content type when the name says nothing", () => {
    expect(ids(signsFor(att("download", { contentType: "application/x-msdownload" })))).toEqual([
      "attachment-executable",
    ]);
  });

  it("groups attachments of one kind into one sign", () => {
    const s = find(signsFor(att("a.exe"), att("b.bat"), att("c.pdf")), "attachment-executable");
    expect(s?.data.names).toEqual(["a.exe", "b.bat"]);
    expect(s?.severity).toBe("high");
  });
});

describe("disguised names", () => {
  it("fires for a double extension", () => {
    const signs = signsFor(att("請求書.pdf.exe"));
    expect(ids(signs)).toEqual(["attachment-double-extension", "attachment-executable"]);
  });

  it("fires for spaces pushing the real extension out of sight", () => {
    expect(ids(signsFor(att("請求書" + " ".repeat(40) + ".exe")))).toContain("attachment-double-extension");
  });

  it("must not fire for a harmless second dot", () => {
    expect(ids(signsFor(att("report.2024.pdf"), att("資料.pdf.zip"), att("v1.2.docx")))).toEqual([]);
  });

  it("fires for a right-to-left override and shows the name with the control made visible", () => {
    // Displays as 請求書exe.pdf; the real extension is .exe.
    const signs = signsFor(att("請求書\u202Efdp.exe"));
    const s = find(signs, "attachment-bidi-control");
    expect(s?.severity).toBe("high");
    expect(s?.data.names).toEqual(["請求書[U+202E]fdp.exe"]);
    expect(ids(signs)).toContain("attachment-executable");
  });

  it.each(["\u2067", "\u200F", "\u202B"])("fires for other bidi control U+%s", (c) => {
    expect(ids(signsFor(att(`a${c}b.txt`)))).toEqual(["attachment-bidi-control"]);
  });
});

describe("password-protected archives", () => {
  it("fires when inspection found an encrypted archive", () => {
    expect(find(signsFor(att("資料.zip", { encrypted: true })), "attachment-password-zip")?.severity).toBe("warn");
  });

  it("must not fire when it is not known to be encrypted, or is not an archive", () => {
    expect(
      signsFor(att("資料.zip"), att("資料.zip", { encrypted: false }), att("x.docx", { encrypted: true })),
    ).toEqual([]);
  });
});

describe("a ZIP whose password the mail writes out (Emotet), when the bytes could not be inspected", () => {
  const zipWith = (content: string, type: "text" | "html" = "text", extra: Record<string, unknown> = {}) =>
    analyse({ from, attachments: [att("請求書_1201.zip", extra)], body: { type, content } });

  it.each([
    "添付ファイルのパスワード：Kx82mQ",
    "解凍パスワード: 8841",
    "解凍PW＝ab12cd34",
    "Password: 7Gh2k9",
    "<p>パスワードは<b>「Zq41aa」</b>です</p>",
  ])("fires for %s", (content) => {
    const type = content.startsWith("<") ? "html" : "text";
    expect(ids(zipWith(content, type))).toEqual(["attachment-password-zip"]);
  });

  it.each([
    "パスワードは別途お送りします。",
    "パスワードはお電話でお伝えします。",
    "password: will follow in a separate mail",
    "ログインは https://shop.example/login?pw=1234abcd から",
  ])("must not fire for %s", (content) => {
    expect(zipWith(content)).toEqual([]);
  });

  it("must not fire once inspection found the archive unencrypted", () => {
    expect(zipWith("解凍パスワード: 8841", "text", { encrypted: false })).toEqual([]);
  });
});

describe("other code-carrying types used in mail campaigns", () => {
  it.each(["議事録.one", "取材依頼.chm", "単価表.xll", "query.iqy", "data.slk", "update.appinstaller"])(
    "%s is reported as a file that runs code",
    (name) => {
      expect(ids(signsFor(att(name)))).toEqual(["attachment-executable"]);
    },
  );
});

describe("files inside an inspected archive", () => {
  it("reports a program, a disguised name and a disk image inside ZIPs, naming the archive", () => {
    const signs = signsFor(
      att("請求書_1201.zip", { encrypted: true, entries: ["請求書_1201/", "請求書_1201/請求書.pdf.exe"] }),
      att("発注書.zip", { encrypted: false, entries: ["発注書.iso"] }),
    );
    expect(ids(signs).sort()).toEqual(
      [
        "attachment-disk-image",
        "attachment-double-extension",
        "attachment-executable",
        "attachment-password-zip",
      ].sort(),
    );
    expect(find(signs, "attachment-executable")?.data.names).toEqual(["請求書_1201.zip › 請求書_1201/請求書.pdf.exe"]);
  });

  it("must not fire for an archive of documents", () => {
    expect(
      signsFor(att("資料一式.zip", { encrypted: false, entries: ["議事録.docx", "資料/集計.xlsx", "写真.JPG"] })),
    ).toEqual([]);
  });
});
