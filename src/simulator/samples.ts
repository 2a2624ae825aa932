import type { Draft, DraftAttachment } from "../office-stand-in/index";

/** Base64 of UTF-8 text, for sample attachments made in the browser. */
export function textFileBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

let nextId = 1;
/** Opaque ids, as Outlook on the web uses (classic Outlook uses indexes; the checks never rely on either). */
export function attachmentId(): string {
  return `sim-att-${nextId++}`;
}

function textAttachment(name: string, text: string): DraftAttachment {
  const contentBase64 = textFileBase64(text);
  return { id: attachmentId(), name, size: new TextEncoder().encode(text).length, contentBase64 };
}

const FROM = { emailAddress: "yamada@example.go.jp", displayName: "山田 太郎" };

export interface Sample {
  readonly id: string;
  readonly ja: string;
  readonly en: string;
  draft(): Partial<Draft>;
}

/** Built-in drafts, one per situation worth showing; each makes fresh attachment ids. */
export const SAMPLES: readonly Sample[] = [
  {
    id: "empty",
    ja: "新しいメッセージ（空）",
    en: "New message (empty)",
    draft: () => ({ from: FROM }),
  },
  {
    id: "two-organisations",
    ja: "組織外の2つの組織がCCで見える",
    en: "Two outside organisations visible in CC",
    draft: () => ({
      from: FROM,
      to: [{ emailAddress: "info@alpha-kaisha.co.jp", displayName: "アルファ株式会社" }],
      cc: [{ emailAddress: "contact@beta-corp.co.jp" }, { emailAddress: "office@gamma.or.jp" }],
      subject: "説明会のご案内",
      body: "関係者各位\n\n説明会を下記のとおり開催します。\n",
    }),
  },
  {
    id: "secret-attachment",
    ja: "機密性３の添付を組織外へ",
    en: "機密性３ attachment to an outside address",
    draft: () => ({
      from: FROM,
      to: [{ emailAddress: "tanto@partner.example.co.jp" }],
      subject: "調達仕様書（案）の送付",
      body: "お世話になっております。\n仕様書の案を送付します。\n",
      attachments: [textAttachment("【機密性３】調達仕様書（案）.txt", "【機密性３】\n調達仕様書（案）\n")],
    }),
  },
  {
    id: "internal",
    ja: "組織内だけの連絡",
    en: "Internal only",
    draft: () => ({
      from: FROM,
      to: [{ emailAddress: "kakari@example.go.jp" }],
      cc: [{ emailAddress: "kacho@sub.example.go.jp" }],
      subject: "会議室の予約について",
      body: "明日の会議室を予約しました。\n",
    }),
  },
  {
    id: "lookalike",
    ja: "よく似たドメインの宛先",
    en: "Look-alike recipient domain",
    draft: () => ({
      from: FROM,
      to: [{ emailAddress: "soumu@exarnple.go.jp" }],
      subject: "資料送付",
      body: "資料を送付します。\n",
    }),
  },
  {
    id: "label-inheritance",
    ja: "添付の格付が件名より高い",
    en: "Attachment marked higher than the subject",
    draft: () => ({
      from: FROM,
      to: [{ emailAddress: "tanto@partner.example.co.jp" }],
      subject: "検討資料",
      body: "検討資料を添付します。\n",
      attachments: [textAttachment("【機密性２】検討資料.txt", "【機密性２】\n検討資料\n")],
    }),
  },
];
