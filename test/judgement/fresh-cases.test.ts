import { unzipSync, zipSync } from "fflate";
import { buildCfb } from "../core/attachments/cfb-builder";
import { fixture } from "../core/attachments/fixtures";
import { buildZip } from "../core/attachments/zip-builder";
import {
  buildEml,
  decideEml,
  docx,
  freshFixture,
  MIME,
  pptx,
  xlsx,
  type Decision,
  type EmlSpec,
  type FileSpec,
  word,
} from "./fresh-helpers";

/**
 * An outside reviewer's batch: real-shaped government mail, written for this file after the rules existed, read as
 * .eml bytes the way the CLI reads them (charsets, transfer encodings, HTML, attachments inspected byte by byte) and
 * judged with the example policy (organisation example.go.jp, partner partner.example.co.jp).
 * Each case states the decision and the checks that warn or block; info findings are not listed.
 */

const OUT = "kato@alpha-souken.co.jp";
const OUT2 = "ito@beta-keikaku.co.jp";
const IN = "sato@example.go.jp";

const hex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (h) => parseInt(h, 16));
// CP932 file names as Windows Explorer stores them ("送る → 圧縮(zip形式)フォルダー": no UTF-8 flag).
const CP932 = {
  kimitsuMeibo: hex("81798b4096a790ab8251817a904588f596bc95eb2e786c7378"), // 【機密性２】職員名簿.xlsx
  shidai: hex("89ef8b638e9f91e62e646f6378"), // 会議次第.docx
  hishoka: hex("94e98f9189db5f93fa92f62e786c7378"), // 秘書課_日程.xlsx
};

/** A ZIP as Explorer writes it: CP932 names, general-purpose flags 0 (or 1 when 7-Zip/Lhaplus added ZipCrypto). */
function explorerZip(entries: { nameBytes: Uint8Array; data: Uint8Array; encrypted?: boolean }[]): Uint8Array {
  return buildZip(
    entries.map((e, i) => ({
      name: `entry${i}`,
      nameBytes: e.nameBytes,
      flags: e.encrypted ? 1 : 0,
      ...(e.encrypted ? { method: 8, raw: Uint8Array.from({ length: 64 }, (_, k) => (k * 37 + 11) & 0xff) } : {}),
      data: e.data,
    })),
  );
}

const zipFile = (name: string, bytes: Uint8Array) => ({ name, bytes, type: MIME.zip });
const docxFile = (name: string, bytes: Uint8Array, disposition?: "inline") => ({
  name,
  bytes,
  type: MIME.docx,
  ...(disposition ? { disposition } : {}),
});

/** A copy of an OOXML package with docProps/core.xml holding the given title (Word's 文書のプロパティ → タイトル). */
function withCoreTitle(pkg: Uint8Array, title: string): Uint8Array {
  const files = unzipSync(pkg);
  files["docProps/core.xml"] = new TextEncoder().encode(
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      `xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${title}</dc:title></cp:coreProperties>`,
  );
  return zipSync(files);
}

/** A covering mail with a ZipCrypto archive made by an archiver on Windows (CP932 names), to an outside consultant. */
function withLockedZip(text: string): () => Uint8Array {
  const zip = explorerZip([{ nameBytes: CP932.shidai, data: new Uint8Array(10), encrypted: true }]);
  return () => buildEml({ to: [OUT], subject: "資料送付", text, files: [zipFile("資料.zip", zip)] });
}

const utf16le = (t: string) => Uint8Array.from(Buffer.from(t, "utf16le"));

/** An Outlook item saved as a .msg file (dragged out of Outlook): MAPI subject and body streams in a compound file. */
function outlookMsg(subject: string, body: string): FileSpec {
  const bytes = buildCfb([
    { name: "__properties_version1.0", data: new Uint8Array(32) },
    { name: "__substg1.0_0037001F", data: utf16le(subject) },
    { name: "__substg1.0_1000001F", data: utf16le(body) },
  ]);
  return { name: subject.replace(/[【】]/g, "") + ".msg", bytes, type: "application/vnd.ms-outlook" };
}

type Case = [title: string, expected: Decision, mail: () => Uint8Array];

const xlsxFile = (bytes: Uint8Array): FileSpec => ({ name: "名簿.xlsx", bytes, type: MIME.xlsx });
const pptxFile = (bytes: Uint8Array): FileSpec => ({ name: "説明資料.pptx", bytes, type: MIME.pptx });

/** An ordinary covering mail to an outside consultant with one file. */
function sentWith(file: FileSpec): () => Uint8Array {
  return () => buildEml({ to: [OUT], subject: "資料の送付", text: "加藤様\n\n資料を添付します。", files: [file] });
}

/** A file marked 機密性２ under an unmarked subject: the class, the unmarked subject and the missing encryption. */
function attached(title: string, file: FileSpec): Case {
  return [title, warn("external-confidential", "label-inheritance", "unencrypted-attachment"), sentWith(file)];
}

const allow: Decision = { action: "allow", fires: [] };
const warn = (...fires: string[]): Decision => ({ action: "warn", fires: fires.sort() });
const block = (...fires: string[]): Decision => ({ action: "block", fires: fires.sort() });
const mail = (spec: EmlSpec) => () => buildEml(spec);

const SIGNATURE = "\n\n――――――――――――――――\n例示省 経済分析局 調査課\n山田 太郎\nTEL 03-0000-0000（内線 1234）\n";

