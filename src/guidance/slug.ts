import type { GuidanceSection } from "../core/checks/ids";
import type { Lang } from "../core/i18n/types";

/** "1章-3" → "1-3": the file name of a guidance page, ASCII so URLs stay readable and copyable. */
export function guidanceSlug(section: GuidanceSection): string {
  return section.replace("章", "");
}

/** The page served with the add-in, e.g. https://host/guidance/ja/2-4.html. */
export function bundledGuidanceUrl(baseUrl: string, lang: Lang, section: GuidanceSection): string {
  const base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  return `${base}guidance/${lang}/${guidanceSlug(section)}.html`;
}

/** The organisation's own page when the policy names one, otherwise ours. */
export function guidanceUrlFor(
  guidance: Partial<Record<GuidanceSection, string>>,
  baseUrl: string,
  lang: Lang,
): (section: GuidanceSection) => string {
  return (section) => guidance[section] ?? bundledGuidanceUrl(baseUrl, lang, section);
}
