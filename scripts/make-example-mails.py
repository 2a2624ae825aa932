#!/usr/bin/env python3
"""Writes the example mails in examples/ with Python's own email package, so the encodings (ISO-2022-JP,
RFC 2047 words, RFC 2231 file names, base64 parts) are what real mail software produces.
Run from the repository root: python3 scripts/make-example-mails.py"""
from email.message import EmailMessage
from email.policy import SMTP
from email.headerregistry import Address
import os

OUT = "examples"


def mail(name, sender, to=(), cc=(), bcc=(), subject="", body="", charset="utf-8", attachments=()):
    m = EmailMessage(policy=SMTP)
    m["From"] = sender
    if to:
        m["To"] = ", ".join(to)
    if cc:
        m["Cc"] = ", ".join(cc)
    if bcc:
        m["Bcc"] = ", ".join(bcc)
    m["Subject"] = subject
    m["Date"] = "Thu, 26 Nov 2026 09:00:00 +0900"
    m["Message-ID"] = f"<{name}@example.go.jp>"
    m.set_content(body, charset=charset)
    for filename, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(m.as_bytes())


SENDER = "山田 太郎 <yamada@example.go.jp>"

mail("01-internal-clean", SENDER, to=["佐藤 花子 <sato@example.go.jp>"], cc=["kikaku@sub.example.go.jp"],
     subject="【機密性２】来週の打合せについて", body="佐藤さん\n\n来週の打合せの資料を共有します。\n\n山田")
mail("02-two-organisations-in-cc", SENDER, to=["info@alpha-kaisha.co.jp"],
     cc=["contact@beta-corp.co.jp", "office@gamma.or.jp"],
     subject="説明会のご案内", body="関係者各位\n\n説明会を下記のとおり開催します。\n")
mail("03-secret-to-partner", SENDER, to=["tanto@partner.example.co.jp"],
     subject="【機密性３】調達仕様書（案）", body="ご担当者様\n\n仕様書案をお送りします。\n")
mail("04-forward-of-no-forward", SENDER, to=["someone@alpha-kaisha.co.jp"],
     subject="FW: 【機密性２】検討状況（転送禁止）", body="ご参考まで。\n\n-----Original Message-----\n【機密性２・転送禁止】\n検討状況を共有します。\n")
mail("05-lookalike-domain", SENDER, to=["suzuki@exarnple.go.jp"],
     subject="会議資料の送付", body="鈴木様\n\n資料を送付します。\n")
mail("06-confidential-to-freemail", SENDER, to=["taro.yamada.home@gmail.com"],
     subject="[機密性2] 作業ファイル", body="自宅で作業するため送ります。\n")
mail("07-iso-2022-jp-attachment", SENDER, to=["tanto@partner.example.co.jp"],
     subject="資料送付（ISO-2022-JP）", body="資料を添付します。よろしくお願いします。\n", charset="iso-2022-jp",
     attachments=[("【機密性２】委託業務報告書.txt", "報告書本文\n".encode("utf-8"), "text", "plain")])
mail("08-no-send-internal", SENDER, to=["kacho@example.go.jp"],
     subject="人事異動案（送信禁止）", body="取扱制限：送信禁止\n\n紙で配付します。\n")
mail("09-many-orgs-bcc", SENDER, to=["yamada@example.go.jp"],
     bcc=["info@alpha-kaisha.co.jp", "contact@beta-corp.co.jp", "office@gamma.or.jp"],
     subject="説明会のご案内（BCC送信）", body="関係者各位\n\n説明会を下記のとおり開催します。\n")


def fixture(name):
    with open(os.path.join("test", "fixtures", "attachments", name), "rb") as f:
        return f.read()


DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
mail("10-marking-inside-docx", SENDER, to=["tanto@alpha-kaisha.co.jp"],
     subject="報告書の送付", body="ご担当者様\n\n報告書をお送りします。\n",
     attachments=[("報告書.docx", fixture("word-kimitsu2.docx"), *DOCX)])
mail("11-ppap", SENDER, to=["tanto@alpha-kaisha.co.jp"],
     subject="資料送付", body="資料をお送りします。\nパスワードは別途メールでお送りします。\n",
     attachments=[("資料.zip", fixture("zipcrypto.zip"), "application", "zip")])
