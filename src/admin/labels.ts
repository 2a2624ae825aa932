import { CHECK_IDS, type CheckId } from "../core/checks/ids";
import { checkTitle } from "../core/i18n/render";
import type { Lang } from "../core/i18n/types";

/**
 * What an administrator reads instead of the policy's own vocabulary: option values, parameter names with units,
 * JSON paths as the editor's field names, and the validator's messages in plain sentences. The policy file keeps
 * its keys and values; only the page says them differently.
 */

const ACTION_LABELS: Record<Lang, Record<string, string>> = {
  ja: { off: "無効", info: "参考として表示", warn: "警告", block: "送信を止める" },
  en: { off: "Off", info: "Note only", warn: "Warn", block: "Stop sending" },
};

const ON_ERROR_LABELS: Record<Lang, Record<string, string>> = {
  ja: { allow: "そのまま送信させる", warn: "警告する", block: "送信を止める" },
  en: { allow: "Let it send", warn: "Warn", block: "Stop sending" },
};

const AFTER_REPORT_LABELS: Record<Lang, Record<string, string>> = {
  ja: { keep: "受信トレイに残す", junk: "迷惑メールへ移す", delete: "削除済みアイテムへ移す" },
  en: { keep: "Keep in the inbox", junk: "Move to Junk", delete: "Move to Deleted Items" },
};

const MEANING_LABELS: Record<Lang, Record<string, string>> = {
  ja: {
    "confidential-2": "機密性２と同じ",
    "confidential-3": "機密性３と同じ",
    "no-forward": "転送禁止",
    "no-send": "送信禁止",
    limited: "〜限り（範囲を限る）",
    "no-external": "外部提供禁止",
    "no-copy": "複製禁止",
    "no-distribute": "配付禁止",
    encrypt: "暗号化必須",
    "needs-permission": "〜要許可",
  },
  en: {
    "confidential-2": "Same as 機密性２",
    "confidential-3": "Same as 機密性３",
    "no-forward": "Do not forward",
    "no-send": "Do not send",
    limited: "Limited circle (〜限り)",
    "no-external": "Not for outside",
    "no-copy": "Do not copy",
    "no-distribute": "Do not distribute",
    encrypt: "Encryption required",
    "needs-permission": "Permission required",
  },
};

const PARAM_LABELS: Record<Lang, Record<string, string>> = {
  ja: {
    minOrganisations: "何組織から知らせるか（組織）",
    maxVisibleOutside: "見えてよい組織外アドレスの上限（件）",
    maxDistance: "似ていると見なす違いの上限（文字）",
  },
  en: {
    minOrganisations: "Flag from this many organisations (organisations)",
    maxVisibleOutside: "Most outside addresses visible to each other (addresses)",
    maxDistance: "Most differing characters still counted as look-alike (characters)",
  },
};

const pick = (table: Record<Lang, Record<string, string>>, lang: Lang, value: string) => table[lang][value] ?? value;

export const actionLabel = (a: string, lang: Lang) => pick(ACTION_LABELS, lang, a);
export const onErrorLabel = (a: string, lang: Lang) => pick(ON_ERROR_LABELS, lang, a);
export const afterReportLabel = (a: string, lang: Lang) => pick(AFTER_REPORT_LABELS, lang, a);
export const meaningLabel = (m: string, lang: Lang) => pick(MEANING_LABELS, lang, m);
export const paramLabel = (p: string, lang: Lang) => pick(PARAM_LABELS, lang, p);

/** Names of the policy's keys as the editor labels them. */
const FIELD_NAMES: Record<Lang, Record<string, string>> = {
  ja: {
    organisation: "組織",
    name: "名称",
    domains: "ドメイン",
    domain: "ドメイン",
    partners: "取引先・委託先",
    exemptFrom: "組織内として扱うチェック",
    freemailDomains: "フリーメール・個人向けドメイン",
    labels: "表示語",
    extraWords: "追加の表示語",
    word: "語",
    meaning: "意味",
    checks: "チェック",
    action: "動作",
    severeAction: "重大な場合の動作",
    guidance: "ガイダンスのURL",
    report: "不審メールの報告",
    mailbox: "報告先アドレス",
    subjectPrefix: "件名の先頭",
    defenderConvention: "Microsoft Defender の件名規則",
    afterReport: "報告後のメール",
    phone: "報告窓口の電話番号",
    hours: "電話の受付時間",
    graph: "直接送信（Microsoft Graph）",
    clientId: "アプリID（クライアントID）",
    tenantId: "テナントID",
    onError: "チェックが失敗したときの扱い",
    send: "送信チェック",
    timeBudgetMs: "持ち時間（ミリ秒）",
    delayOutsideMinutes: "組織外あての配信保留（分）",
    sensitivityLabels: "秘密度ラベルの対応",
    id: "ラベルID",
    level: "格付",
    encrypts: "暗号化する",
    version: "版",
  },
  en: {
    organisation: "Organisation",
    name: "Name",
    domains: "Domains",
    domain: "Domain",
    partners: "Partners",
    exemptFrom: "Checks that treat them as inside",
    freemailDomains: "Free-mail domains",
    labels: "Marking words",
    extraWords: "Extra marking words",
    word: "Word",
    meaning: "Meaning",
    checks: "Checks",
    action: "Action",
    severeAction: "Action when severe",
    guidance: "Guidance URL",
    report: "Reporting",
    mailbox: "Report mailbox",
    subjectPrefix: "Subject prefix",
    defenderConvention: "Microsoft Defender subject convention",
    afterReport: "After reporting",
    phone: "Security desk phone number",
    hours: "When the phone is staffed",
    graph: "Direct delivery (Microsoft Graph)",
    clientId: "App id (client id)",
    tenantId: "Tenant id",
    onError: "When a check fails",
    send: "Send check",
    timeBudgetMs: "Time budget (ms)",
    delayOutsideMinutes: "Hold for outside recipients (minutes)",
    sensitivityLabels: "Sensitivity labels",
    id: "Label id",
    level: "Level",
    encrypts: "Encrypts",
    version: "Version",
  },
};

