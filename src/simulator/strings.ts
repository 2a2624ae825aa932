import type { Lang } from "../core/i18n/types";

/** The simulator's own words (the pretend Outlook around the add-in), Japanese first. */
const ja = {
  title: "sendcheck シミュレーター",
  intro:
    "Outlook を使わずに、ビルドした送信チェック（launchevent.js）と対処ウィンドウ（taskpane.html）を動かします。Office.js はブラウザー内のスタンドインです。",
  client: "クライアントの設定",
  mailboxVersion: "要件セット（Mailbox）",
  versionHint: (v: string): string =>
    v === "1.15" || v === "1.16"
      ? "Markdown・対処する・そのまま送信・作業ウィンドウからの送信"
      : v === "1.14"
        ? "対処する・そのまま送信（Markdown なし）"
        : "古いクライアント: もう一度［送信］でそのまま送信",
  language: "表示言語",
  theme: "テーマ",
  themes: { light: "ライト", dark: "ダーク" } as Record<"light" | "dark", string>,
  latency: "1回の呼び出しの遅延（ミリ秒）",
  fault: "障害の注入",
  faults: {
    none: "なし",
    "body-fails": "本文の読み取りが失敗する",
    "body-hangs": "本文の読み取りが応答しない",
    "attachment-fails": "添付の読み取りが失敗する",
    "session-full": "sessionData が満杯",
    "bcc-add-fails": "BCC への追加が失敗する",
  },
  sample: "サンプル",
  loadSample: "サンプルを読み込む",
  sampleLoaded: (name: string) =>
    `読み込み済み: ${name}（編集しても残ります。別のサンプルを選ぶと下書きを置き換えます）`,
  compose: "新しいメッセージ",
  from: "差出人",
  to: "宛先",
  cc: "CC",
  bcc: "BCC",
  addressesHint: "複数のアドレスはカンマで区切ります",
  subject: "件名",
  body: "本文",
  attach: "ファイルを添付",
  attachments: "添付ファイル",
  removeAttachment: (name: string) => `「${name}」を削除`,
  send: "送信",
  openPane: "指摘を確認",
  closePane: "作業ウィンドウを閉じる",
  checking: "送信前チェックを実行しています…",
  slow: "送信前チェックに予想より時間がかかっています。",
  sent: "送信しました",
  sentSummary: "送信されたメッセージ",
  header: "監査ヘッダー",
  none: "（なし）",
  newMessage: "新しいメッセージを作成",
  dialog: {
    title: "送信前チェック",
    sendAnyway: "そのまま送信",
    dontSend: "送信しない",
    takeAction: "対処する",
  },
  pane: "作業ウィンドウ",
  paneTitle: "送信前チェック（作業ウィンドウ）",
  log: "イベントの記録",
  readView: "受信メールの表示（閲覧モード）",
  ribbonLabel: "リボン",
  tabs: ["ホーム", "表示", "ヘルプ"],
  messageTab: "メッセージ",
  addinButton: "送信前チェック",
  removeRecipient: (who: string) => `${who} を削除`,
  attachmentTile: (name: string, size: string) => `${name}、${size}`,
};

export type SimStrings = typeof ja;

const en: SimStrings = {
  title: "sendcheck simulator",
  intro:
    "Runs the built send check (launchevent.js) and fix pane (taskpane.html) without Outlook. Office.js is an in-browser stand-in.",
  client: "Client",
  mailboxVersion: "Requirement set (Mailbox)",
  versionHint: (v) =>
    v === "1.15" || v === "1.16"
      ? "Markdown, Take Action, Send Anyway, send from the pane"
      : v === "1.14"
        ? "Take Action and Send Anyway (no Markdown)"
        : "Older client: press Send again to send anyway",
  language: "Display language",
  theme: "Theme",
  themes: { light: "Light", dark: "Dark" },
  latency: "Latency per call (ms)",
  fault: "Injected failure",
  faults: {
    none: "None",
    "body-fails": "Reading the body fails",
    "body-hangs": "Reading the body never answers",
    "attachment-fails": "Reading an attachment fails",
    "session-full": "sessionData is full",
    "bcc-add-fails": "Adding to Bcc fails",
  },
  sample: "Sample",
  loadSample: "Load sample",
  sampleLoaded: (name: string) => `Loaded: ${name} (kept while you edit; choosing another sample replaces the draft)`,
  compose: "New message",
  from: "From",
  to: "To",
  cc: "Cc",
  bcc: "Bcc",
  addressesHint: "Separate addresses with commas",
  subject: "Subject",
  body: "Body",
  attach: "Attach files",
  attachments: "Attachments",
  removeAttachment: (name) => `Remove "${name}"`,
  send: "Send",
  openPane: "Review findings",
  closePane: "Close the task pane",
  checking: "Running the send check…",
  slow: "The send check is taking longer than expected.",
  sent: "Sent",
  sentSummary: "The message that was sent",
  header: "Audit header",
  none: "(none)",
  newMessage: "Write a new message",
  dialog: { title: "Send Check", sendAnyway: "Send Anyway", dontSend: "Don't Send", takeAction: "Take Action" },
  pane: "Task pane",
  paneTitle: "Send Check (task pane)",
  log: "Event log",
  readView: "Received message (read mode)",
  ribbonLabel: "Ribbon",
  tabs: ["Home", "View", "Help"],
  messageTab: "Message",
  addinButton: "Send Check",
  removeRecipient: (who) => `Remove ${who}`,
  attachmentTile: (name, size) => `${name}, ${size}`,
};

export const SIM_STRINGS: Readonly<Record<Lang, SimStrings>> = { ja, en };