const CASES: Case[] = [
  // --- Forwards, replies and quoted originals ---
  [
    "forward: the forwarded original carries 【機密性２】 under an Outlook header block",
    warn("external-confidential"),
    mail({
      to: [OUT],
      subject: "FW: 調査票の回収状況",
      text:
        "加藤様\n\nご参考までに転送いたします。\n" +
        SIGNATURE +
        "\n差出人: 鈴木 花子 <suzuki@example.go.jp>\n送信日時: 2026年11月30日 17:02\n宛先: 山田 太郎\n件名: 調査票の回収状況\n\n【機密性２】\n各県の回収状況は次のとおりです。\n北海道 82% / 青森 75%\n",
    }),
  ],
  [
    "reply: a > quoted 【機密性２】 line is sent again with the reply",
    warn("external-confidential"),
    mail({
      to: [OUT],
      subject: "RE: 仕様書の確認",
      text:
        "加藤様\n\n承知しました。修正版を確認します。\n" +
        SIGNATURE +
        "\n2026/11/30 16:40、加藤 のメッセージ:\n> 【機密性２】\n> 仕様書第3章の修正案です。\n",
    }),
  ],
  [
    "reply: a quoted training notice that names 機密性２ is not a marking",
    allow,
    mail({
      to: [OUT],
      subject: "RE: 研修のご案内",
      text:
        "加藤様\n\n出席いたします。\n" +
        SIGNATURE +
        "\n-----Original Message-----\nFrom: 研修担当\nSent: Monday, November 30, 2026 9:00 AM\nSubject: 研修のご案内\n\n機密性２情報の取扱いについて研修を行います。\n",
    }),
  ],
  [
    "forward inside the organisation of a mail marked 転送禁止",
    warn("handling-restriction"),
    mail({
      to: [IN],
      subject: "転送: 幹部日程（12月）",
      text: "佐藤さん\n\n共有します。\n\n-------- 転送メッセージ --------\n件名: 幹部日程（12月）\n日付: 2026/11/29\n\n※転送禁止\n12月の幹部日程は以下のとおりです。\n",
    }),
  ],
  [
    "forward of a 関係者限り original to an outside consultant",
    warn("handling-restriction"),
    mail({
      to: [OUT],
      subject: "FW: 検討会資料",
      text: "加藤様\n\n転送します。\n\n-----Original Message-----\nFrom: 鈴木\nSent: Friday\nSubject: 検討会資料\n\n【関係者限り】\n第2回検討会の資料です。\n",
    }),
  ],
  [
    "forward as an attached .eml whose subject says 【機密性２】: the attached mail is 機密性２ and not encrypted",
    warn("external-confidential", "label-inheritance", "unencrypted-attachment"),
    () => {
      const inner = buildEml({ to: [IN], subject: "【機密性２】ヒアリング結果", text: "ヒアリング結果です。" });
      return buildEml({
        to: [OUT],
        subject: "ヒアリング結果の共有",
        text: "加藤様\n\n元のメールを添付します。",
        files: [{ name: "ヒアリング結果.eml", bytes: inner, type: "message/rfc822" }],
      });
    },
  ],

  // --- Footers, signatures and running text ---
  [
    "footer boilerplate ※本メールは関係者限り at the end of a long mail",
    warn("handling-restriction"),
    mail({
      to: [OUT],
      subject: "意見照会への回答",
      text:
        "加藤様\n\nいつもお世話になっております。\n意見照会について、以下のとおり回答いたします。\n\n1. 第1条について\n  修文の必要はないと考えます。\n2. 第2条について\n  定義規定を追加してください。\n3. 第3条について\n  施行日を明記してください。\n4. その他\n  特段の意見はありません。\n" +
        SIGNATURE +
        "※本メールは関係者限り\n",
    }),
  ],
  [
    "running text: a training announcement names 機密性２情報 as its topic",
    allow,
    mail({
      to: [OUT, "kenshu@alpha-souken.co.jp"],
      subject: "情報セキュリティ研修の実施について",
      text:
        "関係各位\n\n機密性２情報の取扱いについて研修を行います。\n日時：12月10日 14時\n場所：本庁舎 第3会議室\n" +
        SIGNATURE,
    }),
  ],
  [
    "signature of 秘書課 and a note about 秘書 must not read as 秘",
    allow,
    mail({
      to: [OUT],
      subject: "大臣日程の調整",
      text: "加藤様\n\n秘書官と調整のうえ、改めてご連絡します。\n\n――――\n例示省 大臣官房 秘書課\n田中 次郎\n",
    }),
  ],
  [
    "health newsletter mentioning 便秘 is ordinary mail",
    allow,
    mail({
      to: [OUT],
      subject: "健康だより12月号",
      text: "職員の皆様\n\n冬場は運動不足から便秘になりがちです。\n適度な運動を心がけましょう。\n",
    }),
  ],
  [
    "label line 機密性２情報 right under the salutation",
    warn("external-confidential"),
    mail({
      to: [OUT],
      subject: "ヒアリングメモ",
      text: "加藤様\n\n機密性２情報\n\n本日のヒアリングメモをお送りします。\n",
    }),
  ],

  // --- Subject prefixes, half and full width ---
  [
    "subject 【機密性２・取扱注意】",
    warn("external-confidential"),
    mail({ to: [OUT], subject: "【機密性２・取扱注意】予算要求資料", text: "加藤様\n\n資料をお送りします。" }),
  ],
  [
    "subject [機密性2] in half width",
    warn("external-confidential"),
    mail({ to: [OUT], subject: "[機密性2]打合せ議事メモ", text: "加藤様\n\n議事メモです。" }),
  ],
  [
    "subject 機密性：２ with a full-width colon",
    warn("external-confidential"),
    mail({ to: [OUT], subject: "機密性：２　調査票の送付", text: "加藤様\n\n調査票を送付します。" }),
  ],
  [
    "subject 【機密性２Ａ】 (a ministry's sub-class) still counts as 機密性２",
    warn("external-confidential"),
    mail({ to: [OUT], subject: "【機密性２Ａ】委託先一覧", text: "加藤様\n\n一覧をお送りします。" }),
  ],
  [
    "subject 【自治体機密性３Ａ】 to a city office is blocked",
    block("external-confidential"),
    mail({
      to: ["kikaku@city.example.lg.jp"],
      subject: "【自治体機密性３Ａ】住民基本台帳の照会結果",
      text: "ご担当者様\n\n照会結果です。",
    }),
  ],
  [
    "subject 【自治体機密性２Ｂ】 to a city office warns",
    warn("external-confidential"),
    mail({
      to: ["kikaku@city.example.lg.jp"],
      subject: "【自治体機密性２Ｂ】補助金交付一覧",
      text: "ご担当者様\n\n一覧です。",
    }),
  ],
  [
    "subject 機密性１ only: nothing to protect",
    allow,
    mail({ to: [OUT], subject: "【機密性１】公表資料の送付", text: "加藤様\n\n公表済みの資料です。" }),
  ],
  [
    "subject 【極秘】 going outside is blocked",
    block("external-confidential"),
    mail({ to: [OUT], subject: "【極秘】交渉方針", text: "加藤様" }),
  ],
  [
    "subject about 機密性２以上 (a rule) is a mention",
    allow,
    mail({
      to: [OUT],
      subject: "機密性２以上の情報の取扱いについて（周知）",
      text: "関係各位\n\n標記について周知します。",
    }),
  ],

  // --- 〜限り in 回覧 and ordinary 限り ---
  [
    "回覧 list with 課長限り stays inside: allowed",
    allow,
    mail({
      to: [IN, "kacho@example.go.jp"],
      subject: "【回覧】人事評価の日程",
      text: "回覧：課長限り\n\n人事評価面談の日程を回覧します。\n",
    }),
  ],
  [
    "the same 課長限り 回覧 sent outside warns",
    warn("handling-restriction"),
    mail({
      to: [OUT],
      subject: "【回覧】人事評価の日程",
      text: "回覧：課長限り\n\n人事評価面談の日程を回覧します。\n",
    }),
  ],
  [
    "できる限り and 本日限り are not restrictions",
    allow,
    mail({
      to: [OUT],
      subject: "ご提出のお願い",
      text: "加藤様\n\nできる限り早めにご提出ください。\nなお、受付は本日限りとなります。\n",
    }),
  ],

  // --- Meeting notices ---
  [
    "meeting notice whose agenda is 機密性区分の見直し",
    allow,
    mail({
      to: [OUT],
      subject: "第3回検討会の開催について",
      text: "委員各位\n\n下記のとおり開催します。\n議題：機密性２情報の区分の見直しについて\n",
    }),
  ],
  [
    "meeting notice with an agenda .docx whose header says 機密性２",
    warn("external-confidential", "label-inheritance", "unencrypted-attachment"),
    mail({
      to: [OUT],
      subject: "第3回検討会の開催について",
      text: "加藤様\n\n議事次第を添付します。",
      files: [docxFile("議事次第.docx", docx({ header: ["機密性２"], body: ["第3回検討会 議事次第", "1. 開会"] }))],
    }),
  ],

  // --- HTML-only bodies ---
  [
    "HTML-only: a right-aligned red <p> header 【機密性２】",
    warn("external-confidential"),
    mail({
      to: [OUT],
      subject: "打合せ資料",
      html: '<html><body><p style="text-align:right;color:red;font-weight:bold">【機密性２】</p><p>加藤様</p><p>資料をお送りします。</p></body></html>',
    }),
  ],
  [
    "HTML-only: <div align=right>機密性２情報</div> label line",
    warn("external-confidential"),
    mail({
      to: [OUT],
      subject: "打合せ資料",
      html: "<html><body><div align=right>機密性２情報</div><div>加藤様</div><div>資料をお送りします。</div></body></html>",
    }),
  ],
  [
    "HTML-only: running text naming 機密性２ is allowed",
    allow,
    mail({
      to: [OUT],
      subject: "規程改正のお知らせ",
      html: "<html><body><p>関係各位</p><p>機密性２情報を庁外に送信する際の手順を改正しました。詳細は規程集をご覧ください。</p></body></html>",
    }),
  ],
  [
    "multipart/alternative whose plain part is a stub and whose HTML carries 【機密性３】",
    block("external-confidential"),
    mail({
      to: [OUT],
      subject: "資料送付",
      text: "このメールはHTML形式です。HTMLメールを表示できるメールソフトでご覧ください。",
      html: "<html><body><p>【機密性３】</p><p>加藤様</p><p>交渉資料を送付します。</p></body></html>",
    }),
  ],

  // --- Charsets and transfer encodings ---
  [
    "ISO-2022-JP subject 【機密性２】",
    warn("external-confidential"),
    () => freshFixture("iso-2022-jp-marked-subject.eml"),
  ],
  [
    "ISO-2022-JP body label line 機密性３",
    block("external-confidential"),
    () => freshFixture("iso-2022-jp-body-level3.eml"),
  ],
  ["Shift_JIS 8bit body 【関係者限り】", warn("handling-restriction"), () => freshFixture("shift-jis-limited.eml")],
  [
    "quoted-printable UTF-8 with the marking split by a soft line break",
    warn("external-confidential"),
    mail({
      to: [OUT],
      subject: "統計表",
      qp: true,
      text: "加藤様\n\n格付：機密性２（取扱注意）\n\n統計表をお送りします。",
    }),
  ],

  // --- Attachments ---
  attached(
    "docx whose header runs split 機密性 | ２ | 情報",
    docxFile("報告書.docx", docx({ header: ["機密性|２|情報"], body: ["調査報告書"] })),
  ),
  attached(
    "docx with 機密性２ as the first line of the body",
    docxFile("報告書.docx", docx({ body: ["機密性２", "調査報告書", "1. 目的"] })),
  ),
  [
    "docx footer 関係者限り to outside",
    warn("handling-restriction"),
    sentWith(docxFile("報告書.docx", docx({ footer: ["関係者限り"], body: ["調査報告書"] }))),
  ],
  [
    "docx whose body only explains the classes (a rule text)",
    allow,
    sentWith(
      docxFile(
        "情報管理規程.docx",
        docx({ body: ["情報管理規程", "第3条 機密性２情報を庁外に提供する場合は、課長の承認を得るものとする。"] }),
      ),
    ),
  ],
  [
    "docx header 機密性２ with an annex marked 【機密性３】: the highest level wins",
    block("external-confidential", "label-inheritance", "unencrypted-attachment"),
    mail({
      to: [OUT],
      subject: "【機密性２】検討資料",
      text: "加藤様\n\n検討資料です。",
      files: [
        docxFile("検討資料.docx", docx({ header: ["機密性２"], body: ["検討資料", "【機密性３】", "別紙 留意点"] })),
      ],
    }),
  ],
  attached(
    "xlsx with a cell that holds only 機密性２ (shared string)",
    xlsxFile(xlsx({ shared: ["機密性２", "氏名"] })),
  ),
  attached(
    "xlsx whose 機密性２ cell is an inline string (how exporters write cells)",
    xlsxFile(xlsx({ inline: ["機密性２", "氏名"] })),
  ),
  attached(
    "xlsx printed header &R機密性２",
    xlsxFile(xlsx({ shared: ["氏名", "所属"], headerFooter: '&R&"ＭＳ ゴシック,太字"機密性２' })),
  ),
  attached("pptx first slide 【機密性２】", pptxFile(pptx({ slides: [["【機密性２】", "制度改正の概要"]] }))),
  attached(
    "pptx whose 機密性２ sits on the slide master (the office template's footer)",
    pptxFile(pptx({ slides: [["制度改正の概要"], ["スケジュール"]], master: ["機密性２"] })),
  ),
  attached(
    "Apple Mail sends the marked .docx with Content-Disposition: inline; it is still an attachment",
    docxFile("報告書.docx", docx({ header: ["機密性２"], body: ["報告書"] }), "inline"),
  ),
  attached(
    "Explorer ZIP with a CP932 entry name 【機密性２】職員名簿.xlsx",
    zipFile("名簿.zip", explorerZip([{ nameBytes: CP932.kimitsuMeibo, data: xlsx({ shared: ["氏名"] }) }])),
  ),
  [
    "Explorer ZIP with a CP932 name 秘書課_日程.xlsx is ordinary",
    allow,
    sentWith(zipFile("日程.zip", explorerZip([{ nameBytes: CP932.hishoka, data: xlsx({ shared: ["日程"] }) }]))),
  ],
  attached(
    "Explorer ZIP holding a docx whose header says 機密性２",
    zipFile(
      "会議資料.zip",
      explorerZip([{ nameBytes: CP932.shidai, data: docx({ header: ["機密性２"], body: ["次第"] }) }]),
    ),
  ),
  [
    "PPAP: encrypted ZIP and the password written in the same mail",
    warn("ppap"),
    withLockedZip("加藤様\n\n資料を暗号化ZIPで送付します。\nパスワード：Rk7pQ2xw\n"),
  ],
  [
    "PPAP: password promised by a separate mail",
    warn("ppap"),
    withLockedZip("加藤様\n\n資料を送付します。\nパスワードは別メールにてお送りします。\n"),
  ],
  [
    "encrypted ZIP with the password given by telephone is fine",
    allow,
    withLockedZip("加藤様\n\n資料を送付します。\nパスワードはお電話でお伝えします。\n"),
  ],
  [
    "encrypted 【機密性２】 ZIP to outside: the class warns, encryption is satisfied",
    warn("external-confidential", "label-inheritance"),
    mail({
      to: [OUT],
      subject: "名簿",
      text: "加藤様\n\n名簿を送付します。パスワードは電話でお伝えします。",
      files: [
        zipFile(
          "【機密性２】名簿.zip",
          explorerZip([{ nameBytes: CP932.kimitsuMeibo, data: new Uint8Array(10), encrypted: true }]),
        ),
      ],
    }),
  ],

  // --- Recipient mixes ---
  [
    "two outside organisations visible in To and CC",
    warn("bcc-expected"),
    mail({ to: [OUT], cc: [OUT2], subject: "説明会のご案内", text: "各位\n\n説明会を開催します。" }),
  ],
  [
    "prefecture and city of the same name are two organisations",
    warn("bcc-expected"),
    mail({
      to: ["somu@pref.example.lg.jp"],
      cc: ["somu@city.example.lg.jp"],
      subject: "照会",
      text: "ご担当者様\n\n照会します。",
    }),
  ],
  [
    "another ministry's go.jp is outside: 【機密性２】 warns",
    warn("external-confidential"),
    mail({ to: ["tanaka@other-ministry.go.jp"], subject: "【機密性２】協議資料", text: "田中様\n\n協議資料です。" }),
  ],
  [
    "look-alike example-go.jp",
    warn("lookalike-domain"),
    mail({ to: ["sato@example-go.jp"], subject: "打合せ日程", text: "佐藤さん\n\n日程です。" }),
  ],
  [
    "marked mail to a free-mail address",
    warn("external-confidential", "freemail-recipient"),
    mail({ to: ["taro.kato1975@gmail.com"], subject: "【機密性２】原稿", text: "加藤様\n\n原稿です。" }),
  ],
  [
    "【機密性３】 to colleagues only (upper-case domain, sub-domain) is allowed",
    allow,
    mail({
      to: ["SATO@EXAMPLE.GO.JP", "ito@kyoku.example.go.jp"],
      subject: "【機密性３】交渉方針",
      text: "各位\n\n交渉方針です。",
    }),
  ],
  [
    "partner (委託先) and ordinary mail",
    allow,
    mail({ to: ["pm@partner.example.co.jp"], subject: "定例会の日程", text: "ご担当者様\n\n日程をご連絡します。" }),
  ],

  // --- Second batch: HTML shapes, more encodings, restrictions, PPAP wording, recipients ---
  [
    "Outlook HTML: 【機密性 and ２】 in separate spans with &nbsp; and <o:p>",
    warn("external-confidential"),
    mail({
      to: [OUT],
      subject: "資料",
      html: "<html><body><p class=MsoNormal align=right><span style='color:red'>【機密性</span><span style='color:red'>２】<o:p></o:p></span></p><p class=MsoNormal>加藤様<o:p>&nbsp;</o:p></p></body></html>",
    }),
  ],
  [
    "HTML: brackets written as numeric character references &#12304;機密性２&#12305;",
    warn("external-confidential"),
    mail({ to: [OUT], subject: "資料", html: "<div>&#12304;機密性２&#12305;</div><div>加藤様</div>" }),
  ],
  [
    "HTML: the label in a right-aligned table cell above the salutation",
    warn("external-confidential"),
    mail({
      to: [OUT],
      subject: "資料",
      html: "<table width='100%'><tr><td></td><td align=right>機密性２</td></tr></table><p>加藤様</p><p>資料です。</p>",
    }),
  ],
  [
    "subject encoded words split inside a multibyte character",
    warn("external-confidential"),
    mail({
      to: [OUT],
      subject: "",
      rawSubject: "=?UTF-8?B?44CQ5g==?= =?UTF-8?B?qZ/lr4bmgKfvvJLjgJHlp5Tlk6HlkI3nsL8=?=",
      text: "加藤様\n\n名簿です。",
    }),
  ],
  [
    "Shift_JIS subject with NEC special characters ㈱ and 機密性②",
    warn("external-confidential"),
    mail({
      to: [OUT],
      subject: "",
      rawSubject: "=?Shift_JIS?B?h4qDQYOLg3SDQJGNjKSXbCCBeYtAlqeQq4dBgXqMqZDPjmSXbI+R?=",
      text: "加藤様\n\n仕様書です。",
    }),
  ],
  ["EUC-JP 8bit body 【機密性２】", warn("external-confidential"), () => freshFixture("euc-jp-marked-body.eml")],
  [
    "cover mail listing its enclosures with their classes",
    warn("external-confidential"),
    mail({
      to: [OUT],
      subject: "第2回委員会資料の送付",
      text: "委員各位\n\n第2回委員会の資料を送付します。\n\n資料1 議事次第（機密性１）\n資料2 委員名簿（機密性２）\n資料3 論点整理（案）\n",
    }),
  ],
  [
    "Gmail-style forward of a mail marked 転送禁止",
    warn("handling-restriction"),
    mail({
      to: [IN],
      subject: "Fwd: 内示について",
      text: "共有します\n\n---------- Forwarded message ---------\nFrom: 人事課 <jinji@example.go.jp>\nDate: 2026年11月30日(月) 18:00\nSubject: 内示について\nTo: <yamada@example.go.jp>\n\n転送禁止\n\n内示の内容は以下のとおりです。\n",
    }),
  ],
  [
    "subject 転送：【機密性２】 with a full-width colon is a forward to outside",
    warn("external-confidential"),
    mail({ to: [OUT], subject: "転送：【機密性２】ヒアリング記録", text: "加藤様\n\n転送します。" }),
  ],
  [
    "部外秘 in the subject going outside",
    warn("handling-restriction"),
    mail({ to: [OUT], subject: "【部外秘】組織見直し案", text: "加藤様\n\n見直し案です。" }),
  ],
  [
    "a lone 秘 line at the top of the body",
    block("external-confidential"),
    mail({ to: [OUT], subject: "交渉メモ", text: "秘\n\n加藤様\n\n交渉メモをお送りします。" }),
  ],
  [
    "news about 特定秘密保護法 and 極秘裏 is not a marking",
    allow,
    mail({
      to: [OUT],
      subject: "報道の共有",
      text: "加藤様\n\n特定秘密保護法の運用状況に関する報道を共有します。\n交渉は極秘裏に進められたとのことです。\n",
    }),
  ],
  [
    "internal mail whose subject carries 送信禁止 is blocked even inside",
    block("handling-restriction"),
    mail({ to: [IN], subject: "【機密性３・送信禁止】人事案", text: "佐藤さん\n\n人事案です。" }),
  ],
  [
    "メール送信不可のため郵送します restricts nothing",
    allow,
    mail({ to: [OUT], subject: "書類の送付", text: "加藤様\n\n容量が大きくメール送信不可のため、郵送いたします。" }),
  ],
  [
    "docx whose core.xml title starts with 【機密性２】",
    warn("external-confidential", "label-inheritance", "unencrypted-attachment"),
    () => {
      const bytes = docx({ body: ["概要"] });
      return buildEml({
        to: [OUT],
        subject: "資料の送付",
        text: "加藤様\n\n資料を添付します。",
        files: [docxFile("概要.docx", withCoreTitle(bytes, "【機密性２】制度概要"))],
      });
    },
  ],
  [
    "PPAP: 【パスワード】 Abc12345 on its own line (no colon)",
    warn("ppap"),
    withLockedZip("加藤様\n\n資料を送付します。\n\n【パスワード】 Rk7pQ2xw\n"),
  ],
  [
    "PPAP: パスワードは以下のとおりです, then the password on the next line",
    warn("ppap"),
    withLockedZip("加藤様\n\n資料を送付します。\n解凍パスワードは以下のとおりです。\n\nRk7pQ2xw\n"),
  ],
  [
    "PPAP: full-width ＰＷ：ａｂｃ１２３４",
    warn("ppap"),
    withLockedZip("加藤様\n\n資料を送付します。\nＰＷ：ａｂｃ１２３４\n"),
  ],
  [
    "look-alike: the organisation's domain embedded in another (example.go.jp.mail-secure.net)",
    warn("lookalike-domain"),
    mail({ to: ["sato@example.go.jp.mail-secure.net"], subject: "日程", text: "佐藤さん" }),
  ],
  [
    "look-alike: Cyrillic а in exаmple.go.jp",
    warn("lookalike-domain"),
    mail({ to: ["sato@ex\u0430mple.go.jp"], subject: "日程", text: "佐藤さん" }),
  ],
  [
    "look-alike: transposed letters exmaple.go.jp",
    warn("lookalike-domain"),
    mail({ to: ["sato@exmaple.go.jp"], subject: "日程", text: "佐藤さん" }),
  ],
  [
    "a consultant's work address in To and private address in CC are two parties",
    warn("bcc-expected"),
    mail({ to: [OUT], cc: ["kato.family@yahoo.co.jp"], subject: "日程", text: "加藤様" }),
  ],
  [
    "outside organisations all in BCC: nothing visible",
    allow,
    mail({
      to: [IN],
      bcc: [OUT, OUT2, "info@gamma.or.jp"],
      subject: "説明会のご案内",
      text: "各位\n\n説明会のご案内です。",
    }),
  ],
  [
    "twelve addresses of one outside company visible in To",
    warn("bcc-expected"),
    mail({
      to: Array.from({ length: 12 }, (_, i) => `staff${i + 1}@alpha-souken.co.jp`),
      subject: "説明会のご案内",
      text: "各位",
    }),
  ],

  // --- Third batch: ordinary mail that must stay quiet, and more marking shapes ---
  [
    "a shipping request asking for a 「取扱注意」 sticker",
    allow,
    mail({
      to: [OUT],
      subject: "機器の返送について",
      text: "加藤様\n\n精密機器のため、箱に「取扱注意」のシールを貼って返送してください。",
    }),
  ],
  [
    "先着30名限り, 在庫限り, その場限り are not restrictions",
    allow,
    mail({
      to: [OUT],
      subject: "説明会のご案内",
      text: "各位\n\n説明会は先着30名限りです。資料は在庫限りの配布となります。\nその場限りの対応とならないよう、事前にご質問をお寄せください。",
    }),
  ],
  [
    "an attachment named after a form about 機密性２情報 is a mention",
    allow,
    mail({
      to: [OUT],
      subject: "様式の送付",
      text: "加藤様\n\n様式をお送りします。",
      files: [{ name: "機密性２情報持出申請書.xlsx", bytes: xlsx({ shared: ["申請者", "持出日"] }), type: MIME.xlsx }],
    }),
  ],
  [
    "subject asking about the rule for 機密性２情報",
    allow,
    mail({
      to: [OUT],
      subject: "Re: 機密性２情報の送付方法について",
      text: "加藤様\n\nお問い合わせの件、規程では暗号化が必要です。",
    }),
  ],
  [
    "another body's go.jp domain whose name is near ours (sample.go.jp) is not a look-alike",
    allow,
    mail({ to: ["suzuki@sample.go.jp"], subject: "協議日程", text: "鈴木様\n\n日程案です。" }),
  ],
  [
    "ordinary mail to one outside contact with colleagues in CC",
    allow,
    mail({
      to: [OUT],
      cc: [IN, "kacho@example.go.jp"],
      subject: "打合せ日程",
      text: "加藤様\n\n日程案をお送りします。",
    }),
  ],
  [
    "【機密性２情報】 with 情報 inside the brackets",
    warn("external-confidential"),
    mail({ to: [OUT], subject: "【機密性２情報】検討メモ", text: "加藤様" }),
  ],
  [
    "subject 機密性２（関係者限り）",
    warn("external-confidential", "handling-restriction"),
    mail({ to: [OUT], subject: "機密性２（関係者限り）作業部会資料", text: "加藤様" }),
  ],
  [
    "reply to outside keeping [機密性2] in the subject",
    warn("external-confidential"),
    mail({ to: [OUT], subject: "Re: [機密性2] 打合せ", text: "加藤様\n\n承知しました。" }),
  ],
  [
    "docx footer 機密性２情報 取扱制限：複製禁止",
    warn("external-confidential", "handling-restriction", "label-inheritance", "unencrypted-attachment"),
    sentWith(docxFile("要領.docx", docx({ footer: ["機密性２情報　取扱制限：複製禁止"], body: ["実施要領"] }))),
  ],
  [
    "取扱制限：外部提供禁止 to the partner (委託先) is still outside",
    warn("handling-restriction"),
    mail({
      to: ["pm@partner.example.co.jp"],
      subject: "運用手順",
      text: "ご担当者様\n\n取扱制限：外部提供禁止\n\n運用手順を共有します。",
    }),
  ],
  [
    "subject 【機密性４】 (a ministry's own top class) is blocked",
    block("external-confidential"),
    mail({ to: [OUT], subject: "【機密性４】対処方針", text: "加藤様" }),
  ],
  [
    "internal forward whose subject carries 【転送禁止】",
    warn("handling-restriction"),
    mail({ to: [IN], subject: "FW: 【転送禁止】幹部会議メモ", text: "佐藤さん\n\n参考までに。" }),
  ],

  [
    "a label drawn in a box of ┏━┓ ┃ ┗━┛ at the top of the body",
    warn("external-confidential"),
    mail({ to: [OUT], subject: "検討メモ", text: "加藤様\n\n┏━━━━━┓\n┃機密性２┃\n┗━━━━━┛\n\n検討メモです。" }),
  ],
  [
    "label lines framed ■機密性２■ and ＊＊＊関係者限り＊＊＊",
    warn("external-confidential", "handling-restriction"),
    mail({ to: [OUT], subject: "検討メモ", text: "加藤様\n\n■機密性２■\n＊＊＊関係者限り＊＊＊\n\n検討メモです。" }),
  ],
  [
    "≪機密性３≫ in double angle brackets",
    block("external-confidential"),
    mail({ to: [OUT], subject: "交渉メモ", text: "加藤様\n\n≪機密性３≫\n\n交渉メモです。" }),
  ],
  [
    "本資料の格付は機密性２、取扱制限は関係者限りです。",
    warn("external-confidential", "handling-restriction"),
    mail({
      to: [OUT],
      subject: "作業部会資料",
      text: "加藤様\n\n作業部会の資料をお送りします。\n本資料の格付は機密性２、取扱制限は関係者限りです。",
    }),
  ],
  [
    "a rule naming ■ and ≪≫ as ways to show a class is still a mention",
    allow,
    mail({
      to: [OUT],
      subject: "表示方法の周知",
      text: "各位\n\n機密性２情報の表示は、≪機密性２≫等の表示を文書の右上に付けてください。\n■機密性２情報の取扱いについて\n詳細は規程をご覧ください。",
    }),
  ],

  attached(
    "docx with Word's 透かし (watermark) 機密性２ on every page",
    docxFile("報告書.docx", docx({ watermark: "機密性２", body: ["報告書"] })),
  ),
  [
    "docx with Word's built-in watermark 社外秘 to outside",
    warn("handling-restriction"),
    sentWith(docxFile("報告書.docx", docx({ watermark: "社外秘", body: ["報告書"] }))),
  ],
  [
    "docx with Word's built-in watermark 複製を禁ず to outside",
    warn("handling-restriction"),
    sentWith(docxFile("報告書.docx", docx({ watermark: "複製を禁ず", body: ["報告書"] }))),
  ],
  [
    "docx with the watermark 見本 is ordinary",
    allow,
    sentWith(docxFile("様式.docx", docx({ watermark: "見本", body: ["申請書様式"] }))),
  ],
  [
    "old Japanese mailer: raw Shift_JIS 【機密性２】 file name",
    warn("external-confidential", "label-inheritance", "unencrypted-attachment"),
    () => freshFixture("raw-sjis-filename.eml"),
  ],
  [
    "RFC 2231 file name continued mid-character",
    warn("external-confidential", "label-inheritance", "unencrypted-attachment"),
    () => freshFixture("rfc2231-split-filename.eml"),
  ],

  attached("a .txt memo whose first line is 【機密性２】 (UTF-8)", {
    name: "打合せメモ.txt",
    bytes: new TextEncoder().encode("【機密性２】\n打合せメモ\n日時：12月1日\n"),
    type: "text/plain",
  }),
  attached("a .csv saved by Excel (CP932) whose first cell is 機密性２", {
    name: "名簿.csv",
    bytes: hex(
      "8b4096a790ab82512c2c0d0a8e8196bc2c8f8a91ae2c93e090fc0d0a8e5293632091be98592c918d96b189db2c313233340d0a",
    ),
    type: "text/csv",
  }),
  [
    "an ordinary CP932 .csv (秘書課 in a cell) is not marked",
    allow,
    sentWith({
      name: "名簿.csv",
      bytes: hex("8e8196bc2c8f8a91ae2c93e090fc0d0a8e5293632091be98592c94e98f9189db2c313233340d0a"),
      type: "text/csv",
    }),
  ],

  [
    "docx header 持出禁止 sent to an outside address",
    warn("handling-restriction"),
    sentWith(docxFile("台帳.docx", docx({ header: ["持出禁止"], body: ["台帳"] }))),
  ],
  [
    "持出禁止 on a document mailed to a colleague stays inside",
    allow,
    mail({
      to: [IN],
      subject: "台帳",
      text: "佐藤さん\n\n台帳です。",
      files: [docxFile("台帳.docx", docx({ header: ["持出禁止"], body: ["台帳"] }))],
    }),
  ],
  [
    "subject 【暗号化必須】 with a plain .docx to outside",
    warn("unencrypted-attachment"),
    mail({
      to: [OUT],
      subject: "【暗号化必須】見積書",
      text: "加藤様\n\n見積書です。",
      files: [docxFile("見積.docx", docx({ body: ["見積書"] }))],
    }),
  ],
  [
    "送信要許可 on a memo going outside",
    warn("handling-restriction"),
    mail({ to: [OUT], subject: "調整メモ", text: "加藤様\n\n【送信要許可】\n\n調整メモです。" }),
  ],

  [
    "S/MIME-encrypted 【機密性２】 mail (smime.p7m): the class warns, the content is encrypted",
    warn("external-confidential"),
    () => {
      const der = Uint8Array.from([
        ...[0x30, 0x82, 0x01, 0x20, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03, 0xa0, 0x82],
        ...Array.from({ length: 64 }, (_, k) => (k * 53) & 0xff),
      ]);
      const head =
        "From: yamada@example.go.jp\r\nTo: kato@alpha-souken.co.jp\r\nSubject: " +
        word("【機密性２】調査結果") +
        "\r\nMIME-Version: 1.0\r\n" +
        'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\r\n' +
        'Content-Disposition: attachment; filename="smime.p7m"\r\nContent-Transfer-Encoding: base64\r\n\r\n';
      return new TextEncoder().encode(head + Buffer.from(der).toString("base64") + "\r\n");
    },
  ],

  attached(
    "an Outlook .msg file whose subject is 【機密性２】人事案",
    outlookMsg("【機密性２】人事案", "各位\r\n\r\n人事案です。"),
  ),
  attached(
    "an Outlook .msg file whose body starts with 機密性２",
    outlookMsg("人事案", "機密性２\r\n\r\n各位\r\n人事案です。"),
  ),
  ["an ordinary Outlook .msg file", allow, sentWith(outlookMsg("日程調整", "各位\r\n\r\n日程の候補です。"))],

  [
    "subject 【機密】 (the tier some bodies keep above 極秘) is blocked",
    block("external-confidential"),
    mail({ to: [OUT], subject: "【機密】防護計画", text: "加藤様" }),
  ],
  [
    "subject 【取扱厳重注意】 warns like 取扱注意",
    warn("external-confidential"),
    mail({ to: [OUT], subject: "【取扱厳重注意】名簿", text: "加藤様" }),
  ],
  [
    "機密保持契約 and 機密文書 in running text are not markings",
    allow,
    mail({
      to: [OUT],
      subject: "機密保持契約の締結について",
      text: "加藤様\n\n機密保持契約書（案）をお送りします。機密文書の取扱いは第5条のとおりです。",
    }),
  ],
  [
    "ZIP mixing an encrypted .docx and a plain .xlsx under a 【機密性２】 subject: the .xlsx is not protected",
    warn("external-confidential", "unencrypted-attachment"),
    mail({
      to: [OUT],
      subject: "【機密性２】名簿一式",
      text: "加藤様\n\n名簿一式です。パスワードはお電話でお伝えします。",
      files: [
        zipFile(
          "名簿一式.zip",
          buildZip([
            { name: "説明.docx", data: fixture("encrypted-agile.docx"), flags: 0x800 },
            { name: "名簿.xlsx", data: xlsx({ shared: ["氏名"] }), flags: 0x800 },
          ]),
        ),
      ],
    }),
  ],
  [
    "ZIP where only some entries carry ZipCrypto: the others go in the clear",
    warn("external-confidential", "unencrypted-attachment"),
    mail({
      to: [OUT],
      subject: "【機密性２】名簿一式",
      text: "加藤様\n\n名簿一式です。パスワードはお電話でお伝えします。",
      files: [
        zipFile(
          "名簿一式.zip",
          explorerZip([
            { nameBytes: CP932.shidai, data: new Uint8Array(10), encrypted: true },
            { nameBytes: CP932.hishoka, data: xlsx({ shared: ["氏名"] }) },
          ]),
        ),
      ],
    }),
  ],
  [
    "PPAP on a partly protected ZIP: the password in the mail still counts",
    warn("ppap"),
    mail({
      to: [OUT],
      subject: "資料送付",
      text: "加藤様\n\n資料を送付します。\nパスワード：Rk7pQ2xw\n",
      files: [
        zipFile(
          "資料.zip",
          explorerZip([
            { nameBytes: CP932.shidai, data: new Uint8Array(10), encrypted: true },
            { nameBytes: CP932.hishoka, data: xlsx({ shared: ["日程"] }) },
          ]),
        ),
      ],
    }),
  ],
  [
    "a plain-text table of the classes (| 機密性３ | 秘密文書相当 |) is not a marking",
    allow,
    mail({
      to: [OUT],
      subject: "格付の区分について",
      text: "加藤様\n\nお問い合わせの区分は次のとおりです。\n| 区分 | 内容 |\n| 機密性３ | 秘密文書相当 |\n| 機密性２ | 漏えい注意 |\n",
    }),
  ],
  [
    "one bulleted definition * 機密性３：秘密文書相当 is not a marking",
    allow,
    mail({ to: [OUT], subject: "用語の確認", text: "加藤様\n\n* 機密性３：秘密文書に相当する情報\n\n以上です。" }),
  ],
  [
    "a .csv listing the classes (機密性３,… / 機密性２,…) is a list, not a marking",
    allow,
    sentWith({
      name: "区分表.csv",
      bytes: new TextEncoder().encode("区分,内容\n機密性３,秘密文書相当\n機密性２,漏えい注意\n機密性１,公開可\n"),
      type: "text/csv",
    }),
  ],
];

describe("fresh real-shaped cases", () => {
  test("there are at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  test.each(CASES)("%s", async (_title, expected, build) => {
    expect(await decideEml(build())).toEqual(expected);
  });
});
