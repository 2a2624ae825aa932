import type { Lang } from "../core/i18n/types";

/** The delayed-delivery notice of the fix pane (policy send.delayOutsideMinutes). */
export interface DelayStrings {
  readonly held: (time: string) => string;
  readonly why: string;
  readonly sendNow: string;
  readonly released: string;
  /** Office.js documents no way to clear a delivery time, so a failed release says what still works. */
  readonly failed: string;
}

const ja: DelayStrings = {
  held: (time) => `組織外あてのため、このメールは ${time} まで配信を保留します。`,
  why: "保留中は Outlook on the web・新しい Outlook・Mac の［下書き］フォルダーから直したり取り消したりできます（従来の Outlook for Windows では取り消せません）。",
  sendNow: "保留の解除を試す",
  released:
    "保留を解除しました（Outlook に配信時刻の指定が残っていないことを確認済み）。送信するとすぐに配信されます。",
  failed:
    "この画面からは保留を解除できませんでした。アドインから配信時刻を消す方法は Outlook に用意されていません。保留は表示の時刻に自動で終わり、そのまま配信されます。急ぐ場合は、従来の Outlook for Windows ではメッセージの［オプション］タブ →［配信タイミング］で「指定日時以降に配信」のチェックを外してから送信してください。",
};

const en: DelayStrings = {
  held: (time) => `This message goes outside the organisation, so delivery is held until ${time}.`,
  why: "While it is held you can still edit or delete it from Drafts in Outlook on the web, new Outlook and Outlook for Mac (classic Outlook for Windows cannot call it back).",
  sendNow: "Try to release the hold",
  released:
    "The hold is released (Outlook reports no delivery time any more). The message is delivered as soon as it is sent.",
  failed:
    'The hold could not be released from here: Outlook offers add-ins no way to remove a delivery time. The hold ends by itself at the time shown and the message is then delivered. If it is urgent, in classic Outlook for Windows open the message\'s Options tab > Delay Delivery and clear "Do not deliver before" before you send.',
};

export const DELAY_STRINGS: Readonly<Record<Lang, DelayStrings>> = { ja, en };

/** "14:05" in the user's language; the date is left out because a hold lasts ten minutes at most. */
export function holdTime(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleTimeString(lang === "ja" ? "ja-JP" : "en-GB", { hour: "2-digit", minute: "2-digit" });
}