/** The keys of a validator path such as `$.checks["bcc-expected"].maxVisibleOutside` or `$.partners[0].name`. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const re = /\.([^.[\]]+)|\["((?:[^"\\]|\\.)*)"\]|\[(\d+)\]/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(m[2]);
    else if (m[3] !== undefined) keys.push(Number(m[3]));
  }
  return keys;
}

/** A validator path as the editor's own field names: 「チェック › BCCにすべき宛先 › 見えてよい組織外アドレスの上限（件）」. */
export function fieldName(path: string, lang: Lang): string {
  const keys = pathKeys(path);
  if (keys.length === 0) return lang === "ja" ? "ポリシー全体" : "The policy as a whole";
  const out: string[] = [];
  keys.forEach((k, i) => {
    const parent = keys[i - 1];
    if (typeof k === "number") {
      if (parent === "partners") out[out.length - 1] = lang === "ja" ? `取引先 ${k + 1}` : `Partner ${k + 1}`;
      else out.push(lang === "ja" ? `${k + 1}件目` : `no. ${k + 1}`);
    } else if (parent === "checks" && (CHECK_IDS as readonly string[]).includes(k)) {
      out.push(checkTitle(k as CheckId, lang));
    } else if (parent === "guidance") {
      out.push(lang === "ja" ? k : k.replace("章", ""));
    } else if (PARAM_LABELS[lang][k]) {
      out.push(PARAM_LABELS[lang][k]!);
    } else {
      out.push(FIELD_NAMES[lang][k] ?? k);
    }
  });
  return out.join(" › ");
}

/**
 * The validator's generic messages (zod's locale: 「小さすぎる値: stringは1文字以上である必要があります」) said the way
 * a person would; the schema's own messages are already plain and pass through.
 */
export function friendlyMessage(message: string, lang: Lang): string {
  if (lang === "ja") {
    let m = /^小さすぎる値: stringは1文字以上/.exec(message);
    if (m) return "入力してください。";
    m = /^小さすぎる値: stringは(\d+)文字以上/.exec(message);
    if (m) return `${m[1]}文字以上で入力してください。`;
    m = /^大きすぎる値: stringは(\d+)文字以下/.exec(message);
    if (m) return `${m[1]}文字以内で入力してください。`;
    m = /^小さすぎる値: numberは(-?[\d.]+)以上/.exec(message);
    if (m) return `${m[1]}以上の数を入力してください。`;
    m = /^大きすぎる値: numberは(-?[\d.]+)以下/.exec(message);
    if (m) return `${m[1]}以下の数を入力してください。`;
    m = /^小さすぎる値: arrayは(\d+)/.exec(message);
    if (m) return `${m[1]}件以上追加してください。`;
    m = /^大きすぎる値: arrayは(\d+)/.exec(message);
    if (m) return `${m[1]}件までにしてください。`;
    if (/^無効な選択/.test(message)) return "一覧から選んでください。";
    if (/^無効な入力: .*number/.test(message)) return "数を入力してください。";
    if (/^無効な入力: .*string/.test(message)) return "文字で入力してください。";
    if (/^無効な入力: .*boolean/.test(message)) return "オンかオフを選んでください。";
    if (/^無効な入力/.test(message)) return "この欄の値を見直してください。";
    return message;
  }
  let m = /^Too small: expected string to have >=1 character/.exec(message);
  if (m) return "Enter a value.";
  m = /^Too small: expected string to have >=(\d+)/.exec(message);
  if (m) return `Enter at least ${m[1]} characters.`;
  m = /^Too big: expected string to have <=(\d+)/.exec(message);
  if (m) return `Enter at most ${m[1]} characters.`;
  m = /^Too small: expected number to be >=(-?[\d.]+)/.exec(message);
  if (m) return `Enter a number of at least ${m[1]}.`;
  m = /^Too big: expected number to be <=(-?[\d.]+)/.exec(message);
  if (m) return `Enter a number of at most ${m[1]}.`;
  if (/^Invalid option/.test(message)) return "Choose one of the listed options.";
  if (/^Invalid input: expected number/.test(message)) return "Enter a number.";
  if (/^Invalid input: expected string/.test(message)) return "Enter text.";
  return message;
}
