import type { Lang } from "../i18n/types";
import type { SignSay, SuspiciousCatalog } from "./catalog-types";
import { en } from "./messages-en";
import { ja } from "./messages-ja";
import type { SuspicionSign } from "./types";

export const SUSPICIOUS_CATALOGS: Readonly<Record<Lang, SuspiciousCatalog>> = { ja, en };

function sayFor(c: SuspiciousCatalog): SignSay {
  const asArray = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
  return {
    str: (v) => (v === undefined || v === null ? "" : String(v)),
    list(v, max = 3) {
      const items = asArray(v);
      if (items.length <= max) return items.join(c.listSeparator);
      return items.slice(0, max).join(c.listSeparator) + c.listSeparator + c.more(items.length - max);
    },
  };
}

/** One plain sentence for the sign, in the requested language. Data is already display-safe text. */
export function renderSign(sign: Pick<SuspicionSign, "messageId" | "data">, lang: Lang): string {
  const c = SUSPICIOUS_CATALOGS[lang] ?? ja;
  const template = Object.prototype.hasOwnProperty.call(c.signs, sign.messageId) ? c.signs[sign.messageId] : undefined;
  return template ? template(sign.data, sayFor(c)) : c.unknownSign;
}

export function suspiciousCatalog(lang: Lang): SuspiciousCatalog {
  return SUSPICIOUS_CATALOGS[lang] ?? ja;
}
