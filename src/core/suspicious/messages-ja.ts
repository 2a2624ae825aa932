import type { SignData } from "./types";
import type { SignSay, SuspiciousCatalog } from "./catalog-types";

/** 差出人 or 送信者 (Sender), and the punycode form beside an IDN so the trick is visible. */
function domainOf(d: SignData, s: SignSay): string {
  const ascii = s.str(d.ascii);
  const shown = s.str(d.domain);
  return ascii && ascii !== shown ? `${shown}（${ascii}）` : shown;
}

/** "は X に似ています", or for a name carried inside another domain "には X に似せた名前が入っています". */
function resembles(d: SignData, s: SignSay): string {
  return d.reason === "embedded" ? `には ${s.str(d.of)} に似せた名前が入っています` : `は ${s.str(d.of)} に似ています`;
}

/**
 * Japanese, the default. Each sign is one plain sentence stating what was found, never a verdict: whether the mail
 * is an attack is for the user and the desk to decide. Wording of the steps follows handbook 4章-4 and 4章-5.
 */
export const ja: SuspiciousCatalog = {
  signs: {
    "auth.from-unverified": (d, s) =>
      `受信サーバーの検査で、このメールが本当に ${s.str(d.domain)} から送られたものか確認できませんでした（${s.list(d.results, 4)}）。`,
    "auth.from-unverified-internal": (d, s) =>
      `差出人は組織内のアドレス（${s.str(d.domain)}）ですが、受信サーバーの検査で組織内から送られたものと確認できませんでした（${s.list(d.results, 4)}）。`,
    "auth.spf-fail": (d, s) =>
      `送ってきたサーバーは、${s.str(d.domain) || "送信元のドメイン"} のメールを送ってよいサーバーとして登録されていませんでした（SPF）。`,
    "auth.dkim-fail": (d, s) => `${s.str(d.domain) || "送信元"} の電子署名（DKIM）が正しいことを確認できませんでした。`,
    "auth.not-verified": (d, s) =>
      `送信元を確かめる仕組み（SPF・DKIM・DMARC）では、差出人が本物かどうかを確認できませんでした（${s.list(d.results, 4)}）。`,
    "from.display-name-address": (d, s) =>
      `差出人の表示名には「${s.str(d.shown)}」とありますが、実際の差出人アドレスは ${s.str(d.actual)} です。`,
    "from.display-name-organisation": (d, s) =>
      `差出人の表示名に「${s.str(d.organisation)}」とありますが、アドレスは組織外のドメイン ${s.str(d.domain)} です。`,
    "from.display-name-government": (d, s) =>
      `差出人は「${s.str(d.name)}」と公的機関を名乗っていますが、アドレスは政府・自治体のドメイン（go.jp・lg.jp）ではない ${s.str(d.domain)} です。`,
    "from.freemail-official": (d, s) =>
      `差出人は「${s.str(d.name)}」と名乗っていますが、アドレスは個人でも取れるフリーメール（${s.str(d.domain)}）です。`,
    "from.lookalike": (d, s) =>
      `${d.role === "sender" ? "送信者（Sender）" : "差出人"}のドメイン ${domainOf(d, s)} ${resembles(d, s)}が、別のドメインです。`,
    "from.gov-imitation": (d, s) =>
      `${d.role === "sender" ? "送信者（Sender）" : "差出人"}のドメイン ${domainOf(d, s)} は「go.jp」に似せた名前ですが、政府機関のドメイン（go.jp）ではありません。`,
    "from.on-behalf": (d, s) => `このメールは ${s.str(d.sender)} が ${s.str(d.from)} の名前で送ったものです。`,
    "reply-to.other-organisation": (d, s) =>
      `返信すると、差出人（${s.str(d.from)}）とは別の組織の宛先 ${s.list(d.replyTo)} に届くように設定されています。`,
    "return-path.other-organisation": (d, s) =>
      `配送エラーの返送先（Return-Path）が、差出人のドメイン ${s.str(d.from)} とは別のドメイン ${s.str(d.returnPath)} です。`,
    "attachment.bidi-control": (d, s) =>
      `添付 ${s.list(d.names)} の名前には文字の並びを逆向きに見せる制御文字が入っており、見えている拡張子は本当の種類と違います。`,
    "attachment.double-extension": (d, s) =>
      `添付 ${s.list(d.names)} は文書に見える名前ですが、本当の種類を決める最後の拡張子は文書ではありません。`,
    "attachment.executable": (d, s) =>
      `添付 ${s.list(d.names)} は、開くとプログラムとして動く種類のファイル（実行ファイル、スクリプト、ショートカットなど）です。`,
    "attachment.disk-image": (d, s) =>
      `添付 ${s.list(d.names)} はディスクイメージで、開くと中のファイルがそのまま使える状態になります。`,
    "attachment.html": (d, s) =>
      `添付 ${s.list(d.names)} はWebページのファイルで、開くとブラウザーでログイン画面などが表示されることがあります。`,
    "attachment.macro": (d, s) =>
      `添付 ${s.list(d.names)} はマクロを含められるOfficeファイルで、「コンテンツの有効化」を押すと中のプログラムが動きます。`,
    "attachment.password-zip": (d, s) =>
      `添付 ${s.list(d.names)} はパスワード付きの圧縮ファイルで、メールの段階ではウイルス対策ソフトが中身を検査できません。`,
    "link.text-mismatch": (d, s) =>
      `本文のリンクは「${s.str(d.shown)}」と表示されていますが、実際の行き先は ${s.str(d.target)} です。`,
    "link.lookalike": (d, s) => `本文のリンクの行き先 ${s.str(d.target)} ${resembles(d, s)}が、別のドメインです。`,
  },
  severity: { high: "要注意", warn: "注意", info: "参考" },
  questions: {
    "opened-attachment": "このメールの添付ファイルを開きましたか？",
    "clicked-link": "このメールのリンクをクリックしましたか？",
    "entered-credentials": "開いた画面で、パスワードや個人情報を入力しましたか？",
  },
  answers: { yes: "はい", no: "いいえ", unsure: "わからない", unanswered: "未回答" },
  steps: {
    "disconnect-network":
      "すぐにLANケーブルを抜いてください。無線LANの場合は無線LANのスイッチを切るなどして、通信できないようにしてください。",
    "keep-power-on":
      "パソコンの電源は切らず、再起動もしないでください。それ以上の操作はせず、そのままの状態にしておいてください。",
    "call-desk": "すぐに報告窓口へ電話で連絡し、その指示に従ってください。",
    "tell-desk-credentials": "パスワードや個人情報を入力したことも、窓口に伝えてください。",
    "report-now": "このメールを報告窓口へ報告し、その指示に従ってください。",
    "do-not-open": "添付ファイルは開かず、本文のリンクもクリックしないでください。",
    "keep-mail": "報告が済むまでこのメールは削除せず、報告窓口以外へは転送しないでください。",
  },
  headings: {
    incident: "ウイルスに感染したおそれがあります。まず次のことをしてください",
    report: "このメールへの対応",
    phoneFirst:
      "ネットワークから外したパソコンからは報告メールを送れません。報告メールは、窓口の指示があってから送ってください。",
  },
  reportMail: {
    intro: "不審なメールを受信したため報告します。元のメールを、ヘッダーを含めそのまま添付しています。",
    reporter: "報告者",
    originalSubject: "元のメールの件名",
    answers: "報告者の回答",
    signs: "sendcheck が自動で見つけた点",
    noSigns: "自動の確認では特に見つかった点はありません（安全であるという意味ではありません）。",
    footer: "このメールは sendcheck の報告機能で作成されました。",
  },
  listSeparator: "、",
  more: (count) => `ほか${count}件`,
  unknownSign: "確認が必要な点があります。",
};
