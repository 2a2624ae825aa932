import { evaluate } from "../../../src/core/engine";
import type { AttachmentSnapshot, EncryptionStatus } from "../../../src/core/message";
import { mail, policyWith, POLICY, type MailSpec } from "../../helpers/mail";

/**
 * Marking or mention (issue 10, handbook 1章-1 明示), judged the way a reviewer reads real government mail: each row
 * is a realistic mail, the decision it must get and exactly which checks warn or block. Rows marked `info` also
 * name the checks that show the word as a mention (information only).
 */

const OUT = ["tanaka@alpha-consul.co.jp"];
const IN = ["sato@example.go.jp"];

/** An attachment with inspected texts: [where, text] pairs, as core/attachments and the .eml reader give them. */
function doc(
  name: string,
  texts: [string, string][],
  encryption: EncryptionStatus = "not-encrypted",
): AttachmentSnapshot {
  return {
    name,
    size: 24_000,
    inline: false,
    inspection: { kind: "ooxml", encryption, texts: texts.map(([where, text]) => ({ where, text })) },
  };
}

interface Row {
  readonly spec: MailSpec;
  readonly decision: "allow" | "warn" | "block";
  /** Checks with a warn or block finding, in any order. */
  readonly fires: readonly string[];
  /** Checks with an info (mention) finding. */
  readonly info?: readonly string[];
}

function outcome(spec: MailSpec) {
  const d = evaluate(mail({ to: OUT, ...spec }), POLICY);
  const fires = [...new Set(d.findings.filter((f) => f.action !== "info").map((f) => f.check))].sort();
  const info = [...new Set(d.findings.filter((f) => f.action === "info").map((f) => f.check))].sort();
  return { decision: d.action, fires, info };
}

function check(row: Row) {
  const got = outcome(row.spec);
  expect(got.decision).toBe(row.decision);
  expect(got.fires).toEqual([...row.fires].sort());
  if (row.info) expect(got.info).toEqual([...row.info].sort());
}

const SIGNATURE = "\n\n――――――――――\n例示省 総務課 山田 太郎\nTEL 03-0000-0000";

