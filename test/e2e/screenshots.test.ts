/**
 * @jest-environment node
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ARTIFACTS, browserSuite } from "./browser";
import { toPalettePng } from "./png8";

/**
 * The reference screenshots the README shows (docs/screenshots/), taken from the real bundles in the simulator.
 * Normally they go to test-results/ like any other artifact; `UPDATE_SCREENSHOTS=1` writes docs/screenshots/ and
 * writes them as 256-colour palette PNGs (png8.ts) so the repository stays small.
 */
const suite = browserSuite();
const DOCS = join(__dirname, "..", "..", "docs", "screenshots");
const OUT = process.env.UPDATE_SCREENSHOTS === "1" ? DOCS : join(ARTIFACTS, "screenshots");

async function save(name: string, shoot: () => Promise<Buffer>): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${name}.png`), toPalettePng(await shoot()));
}

async function simulator(query: string, locale: string, width = 1280, height = 860): Promise<Page> {
  const context = await suite.newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${suite.base}/simulator.html?${query}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

async function openPane(page: Page, send: string, fix: string): Promise<void> {
  await page.getByRole("button", { name: send, exact: true }).first().click();
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  await dialog.getByRole("button", { name: fix, exact: true }).click();
  await page
    .frameLocator("iframe[title^='送信前チェック'], iframe[title^='Send Check']")
    .locator("section[data-check]")
    .first()
    .waitFor();
}

/** The pane alone, 350 px wide, as tall as its content. */
async function paneShot(page: Page, name: string): Promise<void> {
  const frame = page.frames().find((f) => f.url().includes("taskpane.html"))!;
  const height = await frame.evaluate(() => document.documentElement.scrollHeight);
  await page.addStyleTag({ content: `.pane-frame iframe { height: ${Math.min(height, 1500)}px !important; }` });
  await page.waitForTimeout(200);
  await save(name, () => page.locator(".pane-frame").screenshot());
}

describe("reference screenshots", () => {
  test("Smart Alert, fix pane and compose window (ja), fix pane (en), dark theme (en), policy editor (ja)", async () => {
    let page = await simulator("sample=secret-attachment", "ja-JP");
    await page.getByRole("button", { name: "送信", exact: true }).first().click();
    await page.getByRole("alertdialog").waitFor();
    await save("smart-alert-ja", () => page.screenshot());
    await page.getByRole("alertdialog").getByRole("button", { name: "対処する" }).click();
    await page.frameLocator("iframe[title^='送信前チェック']").locator("section[data-check]").first().waitFor();
    await page.waitForTimeout(300);
    await save("simulator-ja", () => page.screenshot());
    await paneShot(page, "fix-pane-block-ja");
    await page.context().close();

    page = await simulator("sample=label-inheritance", "ja-JP");
    await openPane(page, "送信", "対処する");
    await paneShot(page, "fix-pane-warn-ja");
    await page.context().close();

    page = await simulator("sample=label-inheritance&lang=en", "en-US");
    await openPane(page, "Send", "Fix");
    await paneShot(page, "fix-pane-warn-en");
    await page.context().close();

    page = await simulator("sample=two-organisations&lang=en&theme=dark", "en-US");
    await openPane(page, "Send", "Fix");
    await page.waitForTimeout(300);
    await save("simulator-dark-en", () => page.screenshot());
    await page.context().close();

    const context = await suite.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 860 } });
    page = await context.newPage();
    await page.goto(`${suite.base}/admin.html`);
    await page.getByText("ポリシーは有効です").waitFor();
    await save("admin-ja", () => page.screenshot());
    await context.close();
    // Five pages in two themes and two languages in one test: 30 s (the browser project's default) is too close on a
    // loaded 2-core machine (it took 33 s once while other jobs ran), so this one gets more.
  }, 90_000);
});
