import type { Catalog } from "./types";

/** Japanese, the default. Plain words a busy civil servant reads in one glance; the handbook's terms kept as is. */
export const ja: Catalog = {
  findings: {
    "bcc-expected.organisations": (d, s) =>
      `組織外の${s.str(d.count)}組織（${s.list(d.domains)}）のアドレスが「宛先」「CC」で互いに見えます。BCCに移してください。`,
    "bcc-expected.many": (d, s) =>
      `組織外の宛先${s.str(d.count)}件が「宛先」「CC」で互いに見えます（目安は${s.str(d.max)}件まで）。BCCに移してください。`,
    "bcc-expected.group": (d, s) =>
      `「宛先」「CC」のグループ（${s.list(d.groups)}）は、メンバーにほかのメンバーのアドレスを見せ、全員への返信も許します。組織外の人が含まれるならBCCに移してください。`,
    "external-confidential.confidential": (d, s) =>
      `${s.where(d.where)}に「${s.str(d.marking)}」の表示があります。組織外${s.recipients(d.recipients)}へ出してよいか、格付を決めた人の了承を確かめてください。`,
    "external-confidential.secret": (d, s) =>
      `${s.where(d.where)}に「${s.str(d.marking)}」の表示があります。この格付の情報は組織外${s.recipients(d.recipients)}へメールで送れません。`,
    "external-confidential.mention": (d, s) =>
      `${s.where(d.where)}の「${s.list(d.marking)}」は文中で触れている語で、この情報の格付の表示ではないと判断しました（参考）。`,
    "handling-restriction.mention": (d, s) =>
      `${s.where(d.where)}の「${s.list(d.marking)}」は文中で触れている語で、この情報の取扱制限の表示ではないと判断しました（参考）。`,
    "handling-restriction.no-send": (d, s) =>
      `${s.where(d.where)}に「${s.list(d.marking)}」の表示があります。メールで送ることはできません。`,
    "handling-restriction.no-forward": (d, s) =>
      `${s.where(d.where)}に「${s.list(d.marking)}」の表示がある内容を転送しようとしています。`,
    "handling-restriction.limited": (d, s) =>
      `${s.where(d.where)}の「${s.list(d.marking)}」の範囲に入らない宛先${s.recipients(d.recipients)}があります。`,
    "handling-restriction.no-distribute": (d, s) =>
      `${s.where(d.where)}に「${s.list(d.marking)}」の表示があります。組織外${s.recipients(d.recipients)}へ渡してよいか確かめてください。`,
    "handling-restriction.needs-permission": (d, s) =>
      `${s.where(d.where)}に「${s.list(d.marking)}」の表示があります。送る前に許可を得てください。`,
    "lookalike-domain.imitates": (d, s) =>
      `宛先のドメイン ${s.str(d.domain)} は ${s.str(d.of)} に似た別のドメインです${s.recipients(d.recipients)}。宛先を確かめてください。`,
    "freemail-recipient.confidential": (d, s) =>
      `「${s.str(d.marking)}」の情報を、フリーメールなど個人のアドレス${s.recipients(d.recipients)}へ送ろうとしています。`,
    "label-inheritance.higher-attachment": (d, s) =>
      `添付「${s.str(d.attachment)}」は「${s.str(d.marking)}」ですが、件名${d.subjectLevel ? `の表示は機密性${s.str(d.subjectLevel)}` : "に格付の表示がありません"}。件名にも同じ格付を書いてください。`,
    "unencrypted-attachment.not-encrypted": (d, s) =>
      `「${s.str(d.marking)}」の情報を含むメールの添付（${s.list(d.attachments)}）が暗号化されないまま組織外${s.recipients(d.recipients)}へ送られます。`,
    "unencrypted-attachment.unknown": (d, s) =>
      `「${s.str(d.marking)}」の情報を含むメールの添付（${s.list(d.attachments)}）が暗号化されているか確認できませんでした。組織外${s.recipients(d.recipients)}へ送る前に確かめてください。`,
    "ppap.password-separately": (d, s) =>
      `パスワード付きZIP（${s.list(d.attachments)}）のパスワードをメールで送ろうとしています（PPAP）。同じ経路で送るパスワードでは保護になりません。`,
    "ppap.password-in-mail": (d, s) =>
      `パスワード付きZIP（${s.list(d.attachments)}）と同じメールにパスワードが書かれています。これでは暗号化の意味がありません。`,
    "new-domain-in-reply.added": (d, s) =>
      `返信先のやり取りになかった組織外の宛先${s.recipients(d.recipients)}が加わっています。過去のやり取りも一緒に届くため、この相手に送ってよいか確かめてください。`,
    "unlabelled-attachment.missing": (d, s) => `添付（${s.list(d.attachments)}）に格付の表示がありません。`,
    "engine.check-failed": (d, s) => `チェックの途中で問題が起きました（${s.str(d.error)}）。`,
  },
  checkTitles: {
    "bcc-expected": "BCCにすべき宛先",
    "external-confidential": "要機密情報の組織外への送信",
    "unencrypted-attachment": "暗号化されていない添付",
    "handling-restriction": "取扱制限",
    "lookalike-domain": "似たドメインの宛先",
    "freemail-recipient": "フリーメール宛て",
    "label-inheritance": "格付の引継ぎ",
    ppap: "パスワード付きZIP（PPAP）",
    "unlabelled-attachment": "格付のない添付",
    "new-domain-in-reply": "返信で増えた組織外の宛先",
  },
  decisions: { allow: "送信可", warn: "確認が必要", block: "送信不可" },
  checklist: {
    "fix.ask-owner": "格付・取扱制限を決めた人（決定者）に、組織外へ出してよいか確認した",
    "fix.encrypt-file": "添付ファイルを暗号化した（パスワードは別の手段で伝える）",
    "fix.use-storage-link": "組織で認められたオンラインストレージの共有リンクに切り替えた",
    "fix.password-other-route": "パスワードはメール以外（電話など）で伝える",
    "fix.get-permission": "取扱制限に従い、送る前に許可を得た",
    "fix.check-recipients": "宛先のアドレスを名刺や過去のやり取りと照らして確かめた",
    "fix.move-group-by-hand":
      "連絡先グループをOutlookで「宛先」「CC」から「BCC」へ移した（アドレスのないグループはこの画面から移せません）",
    "fix.use-work-address": "相手の業務用アドレスに送る",
    "fix.do-not-send": "このメールでは送らず、決められた方法で渡す",
  },
  sources: { subject: "件名", body: "本文", label: "秘密度ラベル", attachment: (name) => `添付「${name}」`, and: "と" },
  listSeparator: "、",
  aside: (text) => `（${text}）`,
  more: (count) => `ほか${count}件`,
  unknownMessage: "確認が必要な点があります。",
};
