import type { Lang } from "../core/i18n/types";

/**
 * What the integrated Report button's post-processing dialog says. Plain text: the dialog renders no markup.
 * Short, because the dialog is small and its length limit is not documented.
 */
export interface ReportButtonTexts {
  readonly title: string;
  /** The report reached the desk (a deliverer was configured). */
  readonly delivered: string;
  /** No way to deliver from here: the user finishes in the pane (Mailbox 1.14 has no commandId to open it). */
  readonly finishInPane: string;
  /** As finishInPane, when the pane sends straight to the desk (report.graph): one press, no compose window. */
  readonly finishInPaneDirect: string;
  /** The desk's number (and hours) after incidentFirst, when the policy gives them. */
  deskPhone(phone: string, hours?: string): string;
  /** Prepended when an answer was yes or unsure: handbook 4章-5 comes first. */
  readonly incidentFirst: string;
  readonly failed: string;
}

export const REPORT_BUTTON_TEXTS: Readonly<Record<Lang, ReportButtonTexts>> = {
  ja: {
    title: "不審なメールの報告",
    delivered: "報告窓口へ報告しました。窓口から連絡があれば、その指示に従ってください。",
    finishInPane:
      "報告はまだ送られていません。メールを開いたまま「不審メールを報告」ボタンで報告画面を開き、「報告する」を押して送信してください。",
    finishInPaneDirect:
      "報告はまだ送られていません。メールを開いたまま「不審メールを報告」ボタンで報告画面を開き、「報告する」を押すと窓口へ直接送られます。",
    deskPhone: (phone, hours) => `報告窓口の電話: ${phone}${hours ? `（受付: ${hours}）` : ""}。`,
    incidentFirst:
      "まずLANケーブルを抜き（無線LANは切る）、パソコンの電源は切らずにそのままにして、報告窓口へ電話してください。",
    failed: "報告を準備できませんでした。メールは削除せずそのままにして、報告窓口へ連絡してください。",
  },
  en: {
    title: "Report a suspicious mail",
    delivered: "The mail was reported to the reporting desk. If the desk contacts you, follow its instructions.",
    finishInPane:
      'The report has not been sent yet. With the mail open, use the "Report suspicious mail" button to open the report pane and press "Report" to send it.',
    finishInPaneDirect:
      'The report has not been sent yet. With the mail open, use the "Report suspicious mail" button to open the report pane and press "Report": it goes straight to the desk.',
    deskPhone: (phone, hours) => `Reporting desk phone: ${phone}${hours ? ` (hours: ${hours})` : ""}.`,
    incidentFirst:
      "First unplug the network cable (or switch wireless off), leave the computer switched on as it is, and call the reporting desk.",
    failed: "The report could not be prepared. Keep the mail as it is and contact the reporting desk.",
  },
};
