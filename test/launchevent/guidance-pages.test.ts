/**
 * The guidance pages, rendered from src/guidance/content.ts the way the build does (scripts/guidance-pages.js):
 * one page per section and language at the URL the Smart Alert links, own wording, every check listed where it
 * cites its section, content escaped.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GUIDANCE_SECTIONS } from "../../src/core/checks/ids";
import { CHECKS } from "../../src/core/checks/index";
import { checkTitle } from "../../src/core/i18n/render";
import { GUIDANCE } from "../../src/guidance/content";
import { escapeHtml, renderGuidanceSite, renderSectionPage } from "../../src/guidance/render";
import { bundledGuidanceUrl, guidanceSlug, guidanceUrlFor } from "../../src/guidance/slug";
import { ROOT } from "../helpers/mail";

const SITE = renderGuidanceSite();
const LANGS = ["ja", "en"] as const;

describe("guidance pages", () => {
  test.each(GUIDANCE_SECTIONS.flatMap((s) => LANGS.map((lang) => [lang, s] as const)))(
    "%s page for %s exists, names its section and links only relative or HTTPS",
    (lang, section) => {
      const html = SITE[`${lang}/${guidanceSlug(section)}.html`];
      expect(html).toBeDefined();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(section);
      const links = [...html!.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
      for (const link of links) expect(link).toMatch(/^(https:\/\/|[a-z0-9./-]+$)/i);
      // The header links to the other language's page, which exists.
      const other = lang === "ja" ? "en" : "ja";
      expect(links).toContain(`../${other}/${guidanceSlug(section)}.html`);
      expect(SITE[`${other}/${guidanceSlug(section)}.html`]).toBeDefined();
    },
  );

  test("each language has an index linking every section page", () => {
    for (const lang of LANGS) {
      const index = SITE[`${lang}/index.html`]!;
      for (const s of GUIDANCE_SECTIONS) expect(index).toContain(`href="${guidanceSlug(s)}.html"`);
    }
    expect(Object.keys(SITE)).toHaveLength(LANGS.length * (GUIDANCE_SECTIONS.length + 1));
  });

  test("every check is listed, in both languages, on the page of the section it cites", () => {
    for (const c of CHECKS) {
      expect(GUIDANCE_SECTIONS).toContain(c.guidance);
      for (const lang of LANGS) {
        expect(GUIDANCE[lang][c.guidance].checks.map((x) => x.check)).toContain(c.id);
        // Under the name the add-in shows for it, never its internal id.
        expect(SITE[`${lang}/${guidanceSlug(c.guidance)}.html`]).toContain(`<dt>${checkTitle(c.id, lang)}</dt>`);
      }
    }
  });

  test("content is text: markup in it is escaped, never interpreted", () => {
    const page = { title: "<script>alert(1)</script>", lead: 'a "b" & c', points: ["<b>x</b>"], checks: [], refs: [] };
    const html = renderSectionPage("ja", "2章-4", page);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>x</b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("a &quot;b&quot; &amp; c");
    expect(escapeHtml("it's")).toBe("it&#x27;s");
    expect(html).not.toMatch(/<code>[a-z-]+<\/code>/);
  });

  test("no page copies the handbook: no sentence of 30+ characters in common", () => {
    const handbook = join(ROOT, "..", "shared", "seed", "handbook-ja.txt");
    if (!existsSync(handbook)) return;
    const source = readFileSync(handbook, "utf8").replace(/\s+/g, "");
    for (const [name, html] of Object.entries(SITE)) {
      if (!name.startsWith("ja/")) continue;
      const text = html.replace(/<[^>]+>/g, "\n");
      for (const sentence of text.split(/[。\n]/).map((s) => s.replace(/\s+/g, ""))) {
        if (sentence.length >= 30) expect(source.includes(sentence)).toBe(false);
      }
    }
  });

  test("URLs: ours under the base URL, the organisation's own when the policy names one", () => {
    expect(bundledGuidanceUrl("https://h.example/app", "en", "2章-4")).toBe(
      "https://h.example/app/guidance/en/2-4.html",
    );
    const url = guidanceUrlFor({ "1章-3": "https://intra.example.go.jp/1-3" }, "https://h.example/", "ja");
    expect(url("1章-3")).toBe("https://intra.example.go.jp/1-3");
    expect(url("3章-2")).toBe("https://h.example/guidance/ja/3-2.html");
  });
});
