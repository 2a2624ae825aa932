import { inspectAttachment } from "../../../src/core/attachments";
import { evaluate } from "../../../src/core/engine";
import { renderFinding } from "../../../src/core/i18n/render";
import type { AttachmentSnapshot } from "../../../src/core/message";
import { fixture } from "../attachments/fixtures";
import { mail, policyWith, POLICY } from "../../helpers/mail";

const fired = (m: ReturnType<typeof mail>, policy = POLICY) =>
  evaluate(m, policy).findings.filter((f) => f.check === "ppap");

function inspected(file: string, name = file): AttachmentSnapshot {
  const bytes = fixture(file);
  return { name, size: bytes.length, inline: false, inspection: inspectAttachment(bytes) };
}

const OUTSIDE = ["tanaka@alpha.co.jp"];
const zip = () => inspected("zipcrypto.zip", "資料.zip");

describe("ppap", () => {
  test.each([
    "資料を送付します。パスワードは別途お送りします。",
    "解凍パスワードは別メールにてご連絡いたします。",
    "ﾊﾟｽﾜｰﾄﾞは追ってお知らせします。",
    "別送にてパスワードを送ります。",
    "Please find the file attached. The password will follow in a separate e-mail.",
    "Password to follow.",
  ])("an encrypted ZIP going outside with '%s' fires", (body) => {
    const f = fired(mail({ to: OUTSIDE, body, attachments: [zip()] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      action: "warn",
      guidance: "2章-4",
      messageId: "ppap.password-separately",
      data: { attachments: ["資料.zip"], recipients: ["tanaka@alpha.co.jp"] },
    });
  });

  test.each(["パスワード：Abc12345", "PW: x7y8z9w0", "password = s3cret!!", "パスワードは 2024kaigi です。"])(
    "a password written in the same mail ('%s') is the worse message, and is never copied into the finding",
    (body) => {
      const f = fired(mail({ to: OUTSIDE, body: "資料を送ります。\n" + body, attachments: [zip()] }));
      expect(f[0]?.messageId).toBe("ppap.password-in-mail");
      expect(JSON.stringify(f[0]?.data)).not.toMatch(/Abc12345|x7y8z9w0|s3cret|2024kaigi/);
    },
  );

  test("AES ZIP (7-Zip) counts as encrypted", () => {
    expect(
      fired(mail({ to: OUTSIDE, body: "パスワードは別途送付します。", attachments: [inspected("aes.zip")] })),
    ).toHaveLength(1);
  });

  test("no finding without password wording, for an unencrypted ZIP, for a docx, or inside the organisation", () => {
    const body = "パスワードは別途お送りします。";
    expect(fired(mail({ to: OUTSIDE, body: "資料を送付します。", attachments: [zip()] }))).toEqual([]);
    expect(fired(mail({ to: OUTSIDE, body, attachments: [inspected("plain.zip")] }))).toEqual([]);
    expect(fired(mail({ to: OUTSIDE, body, attachments: [inspected("encrypted-agile.docx")] }))).toEqual([]);
    expect(fired(mail({ to: ["suzuki@example.go.jp"], body, attachments: [zip()] }))).toEqual([]);
    expect(fired(mail({ to: OUTSIDE, body: "password: to follow", attachments: [inspected("plain.zip")] }))).toEqual(
      [],
    );
  });

  test("a .zip whose bytes could not be read still counts when the wording is there", () => {
    expect(fired(mail({ to: OUTSIDE, body: "パスワードは後ほどお送りします", attachments: ["x.zip"] }))).toHaveLength(
      1,
    );
  });

  test("messages render in both languages", () => {
    const f = fired(mail({ to: OUTSIDE, body: "パスワードは別途", attachments: [zip()] }))[0]!;
    expect(renderFinding(f, "ja")).toContain("資料.zip");
    expect(renderFinding(f, "en")).toContain("PPAP");
  });

  test("off in the policy means off", () => {
    const off = policyWith((p) => (p.checks.ppap = { action: "off" }));
    expect(fired(mail({ to: OUTSIDE, body: "パスワードは別途", attachments: [zip()] }), off)).toEqual([]);
  });

  describe("the channel the password takes", () => {
    const run = (body: string, subject = "資料の送付") =>
      fired(mail({ to: OUTSIDE, subject, body, attachments: [zip()] })).map((f) => f.messageId);

    test.each([
      "パスワードは別途メールでお送りします。",
      "パスワードは追ってお送りします。",
      "解凍用パスワードは次のメールでお知らせします。",
      "パスワードについては、\r\n別メールにてご連絡いたします。",
      "パスワードは後ほどメールします",
      "パスワードはご登録のメールアドレス宛にお送りします。",
      "パスワードは別途お送りします。ご不明な点はお電話でお問い合わせください。",
      "パスワードは電話ではなく、別メールでお送りします。",
      "本メールに添付したファイルはパスワードで保護されています。\nパスワードは別途メールでお送りします。",
      "The password will be sent in a separate e-mail.",
      "We will send the password by e-mail shortly.",
    ])("by mail, or with no channel named: '%s' is PPAP", (body) => {
      expect(run(body)).toEqual(["ppap.password-separately"]);
    });

    test.each([
      "パスワードは別途お電話でお伝えします。",
      "パスワードは口頭でお伝えします。",
      "パスワードは別経路でお知らせします。",
      "パスワードはメール以外の方法でお伝えします。",
      "パスワードは別メールではなく、お電話でお伝えします。",
      "本メールに添付したファイルのパスワードは、お電話にてお知らせします。",
      "パスワードはTeamsのチャットでお送りします。",
      "パスワードはショートメール（SMS）でお送りします。",
      "パスワードはファイル共有サービスのダウンロード画面に表示されます。",
      "パスワードは別途お知らせします。\nなお、パスワードはお電話でお伝えします。",
      "添付ファイルはパスワード付きZIPです。\nパスワードは、お手数ですが担当（03-1234-5678）までお電話でお問い合わせください。",
      "The password will be given to you by phone.",
      "I will share the password via Teams chat, not by e-mail.",
    ])("by another route: '%s' is not PPAP", (body) => {
      expect(run(body)).toEqual([]);
    });

    test("English words that merely contain 'pass' are not a password", () => {
      expect(run("We passed the file to the department separately.")).toEqual([]);
      expect(run("Your passport copy will be sent separately.")).toEqual([]);
      expect(run("The PW will be sent separately.")).toEqual(["ppap.password-separately"]);
    });

    test("a channel in another sentence without the password word does not count", () => {
      expect(run("パスワードは追ってお送りします\n電話番号：03-1234-5678")).toEqual(["ppap.password-separately"]);
    });

    test("the subject's wording counts too", () => {
      expect(run("資料をお送りします。", "【パスワード別送】資料の送付")).toEqual(["ppap.password-separately"]);
      expect(run("パスワードはお電話でお伝えします。", "【パスワード別送】資料の送付")).toEqual([]);
    });

    test("a password written out is reported whatever route the mail also names", () => {
      expect(run("パスワードはお電話でもお伝えしますが、念のため。\nパスワード：Kaigi2024")).toEqual([
        "ppap.password-in-mail",
      ]);
      expect(run("パスワード：\n  Kaigi2024")).toEqual(["ppap.password-in-mail"]);
    });

    test("stays fast on long hostile input (linear patterns)", () => {
      const hostile = ("パスワード" + "メ".repeat(50) + " ".repeat(50)).repeat(2000) + "電話";
      const t0 = Date.now();
      run(hostile);
      run("P".repeat(100000));
      run(("password: " + "a".repeat(60)).repeat(2000));
      expect(Date.now() - t0).toBeLessThan(1000);
    });
  });
});
