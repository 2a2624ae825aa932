import type { Lang } from "../core/i18n/types";

/**
 * Where inside an attachment a marking was found, for people. The inspectors record an English, technical `where`
 * ("zip entry name", "word/header1.xml", "pdf /Info Title", nested entries prefixed "inner.zip: "): the CLI's JSON
 * keeps it as it is (a public contract), the table says it in the reader's language.
 */

type Rule = readonly [RegExp, (m: RegExpExecArray) => string];

const CORE_PROPERTIES: Record<Lang, Record<string, string>> = {
  ja: {
    title: "タイトル",
    subject: "件名",
    keywords: "キーワード",
    description: "コメント",
    comments: "コメント",
    category: "分類",
  },
  en: {
    title: "title",
    subject: "subject",
    keywords: "keywords",
    description: "comments",
    comments: "comments",
    category: "category",
  },
};

const property = (lang: Lang, name: string | undefined) => CORE_PROPERTIES[lang][name ?? ""] ?? name ?? "";

// Each rule matches a whole part name as the inspectors write it; an unknown one is shown unchanged.
const RULES: Record<Lang, readonly Rule[]> = {
  ja: [
    [/^file name$/, () => "ファイル名"],
    [/^content$/, () => "内容"],
    [/^zip entry name$/, () => "ZIP内のファイル名"],
    [/^(?:docProps\/custom\.xml |DocumentSummaryInformation )?sensitivity label$/, () => "秘密度ラベル"],
    [/^docProps\/custom\.xml (.+)$/, (m) => `ユーザー設定のプロパティ「${m[1]}」`],
    [/^(?:docProps\/core\.xml|SummaryInformation) (.+)$/, (m) => `文書のプロパティ「${property("ja", m[1])}」`],
    [/^xl sheet name$/, () => "シート名"],
    [/^(\S+) header\/footer$/, (m) => `ヘッダー・フッター（${m[1]}）`],
    [/^(\S+\/header\d*\.xml)$/, (m) => `ヘッダー（${m[1]}）`],
    [/^(\S+\/footer\d*\.xml)$/, (m) => `フッター（${m[1]}）`],
    [/^(\S+\/slides\/slide\d+\.xml)$/, (m) => `スライド（${m[1]}）`],
    [/^(\S+\/(?:sharedStrings|worksheets\/sheet\d+)\.xml)$/, (m) => `セル（${m[1]}）`],
    [/^(\S+\/document\d*\.xml)$/, (m) => `本文（${m[1]}）`],
    [/^pdf page (\d+)$/, (m) => `PDFの${m[1]}ページ目`],
    [/^pdf XMP$/, () => "PDFのメタデータ（XMP）"],
    [/^pdf \/Info (.+)$/, (m) => `PDFの文書情報「${m[1]}」`],
    [/^attached mail subject$/, () => "添付メールの件名"],
    [/^attached mail body$/, () => "添付メールの本文"],
    [/^attached mail attachment name$/, () => "添付メールの添付ファイル名"],
  ],
  en: [
    [/^file name$/, () => "file name"],
    [/^content$/, () => "content"],
    [/^zip entry name$/, () => "name of a file in the ZIP"],
    [/^(?:docProps\/custom\.xml |DocumentSummaryInformation )?sensitivity label$/, () => "sensitivity label"],
    [/^docProps\/custom\.xml (.+)$/, (m) => `custom property "${m[1]}"`],
    [/^(?:docProps\/core\.xml|SummaryInformation) (.+)$/, (m) => `document property "${property("en", m[1])}"`],
    [/^xl sheet name$/, () => "sheet name"],
    [/^(\S+) header\/footer$/, (m) => `header/footer (${m[1]})`],
    [/^(\S+\/header\d*\.xml)$/, (m) => `header (${m[1]})`],
    [/^(\S+\/footer\d*\.xml)$/, (m) => `footer (${m[1]})`],
    [/^(\S+\/slides\/slide\d+\.xml)$/, (m) => `slide (${m[1]})`],
    [/^(\S+\/(?:sharedStrings|worksheets\/sheet\d+)\.xml)$/, (m) => `cells (${m[1]})`],
    [/^(\S+\/document\d*\.xml)$/, (m) => `body (${m[1]})`],
    [/^pdf page (\d+)$/, (m) => `PDF page ${m[1]}`],
    [/^pdf XMP$/, () => "PDF metadata (XMP)"],
    [/^pdf \/Info (.+)$/, (m) => `PDF document information "${m[1]}"`],
    [/^attached mail subject$/, () => "subject of the attached mail"],
    [/^attached mail body$/, () => "body of the attached mail"],
    [/^attached mail attachment name$/, () => "name of a file in the attached mail"],
  ],
};

function describePart(part: string, lang: Lang): string | undefined {
  for (const [re, say] of RULES[lang]) {
    const m = re.exec(part);
    if (m) return say(m);
  }
  return undefined;
}

/** `where` in the reader's language; a nested entry's name ("inner.zip: ") stays in front of its part. */
export function describeWhere(where: string, lang: Lang): string {
  // The longest tail that is a known part wins: an entry's name may itself contain ": ".
  const starts = [0];
  for (let i = where.indexOf(": "); i >= 0; i = where.indexOf(": ", i + 2)) starts.push(i + 2);
  for (const start of starts) {
    const said = describePart(where.slice(start), lang);
    if (said !== undefined) return nestedPrefix(where.slice(0, start), lang) + said;
  }
  return nestedPrefix(where, lang);
}

function nestedPrefix(prefix: string, lang: Lang): string {
  return lang === "ja" ? prefix.replace(/attached mail › /g, "添付メール › ") : prefix;
}
