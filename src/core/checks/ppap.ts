import { list } from "../fixes/fix-kinds";
import { defineCheck, type CheckOf, type CheckSettings } from "./define";
import type { AttachmentSnapshot } from "../message";
import { addressesOf } from "./sources";

/**
 * 2章-4: PPAP, a password-protected ZIP with its password promised in (or, worse, written into) e-mail. The
 * government stopped the practice in 2020: the password travels the same channel as the file, so the encryption
 * protects nothing; the replacement is a password given by a completely different route. So what matters is the
 * channel the mail names for the password:
 * - by mail (別メールで, 次のメールで, メールにてお送りします): PPAP;
 * - by another route (電話, 口頭, 別経路, チャット, Teams, SMS, FAX, 郵送, ファイル共有サービスの画面 …): not PPAP.
 *   SMS counts as another route: it goes to a phone number, so a mistyped mail address does not also deliver it;
 * - no channel named (パスワードは追ってお送りします, 別途お知らせします): PPAP, because mail is what such
 *   wording means in practice, unless another sentence about the password names another route.
 * A password written out in the mail is the worse case and is reported whatever else the mail says. The password
 * itself is never copied into the finding (findings end up in logs).
 *
 * Every pattern here is linear: alternations of fixed words and bounded character classes only.
 */

/**
 * Words for a password, after NFKC (half-width ﾊﾟｽﾜｰﾄﾞ becomes パスワード, ＰＷ becomes PW). The Latin ones are whole
 * words only, so that passport, bypass or "we passed" are not read as a password.
 */
const PASSWORD_WORD =
  "(?:パスワード|パスコード|暗証番号|解凍用?の?(?:パスワード|キー|鍵)|\\b(?:PW|P/W|PASS(?:WORD|CODE)?)\\b)";
// The word alone: the outer group is what lets PASSWORD_WORD be concatenated into the patterns below.
// eslint-disable-next-line regexp/no-useless-non-capturing-group
const MENTIONS_PASSWORD = new RegExp(PASSWORD_WORD, "i");

/**
 * A password written out: the word, a separator (：/: after NFKC, は, =), then a token of 4+ ASCII characters with
 * at least one digit (so "password: to follow" is not mistaken for one).
 */
// The trailing \b of the Latin words is redundant before a separator, but PASSWORD_WORD is shared with patterns
// where it is not.
const PASSWORD_GIVEN = new RegExp(
  // eslint-disable-next-line regexp/no-useless-assertions
  PASSWORD_WORD + "\\s{0,8}[:=は]\\s{0,8}[「『\"'(]?(?=[\\x21-\\x7e]{0,63}\\d)[\\x21-\\x7e]{4,64}",
  "i",
);

/**
 * The other ways a password is written out: a bracketed heading (【パスワード】 Rk7pQ2xw); the word and the token
 * separated by spaces only (パスワード Rk7pQ2xw; NFKC has made a full-width space plain), where the token must end
 * its word, so パスワード 2024年度 is not one; and a sentence that points below (パスワードは以下のとおりです。)
 * followed within a few lines by a line that is only a token.
 */
const TOKEN = "[「『\"'(]?(?=[\\x21-\\x7e]{0,63}\\d)[\\x21-\\x7e]{4,64}";
// PASSWORD_WORD is shared: its \b around the Latin words is redundant next to brackets and spaces.
/* eslint-disable regexp/no-useless-assertions */
const PASSWORD_SET_OUT = new RegExp(
  "[【[(]" +
    PASSWORD_WORD +
    "[】\\])][ \\t]{0,8}[:=]?\\s{0,8}" +
    TOKEN +
    "|" +
    PASSWORD_WORD +
    "[ \\t]{1,8}" +
    TOKEN +
    "(?=\\s|$)|" +
    PASSWORD_WORD +
    "[^\\n]{0,30}(?:以下|下記|次)[^\\n]{0,30}\\n(?:[ \\t]{0,8}\\n){0,3}[ \\t]{0,8}" +
    TOKEN +
    "[ \\t]{0,8}(?:\\n|$)",
  "i",
);
/* eslint-enable regexp/no-useless-assertions */

/** A route other than e-mail, SMS included (ショートメール is taken out of the mail words below). */
const OTHER_ROUTE = new RegExp(
  [
    "電話",
    "口頭",
    "対面",
    "手渡し",
    "お会いした際",
    "郵送",
    "書面",
    "FAX",
    "ファックス",
    "ファクス",
    "別の?経路",
    "別の?ルート",
    "別の(?:手段|方法)",
    "他の(?:手段|方法)",
    "メール以外",
    "メールとは(?:別|異なる)",
    "チャット",
    "Teams",
    "Slack",
    "SMS",
    "ショートメ(?:ール|ッセージ)",
    "Cメール",
    "\\+メッセージ",
    "ファイル共有",
    "共有(?:サービス|サイト|システム)",
    "(?:ダウンロード|共有|受け取り)の?(?:画面|ページ)",
    "\\b(?:tele)?phone\\b",
    "\\bcall\\b",
    "verbally",
    "in person",
    "text message",
    "\\bchat\\b",
    "(?:another|different|separate|other) (?:channel|route|means)",
    "not (?:by|via|in|through) (?:an? )?e-?mail",
  ].join("|"),
  "i",
);

