import { evaluate } from "../../../src/core/engine";
import type { ComposeType } from "../../../src/core/message";
import { mail, POLICY } from "../../helpers/mail";

/**
 * A second, independent batch of realistic mails to an outside consultancy (written after the rules, to find what
 * they missed): markings in every usual place and wording, and mentions of classes in notices, rules, Q&A, news
 * and quotes. Each row: the decision, the checks that warn or block, subject, body, compose type.
 */
type Row = ["allow" | "warn" | "block", string[], string, string, ComposeType?];

const ROWS: Row[] = [
  [
    "warn",
    ["external-confidential"],
    "【機密性２】令和7年度第2回○○委員会 資料（事前送付）",
    "委員各位\n\n事務局です。次回委員会の資料を事前送付します。",
  ],
  [
    "warn",
    ["external-confidential"],
    "○○調査の結果について【機密性２】",
    "加藤様\n\nお世話になっております。結果をお送りします。",
  ],
  ["warn", ["external-confidential"], "（機密性２・取扱注意）ヒアリング記録", "記録を共有します。"],
  ["warn", ["external-confidential"], "ヒアリング記録の共有", "加藤様\n\n機密性２\n\nヒアリング記録を共有します。"],
  ["warn", ["external-confidential"], "ヒアリング記録の共有", "加藤様\n【取扱注意】\nヒアリング記録を共有いたします。"],
  [
    "warn",
    ["external-confidential"],
    "打合せメモ",
    "加藤様\n\n本日の打合せメモを送付します。なお、本メモは機密性２情報となりますので、お取扱いにご留意ください。",
  ],
  [
    "warn",
    ["external-confidential"],
    "見積依頼",
    "加藤様\n\n添付の仕様書（機密性２情報）をご確認のうえ、見積書のご提出をお願いします。",
  ],
  [
    "warn",
    ["external-confidential"],
    "RE: 【機密性２】仕様書（案）への意見",
    "加藤様\n\nご意見ありがとうございます。反映版をお送りします。",
    "reply",
  ],
  ["block", ["external-confidential"], "回答", "加藤様\n\n格付：機密性３\n\n回答案は次のとおりです。"],
  ["block", ["external-confidential"], "【秘】交渉メモ", "メモです。"],
  [
    "warn",
    ["external-confidential"],
    "共有",
    "加藤様\n\n※本メールには機密性２情報が含まれております。\nよろしくお願いします。",
  ],
  [
    "warn",
    ["external-confidential"],
    "FW: 【機密性２】委託調査報告書",
    "加藤様\n\n転送します。\n\n-----Original Message-----\nFrom: 鈴木\nSent: Monday\nSubject: 【機密性２】委託調査報告書\n\n報告書です。",
    "forward",
  ],
  [
    "warn",
    ["external-confidential"],
    "報告書",
    "加藤様\n\n報告書を送付します。本報告書は機密性２情報に該当しますので、取扱いにご注意ください。",
  ],
  ["warn", ["handling-restriction"], "【関係者限り】検討会メモ", "検討会のメモです。"],
  ["warn", ["handling-restriction"], "メモ", "関係者限り\n\n検討会のメモです。"],
  ["warn", ["handling-restriction"], "資料", "加藤様\n\n資料をお送りします。取扱いは関係者限りでお願いします。"],
  [
    "allow",
    [],
    "【ご案内】機密性２情報の取扱いに関するeラーニングの受講について",
    "関係各位\n\n標記について、受講をお願いします。",
  ],
  [
    "allow",
    [],
    "情報セキュリティ研修のご案内",
    "加藤様\n\n研修では、機密性２情報や機密性３情報の取扱い、メール誤送信防止策について説明します。",
  ],
  [
    "allow",
    [],
    "規程改正のお知らせ",
    "関係各位\n\n機密性３情報を取り扱う場合の手順を改正しました。\n機密性２情報については従前どおりです。",
  ],
  ["allow", [], "生成AI利用ガイドライン", "各位\n\n機密性２以上の情報は入力しないでください。"],
  ["allow", [], "格付の見直し結果", "加藤様\n\n公表に伴い、報告書の格付を機密性２から機密性１に変更しました。"],
  ["allow", [], "Re: 送付方法", "加藤様\n\n機密性２の資料はどのように送ればよいでしょうか。", "reply"],
  ["allow", [], "質問への回答", "加藤様\n\nご質問の件、機密性２に該当するかどうかは作成部署で判断してください。"],
  ["allow", [], "報道について", "加藤様\n\n先日の報道で、極秘扱いとされていた文書が公開されたとのことです。"],
  ["allow", [], "特定秘密の適性評価", "特定秘密の取扱いの業務を行う職員の適性評価について説明会を開催します。"],
  ["allow", [], "郵送のお願い", "加藤様\n\n容量が大きくメール送信不可のため、郵送でお願いします。"],
  ["allow", [], "申請期限", "加藤様\n\n申請受付は年度内限りとなります。できる限り早めにご提出ください。"],
  [
    "allow",
    [],
    "RE: 資料",
    "加藤様\n\n承知しました。\n\n> 添付資料は機密性２情報です。\n> 取扱いにご注意ください。",
    "reply",
  ],
  [
    "allow",
    [],
    "Re: 資料",
    "承知しました。\n\n2025年5月1日(木) 9:00 鈴木 <suzuki@example.go.jp>:\n\n本メールには機密性２情報が含まれます。",
    "reply",
  ],
  ["allow", [], "表示方法", "加藤様\n\n格付の表示は、文書の右上に「機密性２」のように記載してください。"],
  ["allow", [], "様式の送付", "加藤様\n\n様式の格付欄には、機密性１、機密性２、機密性３のいずれかを記入してください。"],
  ["allow", [], "マニュアル改訂", "各位\n\n「取扱注意」の表示は廃止し、機密性２に統一します。"],
  ["allow", [], "転送設定", "各位\n\n外部への自動転送禁止の設定を行いました。"],
  ["allow", [], "研修資料", "加藤様\n\n研修資料（機密性２情報の取扱い）をお送りします。"],
  ["allow", [], "お問い合わせ", "加藤様\n\n機密性２情報とは何か、との問い合わせがありました。"],
  ["warn", ["external-confidential"], "【機密性２】【至急】回答依頼", "加藤様\n\n至急ご回答をお願いします。"],
  ["warn", ["external-confidential"], "回答依頼（機密性２情報）", "加藤様\n\nご回答をお願いします。"],
  ["warn", ["external-confidential"], "機密性２：回答依頼", "加藤様\n\nご回答をお願いします。"],
  ["warn", ["external-confidential"], "Re: Re: 【機密性２】調整", "承知しました。", "reply"],
  ["warn", ["external-confidential"], "調整", "加藤様\n\n【機密性２情報】\n調整状況をご報告します。"],
  [
    "warn",
    ["external-confidential", "handling-restriction"],
    "調整",
    "加藤様\n\n機密性２情報／関係者限り\n調整状況をご報告します。",
  ],
  [
    "warn",
    ["external-confidential", "handling-restriction"],
    "調整",
    "加藤様\n\n＜格付＞機密性２\n＜取扱制限＞関係者限り\n調整状況をご報告します。",
  ],
  [
    "warn",
    ["external-confidential"],
    "調整状況",
    "加藤様\n\n調整状況を報告します。\n当該情報は機密性２情報として管理をお願いします。",
  ],
  ["warn", ["external-confidential"], "【要機密】委託契約書案", "加藤様\n\n契約書案です。"],
  ["block", ["external-confidential"], "データ提供", "加藤様\n\n提供データは機密性３情報です。"],
  ["warn", ["external-confidential"], "名簿", "加藤様\n\n名簿を送付します。\n※取扱注意"],
  ["allow", [], "Re: 研修の件", "加藤様\n\n研修の件、承知しました。機密性２情報の事例を追加します。", "reply"],
  ["allow", [], "意見照会", "加藤様\n\n「機密性２」「機密性３」の区分の考え方についてご意見をください。"],
  [
    "allow",
    [],
    "定例会議事録（案）",
    "加藤様\n\n議題１：機密性２情報の取扱いに関する課内ルールの見直し\n議題２：その他",
  ],
  ["allow", [], "チェックリスト", "加藤様\n\n□機密性２以上の情報を含む場合、暗号化したか\n□宛先を確認したか"],
  ["allow", [], "Q&A", "加藤様\n\nQ. 機密性２の資料を外部に送ってもよいか。\nA. 決定者の了承が必要です。"],
  ["allow", [], "事故報告", "加藤様\n\n他省庁で機密性３情報を含むメールの誤送信事案がありました。"],
  ["allow", [], "取扱注意事項", "加藤様\n\n取扱注意事項を添付のとおり整理しました。"],
  ["allow", [], "新聞記事", "加藤様\n\n記事によると『極秘』とされた文書が流出した。"],
  ["allow", [], "秘書室より", "加藤様\n\n秘書室の山田です。日程の件でご連絡します。"],
  [
    "allow",
    [],
    "FW: 研修のご案内",
    "加藤様\n\n転送します。\n\n-----Original Message-----\nFrom: 鈴木\nSent: Monday\n\n機密性２情報の取扱い研修を開催します。",
    "forward",
  ],
];

// A rest parameter: jest reads a callback with more parameters than a row has values as one that takes `done`.
test.each(ROWS)("%s %j: %s", (...row) => {
  const [decision, fires, subject, body, composeType] = row;
  const d = evaluate(mail({ to: ["kato@beta-soken.co.jp"], subject, body, composeType: composeType ?? "new" }), POLICY);
  expect(d.action).toBe(decision);
  expect([...new Set(d.findings.filter((f) => f.action !== "info").map((f) => f.check))].sort()).toEqual(fires);
});
