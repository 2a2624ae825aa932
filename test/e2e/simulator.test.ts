/**
 * @jest-environment node
 */
import { join } from "node:path";
import type { FrameLocator, Page } from "playwright-core";
import { ARTIFACTS, axeViolations, browserSuite } from "./browser";

/**
 * The simulator drives the real dist/launchevent.js and dist/taskpane.html through the Office stand-in, so these
 * tests cover what a user sees in Outlook: the Smart Alerts dialog, the fix pane, and what finally gets sent.
 */
const suite = browserSuite();

type Sim = Page & { outside: string[]; errors: string[] };

async function openSimulator(query: string, locale = "ja-JP"): Promise<Sim> {
  const context = await suite.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = (await context.newPage()) as Sim;
  page.outside = [];
  page.errors = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(suite.base) && !/^(data|blob):/.test(r.url())) page.outside.push(r.url());
  });
  page.on("pageerror", (e) => page.errors.push(e.message));
  await page.goto(`${suite.base}/simulator.html?${query}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

const dialog = (page: Page) => page.getByRole("alertdialog");
const dialogClosed = (page: Page) => page.locator("dialog[open]").waitFor({ state: "detached" });
const pane = (page: Page): FrameLocator =>
  page.frameLocator("iframe[title^='送信前チェック'], iframe[title^='Send Check']");

async function send(page: Page, label = "送信"): Promise<void> {
  await page.getByRole("button", { name: label, exact: true }).first().click();
}

async function close(page: Sim): Promise<void> {
  expect(page.errors).toEqual([]);
  expect(page.outside).toEqual([]);
  await page.context().close();
}

describe("simulator: Send, the Smart Alert and the fix pane", () => {
  test("two outside organisations in CC: dialog links 2章-4, 対処する opens the pane, move to BCC, Send goes", async () => {
    const page = await openSimulator("sample=two-organisations");
    await send(page);
    await dialog(page).waitFor();
    const link = dialog(page).getByRole("link", { name: /2章-4/ });
    expect(await link.getAttribute("href")).toMatch(/^https:\/\/.*\/guidance\/ja\/2-4\.html$/);
    expect(await dialog(page).getByRole("button", { name: "そのまま送信" }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "simulator-dialog-ja.png") });
    await dialog(page).getByRole("button", { name: "対処する" }).click();

    const p = pane(page);
    await p.getByText("確認が必要な指摘が1件あります").waitFor();
    await p.getByText("送信時に指摘が1件ありました。").waitFor();
    const card = p.locator("section[data-check='bcc-expected']");
    await card.getByRole("checkbox", { name: /office@gamma\.or\.jp/ }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "fix-pane-ja.png") });
    await card.getByRole("button", { name: "選んだ3件をBCCに移す" }).click();
    await p.getByText("BCCにすべき宛先 — 解消しました").waitFor();
    // The headline follows the draft, not the dialog it was opened from.
    await p.getByText("対処が必要な指摘はありません").waitFor();
    await p.getByText("送信時の指摘1件のうち1件を解消しました。").waitFor();
    expect(await p.getByText("確認が必要な指摘が1件あります").count()).toBe(0);
    // The compose window shows what the pane did to the draft.
    await page.getByRole("list", { name: "BCC", exact: true }).getByText("office@gamma.or.jp").waitFor();
    expect(await page.getByRole("list", { name: "CC", exact: true }).getByRole("listitem").count()).toBe(0);
    await p.getByRole("button", { name: "送信", exact: true }).click();
    await page.getByTestId("sent").waitFor();
    expect(await page.getByTestId("sent-cc").textContent()).toBe("（なし）");
    expect(await page.getByTestId("sent-bcc").textContent()).toContain("contact@beta-corp.co.jp");
    await close(page);
  });

  test("a 機密性３ attachment to an outside address is blocked: no Send Anyway; removing it in the pane clears it", async () => {
    const page = await openSimulator("sample=secret-attachment");
    await send(page);
    await dialog(page).waitFor();
    expect(await dialog(page).textContent()).toContain("このメールは送信できません。");
    expect(await dialog(page).getByRole("button", { name: "そのまま送信" }).count()).toBe(0);
    await dialog(page).getByRole("button", { name: "対処する" }).click();
    const card = pane(page).locator("section[data-check='external-confidential']");
    await card.getByText("要修正").waitFor();
    await pane(page).getByText("このままでは送信できません（1件）").waitFor();
    await pane(page).getByText("送信できない理由が1件残っています。解消すると送信できます。").waitFor();
    // A block says who decides and how to send instead, and offers no tick box that could not lift it.
    expect(await card.getByText("代わりにできること").count()).toBe(1);
    expect(await card.textContent()).toContain("格付を決めた人（決定者）に相談");
    expect(await card.getByRole("checkbox").count()).toBe(0);
    // The marking is quoted as written (full-width), not as the engine normalised it.
    expect(await card.textContent()).toContain("「機密性３」");
    // Lesser findings come after it, under their own heading.
    const headings = await pane(page).getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.slice(0, 2)).toEqual(["送信できない理由", "そのほかの指摘"]);
    await card.getByRole("button", { name: /添付「【機密性３】調達仕様書（案）\.txt」を外す/ }).click();
    await pane(page).getByText("指摘はありません。このまま送信できます。").waitFor();
    expect(await page.getByRole("list", { name: "添付ファイル" }).count()).toBe(0);
    await close(page);
  });

  test("warnings fixed or confirmed item by item in the pane: its 送信 sends without a second dialog", async () => {
    const page = await openSimulator("sample=label-inheritance");
    await send(page);
    await dialog(page).waitFor();
    await dialog(page).getByRole("button", { name: "対処する" }).click();
    const p = pane(page);
    // The subject fix previews exactly what it writes.
    const preview = (await p.locator(".subject-text").textContent()) ?? "";
    expect(preview).toBe("【機密性２】検討資料");
    await p.getByRole("button", { name: "この件名にする" }).click();
    await p.getByText("格付の引継ぎ — 解消しました").waitFor();
    await expect(page.getByRole("textbox", { name: "件名" }).inputValue()).resolves.toBe(preview);
    // Every tick there is cannot send the 機密性２ file unencrypted: the unencrypted card offers choices instead.
    const boxes = p.getByRole("checkbox");
    await boxes.first().waitFor();
    for (const box of await boxes.all()) await box.check();
    const unencrypted = p.locator("section[data-check='unencrypted-attachment']");
    expect(await unencrypted.getByRole("checkbox").count()).toBe(0);
    expect(await unencrypted.getByRole("radiogroup").locator("label").allTextContents()).toEqual([
      "暗号化したファイルに差し替える",
      "共有リンクで渡す",
      "ファイルを外して送る",
    ]);
    expect(await p.getByRole("button", { name: "送信", exact: true }).count()).toBe(0);
    await unencrypted.getByRole("radio", { name: "ファイルを外して送る" }).check();
    await unencrypted.getByRole("button", { name: /を外す$/ }).click();
    await p.getByText("暗号化されていない添付 — 解消しました").waitFor();
    // What is left is the subject's own 機密性２ going outside: the user's word that the owner agreed is enough.
    const left = p.locator("section[data-check='external-confidential']");
    await left.getByRole("checkbox").check();
    await left.getByText("確認済み").waitFor();
    await p.getByRole("button", { name: "送信", exact: true }).click();
    await page.getByTestId("sent").waitFor();
    expect(await dialog(page).count()).toBe(0);
    expect(await page.getByTestId("sent-subject").textContent()).toContain("【機密性２】");
    // The audit header still records the warnings the user confirmed.
    expect(await page.getByTestId("sent-header").textContent()).toContain("decision=warn");
    await close(page);
  });

  test("a clean internal mail sends with no dialog", async () => {
    const page = await openSimulator("sample=internal");
    await send(page);
    await page.getByTestId("sent").waitFor();
    expect(await dialog(page).count()).toBe(0);
    expect(await page.getByTestId("sent-to").textContent()).toBe("kakari@example.go.jp");
    await close(page);
  });

  test("the sample list shows the loaded sample, before and after choosing another (ja and en)", async () => {
    const page = await openSimulator("sample=internal");
    const list = page.getByRole("combobox", { name: "サンプル" });
    expect(await list.inputValue()).toBe("internal");
    await page.getByText("読み込み済み: 組織内だけの連絡").waitFor();
    await list.selectOption("label-inheritance");
    expect(await list.inputValue()).toBe("label-inheritance");
    expect(await list.locator("option:checked").textContent()).not.toBe("サンプルを読み込む");
    await close(page);
    const en = await openSimulator("sample=two-organisations&lang=en", "en-US");
    expect(await en.getByRole("combobox", { name: "Sample" }).inputValue()).toBe("two-organisations");
    await close(en);
  });

  test("an older client (Mailbox 1.12): plain text, no Send Anyway or 対処する; pressing Send again sends", async () => {
    const page = await openSimulator("sample=two-organisations&mailbox=1.12");
    await send(page);
    await dialog(page).waitFor();
    expect(await dialog(page).textContent()).toContain("もう一度［送信］を押すとそのまま送信されます");
    expect(await dialog(page).getByRole("link").count()).toBe(0);
    expect(await dialog(page).getByRole("button").allTextContents()).toEqual(["送信しない"]);
    await dialog(page).getByRole("button", { name: "送信しない" }).click();
    await dialogClosed(page);
    await send(page);
    await page.getByTestId("sent").waitFor();
    await close(page);
  });

  test("a failing Office call: the dialog shows policy.onError (warn: Send Anyway), and the audit header says so", async () => {
    const page = await openSimulator("sample=two-organisations");
    await page.getByRole("combobox", { name: "障害の注入" }).selectOption("body-fails");
    await send(page);
    await dialog(page).waitFor();
    expect(await dialog(page).textContent()).toContain("送信前チェックを完了できませんでした。");
    expect(await dialog(page).getByRole("button", { name: "対処する" }).count()).toBe(0);
    await dialog(page).getByRole("button", { name: "そのまま送信" }).click();
    await page.getByTestId("sent").waitFor();
    expect(await page.getByTestId("sent").textContent()).toMatch(/X-SendCheck: .*error/i);
    await close(page);
  });

  test("English display language: dialog and pane in English (screenshots)", async () => {
    const page = await openSimulator("sample=two-organisations&lang=en", "en-US");
    await send(page, "Send");
    await dialog(page).waitFor();
    const link = dialog(page).getByRole("link", { name: "Handbook 2-4" });
    expect(await link.getAttribute("href")).toMatch(/\/guidance\/en\/2-4\.html$/);
    expect(await dialog(page).getByRole("button").allTextContents()).toEqual(["Send Anyway", "Fix", "Don't Send"]);
    await page.screenshot({ path: join(ARTIFACTS, "simulator-dialog-en.png") });
    await dialog(page).getByRole("button", { name: "Fix", exact: true }).click();
    await pane(page).getByRole("heading", { name: "Findings and fixes" }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "fix-pane-en.png") });
    await close(page);
  });

  test("English layout: no control overlaps another (1000 px and 1280 px)", async () => {
    for (const width of [1000, 1280]) {
      const page = await openSimulator("sample=two-organisations&lang=en", "en-US");
      await page.setViewportSize({ width, height: 900 });
      await page.getByRole("button", { name: "Review findings" }).click();
      await pane(page).locator("section[data-check]").first().waitFor();
      const boxes = await page
        .locator(".controls select, .controls input, .ribbon button, .compose-sheet button, .pane-bar button")
        .evaluateAll((els) =>
          els
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.height > 0)
            .map((r) => ({ l: r.left, r: r.right, t: r.top, b: r.bottom })),
        );
      const overlaps: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b, k) => {
          if (a.l < b.r - 1 && b.l < a.r - 1 && a.t < b.b - 1 && b.t < a.b - 1) overlaps.push(`${i}/${i + 1 + k}`);
        }),
      );
      expect(overlaps).toEqual([]);
      await close(page);
    }
  });

  test("dark theme applies to the whole window: page, compose window, pane", async () => {
    const page = await openSimulator("sample=two-organisations&theme=dark");
    await page.getByRole("button", { name: "指摘を確認" }).click();
    await pane(page).locator("section[data-check]").first().waitFor();
    const dark = (css: string) => {
      const [r, g, b] = (css.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 80;
    };
    const colours = await page.evaluate(() =>
      [".provider", ".compose", ".pane-frame"].map(
        (sel) => getComputedStyle(document.querySelector(sel)!).backgroundColor,
      ),
    );
    const frame = page.frames().find((f) => f.url().includes("taskpane.html"))!;
    colours.push(await frame.evaluate(() => getComputedStyle(document.querySelector(".provider")!).backgroundColor));
    expect(colours.map(dark)).toEqual([true, true, true, true]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await axeViolations(frame as unknown as Page)).toEqual([]);
    await close(page);
  });

  test("the subject fix never writes over a subject the user changed after the preview", async () => {
    const page = await openSimulator("sample=label-inheritance");
    await send(page);
    await dialog(page).waitFor();
    await dialog(page).getByRole("button", { name: "対処する" }).click();
    const p = pane(page);
    await p.locator(".subject-text").getByText("【機密性２】検討資料", { exact: true }).waitFor();
    // Subject edits raise no Office event: the pane still shows the old preview.
    await page.getByRole("textbox", { name: "件名" }).fill("検討資料（改訂）");
    await p.getByRole("button", { name: "この件名にする" }).click();
    await p
      .locator("section[data-check='label-inheritance']")
      .getByText(/件名が変わっていたため、変更しませんでした/)
      .waitFor();
    await expect(page.getByRole("textbox", { name: "件名" }).inputValue()).resolves.toBe("検討資料（改訂）");
    await p.locator(".subject-text").getByText("【機密性２】検討資料（改訂）", { exact: true }).waitFor();
    await p.getByRole("button", { name: "この件名にする" }).click();
    await p.getByText("格付の引継ぎ — 解消しました").waitFor();
    await expect(page.getByRole("textbox", { name: "件名" }).inputValue()).resolves.toBe(
      "【機密性２】検討資料（改訂）",
    );
    await close(page);
  });

  test("the fix pane fits 350 px with nothing cut off or overflowing (ja and en)", async () => {
    for (const [query, locale, label, fix] of [
      ["sample=secret-attachment", "ja-JP", "送信", "対処する"],
      ["sample=label-inheritance&lang=en", "en-US", "Send", "Fix"],
    ] as const) {
      const page = await openSimulator(query, locale);
      await send(page, label);
      await dialog(page).waitFor();
      await dialog(page).getByRole("button", { name: fix, exact: true }).click();
      await page.addStyleTag({
        content: ".workspace.with-pane { grid-template-columns: minmax(0, 1fr) 350px !important; }",
      });
      await pane(page).locator("section[data-check]").first().waitFor();
      const frame = page.frames().find((f) => f.url().includes("taskpane.html"))!;
      await frame.waitForFunction(() => document.documentElement.clientWidth === 350);
      const overflow = await frame.evaluate(() => {
        const root = document.documentElement;
        const wide = [...document.querySelectorAll("main *")].filter(
          (el) => el.getBoundingClientRect().right > root.clientWidth + 0.5,
        );
        // Text cut with an ellipsis or hidden overflow counts as cut off too.
        const clipped = [...document.querySelectorAll("main *")].filter(
          (el) =>
            !el.classList.contains("visually-hidden") &&
            el.scrollWidth > el.clientWidth + 1 &&
            getComputedStyle(el).overflowX !== "visible",
        );
        return {
          scroll: root.scrollWidth - root.clientWidth,
          wide: wide.map((e) => e.tagName).slice(0, 5),
          clipped: clipped.map((e) => e.className).slice(0, 5),
        };
      });
      expect(overflow).toEqual({ scroll: 0, wide: [], clipped: [] });
      // The block card, the choices and the grouped sections stay accessible too.
      expect(await axeViolations(frame as unknown as Page)).toEqual([]);
      await close(page);
    }
  });

  test("axe: no serious or critical violations in the simulator and in the fix pane", async () => {
    const page = await openSimulator("sample=label-inheritance");
    await send(page);
    await dialog(page).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog(page).getByRole("button", { name: "対処する" }).click();
    await pane(page).getByRole("heading", { name: "指摘と直し方" }).waitFor();
    await dialogClosed(page);
    expect(await axeViolations(page)).toEqual([]);
    const frame = page.frames().find((f) => f.url().includes("taskpane.html"));
    expect(frame).toBeDefined();
    expect(await axeViolations(frame as unknown as Page)).toEqual([]);
    await close(page);
  });

  test("read mode: a received message is shown as text, with the stand-in ready for a report pane", async () => {
    const context = await suite.newContext({ locale: "ja-JP" });
    const page = await context.newPage();
    await page.goto(`${suite.base}/simulator-read.html`);
    await page.getByTestId("read-body").getByText("パスワードの有効期限").waitFor();
    const html = "<b>bold</b><script>window.__xss = 1</script>";
    await page.getByTestId("eml-input").setInputFiles({
      name: "html.eml",
      mimeType: "message/rfc822",
      buffer: Buffer.from(
        `From: a@example.com\r\nTo: b@example.go.jp\r\nSubject: html\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`,
      ),
    });
    await page.getByTestId("read-body").getByText("bold").waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("[data-testid='read-body'] b").count()).toBe(0);
    const subject = await page.evaluate(
      () => (window as any).sendcheckSimulator.officeForPane().context.mailbox.item.subject as string,
    );
    expect(subject).toBe("html");
    await context.close();
  });

  test("English: the links between the compose and read views keep English, also after switching language", async () => {
    const page = await openSimulator("lang=en", "en-US");
    const heading = async (url: RegExp) => {
      await page.waitForURL(url);
      return page.getByRole("heading", { level: 1 }).textContent();
    };
    await page.getByRole("link", { name: "Received message (read mode)" }).click();
    expect(await heading(/simulator-read\.html/)).toBe("Received message (read mode)");
    await page.getByRole("link", { name: "Back to the compose simulator" }).click();
    expect(await heading(/simulator\.html/)).toBe("sendcheck simulator");
    // Japanese chosen in the page's own language control: the read view follows it.
    await page.getByRole("combobox", { name: "Display language" }).selectOption("ja-JP");
    await page.getByRole("link", { name: "受信メールの表示（閲覧モード）" }).click();
    expect(await heading(/simulator-read\.html/)).toBe("受信メールの表示（閲覧モード）");
    await close(page);
  });
});
