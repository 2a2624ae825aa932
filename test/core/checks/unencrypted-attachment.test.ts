import { inspectAttachment } from "../../../src/core/attachments";
import { evaluate } from "../../../src/core/engine";
import type { AttachmentSnapshot } from "../../../src/core/message";
import { fixture } from "../attachments/fixtures";
import { mail, policyWith, POLICY } from "../../helpers/mail";

const fired = (m: ReturnType<typeof mail>, policy = POLICY) =>
  evaluate(m, policy).findings.filter((f) => f.check === "unencrypted-attachment");

/** An attachment snapshot carrying the real inspection of a committed fixture. */
function inspected(file: string, name = file): AttachmentSnapshot {
  const bytes = fixture(file);
  return { name, size: bytes.length, inline: false, inspection: inspectAttachment(bytes) };
}

const OUTSIDE = ["tanaka@alpha.co.jp"];

describe("unencrypted-attachment", () => {
  test("a docx marked 機密性２ inside its header, sent outside unencrypted, fires with the file named", () => {
    const f = fired(
      mail({ to: OUTSIDE, subject: "資料送付", attachments: [inspected("word-kimitsu2.docx", "資料.docx")] }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      action: "warn",
      guidance: "2章-4",
      messageId: "unencrypted-attachment.not-encrypted",
      data: { attachments: ["資料.docx"], recipients: ["tanaka@alpha.co.jp"] },
    });
  });

  test("the mail's own marking makes an unmarked attachment 要機密 too", () => {
    const f = fired(mail({ to: OUTSIDE, subject: "【機密性２】資料", attachments: [inspected("word-plain.docx")] }));
    expect(f[0]?.data.attachments).toEqual(["word-plain.docx"]);
    expect(f[0]?.data.marking).toBe("機密性2");
  });

  test("encrypted attachments pass: Office password, ZIP password, encrypted PDF", () => {
    const m = mail({
      to: OUTSIDE,
      subject: "【機密性２】資料",
      attachments: [inspected("encrypted-agile.docx"), inspected("aes.zip"), inspected("encrypted-aes256.pdf")],
    });
    expect(fired(m)).toEqual([]);
  });

  test("a PDF with only a permissions (owner) password is not encrypted: anyone opens it", () => {
    // The file name carries the marking; the mail itself is unmarked.
    const send = (file: string) =>
      fired(
        mail({ to: OUTSIDE, subject: "検討資料の送付", attachments: [inspected(file, "【機密性２】検討資料.pdf")] }),
      );
    for (const variant of ["rc4-40", "rc4-128", "aes128", "aes256-r5", "aes256"]) {
      const f = send(`pdf-owner-only-${variant}.pdf`);
      expect([variant, f.map((x) => [x.messageId, x.data.attachments])]).toEqual([
        variant,
        [["unencrypted-attachment.not-encrypted", ["【機密性２】検討資料.pdf"]]],
      ]);
      expect([variant, send(`pdf-user-password-${variant}.pdf`)]).toEqual([variant, []]);
    }
  });

  test("attachments whose encryption is unknown (not inspected, .msg) get the 'could not confirm' finding", () => {
    const f = fired(
      mail({
        to: OUTSIDE,
        subject: "【機密性２】資料",
        attachments: ["未読込.pdf", inspected("outlook.msg"), inspected("plain.pdf")],
      }),
    );
    expect(f.map((x) => [x.messageId, x.data.attachments])).toEqual([
      ["unencrypted-attachment.not-encrypted", ["plain.pdf"]],
      ["unencrypted-attachment.unknown", ["未読込.pdf", "outlook.msg"]],
    ]);
  });

  test("an encrypting sensitivity label on the mail (mapped in the policy) protects the attachments", () => {
    const policy = policyWith((p) => {
      p.sensitivityLabels = [{ id: "AAAA-encrypting", name: "機密性２（暗号化）", level: 2, encrypts: true }];
    });
    const m = mail({
      to: OUTSIDE,
      subject: "【機密性２】資料",
      attachments: [inspected("word-plain.docx")],
      sensitivityLabelId: "aaaa-encrypting",
    });
    expect(fired(m, policy)).toEqual([]);
    expect(fired({ ...m, sensitivityLabelId: "other" }, policy)).toHaveLength(1);
  });

  test("no finding for: internal mail, unmarked mail, 機密性１, inline images", () => {
    const docx = inspected("word-kimitsu2.docx");
    expect(fired(mail({ to: ["suzuki@example.go.jp"], attachments: [docx] }))).toEqual([]);
    expect(fired(mail({ to: OUTSIDE, attachments: [inspected("word-plain.docx")] }))).toEqual([]);
    expect(fired(mail({ to: OUTSIDE, subject: "【機密性１】", attachments: [inspected("word-plain.docx")] }))).toEqual(
      [],
    );
    const inline: AttachmentSnapshot = { name: "image001.png", size: 10, inline: true };
    expect(fired(mail({ to: OUTSIDE, subject: "【機密性２】", attachments: [inline] }))).toEqual([]);
  });

  test("off in the policy means off", () => {
    const off = policyWith((p) => (p.checks["unencrypted-attachment"] = { action: "off" }));
    expect(fired(mail({ to: OUTSIDE, attachments: [inspected("word-kimitsu2.docx")] }), off)).toEqual([]);
  });
});
