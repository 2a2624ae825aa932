#!/usr/bin/env python3
"""Writes the .eml test fixtures with Python's email package (a real MIME writer), covering the encodings Japanese
mail uses: ISO-2022-JP and Shift_JIS bodies, RFC 2047 encoded words, RFC 2231 file names, HTML-only bodies.
Run from the repository root: python3 scripts/make-eml-fixtures.py"""
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import encoders
import os

OUT = "test/fixtures/eml"


def write(name, msg):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(msg.as_bytes())


# ISO-2022-JP everywhere, as older Japanese clients send it; subject encoded as RFC 2047 B words.
m = MIMEMultipart()
m["From"] = str(Header("山田 太郎", "iso-2022-jp")) + " <yamada@example.go.jp>"
m["To"] = str(Header("取引先 担当", "iso-2022-jp")) + " <tanto@alpha.co.jp>"
m["Cc"] = "other@beta.co.jp"
m["Subject"] = Header("【機密性２】調査結果の送付", "iso-2022-jp")
m.attach(MIMEText("各位\n\n調査結果を送付します。\n", "plain", "iso-2022-jp"))
part = MIMEBase("application", "octet-stream")
part.set_payload(b"dummy")
encoders.encode_base64(part)
part.add_header("Content-Disposition", "attachment", filename=("iso-2022-jp", "", "【機密性３】名簿.xlsx"))
m.attach(part)
write("iso-2022-jp.eml", m)

# Shift_JIS body and an RFC 2231 Shift_JIS file name.
m = MIMEMultipart()
m["From"] = "yamada@example.go.jp"
m["To"] = "a@example.go.jp"
m["Subject"] = Header("FW: 検討メモ", "shift_jis")
m.attach(MIMEText("【転送禁止】\n検討メモです。\n", "plain", "shift_jis"))
part = MIMEBase("application", "pdf")
part.set_payload(b"%PDF-1.4\n")
encoders.encode_base64(part)
part.add_header("Content-Disposition", "attachment", filename=("shift_jis", "", "庁内限り_検討メモ.pdf"))
m.attach(part)
write("shift-jis.eml", m)

# A display name that claims an inside address, and a group with members.
m = EmailMessage()
m["From"] = "yamada@example.go.jp"
m["To"] = '"boss@example.go.jp" <x@evil.example>'
m["Cc"] = "Partners: a@alpha.co.jp, b@beta.co.jp;"
m["Subject"] = "=?UTF-8?Q?=E8=BB=A2=E9=80=81=3A_=E8=B3=87=E6=96=99?="
m.set_content("本文")
write("display-name-and-group.eml", m)

# HTML-only body with a marking inside markup and an inline image.
m = MIMEMultipart("related")
m["From"] = "yamada@example.go.jp"
m["To"] = "x@alpha.co.jp"
m["Subject"] = "資料"
m.attach(MIMEText("<html><body><p>各位</p><p><b>【機密性２】</b>資料&amp;説明</p></body></html>", "html", "utf-8"))
img = MIMEBase("image", "png")
img.set_payload(b"\x89PNG\r\n\x1a\n")
encoders.encode_base64(img)
img.add_header("Content-ID", "<image001@x>")
img.add_header("Content-Disposition", "inline", filename="image001.png")
m.attach(img)
write("html-only.eml", m)

# A mail forwarded as an attachment (message/rfc822 without a file name), its subject marked 機密性３.
inner = EmailMessage()
inner["From"] = "boss@example.go.jp"
inner["To"] = "yamada@example.go.jp"
inner["Subject"] = "【機密性３】人事案"
inner.set_content("人事案です。\n")
inner.add_attachment(b"x", maintype="application", subtype="octet-stream", filename="関係者限り_名簿.xlsx")
m = EmailMessage()
m["From"] = "yamada@example.go.jp"
m["To"] = "x@alpha.co.jp"
m["Subject"] = "参考送付"
m.set_content("参考までに転送します。\n")
m.add_attachment(inner)
write("forward-as-attachment.eml", m)
