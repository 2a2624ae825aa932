import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReceivedMessage } from "../../../src/office-stand-in/read-mode";
import { ROOT } from "../../helpers/mail";

/** A spoofed mail: look-alike of example.go.jp, DMARC fail, Reply-To at a free-mail address, a double extension. */
export const SPOOFED: Partial<ReceivedMessage> = {
  itemId: "AAMkAGI2THVSAAA=",
  subject: "【重要】アカウント確認のお願い",
  from: { emailAddress: "info@exarnple.go.jp", displayName: "例示省 情報システム課" },
  to: [{ emailAddress: "tanaka@example.go.jp" }],
  internetHeaders: [
    "Return-Path: <bounce@mailer.example.net>",
    "Authentication-Results: mx.example.go.jp; spf=fail smtp.mailfrom=mailer.example.net; dkim=none; dmarc=fail header.from=exarnple.go.jp",
    "From: info@exarnple.go.jp",
    "Reply-To: desk@gmail.com",
    "To: tanaka@example.go.jp",
    "Subject: check",
    "Message-ID: <x1@mailer.example.net>",
    "",
  ].join("\r\n"),
  body: {
    type: "html",
    content: '<p><a href="https://login.example.net/">https://www.example.go.jp/</a></p>',
  },
  attachments: [{ id: "a1", name: "請求書.pdf.exe", size: 1000, contentType: "application/octet-stream" }],
};

export const ZIPCRYPTO_BASE64 = readFileSync(join(ROOT, "test", "fixtures", "attachments", "zipcrypto.zip")).toString(
  "base64",
);

export const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"><b>太字</b>&amp;';
