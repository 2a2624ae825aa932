import type { Lang } from "../../core/i18n/types";
import type { MoveFailure, MoveTarget } from "../../office/report/after-report";
import type { FallbackReason } from "../../office/report/deliver-report";

/**
 * What the report pane itself says (the questions, steps and sign sentences come from core/suspicious's catalogs).
 * Our own wording, from the handbook's facts: 4章-4 (report a suspicious mail to the desk and follow its
 * instructions; do not open its attachments or links) and 4章-5 (if infection is possible: unplug the LAN, keep the
 * machine on as it is, call the desk).
 */
export interface ReportPaneStrings {
  readonly title: string;
  readonly loading: string;
  readonly from: string;
  readonly subject: string;
  readonly questionsHeading: string;
  readonly questionsHint: string;
  readonly signsHeading: string;
  readonly signsNone: string;
  readonly signsNotVerdict: string;
  readonly missingHeaders: string;
  readonly missingBody: string;
  readonly missingAttachment: (name: string) => string;
  readonly reportHeading: string;
  readonly reportExplain: (mailbox: string) => string;
  readonly reportButton: string;
  readonly reportOpening: string;
  readonly noMailbox: string;
  readonly opened: string;
  readonly openedDetail: string;
  readonly failedNoItemId: string;
  readonly failedUnsupported: string;
  readonly failedOther: string;
  readonly manualForward: string;
  readonly afterKeep: string;
  readonly afterJunk: string;
  readonly afterDelete: string;
  /** Why the user moves the mail by hand after the compose form: the pane cannot see that Send was pressed. */
  readonly afterManualWhy: string;
  /** afterReport after a Graph delivery: the pane moves the mail itself. */
  readonly moving: (to: MoveTarget) => string;
  readonly moved: (to: MoveTarget) => string;
  /** The report is delivered but the move failed: say so, why, and what to do by hand. */
  readonly moveFailed: (to: MoveTarget, why: MoveFailure) => string;
  readonly fromButton: string;
  readonly readError: string;
  /** Graph delivery (report.graph in the policy): the report goes straight to the desk, no compose window. */
  readonly reportExplainDirect: (mailbox: string) => string;
  readonly reportSending: string;
  readonly sent: string;
  readonly sentDetail: string;
  /** Why the compose form opened instead of a direct delivery. */
  readonly fallback: (why: FallbackReason) => string;
  readonly callDesk: (phone: string) => string;
  readonly deskPhoneLabel: string;
  readonly deskHours: (hours: string) => string;
}

