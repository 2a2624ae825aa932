import { inspectAttachment } from "../../../src/core/attachments/index";
import { buildZip } from "../../core/attachments/zip-builder";
import { analyseReceivedMail } from "../../../src/core/suspicious/analyse";
import { readReceivedMail, type MessageReadLike } from "../../../src/office/report/read-received";
import { createReadModeStandIn } from "../../../src/office-stand-in/read-mode";
import { POLICY } from "../../helpers/mail";
import { SPOOFED, ZIPCRYPTO_BASE64 } from "./fixtures";

const itemOf = (s: ReturnType<typeof createReadModeStandIn>) =>
  (s.Office.context as { mailbox: { item: MessageReadLike } }).mailbox.item;

describe("readReceivedMail (read-mode adapter)", () => {
  test("maps headers, sender, HTML body and attachments to ReceivedMail, in one parallel round", async () => {
    const s = createReadModeStandIn(SPOOFED);
    const r = await readReceivedMail(itemOf(s), inspectAttachment);
    expect(r.missing).toEqual([]);
    expect(r.itemId).toBe("AAMkAGI2THVSAAA=");
    expect(r.mail.from).toEqual({ emailAddress: "info@exarnple.go.jp", displayName: "例示省 情報システム課" });
    expect(r.mail.internetHeaders).toContain("dmarc=fail");
    expect(r.mail.body).toEqual({ type: "html", content: SPOOFED.body!.content });
    expect(r.mail.attachments).toEqual([
      { name: "請求書.pdf.exe", size: 1000, contentType: "application/octet-stream", isInline: false },
    ]);
    // No archive, so no attachment content was read.
    expect(s.channel.calls.map((c) => c.api).sort()).toEqual(["body.getAsync", "getAllInternetHeadersAsync"]);
    const ids = analyseReceivedMail(r.mail, POLICY).map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining(["sender-lookalike", "link-text-mismatch", "reply-to-elsewhere"]));
  });

  test("a password ZIP is opened and marked encrypted, so the password-zip sign can fire", async () => {
    const s = createReadModeStandIn({
      ...SPOOFED,
      attachments: [{ id: "z", name: "資料.zip", size: 300, contentBase64: ZIPCRYPTO_BASE64 }],
    });
    const r = await readReceivedMail(itemOf(s), inspectAttachment);
    expect(r.mail.attachments?.[0]?.encrypted).toBe(true);
    expect(analyseReceivedMail(r.mail, POLICY).map((x) => x.id)).toContain("attachment-password-zip");
  });

  test("the names inside an inspected ZIP reach the analysis: a program inside is reported", async () => {
    const zip = buildZip([
      { name: "請求書/請求書.pdf.lnk", data: "L" },
      { name: "請求書/説明.txt", data: "x" },
    ]);
    const s = createReadModeStandIn({
      ...SPOOFED,
      attachments: [
        { id: "z", name: "請求書.zip", size: zip.length, contentBase64: Buffer.from(zip).toString("base64") },
      ],
    });
    const r = await readReceivedMail(itemOf(s), inspectAttachment);
    expect(r.mail.attachments?.[0]?.entries).toEqual(["請求書/請求書.pdf.lnk", "請求書/説明.txt"]);
    const ids = analyseReceivedMail(r.mail, POLICY).map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining(["attachment-executable", "attachment-double-extension"]));
  });

  test("failed reads are listed, and the rest is still analysed", async () => {
    const s = createReadModeStandIn(SPOOFED, {
      faults: [
        { api: "getAllInternetHeadersAsync", fault: { kind: "fail" } },
        { api: "body.getAsync", fault: { kind: "throw" } },
      ],
    });
    const r = await readReceivedMail(itemOf(s));
    expect(r.missing).toEqual(["headers", "body"]);
    expect(r.mail.internetHeaders).toBe("");
    expect(analyseReceivedMail(r.mail, POLICY).map((x) => x.id)).toContain("sender-lookalike");
  });

  test("an empty header block (mail sent to oneself) is reported as missing headers", async () => {
    const s = createReadModeStandIn({ ...SPOOFED, internetHeaders: "" });
    expect((await readReceivedMail(itemOf(s))).missing).toEqual(["headers"]);
  });
});
