import type { Lang } from "../i18n/types";

/** The dialog's own words around the findings: short, plain, in our own phrasing. */
export interface AlertTexts {
  readonly head: { readonly warn: string; readonly block: string; readonly error: string };
  /** The block headline for a meeting invitation (OnAppointmentSend): it is not a "mail" to the user. */
  readonly blockInvitation: string;
  readonly incomplete: string;
  more(count: number): string;
  readonly fixPane: string;
  readonly sendAnywayButton: string;
  readonly pressAgain: string;
  readonly fixFirst: string;
  readonly errorBlocked: string;
  readonly seeAlso: string;
  /** Between two guidance links, so each reads as its own reference. */
  readonly linkSeparator: string;
  linkText(section: string): string;
  sectionTag(section: string): string;
  readonly cancelLabel: string;
  readonly bullet: string;
}

export const ALERT_TEXTS: Readonly<Record<Lang, AlertTexts>> = {
  ja: {
    head: {
      warn: "送信前に次の点を確認してください。",
      block: "このメールは送信できません。",
      error: "送信前チェックを完了できませんでした。",
    },
    blockInvitation: "この会議出席依頼は送信できません。",
    incomplete: "添付ファイルなど一部を確認できませんでした。",
    more: (n) => `ほか${n}件の指摘があります。`,
    fixPane: "「対処する」で直し方を確認できます。",
    sendAnywayButton: "問題がないことを確かめたうえで、そのまま送信することもできます。",
    pressAgain: "問題がないことを確かめたら、もう一度［送信］を押すとそのまま送信されます。",
    fixFirst: "内容や宛先を直してから送信してください。",
    errorBlocked: "少し待ってから送信し直すか、情報システム担当に連絡してください。",
    seeAlso: "参考:",
    linkSeparator: "、",
    linkText: (s) => `統一基準ハンドブック ${s}`,
    sectionTag: (s) => `（${s}）`,
    cancelLabel: "対処する",
    bullet: "・",
  },
  en: {
    head: {
      warn: "Check the following before sending.",
      block: "This message cannot be sent.",
      error: "The pre-send check could not finish.",
    },
    blockInvitation: "This meeting invitation cannot be sent.",
    incomplete: "Some parts, such as attachments, could not be checked.",
    more: (n) => `${n} more finding${n === 1 ? "" : "s"}.`,
    fixPane: "Choose “Fix” to see how to correct it.",
    sendAnywayButton: "If all is in order, you can send it anyway.",
    pressAgain: "If all is in order, press Send again to send it as it is.",
    fixFirst: "Correct the content or recipients, then send.",
    errorBlocked: "Wait a moment and send again, or contact your IT security desk.",
    seeAlso: "See:",
    linkSeparator: ", ",
    linkText: (s) => `Handbook ${s.replace("章", "")}`,
    sectionTag: (s) => ` (§${s.replace("章", "")})`,
    cancelLabel: "Fix",
    bullet: "- ",
  },
};