// Phrases that name mail only to rule it out (メールではなく), or that mean this very mail (本メールに添付) or SMS
// (ショートメール): removed before looking for mail as the channel.
const NOT_MAIL_CHANNEL =
  /ショートメール|Cメール|(?:本|この|当|上記の?|先ほどの|今回の)メール|メール(?:では|には|以外|とは)|not (?:by|via|in|through) (?:an? )?e-?mail/gi;

/** E-mail as the password's channel (本メールに添付 names this mail, not a channel, and does not count). */
const MAIL_CHANNEL = new RegExp(
  [
    "(?:[別次]|後続|追加|もう一通|二通目|2通目)の?メール",
    "メール(?:で|にて|により|便|します|いたします|致します|をお送り|を送)",
    "メールアドレス[宛にへ]",
    "(?:separate|another|next|second|follow-?up|later|different) (?:e-?mail|mail|message)",
    "(?:by|via) e-?mail",
  ].join("|"),
  "i",
);

/** Wording that promises the password later, by whatever channel. */
const WILL_FOLLOW = new RegExp(
  [
    "別途",
    "別送",
    "別便",
    "追って",
    "後ほど",
    "のちほど",
    "改めて",
    "送[り付信ら]",
    "お知らせ",
    "連絡",
    "通知",
    "お伝え",
    "伝え",
    "to follow",
    "follows",
    "will follow",
    "separately",
    "(?:will|shall) (?:be )?(?:sent|send|provided|given|shared)",
    "next (?:e-?mail|mail|message)",
  ].join("|"),
  "i",
);

// Sentence ends: 。!? (after NFKC), an English full stop before a space, a blank line, or a line break after a
// Japanese sentence-final form written without 。 (…します / …ください). A line wrapped mid-sentence is joined.
const SENTENCE_END = /[。!?]|\.(?=\s)|\n[ \t]{0,16}\n|[すたいん][ \t]{0,4}\n/g;
const CRLF = /\r\n?/g;

function passwordSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const take = (end: number) => {
    const s = text.slice(start, end);
    if (MENTIONS_PASSWORD.test(s)) out.push(s);
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    take(end);
    start = end;
  }
  take(text.length);
  return out;
}

/** Whether the mail's wording sends the password the same way as the file: see the rules above. */
export function promisesPasswordByMail(text: string): boolean {
  let byOther = false;
  let unspecified = false;
  for (const sentence of passwordSentences(text.replace(CRLF, "\n"))) {
    const other = OTHER_ROUTE.test(sentence);
    if (MAIL_CHANNEL.test(sentence.replace(NOT_MAIL_CHANNEL, "×"))) return true;
    if (other) byOther = true;
    else if (WILL_FOLLOW.test(sentence)) unspecified = true;
  }
  return unspecified && !byOther;
}

function isEncryptedZip(a: AttachmentSnapshot): boolean {
  if (a.inline) return false;
  // A partly protected archive still has its password sent with it.
  if (a.inspection) {
    return (
      a.inspection.kind === "zip" && (a.inspection.encryption === "encrypted" || a.inspection.partlyEncrypted === true)
    );
  }
  // Not inspected (bytes unavailable): a .zip plus password wording is PPAP in all but proof.
  return /\.zip$/i.test(a.name);
}

const settings = {
  id: "ppap",
  guidance: "2章-4",
  defaultAction: "warn",
  messageIds: ["ppap.password-separately", "ppap.password-in-mail"],
  options: {},
} as const satisfies CheckSettings;

export const ppap: CheckOf<typeof settings> = defineCheck(settings, {
  // The password already in this mail cannot be un-sent by a promise; a password still to be sent can.
  fixes: (f) =>
    f.messageId === "ppap.password-in-mail"
      ? [{ kind: "attachment-choices", attachments: list(f.data.attachments), choices: ["share-link", "remove"] }]
      : [{ kind: "checklist", items: ["fix.password-other-route"] }],
  run(ctx) {
    const outside = ctx.outsideFor("ppap");
    if (outside.length === 0) return [];
    const zips = ctx.snapshot.attachments.filter(isEncryptedZip).map((a) => a.name);
    if (zips.length === 0) return [];
    const text = (ctx.snapshot.subject + "\n" + ctx.snapshot.body).normalize("NFKC");
    const given = PASSWORD_GIVEN.test(text) || PASSWORD_SET_OUT.test(text);
    if (!given && !promisesPasswordByMail(text)) return [];
    return [
      {
        messageId: given ? "ppap.password-in-mail" : "ppap.password-separately",
        data: { attachments: zips, recipients: addressesOf(outside) },
      },
    ];
  },
});
