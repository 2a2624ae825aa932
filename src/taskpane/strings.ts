import type { CheckId } from "../core/checks/ids";
import type { AttachmentChoice } from "../core/fixes/fix-options";
import type { Lang } from "../core/i18n/types";

/** Every word of the fix pane, Japanese first, in our own phrasing. Mail content never goes through these. */
const ja = {
  title: "送信前チェック",
  loading: "メールを確認しています…",
  readFailed: "メールの内容を読み取れませんでした。",
  retry: "もう一度確認する",
  openedFrom: (n: number, fixed: number) =>
    fixed > 0 ? `送信時の指摘${n}件のうち${fixed}件を解消しました。` : `送信時に指摘が${n}件ありました。`,
  headline: {
    blocked: (n: number) => `このままでは送信できません（${n}件）`,
    todo: (n: number) => `確認が必要な指摘が${n}件あります`,
    ready: "対処が必要な指摘はありません",
  },
  blockHeading: "送信できない理由",
  othersHeading: "そのほかの指摘",
  othersNote: "送信できない理由を解消したあとも、次の点を確認してください。",
  infoHeading: "参考（対応は不要です）",
  progress: { open: "未対応", done: "確認済み", blocked: "要修正" } as Record<string, string>,
  insteadHeading: "代わりにできること",
  instead: {
    "external-confidential.secret":
      "この格付の情報は、メールで組織外へ送れません。渡す必要があるときは、格付を決めた人（決定者）に相談し、組織で決められた渡し方に従ってください。該当する添付だけを外せば、残りは送信できます。",
    "handling-restriction.no-send":
      "「送信禁止」の情報は、メールでは送れません。渡す必要があるときは、表示を付けた人（決定者）に渡し方を相談してください。該当する添付だけを外せば、残りは送信できます。",
    default:
      "この指摘が残っている間は送信できません。宛先や内容を直すか、判断に迷うときは情報セキュリティ担当に相談してください。",
  } as Record<string, string>,
  choices: {
    legend: "どう直しますか",
    label: {
      "replace-encrypted": "暗号化したファイルに差し替える",
      "share-link": "共有リンクで渡す",
      remove: "ファイルを外して送る",
    } as Record<AttachmentChoice, string>,
    how: {
      "replace-encrypted":
        "暗号化したファイルを添付し、下のボタンで元のファイルを外してください。添付が変わると自動で確かめ直します。パスワードはメール以外で伝えます。",
      "share-link":
        "組織で認められたオンラインストレージに置いて共有リンクを本文に書き、下のボタンでファイルを外してください。",
      remove: "このファイルを付けずに送ります。",
    } as Record<AttachmentChoice, string>,
    removeButton: (name: string) => `「${name}」を外す`,
    gone: "対象の添付はもうありません。",
  },
  fromDialogTruncated: "指摘が多いため、送信時の一覧は一部だけ受け取りました。下の一覧は現在のメールの状態です。",
  clean: "指摘はありません。このまま送信できます。",
  findingsHeading: "指摘と直し方",
  resolvedHeading: "対処済み",
  resolved: (title: string) => `${title} — 解消しました`,
  severity: { block: "送信不可", warn: "要確認", info: "参考" } as Record<string, string>,
  guidance: (section: string) => `統一基準ハンドブック ${section} の解説`,
  opensNewWindow: "（新しいウィンドウで開きます）",
  why: {
    "bcc-expected": "「宛先」「CC」は受信者全員に見えるため、別々の組織のアドレスが互いに知られてしまいます。",
    "external-confidential": "要機密情報を組織外へ出せるかは、格付を決めた人が判断します。",
    "unencrypted-attachment": "誤送信や盗み見に備え、要機密の添付は暗号化して送ります。",
    "handling-restriction": "取扱制限の表示は、情報を扱える範囲と方法を決めています。",
    "lookalike-domain": "よく似たドメインは、なりすましや打ち間違いの典型です。",
    "freemail-recipient": "個人のメールアドレスは組織の管理が及ばず、情報が残り続けます。",
    "label-inheritance": "添付から作った情報は、元の格付を引き継ぎます。",
    ppap: "同じ経路で送るパスワードは、添付と一緒に盗まれます。",
    "unlabelled-attachment": "格付がないと、受け取った人が扱い方を判断できません。",
    "new-domain-in-reply": "返信には過去のやり取りが引用されるため、新しい宛先にはそれまでの内容も届きます。",
  } as Record<CheckId, string>,
  moveToBcc: {
    legend: "BCCに移す宛先",
    button: (n: number) => `選んだ${n}件をBCCに移す`,
    none: "移す宛先を選んでください",
    done: (n: number) => `${n}件をBCCに移しました。`,
    failed: "BCCに移せなかった宛先（「宛先」「CC」に残っています）",
  },
  subject: {
    label: "件名に付ける格付",
    // Full-width, as the marking itself is written (markingText).
    level: (n: number) => `機密性${"０１２３４".charAt(n) || n}`,
    preview: "変更後の件名",
    button: "この件名にする",
    done: "件名を変更しました。",
    changed:
      "件名が変わっていたため、変更しませんでした。新しい件名で表示し直したので、確かめてからもう一度押してください。",
  },
  removeAttachment: { button: (name: string) => `添付「${name}」を外す`, done: "添付を外しました。" },
  removeRecipients: {
    button: (n: number) => `この宛先${n}件を削除する`,
    done: "宛先を削除しました。",
    failed: "削除できなかった宛先",
  },
  checklist: "確認したらチェックを付けてください",
  failed: (detail: string) => `変更できませんでした: ${detail}`,
  field: { to: "宛先", cc: "CC", bcc: "BCC" } as Record<string, string>,
  send: {
    button: "送信",
    blocked: (n: number) => `送信できない理由が${n}件残っています。解消すると送信できます。`,
    todo: (n: number) => `未対応の指摘が${n}件あります。各指摘の直し方に沿って対処してください。`,
    ready: "すべての指摘に対処しました。",
    readySendAsync: "［送信］を押すと、もう一度チェックしてから送信します。",
    pressSend: "Outlookの［送信］ボタンを押して送信してください。",
    sending: "送信しています…",
    notSent: "送信されませんでした。Outlookの表示を確認してください。",
  },
  unread: "一部の添付を読み取れなかったため、送信時にもう一度確認されます。",
};

