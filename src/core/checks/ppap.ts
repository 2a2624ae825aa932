import type { AttachmentSnapshot } from "../message";
import { addressesOf } from "./sources";
import type { Check } from "./types";

/**
 * 2章-4: PPAP, a password-protected ZIP with its password promised in (or, worse, written into) e-mail. The
 * government stopped the practice in 2020: the password travels the same channel as the file, so the encryption
 * protects nothing. Fires for an encrypted ZIP going outside when the subject or body talks about sending the
 * password, or contains one. The password itself is never copied into the finding (findings end up in logs).
 */

/** Words for a password, after NFKC (half-width ﾊﾟｽﾜｰﾄﾞ becomes パスワード, ＰＷ becomes PW). */
const PASSWORD_WORD =
  "(?:パスワード|パスコード|暗証番号|解凍(?:用)?(?:の)?(?:パスワード|キー|鍵)|PW|P/W|PASS(?:WORD)?)";

/** "The password will follow / comes separately" in Japanese, either order, within one sentence. */
const WILL_FOLLOW_JA = new RegExp(
  PASSWORD_WORD +
    "[^。\\n]{0,30}(?:別途|別メール|別送|別便|追って|後ほど|のちほど|次のメール|改めて|送(?:り|付|信)|お知らせ|連絡|通知)" +
    "|(?:別途|別メール|別送|追って|後ほど|のちほど|次のメール)[^。\\n]{0,30}" +
    PASSWORD_WORD,
  "i",
);

/** The same in English. */
const WILL_FOLLOW_EN =
  /\bpass(?:word|code)\b[^.\n]{0,40}\b(?:to follow|follows|will follow|separately|in (?:a )?separate|in another|(?:will be|is being) sent|next (?:e-?mail|message|mail))/i;

/**
 * A password written out: the word, a separator (：/: after NFKC, は, =), then a token of 4+ ASCII characters with
 * at least one digit (so "password: to follow" is not mistaken for one).
 */
const PASSWORD_GIVEN = new RegExp(PASSWORD_WORD + "\\s*(?::|=|は)\\s*[「『\"'(]?(?=[!-~]*[0-9])[!-~]{4,}", "i");

function isEncryptedZip(a: AttachmentSnapshot): boolean {
  if (a.inline) return false;
  if (a.inspection) return a.inspection.kind === "zip" && a.inspection.encryption === "encrypted";
  // Not inspected (bytes unavailable): a .zip plus password wording is PPAP in all but proof.
  return /\.zip$/i.test(a.name);
}

export const ppap: Check = {
  id: "ppap",
  guidance: "2章-4",
  defaultAction: "warn",
  messageIds: ["ppap.password-separately", "ppap.password-in-mail"],
  run(ctx) {
    const outside = ctx.outsideFor("ppap");
    if (outside.length === 0) return [];
    const zips = ctx.snapshot.attachments.filter(isEncryptedZip).map((a) => a.name);
    if (zips.length === 0) return [];
    const text = (ctx.snapshot.subject + "\n" + ctx.snapshot.body).normalize("NFKC");
    const given = PASSWORD_GIVEN.test(text);
    if (!given && !WILL_FOLLOW_JA.test(text) && !WILL_FOLLOW_EN.test(text)) return [];
    return [
      {
        messageId: given ? "ppap.password-in-mail" : "ppap.password-separately",
        data: { attachments: zips, recipients: addressesOf(outside) },
      },
    ];
  },
};