// ---------------------------------------------------------------------------------------------------------------
// Markings: every form the handbook's 明示 takes. These must fire.
// ---------------------------------------------------------------------------------------------------------------
const MARKINGS: [string, Row][] = [
  [
    "bracketed subject prefix",
    {
      spec: { subject: "【機密性２】令和７年度予算要求資料の送付について", body: "お世話になっております。" },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "full-width square brackets with a colon",
    {
      spec: { subject: "［機密性：２］第３回検討会の議事概要（案）", body: "ご確認ください。" },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "parenthesised subject suffix",
    { spec: { subject: "委託業務の進捗報告（機密性２）" }, decision: "warn", fires: ["external-confidential"] },
  ],
  [
    "unbracketed subject prefix",
    { spec: { subject: "機密性２ 調査票の送付について" }, decision: "warn", fires: ["external-confidential"] },
  ],
  [
    "unbracketed subject suffix",
    { spec: { subject: "調査票の送付について　機密性２" }, decision: "warn", fires: ["external-confidential"] },
  ],
  [
    "reply subject keeps its bracketed 機密性３",
    { spec: { subject: "RE: 【機密性３】人事異動案について" }, decision: "block", fires: ["external-confidential"] },
  ],
  [
    "（秘） in the subject",
    { spec: { subject: "（秘）幹部会資料の事前送付" }, decision: "block", fires: ["external-confidential"] },
  ],
  ["㊙ in the subject", { spec: { subject: "㊙ 人事案" }, decision: "block", fires: ["external-confidential"] }],
  [
    "【極秘】 in the subject",
    { spec: { subject: "【極秘】交渉方針メモ" }, decision: "block", fires: ["external-confidential"] },
  ],
  [
    "compound bracket label 【機密性２・関係者限り】",
    {
      spec: { subject: "【機密性２・関係者限り】打合せ資料" },
      decision: "warn",
      fires: ["external-confidential", "handling-restriction"],
    },
  ],
  [
    "自治体機密性３A in brackets",
    { spec: { subject: "【自治体機密性３A】住民情報の照会" }, decision: "block", fires: ["external-confidential"] },
  ],
  [
    "bracketed label on the first body line",
    {
      spec: { subject: "資料送付", body: "【機密性２】\n関係者各位\n\n標記の件、資料を送付します。" + SIGNATURE },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "label alone on an early body line",
    {
      spec: { subject: "資料送付", body: "株式会社アルファ\n田中様\n\n機密性２情報\n\n標記について送付します。" },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "label after 格付： and 取扱制限： lines",
    {
      spec: {
        subject: "検討資料",
        body: "格付：機密性２\n取扱制限：関係者限り\n\n検討資料をお送りします。",
      },
      decision: "warn",
      fires: ["external-confidential", "handling-restriction"],
    },
  ],
  [
    "格付： line far down the body still counts",
    {
      spec: {
        subject: "報告",
        body: "各位\n\n" + "報告事項を記載します。\n".repeat(15) + "格付け：機密性３情報\n以上",
      },
      decision: "block",
      fires: ["external-confidential"],
    },
  ],
  [
    "sentence stating the class of the attachment",
    {
      spec: { subject: "資料送付", body: "田中様\n\n添付資料は機密性２情報です。取扱いにご注意ください。" },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "sentence stating the mail contains a class",
    {
      spec: { subject: "ご連絡", body: "お疲れ様です。\n本メールには機密性２情報が含まれます。\n" + SIGNATURE },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "※ note that the material is 機密性３",
    {
      spec: { subject: "資料", body: "※本資料は機密性３情報に該当します。\n関係者以外への共有はお控えください。" },
      decision: "block",
      fires: ["external-confidential"],
    },
  ],
  [
    "sentence starting with the class and につき",
    {
      spec: { subject: "議事録", body: "機密性２情報につき、外部への転送はご遠慮ください。" },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "parenthesised class after the material's name in a sentence",
    {
      spec: { subject: "資料送付", body: "田中様\n\n先日の会議資料（機密性２）を送付いたします。" },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "取扱注意 bracketed",
    { spec: { subject: "【取扱注意】委員名簿" }, decision: "warn", fires: ["external-confidential"] },
  ],
  [
    "【要機密】 bracketed",
    { spec: { subject: "【要機密】調達仕様書（案）" }, decision: "warn", fires: ["external-confidential"] },
  ],
  [
    "■ bullet before a label line",
    {
      spec: { subject: "打合せ", body: "■機密性２\n■関係者限り\n\n打合せの結果を共有します。" },
      decision: "warn",
      fires: ["external-confidential", "handling-restriction"],
    },
  ],
  [
    "statement with a long subject phrase before it",
    {
      spec: {
        subject: "資料送付",
        body: "田中様\n\n添付の令和７年度予算要求に関する説明資料は機密性２情報に該当しますので、取扱いにご注意ください。",
      },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "お送りした資料 … として取り扱って",
    {
      spec: { subject: "補足", body: "先ほどお送りした資料は機密性２情報として扱ってください。" },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "本件 … 扱いでお願いします",
    {
      spec: { subject: "ご相談", body: "山田です。\n本件、機密性２扱いでお願いします。" },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "sentence opening with 格付は",
    {
      spec: { subject: "資料", body: "田中様\n\n資料を送付します。\n格付は機密性２、取扱制限は「関係者限り」です。" },
      decision: "warn",
      fires: ["external-confidential", "handling-restriction"],
    },
  ],
  [
    "closing note: 本メールは…を含みます",
    {
      spec: {
        subject: "第３回検討会の資料について（送付）",
        body:
          "株式会社アルファ\n田中様\n\nいつもお世話になっております。\n標記について、資料を送付いたします。\n\n【添付資料】\n・資料１ 検討状況\n・資料２ 論点（案）\n\n※本メールは機密性２情報を含みます。取扱いにご注意ください。" +
          SIGNATURE,
      },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "label in angle brackets on the first line",
    {
      spec: { subject: "照会", body: "＜機密性２＞\n\n照会事項は以下のとおりです。" },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
];

// Attachments: names and inspected texts, each at its explicit place or in body-like text.
const ATTACHMENT_MARKINGS: [string, Row][] = [
  [
    "file name with a bracketed label",
    {
      spec: { subject: "報告書の送付", attachments: [doc("【機密性２】調査報告書.docx", [])] },
      decision: "warn",
      fires: ["external-confidential", "label-inheritance", "unencrypted-attachment"],
    },
  ],
  [
    "file name with an underscore-separated label",
    {
      spec: { subject: "【機密性２】名簿", attachments: [doc("20250401_機密性２_委員名簿.xlsx", [])] },
      decision: "warn",
      fires: ["external-confidential", "unencrypted-attachment"],
    },
  ],
  [
    "Word header says 機密性２",
    {
      spec: { subject: "資料", attachments: [doc("資料.docx", [["word/header1.xml", "例示省　機密性２"]])] },
      decision: "warn",
      fires: ["external-confidential", "label-inheritance", "unencrypted-attachment"],
    },
  ],
  [
    "label alone on the first line of a Word body",
    {
      spec: {
        subject: "【機密性３】",
        attachments: [doc("案.docx", [["word/document.xml", "機密性３\n令和７年度 人事異動（案）\n１．趣旨"]])],
      },
      decision: "block",
      fires: ["external-confidential", "unencrypted-attachment"],
    },
  ],
  [
    "Excel sheet name",
    {
      spec: { subject: "【機密性２】集計", attachments: [doc("集計.xlsx", [["xl sheet name", "機密性２"]])] },
      decision: "warn",
      fires: ["external-confidential", "unencrypted-attachment"],
    },
  ],
  [
    "Excel cell holding only a label, far down the shared strings",
    {
      spec: {
        subject: "【機密性２】集計表",
        attachments: [
          doc("集計表.xlsx", [["xl/sharedStrings.xml", "番号\n氏名\n所属\n".repeat(10) + "【機密性２】\n備考"]]),
        ],
      },
      decision: "warn",
      fires: ["external-confidential", "unencrypted-attachment"],
    },
  ],
  [
    "Excel header/footer",
    {
      spec: {
        subject: "一覧",
        attachments: [doc("一覧.xlsx", [["xl/worksheets/sheet1.xml header/footer", "例示省\n機密性２"]])],
      },
      decision: "warn",
      fires: ["external-confidential", "label-inheritance", "unencrypted-attachment"],
    },
  ],
  [
    "PDF /Info Title",
    {
      spec: {
        subject: "【機密性２】検討資料",
        attachments: [doc("検討資料.pdf", [["pdf /Info Title", "【機密性２】次期システム検討資料"]])],
      },
      decision: "warn",
      fires: ["external-confidential", "unencrypted-attachment"],
    },
  ],
  [
    "PDF first page with a label line",
    {
      spec: {
        subject: "【機密性２】計画",
        attachments: [doc("計画.pdf", [["pdf page 1", "機密性２\n令和７年度 事業計画（案）\n総務課"]])],
      },
      decision: "warn",
      fires: ["external-confidential", "unencrypted-attachment"],
    },
  ],
  [
    "sensitivity label name",
    {
      spec: {
        subject: "資料",
        attachments: [doc("資料.docx", [["docProps/custom.xml sensitivity label", "機密性３"]])],
      },
      decision: "block",
      fires: ["external-confidential", "label-inheritance", "unencrypted-attachment"],
    },
  ],
  [
    "ZIP entry name",
    {
      spec: { subject: "名簿", attachments: [doc("資料一式.zip", [["zip entry name", "資料/【機密性３】名簿.xlsx"]])] },
      decision: "block",
      fires: ["external-confidential", "label-inheritance", "unencrypted-attachment"],
    },
  ],
  [
    "attached mail subject",
    {
      spec: {
        subject: "【機密性２】経緯の共有",
        attachments: [doc("打合せメモ.eml", [["attached mail subject", "【機密性２】打合せメモ"]])],
      },
      decision: "warn",
      fires: ["external-confidential", "unencrypted-attachment"],
    },
  ],
  [
    "nested header (prefixed where)",
    {
      spec: {
        subject: "【機密性２】一式",
        attachments: [doc("一式.zip", [["報告書.docx: word/header1.xml", "機密性２"]])],
      },
      decision: "warn",
      fires: ["external-confidential", "unencrypted-attachment"],
    },
  ],
  [
    "title property with a suffix label",
    {
      spec: {
        subject: "【機密性２】仕様",
        attachments: [doc("仕様.docx", [["docProps/core.xml title", "調達仕様書 機密性２"]])],
      },
      decision: "warn",
      fires: ["external-confidential", "unencrypted-attachment"],
    },
  ],
  [
    "PDF first page extracted as one run-on line",
    {
      spec: {
        subject: "【機密性２】計画",
        attachments: [
          doc("計画.pdf", [
            ["pdf page 1", "機密性２ 令和７年度 事業計画（案） 例示省総務課 令和７年４月 目次 １．趣旨 ２．概要"],
          ]),
        ],
      },
      decision: "warn",
      fires: ["external-confidential", "unencrypted-attachment"],
    },
  ],
];

// Restrictions (1章-2): markings only, forwards are forwards, and time words are not ranges.
const RESTRICTIONS: [string, Row][] = [
  [
    "【送信禁止】 blocks even inside",
    {
      spec: { to: IN, subject: "【送信禁止】幹部会メモ" },
      decision: "block",
      fires: ["handling-restriction"],
    },
  ],
  [
    "取扱制限：送信禁止 line blocks",
    {
      spec: { to: IN, subject: "メモ", body: "取扱制限：送信禁止\n\n内容は以下のとおり。" },
      decision: "block",
      fires: ["handling-restriction"],
    },
  ],
  [
    "送信不可 alone on the first line blocks",
    {
      spec: { to: IN, subject: "メモ", body: "送信不可\n\n検討メモです。" },
      decision: "block",
      fires: ["handling-restriction"],
    },
  ],
  [
    "forward of 転送禁止 inside the organisation warns",
    {
      spec: { to: IN, subject: "FW: 【転送禁止】人事異動の内示について", composeType: "forward" },
      decision: "warn",
      fires: ["handling-restriction"],
    },
  ],
  [
    "forward to outside with 【転送禁止】 in the forwarded part",
    {
      spec: {
        subject: "FW: 打合せ結果",
        composeType: "forward",
        body: "田中様\n\nご参考まで転送します。\n\n-----Original Message-----\n差出人: 鈴木\n件名: 打合せ結果\n\n【転送禁止】\n打合せ結果は以下のとおり。",
      },
      decision: "warn",
      fires: ["handling-restriction"],
    },
  ],
  [
    "forward whose forwarded part states 転送禁止 in a sentence",
    {
      spec: {
        to: IN,
        subject: "Fwd: 検討状況",
        composeType: "forward",
        body: "佐藤さん\n\n---------- Forwarded message ---------\nFrom: 鈴木 <suzuki@example.go.jp>\nDate: 2025年4月1日\n\n本件、転送禁止でお願いします。\n検討状況は次のとおり。",
      },
      decision: "warn",
      fires: ["handling-restriction"],
    },
  ],
  [
    "本資料は関係者限りとします going outside",
    {
      spec: { subject: "資料送付", body: "田中様\n\n本資料は関係者限りとします。\nよろしくお願いします。" },
      decision: "warn",
      fires: ["handling-restriction"],
    },
  ],
  [
    "【庁内限り】 going outside",
    { spec: { subject: "【庁内限り】調整状況" }, decision: "warn", fires: ["handling-restriction"] },
  ],
  [
    "部外秘 alone on a line going outside",
    {
      spec: { subject: "検討メモ", body: "部外秘\n\n検討メモを送ります。" },
      decision: "warn",
      fires: ["handling-restriction"],
    },
  ],
  [
    "暗号化必須 without any 機密性 makes an unencrypted attachment fire",
    {
      spec: { subject: "【暗号化必須】申請書類", attachments: [doc("申請書.docx", [])] },
      decision: "warn",
      fires: ["unencrypted-attachment"],
    },
  ],
  [
    "暗号化必須 in a file's own header binds that file",
    {
      spec: {
        subject: "申請書類",
        attachments: [doc("申請書.docx", [["word/header1.xml", "暗号化必須"]]), doc("案内.docx", [])],
      },
      decision: "warn",
      fires: ["unencrypted-attachment"],
    },
  ],
  [
    "暗号化必須 with an encrypted attachment is quiet",
    {
      spec: { subject: "【暗号化必須】申請書類", attachments: [doc("申請書.docx", [], "encrypted")] },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "転送・複製禁止 in a forward",
    {
      spec: { to: IN, subject: "FW: 【転送・複製禁止】幹部会メモ", composeType: "forward" },
      decision: "warn",
      fires: ["handling-restriction"],
    },
  ],
];

// Quotes: explicit markings in a reply's quote count, statements and mentions there do not; a forward counts fully.
const QUOTES: [string, Row][] = [
  [
    "reply quoting a bracketed label in > lines",
    {
      spec: {
        subject: "RE: 打合せ資料",
        composeType: "reply",
        body: "承知しました。\n\n> 【機密性２】\n> 打合せ資料をお送りします。",
      },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "reply quoting a label line below an Outlook header block",
    {
      spec: {
        subject: "RE: 報告",
        composeType: "reply",
        body: "了解です。\n\n差出人: 鈴木 一郎\n送信日時: 2025年4月1日 10:00\n宛先: 田中\n件名: 報告\n\n機密性２\n報告します。",
      },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "reply quoting a statement is quiet",
    {
      spec: {
        subject: "RE: 資料送付",
        composeType: "reply",
        body: "受領しました。ありがとうございます。\n\n2025年4月1日(火) 10:00 鈴木 <suzuki@example.go.jp>:\n> 添付資料は機密性２情報です。\n> よろしくお願いします。",
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "reply quoting 転送禁止 does not fire",
    {
      spec: {
        to: IN,
        subject: "RE: 人事の件",
        composeType: "reply",
        body: "承知しました。\n\n-----Original Message-----\nFrom: 鈴木\nSent: Tuesday\n\n【転送禁止】\n人事の件です。",
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "reply quoting below an Apple Mail header with a statement only",
    {
      spec: {
        subject: "Re: 打合せ",
        composeType: "reply",
        body: "承知しました。\n\n2025/04/01 10:00、鈴木 一郎 <suzuki@alpha-consul.co.jp>のメール:\n\n本メールには機密性２情報が含まれます。",
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "forward counts a statement in the forwarded part",
    {
      spec: {
        subject: "FW: 資料送付",
        composeType: "forward",
        body: "田中様\n\n転送します。\n\n-----Original Message-----\nFrom: 鈴木\nSent: Tuesday\n\n添付資料は機密性２情報です。",
      },
      decision: "warn",
      fires: ["external-confidential"],
    },
  ],
  [
    "forward whose forwarder asks for 転送禁止 in the new text only",
    {
      spec: {
        to: IN,
        subject: "FW: 会議日程",
        composeType: "forward",
        body: "佐藤さん\n\n本件、転送禁止でお願いします。\n\n-----Original Message-----\nFrom: 鈴木\nSent: Tuesday\n\n会議日程は４月３日です。",
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "new mail carrying 転送禁止 is not a forward",
    { spec: { subject: "【転送禁止】人事メモ", to: IN }, decision: "allow", fires: [] },
  ],
  [
    "reply to the person who set 転送禁止 is not a forward",
    { spec: { subject: "RE: 【転送禁止】人事メモ", to: IN, composeType: "reply" }, decision: "allow", fires: [] },
  ],
];

// Invisible characters inside a label must not hide it (issue 11).
const HIDDEN: [string, Row][] = ["\u200B", "\u00AD", "\u202E", "\u0000", "\uFFFD", "\u2060", "\uFEFF"].map((c) => [
  `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} inside 機密性２`,
  {
    spec: { subject: `【機密${c}性${c}２】会議資料` },
    decision: "warn" as const,
    fires: ["external-confidential"],
  },
]);

// ---------------------------------------------------------------------------------------------------------------
// Mentions: a class named as a topic. These must never warn; most show an info finding.
// ---------------------------------------------------------------------------------------------------------------
const MENTIONS: [string, Row][] = [
  [
    "training title in the subject",
    {
      spec: { subject: "機密性２情報の取扱いに関する研修のご案内", body: "下記のとおり研修を開催します。" },
      decision: "allow",
      fires: [],
      info: ["external-confidential"],
    },
  ],
  [
    "training title after a bracketed tag",
    {
      spec: { subject: "【ご案内】機密性２情報の取扱い研修（第２回）" },
      decision: "allow",
      fires: [],
      info: ["external-confidential"],
    },
  ],
  [
    "rule in the body",
    {
      spec: {
        subject: "生成AIの利用について",
        body: "各位\n\n機密性２又は３の情報は生成AIに入力しないでください。\n" + SIGNATURE,
      },
      decision: "allow",
      fires: [],
      info: ["external-confidential"],
    },
  ],
  [
    "rule with 以上",
    {
      spec: { subject: "送付時の注意", body: "機密性２以上の情報は暗号化して送付してください。" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "rule about files containing a class",
    {
      spec: {
        subject: "ファイル送付のルール",
        body: "機密性２情報を含むファイルを送付する場合は、パスワードを別途通知してください。",
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "review notice with an arrow",
    {
      spec: { subject: "格付の見直しについて", body: "令和５年度の報告書の格付を機密性２→１に見直しました。" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "review notice with spaced arrow",
    {
      spec: { subject: "【お知らせ】格付見直し", body: "公表に伴い、機密性２ ⇒ 機密性１ に変更しています。" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "review notice with から",
    {
      spec: { subject: "格付変更", body: "統計表は公表されたため機密性２から機密性１へ変更となりました。" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "特定秘密 as a field of work",
    {
      spec: {
        subject: "適性評価の実施について",
        body: "特定秘密の取扱いの業務に従事する職員を対象に、適性評価を実施します。",
      },
      decision: "allow",
      fires: [],
      info: ["external-confidential"],
    },
  ],
  [
    "quoted news with 極秘に",
    {
      spec: { subject: "報道の共有", body: "報道によると、計画は極秘に進められていたとのことです。" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "「秘」指定 as a topic",
    {
      spec: { subject: "文書管理の留意点", body: "「秘」指定の文書は、庁舎外へ持ち出さないよう留意すること。" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "秘文書 as a topic",
    { spec: { subject: "秘文書の管理簿について", body: "管理簿の様式を更新しました。" }, decision: "allow", fires: [] },
  ],
  [
    "training theme line",
    {
      spec: { subject: "研修", body: "研修テーマ：機密性２情報の適切な取扱い\n日時：４月１０日" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "list of classes late in a notice",
    {
      spec: {
        subject: "情報の格付について（周知）",
        body: "各位\n\n" + "格付の考え方を説明します。\n".repeat(10) + "■格付の区分\n機密性３\n機密性２\n機密性１",
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "handbook-style explanation of 取扱注意事項",
    { spec: { subject: "取扱注意事項の確認", body: "取扱注意事項を確認のこと。" }, decision: "allow", fires: [] },
  ],
  [
    "秘書課 and 便秘 are ordinary words",
    { spec: { subject: "秘書課からのお知らせ", body: "便秘薬の購入について" }, decision: "allow", fires: [] },
  ],
  [
    "training deck file name",
    {
      spec: { subject: "研修資料", attachments: [doc("機密性２情報の取扱い研修.pptx", [])] },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "PDF guideline first page explaining classes",
    {
      spec: {
        subject: "ガイドラインの送付",
        attachments: [
          doc("ガイドライン.pdf", [
            ["pdf page 1", "情報セキュリティガイドライン\n本ガイドラインは、機密性２情報の取扱いについて定める。"],
          ]),
        ],
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "attached newsletter reporting an incident",
    {
      spec: {
        subject: "注意喚起",
        attachments: [
          doc("注意喚起.eml", [
            ["attached mail subject", "情報セキュリティニュース第12号"],
            ["attached mail body", "他機関で機密性３情報の漏えい事案が発生しました。\n各自ご注意ください。"],
          ]),
        ],
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "slide text explaining classes",
    {
      spec: {
        subject: "研修スライド",
        attachments: [
          doc("研修.pptx", [["ppt/slides/slide1.xml", "情報の格付研修\n機密性２情報とは何か\n事例で学ぶ取扱い"]]),
        ],
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "how-to notice showing a bracketed label as an example",
    {
      spec: {
        subject: "格付の表示方法について",
        body: "各位\n\n要機密情報をメールで送る際は、件名に【機密性２】と表示してください。\n添付ファイル名にも【機密性２】等の表示を付けてください。",
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "short notice listing the classes near the top",
    {
      spec: {
        subject: "格付の区分（再周知）",
        body: "各位\n\n格付の区分は次のとおりです。\n機密性３\n機密性２\n機密性１\n詳しくは規程をご覧ください。",
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "rule written with につきましては",
    {
      spec: { subject: "送付ルール", body: "機密性２情報につきましては、暗号化のうえ送付してください。" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "negated statement",
    {
      spec: { subject: "資料", body: "添付資料は機密性２情報ではありません。公表資料です。" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "spreadsheet drop-down list of classes",
    {
      spec: {
        subject: "台帳の様式",
        attachments: [doc("台帳様式.xlsx", [["xl/sharedStrings.xml", "文書名\n格付\n機密性３\n機密性２\n機密性１"]])],
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "training mail quoting the handbook's examples of restrictions",
    {
      spec: {
        subject: "取扱制限の例",
        body: "各位\n\n取扱制限の例は次のとおりです。\n「○○担当者限り」：参照者の制限\n「複製禁止」：複製の制限\n「転送禁止」：転送の制限",
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "handbook-style note about material shown as 「機密性２」",
    {
      spec: { subject: "公表資料の確認", body: "■「機密性２」と表示された資料を公表していないか確認してください。" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "two classes joined by ・ in a subject",
    {
      spec: { subject: "機密性２・３情報の取扱いについて（周知）" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "rule that encryption is required",
    { spec: { subject: "送付ルール", body: "機密性２情報の送付は暗号化必須です。" }, decision: "allow", fires: [] },
  ],
  [
    "news of leaked 極秘資料",
    { spec: { subject: "報道", body: "他国で極秘資料が流出したとの報道がありました。" }, decision: "allow", fires: [] },
  ],
];

// An attachment's own explicit marking decides that attachment.
const DECIDED: [string, Row][] = [
  [
    "header says 機密性１ while the body discusses 機密性２",
    {
      spec: {
        subject: "研修資料の送付",
        attachments: [
          doc("研修資料.docx", [
            ["word/header1.xml", "機密性１"],
            ["word/document.xml", "【機密性２】\n機密性２情報の表示例\n本研修では機密性２情報の扱いを学びます。"],
          ]),
        ],
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "sheet name 機密性１ while a cell shows a 機密性３ example",
    {
      spec: {
        subject: "格付一覧",
        attachments: [
          doc("格付一覧.xlsx", [
            ["xl sheet name", "機密性１"],
            ["xl/sharedStrings.xml", "区分\n機密性３\n説明"],
          ]),
        ],
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "file named 機密性１ with a 機密性２ body line",
    {
      spec: {
        subject: "公開資料",
        attachments: [doc("公開資料_機密性１.docx", [["word/document.xml", "機密性２\n公開前の版"]])],
      },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "header 機密性２ decides even when the body says 機密性１",
    {
      spec: {
        subject: "資料",
        attachments: [
          doc("資料.docx", [
            ["word/header1.xml", "機密性２"],
            ["word/document.xml", "機密性１\n概要"],
          ]),
        ],
      },
      decision: "warn",
      fires: ["external-confidential", "label-inheritance", "unencrypted-attachment"],
    },
  ],
  [
    "a 機密性１ attachment in a 機密性２ mail is not 要機密 itself",
    {
      spec: {
        subject: "【機密性２】資料",
        attachments: [doc("公表資料.pdf", [["pdf /Info Title", "機密性１"]]), doc("内部資料.docx", [])],
      },
      decision: "warn",
      fires: ["external-confidential", "unencrypted-attachment"],
    },
  ],
];

// Restriction words and time words in running text: never fire.
const RESTRICTION_MENTIONS: [string, Row][] = [
  [
    "メール送信不可のため inside",
    {
      spec: { to: IN, subject: "書類の提出", body: "容量が大きくメール送信不可のため、郵送いたします。" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "送信不可 in a reply subject",
    { spec: { subject: "Re: 送信不可のメールについて", composeType: "reply" }, decision: "allow", fires: [] },
  ],
  ["年度内限り", { spec: { subject: "補助金", body: "本措置は年度内限りです。" }, decision: "allow", fires: [] }],
  ["本日限り", { spec: { subject: "受付", body: "受付は本日限りとなります。" }, decision: "allow", fires: [] }],
  ["期間内限り", { spec: { subject: "利用", body: "試用版は期間内限り有効です。" }, decision: "allow", fires: [] }],
  ["できる限り", { spec: { subject: "回答", body: "できる限り早くご回答ください。" }, decision: "allow", fires: [] }],
  [
    "この限りでない",
    { spec: { subject: "規程", body: "ただし、所属長が認めた場合はこの限りでない。" }, decision: "allow", fires: [] },
  ],
  [
    "転送不可 as a setting being explained",
    { spec: { subject: "メール設定", body: "自動転送不可の設定について説明します。" }, decision: "allow", fires: [] },
  ],
  [
    "外部提供禁止 as a rule being cited",
    {
      spec: { subject: "規程改正", body: "第５条に定める外部提供禁止の規定により、提供はできません。" },
      decision: "allow",
      fires: [],
    },
  ],
  [
    "関係者限りの資料 as a training topic",
    {
      spec: { subject: "研修", body: "研修では関係者限りの資料の扱いを学びます。" },
      decision: "allow",
      fires: [],
    },
  ],
];

describe("markings fire", () => {
  test.each(MARKINGS)("%s", (_name, row) => check(row));
  test.each(ATTACHMENT_MARKINGS)("attachment: %s", (_name, row) => check(row));
});

describe("restrictions", () => {
  test.each(RESTRICTIONS)("%s", (_name, row) => check(row));
  test.each(RESTRICTION_MENTIONS)("never fires: %s", (_name, row) => check(row));
});

describe("quoted earlier messages", () => {
  test.each(QUOTES)("%s", (_name, row) => check(row));
});

describe("invisible characters do not hide a marking", () => {
  test.each(HIDDEN)("%s", (_name, row) => check(row));
});

describe("mentions never warn", () => {
  test.each(MENTIONS)("%s", (_name, row) => check(row));
});

describe("an attachment's own explicit marking decides it", () => {
  test.each(DECIDED)("%s", (_name, row) => check(row));
});

describe("mention findings", () => {
  test("a mention is shown as info with the word and where it was found", () => {
    const d = evaluate(mail({ to: OUT, subject: "機密性２情報の取扱いに関する研修のご案内" }), POLICY);
    expect(d.action).toBe("allow");
    expect(d.findings).toEqual([
      expect.objectContaining({
        check: "external-confidential",
        action: "info",
        messageId: "external-confidential.mention",
        data: { marking: ["機密性2"], where: ["subject"] },
      }),
    ]);
  });

  test("a check turned off shows no mention either", () => {
    const policy = policyWith((p) => (p.checks["external-confidential"].action = "off"));
    const d = evaluate(mail({ to: OUT, subject: "機密性２情報の取扱い研修" }), policy);
    expect(d.findings).toEqual([]);
  });

  test("internal mail shows no mention of a class", () => {
    expect(evaluate(mail({ to: IN, subject: "機密性２情報の取扱い研修" }), POLICY).findings).toEqual([]);
  });
});
