import type { Address } from "postal-mime";
import { parseMime } from "../../eml/parser";
import { htmlToText } from "../../eml/html-to-text";
import type { DraftRecipient } from "../../office-stand-in/index";
import type { ReceivedMessage } from "../../office-stand-in/read-mode";

function flat(list: readonly Address[] | undefined): DraftRecipient[] {
  const out: DraftRecipient[] = [];
  for (const a of list ?? []) {
    for (const m of a.group ?? [a]) {
      if (m.address) out.push({ emailAddress: m.address, ...(m.name ? { displayName: m.name } : {}) });
    }
  }
  return out;
}

function base64(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** The header block as Outlook's getAllInternetHeadersAsync gives it: everything before the first blank line. */
export function headerBlock(raw: string): string {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? raw.slice(0, m.index) : raw;
}

/**
 * A received message for the read-mode stand-in, from .eml bytes. The body the view shows is text: an HTML-only
 * mail is reduced to text here and its HTML never reaches the page.
 */
export async function emlToReceived(bytes: Uint8Array): Promise<{ message: Partial<ReceivedMessage>; text: string }> {
  // The CLI's parser, with its charset repairs (raw Shift_JIS headers, unlabelled Japanese text, UTF-7): a mail that
  // the CLI reads correctly must not turn into mojibake in the simulator.
  const email = await parseMime(bytes);
  // Headers are ASCII by RFC 5322; a latin1 view keeps every byte and gives the block back as sent.
  let raw = "";
  for (let i = 0; i < bytes.length; i += 0x8000) raw += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const from = flat(email.from ? [email.from] : [])[0];
  const text = email.text ?? (email.html ? htmlToText(email.html) : "");
  let n = 0;
  return {
    text,
    message: {
      itemId: `AAMkAGsim${Date.now().toString(36)}=`,
      subject: email.subject ?? "",
      ...(from ? { from, sender: from } : {}),
      to: flat(email.to),
      cc: flat(email.cc),
      internetHeaders: headerBlock(raw),
      body: email.html ? { type: "html", content: email.html } : { type: "text", content: email.text ?? "" },
      attachments: email.attachments.map((a) => {
        const data =
          a.content instanceof ArrayBuffer ? new Uint8Array(a.content) : new TextEncoder().encode(String(a.content));
        return {
          id: `sim-read-${n++}`,
          name: a.filename ?? "attachment",
          size: data.length,
          contentType: a.mimeType,
          isInline: a.disposition === "inline",
          contentBase64: base64(data),
        };
      }),
      eml: raw,
    },
  };
}

/** A built-in received message: a look-alike sender asking for a password change (for the report pane). */
export const SAMPLE_EML = [
  "Return-Path: <bounce@exarnple-go.jp>",
  "Authentication-Results: mx.example.go.jp; spf=fail smtp.mailfrom=exarnple-go.jp; dkim=none; dmarc=fail header.from=exarnple-go.jp",
  "From: =?UTF-8?B?57eP5YuZ6Kqy?= <somu@exarnple-go.jp>",
  "Reply-To: support@mail-check.example.net",
  "To: yamada@example.go.jp",
  "Subject: =?UTF-8?B?44CQ6KaB5a++5b+c44CR44OR44K544Ov44O844OJ5pu05paw?=",
  "Date: Thu, 26 Nov 2026 08:30:00 +0900",
  "Message-ID: <sample-suspicious@exarnple-go.jp>",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: 8bit",
  "",
  "職員各位",
  "",
  "パスワードの有効期限が切れます。本日中に次のページで更新してください。",
  "https://login.exarnple-go.jp.example.net/update",
  "",
  "総務課",
  "",
].join("\r\n");
