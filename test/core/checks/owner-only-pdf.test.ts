/**
 * Through the engine: a PDF with only a permissions (owner) password opens in any reader, so the 機密性２ marked
 * inside it must drive the checks exactly as the same PDF without encryption does.
 */
import { inspectAttachment } from "../../../src/core/attachments";
import { evaluate } from "../../../src/core/engine";
import type { AttachmentSnapshot } from "../../../src/core/message";
import { fixture } from "../attachments/fixtures";
import { aes128 } from "../attachments/pdf-crypt-builder";
import { mail, POLICY } from "../../helpers/mail";

/** The real inspection of a committed fixture, under a name that carries no marking. */
function attached(file: string): AttachmentSnapshot {
  const bytes = fixture(file);
  return { name: "予算要求資料.pdf", size: bytes.length, inline: false, inspection: inspectAttachment(bytes) };
}

const send = (file: string, to: string[]) =>
  evaluate(mail({ to, subject: "資料の送付", body: "ご確認ください。", attachments: [attached(file)] }), POLICY);

describe("a marked PDF with an owner password only", () => {
  const outside = ["suzuki@alpha.co.jp"];
  const baseline = send("pdf-marked.pdf", outside);

  test("the unencrypted original, sent outside, is flagged for its inner marking (the baseline)", () => {
    const checks = baseline.findings.map((f) => f.check);
    expect(checks).toEqual(expect.arrayContaining(["external-confidential", "unencrypted-attachment"]));
    expect(baseline.action).not.toBe("allow");
  });

  test.each([
    "pdf-marked-owner-only-rc4-128.pdf",
    "pdf-marked-owner-only-aes128.pdf",
    "pdf-marked-owner-only-aes128-clear-metadata.pdf",
    "pdf-marked-owner-only-aes256.pdf",
    "pdf-marked-owner-only.pdf",
    "pdf-marked-owner-only-objstm.pdf",
  ])("%s sent outside gets the same decision and findings", (file) => {
    const d = send(file, outside);
    expect(d.action).toBe(baseline.action);
    expect(d.findings).toEqual(baseline.findings);
  });

  test("with a real user password, the PDF is encrypted and its contents unknown: no unencrypted finding", () => {
    const d = send("pdf-user-password-aes256.pdf", outside);
    expect(d.findings.filter((f) => f.check === "unencrypted-attachment")).toEqual([]);
    expect(d.findings.filter((f) => f.check === "external-confidential")).toEqual([]);
  });
});

describe("an owner-only PDF whose document-level crypt filter cannot be undone", () => {
  const outside = ["suzuki@alpha.co.jp"];
  const page = { text: "【機密性２】調達仕様書", method: "AESV2" } as const;
  const sendBuilt = (bytes: Uint8Array, subject: string) => {
    const a: AttachmentSnapshot = { name: "調達仕様書.pdf", size: bytes.length, inline: false };
    const inspection = inspectAttachment(bytes);
    return evaluate(
      mail({ to: outside, subject, body: "ご確認ください。", attachments: [{ ...a, inspection }] }),
      POLICY,
    );
  };
  const unencrypted = (d: ReturnType<typeof evaluate>) =>
    d.findings.filter((f) => f.check === "unencrypted-attachment").map((f) => f.messageId);

  test("unknown /StmF, 機密性２ page, marked mail: encryption could not be confirmed, never 'not encrypted'", () => {
    const bytes = aes128({ filters: " /Vendor << /CFM /FooCrypt >>", stmF: "Vendor", page });
    expect(unencrypted(sendBuilt(bytes, "【機密性２】調達仕様書の送付"))).toEqual(["unencrypted-attachment.unknown"]);
  });

  test("unknown /StrF, 機密性２ page, unmarked mail: the page marking is still found and drives the checks", () => {
    const bytes = aes128({ filters: " /Vendor << /CFM /FooCrypt >>", strF: "Vendor", page });
    const d = sendBuilt(bytes, "資料の送付");
    expect(d.findings.map((f) => f.check)).toEqual(expect.arrayContaining(["external-confidential"]));
    expect(unencrypted(d)).toEqual(["unencrypted-attachment.unknown"]);
    expect(d.action).not.toBe("allow");
  });
});