export type Strings = typeof ja;

const en: Strings = {
  title: "Send check",
  loading: "Checking your message…",
  readFailed: "Could not read the message.",
  retry: "Check again",
  openedFrom: (n, fixed) =>
    fixed > 0
      ? `${fixed} of the ${n} ${n === 1 ? "finding" : "findings"} at Send ${fixed === 1 ? "is" : "are"} resolved.`
      : `Send found ${n} ${n === 1 ? "finding" : "findings"}.`,
  headline: {
    blocked: (n) => `This message cannot be sent as it is (${n})`,
    todo: (n) => `${n} ${n === 1 ? "finding needs" : "findings need"} your attention`,
    ready: "Nothing left to fix",
  },
  blockHeading: "Why it cannot be sent",
  othersHeading: "Other findings",
  othersNote: "Once the reasons above are resolved, check these too.",
  infoHeading: "For information (no action needed)",
  progress: { open: "Open", done: "Confirmed", blocked: "Must change" },
  insteadHeading: "What you can do instead",
  instead: {
    "external-confidential.secret":
      "Information of this class cannot be e-mailed outside the organisation. If it must reach them, ask the person who classified it and hand it over the way your organisation prescribes. Remove just the affected attachment and the rest can be sent.",
    "handling-restriction.no-send":
      "Information marked 送信禁止 (do not send) cannot go by e-mail. If it must reach someone, ask the person who marked it how to hand it over. Remove just the affected attachment and the rest can be sent.",
    default:
      "The message cannot be sent while this finding remains. Change the recipients or content, or ask your information security staff if unsure.",
  },
  choices: {
    legend: "How do you want to fix it?",
    label: {
      "replace-encrypted": "Replace it with an encrypted file",
      "share-link": "Share a link instead",
      remove: "Send without the file",
    },
    how: {
      "replace-encrypted":
        "Attach the encrypted file, then remove the original with the button below. The add-in checks attachments again as soon as they change. Pass the password on by another route than e-mail.",
      "share-link":
        "Put the file in your organisation's approved online storage, write the sharing link in the message, then remove the file with the button below.",
      remove: "The message goes without this file.",
    },
    removeButton: (name) => `Remove "${name}"`,
    gone: "The attachment is no longer there.",
  },
  fromDialogTruncated:
    "There were many findings, so only some came with the dialog. The list below is the message now.",
  clean: "Nothing to fix. You can send this message.",
  findingsHeading: "Findings and fixes",
  resolvedHeading: "Resolved",
  resolved: (title) => `${title} — resolved`,
  severity: { block: "Cannot send", warn: "Check", info: "Note" },
  guidance: (section) => `Handbook section ${section.replace("章", "")} guidance`,
  opensNewWindow: "(opens in a new window)",
  why: {
    "bcc-expected": "Everyone can see To and Cc, so addresses of separate organisations leak to each other.",
    "external-confidential": "Whether confidential information may leave is for the person who classified it.",
    "unencrypted-attachment": "Confidential attachments are encrypted in case mail goes astray or is read in transit.",
    "handling-restriction": "A handling restriction says who may receive the information and how.",
    "lookalike-domain": "A domain that looks like a familiar one is a classic sign of a typo or impersonation.",
    "freemail-recipient": "Personal mailboxes are outside the organisation's control and keep copies forever.",
    "label-inheritance": "Information taken from an attachment keeps the attachment's classification.",
    ppap: "A password sent the same way as the file is stolen together with it.",
    "unlabelled-attachment": "Without a classification the recipient cannot tell how to handle the file.",
    "new-domain-in-reply": "A reply quotes the earlier exchange, so a new recipient receives all of it too.",
  },
  moveToBcc: {
    legend: "Recipients to move to Bcc",
    button: (n) => `Move ${n} selected to Bcc`,
    none: "Choose recipients to move",
    done: (n) => `Moved ${n} to Bcc.`,
    failed: "Could not move (still in To/Cc)",
  },
  subject: {
    label: "Classification to add to the subject",
    level: (n) => `Confidentiality ${n} (機密性${"０１２３４".charAt(n) || n})`,
    preview: "New subject",
    button: "Use this subject",
    done: "Subject changed.",
    changed:
      "The subject had changed, so nothing was written. The preview now shows the new subject; check it and press again.",
  },
  removeAttachment: { button: (name) => `Remove attachment "${name}"`, done: "Attachment removed." },
  removeRecipients: {
    button: (n) => `Remove ${n === 1 ? "this recipient" : `these ${n} recipients`}`,
    done: "Recipients removed.",
    failed: "Could not remove",
  },
  checklist: "Tick when you have confirmed",
  failed: (detail) => `Could not change the message: ${detail}`,
  field: { to: "To", cc: "Cc", bcc: "Bcc" },
  send: {
    button: "Send",
    blocked: (n) =>
      `${n} ${n === 1 ? "reason stops" : "reasons stop"} this message. Resolve ${n === 1 ? "it" : "them"} and you can send.`,

    todo: (n) => `${n} ${n === 1 ? "finding is" : "findings are"} still open. Follow the fix on each card.`,
    ready: "Every finding is handled.",
    readySendAsync: "Send checks the message once more, then sends it.",
    pressSend: "Press Send in Outlook to send the message.",
    sending: "Sending…",
    notSent: "The message was not sent. See Outlook's message.",
  },
  unread: "Some attachments could not be read; Send will check them again.",
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { ja, en };
