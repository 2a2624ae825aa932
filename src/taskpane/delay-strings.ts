import type { Lang } from "../core/i18n/types";

/** The delayed-delivery notice of the fix pane (policy send.delayOutsideMinutes). */
export interface DelayStrings {
  readonly held: (time: string) => string;
  readonly why: string;
  readonly sendNow: string;
  readonly released: string;
  readonly failed: string;
}

const ja: DelayStrings = {
  held: (time) => `組織外あてのため、このメールは ${time} まで配信を保留します。`,
  why: "保留中は Outlook on the web・新しい Outlook・Mac の［下書き］フォルダーから直したり取り消したりできます（従来の Outlook for Windows では取り消せません）。",
  sendNow: "保留せずに送る",
  released: "保留を解除しました。送信するとすぐに配信されます。",
  failed: "保留を解除できませんでした。もう一度お試しください。",
};

const en: DelayStrings = {
  held: (time) => `This message goes outside the organisation, so delivery is held until ${time}.`,
  why: "While it is held you can still edit or delete it from Drafts in Outlook on the web, new Outlook and Outlook for Mac (classic Outlook for Windows cannot call it back).",
  sendNow: "Send without holding",
  released: "The hold is released. The message is delivered as soon as it is sent.",
  failed: "The hold could not be released. Please try again.",
};

export const DELAY_STRINGS: Readonly<Record<Lang, DelayStrings>> = { ja, en };

/** "14:05" in the user's language; the date is left out because a hold lasts ten minutes at most. */
export function holdTime(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleTimeString(lang === "ja" ? "ja-JP" : "en-GB", { hour: "2-digit", minute: "2-digit" });
}
