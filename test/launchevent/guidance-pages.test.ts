import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GUIDANCE_SECTIONS } from "../../src/core/checks/ids";
import { CHECKS } from "../../src/core/checks/index";
import { bundledGuidanceUrl, guidanceSlug, guidanceUrlFor } from "../../src/guidance/slug";
import { ROOT } from "../helpers/mail";

const PAGES = join(ROOT, "src", "guidance", "pages");

describe("guidance pages", () => {
  test.each(GUIDANCE_SECTIONS.flatMap((s) => [["ja", s] as const, ["en", s] as const]))(
    "%s page for %s exists, names its section and links only relative or HTTPS",
    (lang, section) => {
      const file = join(PAGES, lang, `${guidanceSlug(section)}.html`);
      expect(existsSync(file)).toBe(true);
      const html = readFileSync(file, "utf8");
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(section);
      for (const m of html.matchAll(/\b(?:href|src)="([^"]+)"/g)) expect(m[1]).toMatch(/^(https:\/\/|[a-z0-9./-]+$)/i);
      // The other language's page exists (the header links to it).
      expect(existsSync(join(PAGES, lang === "ja" ? "en" : "ja", `${guidanceSlug(section)}.html`))).toBe(true);
    },
  );

  test("every check's guidance section has a page", () => {
    for (const c of CHECKS) expect(GUIDANCE_SECTIONS).toContain(c.guidance);
  });

  test("no page copies the handbook: no sentence of 30+ characters in common", () => {
    const handbook = join(ROOT, "..", "shared", "seed", "handbook-ja.txt");
    if (!existsSync(handbook)) return;
    const source = readFileSync(handbook, "utf8").replace(/\s+/g, "");
    for (const name of readdirSync(join(PAGES, "ja"))) {
      const text = readFileSync(join(PAGES, "ja", name), "utf8").replace(/<[^>]+>/g, "\n");
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
