/**
 * Renders the guidance pages from content.ts: plain static HTML (no script), one file per section and language
 * plus an index, all linking one stylesheet. Run at build time by webpack (scripts/guidance-pages.js); the URLs are
 * those of slug.ts (guidance/<lang>/<section>.html), which the Smart Alert links and policies rely on.
 */
import { GUIDANCE_SECTIONS, type GuidanceSection } from "../core/checks/ids";
import type { Lang } from "../core/i18n/types";
import { checkTitle } from "../core/i18n/render";
import { GUIDANCE, GUIDANCE_CHROME, STANDARDS_URL, type GuidancePage } from "./content";
import { guidanceSlug } from "./slug";

const LANGS: readonly Lang[] = ["ja", "en"];

/** Content is text: every character HTML gives a meaning to is escaped. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}

function layout(lang: Lang, file: string, title: string, body: readonly string[]): string {
  const ui = GUIDANCE_CHROME[lang];
  const other: Lang = lang === "ja" ? "en" : "ja";
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "  <head>",
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `    <title>${escapeHtml(title)} | ${escapeHtml(ui.product)}</title>`,
    '    <link rel="stylesheet" href="../guidance.css" />',
    "  </head>",
    "  <body>",
    `    <header><span class="product">${escapeHtml(ui.product)}</span> ` +
      `<a class="lang" href="../${other}/${file}" lang="${other}">${escapeHtml(ui.other)}</a></header>`,
    "    <main>",
    ...body.map((line) => "      " + line),
    "    </main>",
    `    <footer><p>${escapeHtml(ui.note)}</p><p><a href="index.html">${escapeHtml(ui.index)}</a></p></footer>`,
    "  </body>",
    "</html>",
    "",
  ].join("\n");
}

function list(items: readonly string[], attrs = ""): string[] {
  return [`<ul${attrs}>`, ...items.map((i) => `  <li>${escapeHtml(i)}</li>`), "</ul>"];
}

export function renderSectionPage(lang: Lang, section: GuidanceSection, page: GuidancePage): string {
  const ui = GUIDANCE_CHROME[lang];
  const body = [
    `<p class="section">${escapeHtml(ui.sectionLabel(section))}</p>`,
    `<h1>${escapeHtml(page.title)}</h1>`,
    `<p class="lead">${escapeHtml(page.lead)}</p>`,
    `<p class="source">${escapeHtml(ui.source(section, page.title))} ` +
      `<a href="${STANDARDS_URL}" rel="noopener noreferrer">${escapeHtml(ui.standards)}</a></p>`,
    `<h2>${escapeHtml(ui.points)}</h2>`,
    ...list(page.points),
  ];
  if (page.checks.length > 0) {
    body.push(`<h2>${escapeHtml(ui.checks)}</h2>`, "<dl>");
    // The names the add-in shows for its checks (the i18n catalogs): pages never show internal ids.
    for (const c of page.checks)
      body.push(`  <dt>${escapeHtml(checkTitle(c.check, lang))}</dt><dd>${escapeHtml(c.text)}</dd>`);
    body.push("</dl>");
  }
  body.push(`<h2>${escapeHtml(ui.refs)}</h2>`, ...list(page.refs, ' class="refs"'));
  return layout(lang, `${guidanceSlug(section)}.html`, `${ui.pageSection(section)} ${page.title}`, body);
}

export function renderIndexPage(lang: Lang): string {
  const ui = GUIDANCE_CHROME[lang];
  const items = GUIDANCE_SECTIONS.map(
    (s) =>
      `  <li><a href="${guidanceSlug(s)}.html">${escapeHtml(ui.pageSection(s))} ` +
      `${escapeHtml(GUIDANCE[lang][s].title)}</a></li>`,
  );
  const body = [`<h1>${escapeHtml(ui.indexTitle)}</h1>`, `<p class="lead">${escapeHtml(ui.indexLead)}</p>`, "<ul>"];
  return layout(lang, "index.html", ui.indexTitle, [...body, ...items, "</ul>"]);
}

/** Every page, keyed by its path under guidance/ (e.g. "ja/2-4.html"). */
export function renderGuidanceSite(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of LANGS) {
    for (const s of GUIDANCE_SECTIONS)
      out[`${lang}/${guidanceSlug(s)}.html`] = renderSectionPage(lang, s, GUIDANCE[lang][s]);
    out[`${lang}/index.html`] = renderIndexPage(lang);
  }
  return out;
}