export const REPORT_PANE_STRINGS: Readonly<Record<Lang, ReportPaneStrings>> = {
  ja: {
    title: "不審なメールの確認と報告",
    loading: "メールを確認しています…",
    from: "差出人",
    subject: "件名",
    questionsHeading: "まず教えてください",
    questionsHint: "「はい」か「わからない」があれば、最初にすべきことを上に表示します。",
    signsHeading: "このメールの気になる点",
    signsNone: "自動の確認では、特に気になる点は見つかりませんでした。",
    signsNotVerdict: "これは判断の手がかりです。安全かどうかを決めるものではありません。迷ったら報告してください。",
    missingHeaders: "メールのヘッダーを読めなかったため、送信元の認証（なりすましの確認）はできていません。",
    missingBody: "本文を読めなかったため、リンクの確認はできていません。",
    missingAttachment: (name) => `添付ファイル「${name}」の中身は確認できていません。`,
    reportHeading: "報告窓口へ報告する",
    reportExplain: (mailbox) =>
      `元のメールを加工せずに添付した報告メールを作成します。宛先は報告窓口（${mailbox}）です。作成されたメールを確かめて送信してください。`,
    reportButton: "報告する",
    reportOpening: "報告メールを作成しています…",
    noMailbox: "報告窓口のアドレスが設定されていません。管理者に連絡してください。",
    opened: "報告メールを作成しました",
    openedDetail: "新しいウィンドウの報告メールを確かめて、送信してください。送信するまで報告は届きません。",
    failedNoItemId: "このメールは添付できる形で開かれていないため、報告メールを作成できませんでした。",
    failedUnsupported: "この Outlook では、アドインから報告メールを作成できません。",
    failedOther: "報告メールを作成できませんでした。",
    manualForward:
      "手作業で報告してください：このメールを「添付ファイルとして転送」で報告窓口へ送ります。本文への転送ではヘッダーが失われます。",
    afterKeep: "報告を送ったあとも、窓口の指示があるまでこのメールは残しておいてください。",
    afterJunk: "報告を送ったら、このメールを「迷惑メール」フォルダーへ移してください。",
    afterDelete: "報告を送ったら、このメールを削除してください。",
    afterManualWhy:
      "報告メールは作成画面から送られるため、この画面では送信を確かめてから移動・削除することができません。お手数ですが手作業でお願いします。",
    moving: (to) =>
      to === "junk"
        ? "このメールを「迷惑メール」フォルダーへ移動しています…"
        : "このメールを「削除済みアイテム」へ移動しています…",
    moved: (to) =>
      to === "junk"
        ? "このメールは「迷惑メール」フォルダーへ移動しました。"
        : "このメールは「削除済みアイテム」へ移動しました。",
    moveFailed: (to, why) =>
      (to === "junk"
        ? "このメールを「迷惑メール」フォルダーへ移動できませんでした"
        : "このメールを「削除済みアイテム」へ移動できませんでした") +
      `（${
        {
          "no-item-id": "このメールを特定できませんでした",
          unsupported: "この Outlook ではアドインからメールを移動できません",
          shared: "共有メールボックスや代理で開いているメールは、アドインからは移動しません",
          consent: "メールを移動する権限（Mail.ReadWrite）の同意を得られませんでした",
          "not-found": "すでに移動または削除されているようです",
          forbidden: "メールの移動が許可されませんでした",
          graph: "メールのサービスが応答しませんでした",
        }[why]
      }）。報告は窓口に届いています。` +
      (to === "junk"
        ? "お手数ですが、手作業で「迷惑メール」フォルダーへ移してください。"
        : "お手数ですが、手作業で削除してください。"),
    fromButton: "「窓口へ報告」ボタンで答えた内容を反映しています。",
    readError: "メールを読み取れませんでした。報告窓口へ連絡してください。",
    reportExplainDirect: (mailbox) =>
      `元のメールを加工せずに添付して、報告窓口（${mailbox}）へ直接送ります。メールの作成画面は開きません。`,
    reportSending: "報告窓口へ送信しています…",
    sent: "報告窓口へ送信しました",
    sentDetail: "元のメールを添付した報告が窓口に届きました。窓口から連絡があれば、その指示に従ってください。",
    fallback: (why) =>
      ({
        "not-configured": "自動送信が設定されていないため、報告メールの作成画面を開きます。",
        "naa-unsupported": "この Outlook ではアドインから直接送信できないため、報告メールの作成画面を開きます。",
        "no-eml": "元のメールを読み出せなかったため、報告メールの作成画面を開きます。",
        "sign-in": "サインインできなかったため、直接送信できませんでした。代わりに報告メールの作成画面を開きます。",
        "too-large": "元のメールが大きすぎて直接送信できないため、報告メールの作成画面を開きます。",
        upload:
          "元のメールが大きいため分けて送ろうとしましたが、途中で失敗しました。代わりに報告メールの作成画面を開きます。",
        graph: "送信サービスが応答しなかったため、直接送信できませんでした。代わりに報告メールの作成画面を開きます。",
      })[why],
    callDesk: (phone) => `報告窓口に電話する（${phone}）`,
    deskPhoneLabel: "報告窓口の電話: ",
    deskHours: (hours) => `受付: ${hours}`,
  },
  en: {
    title: "Check and report a suspicious mail",
    loading: "Checking the mail…",
    from: "From",
    subject: "Subject",
    questionsHeading: "First, tell us",
    questionsHint: 'If any answer is "Yes" or "Not sure", what to do first appears at the top.',
    signsHeading: "What looks suspicious",
    signsNone: "The automatic checks found nothing in particular.",
    signsNotVerdict: "These are clues, not a verdict on whether the mail is safe. If in doubt, report it.",
    missingHeaders: "The mail's headers could not be read, so the sender's authentication (spoofing) was not checked.",
    missingBody: "The body could not be read, so the links were not checked.",
    missingAttachment: (name) => `The contents of the attachment "${name}" were not checked.`,
    reportHeading: "Report to the reporting desk",
    reportExplain: (mailbox) =>
      `This creates a report mail with the original attached unmodified, addressed to the reporting desk (${mailbox}). Check it and send it.`,
    reportButton: "Report",
    reportOpening: "Creating the report mail…",
    noMailbox: "No reporting desk address is set up. Please tell your administrator.",
    opened: "The report mail is ready",
    openedDetail: "Check the report mail in the new window and send it. The report only arrives once it is sent.",
    failedNoItemId: "This mail is not open in a way that lets it be attached, so the report mail could not be created.",
    failedUnsupported: "This version of Outlook does not let add-ins create the report mail.",
    failedOther: "The report mail could not be created.",
    manualForward:
      'Report it by hand: use "Forward as attachment" to send this mail to the reporting desk. An inline forward loses the headers.',
    afterKeep: "After sending the report, keep this mail until the desk tells you otherwise.",
    afterJunk: "After sending the report, move this mail to the Junk Email folder.",
    afterDelete: "After sending the report, delete this mail.",
    afterManualWhy:
      "The report mail is sent from the compose window, so this pane cannot tell when it has gone and cannot move or delete this mail for you. Please do it by hand.",
    moving: (to) =>
      to === "junk" ? "Moving this mail to the Junk Email folder…" : "Moving this mail to Deleted Items…",
    moved: (to) =>
      to === "junk"
        ? "This mail has been moved to the Junk Email folder."
        : "This mail has been moved to Deleted Items.",
    moveFailed: (to, why) =>
      `${to === "junk" ? "This mail could not be moved to the Junk Email folder" : "This mail could not be moved to Deleted Items"} (${
        {
          "no-item-id": "the mail could not be identified",
          unsupported: "this Outlook does not let add-ins move mail",
          shared: "the add-in does not move mail in a shared mailbox or one you open as a delegate",
          consent: "permission to move mail (Mail.ReadWrite) was not granted",
          "not-found": "it seems to have been moved or deleted already",
          forbidden: "moving it was not allowed",
          graph: "the mail service did not respond",
        }[why]
      }). The desk has your report. ${to === "junk" ? "Please move it to the Junk Email folder by hand." : "Please delete it by hand."}`,
    fromButton: 'Your answers from the "Report to desk" button are filled in.',
    readError: "The mail could not be read. Please contact the reporting desk.",
    reportExplainDirect: (mailbox) =>
      `This sends the original, unmodified, straight to the reporting desk (${mailbox}). No compose window opens.`,
    reportSending: "Sending to the reporting desk…",
    sent: "Sent to the reporting desk",
    sentDetail:
      "The desk has your report with the original attached. If the desk contacts you, follow its instructions.",
    fallback: (why) =>
      ({
        "not-configured": "Direct sending is not set up, so the report mail opens for you to send.",
        "naa-unsupported":
          "This Outlook cannot send from the add-in directly, so the report mail opens for you to send.",
        "no-eml": "The original could not be read out, so the report mail opens for you to send.",
        "sign-in": "Sign-in failed, so the report could not be sent directly. The report mail opens for you to send.",
        "too-large": "The original is too large to send directly, so the report mail opens for you to send.",
        upload:
          "The original is large, so it was being sent in parts, but the upload failed. The report mail opens for you to send.",
        graph:
          "The mail service did not accept the report, so it could not be sent directly. The report mail opens for you to send.",
      })[why],
    callDesk: (phone) => `Call the reporting desk (${phone})`,
    deskPhoneLabel: "Reporting desk phone: ",
    deskHours: (hours) => `Hours: ${hours}`,
  },
};
