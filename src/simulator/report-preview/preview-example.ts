import type { ReceivedMessage } from "../../office-stand-in/read-mode";

/** A made-up spoofed mail for the preview page: a look-alike of the organisation failing DMARC, a risky attachment. */
export const PREVIEW_EXAMPLE: Partial<ReceivedMessage> = {
  itemId: "AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAAAiQ8W967B7TKBjgx9rVEURBwA=",
  subject: "【至急】パスワードの有効期限について",
  from: { emailAddress: "helpdesk@exarnple.go.jp", displayName: "例示省 情報システム課" },
  to: [{ emailAddress: "tanaka@example.go.jp", displayName: "田中" }],
  internetHeaders: [
    "Return-Path: <bounce@mailer.example.net>",
    "Authentication-Results: mx.example.go.jp; spf=fail smtp.mailfrom=mailer.example.net; dkim=none; dmarc=fail header.from=exarnple.go.jp",
    "From: =?UTF-8?B?5L6L56S655yBIOaDheWgseOCt+OCueODhuODoOiqsg==?= <helpdesk@exarnple.go.jp>",
    "Reply-To: support@freemail.example.com",
    "To: tanaka@example.go.jp",
    "Subject: password",
    "Message-ID: <preview@mailer.example.net>",
    "",
  ].join("\r\n"),
  body: {
    type: "html",
    content:
      '<p>パスワードの有効期限が切れます。<a href="https://login.exarnple-go.jp.example.net/">https://www.example.go.jp/login</a> から更新してください。</p>',
  },
  attachments: [{ id: "0", name: "手順書.pdf.exe", size: 48000, contentType: "application/octet-stream" }],
};
