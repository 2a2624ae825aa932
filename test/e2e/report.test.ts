/**
 * @jest-environment node
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { ReceivedMessage } from "../../src/office-stand-in/read-mode";
import { SPOOFED } from "../office/report/fixtures";
import { ARTIFACTS, axeViolations, browserSuite } from "./browser";

const suite = browserSuite();

/** The pane on the stand-in (report-preview.html), with the given message; nothing may leave 127.0.0.1. */
async function openPane(message: Partial<ReceivedMessage>, lang = "ja-JP"): Promise<Page> {
  const context = await suite.newContext({ locale: lang });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(suite.base) && !r.url().startsWith("data:")) outside.push(r.url());
  });
  page.on("dialog", (d) => void d.dismiss());
  await page.addInitScript(
    (m) => {
      (window as unknown as { __SENDCHECK_READ_PREVIEW__: unknown }).__SENDCHECK_READ_PREVIEW__ = { message: m };
    },
    message as unknown as Record<string, unknown>,
  );
  await page.goto(`${suite.base}/report-preview.html?lang=${lang}`);
  await page.getByTestId("signs").waitFor();
  (page as Page & { outside?: string[] }).outside = outside;
  return page;
}

const forms = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sendcheckStandIn: { forms: unknown[] } }).__sendcheckStandIn.forms);

describe("report pane (report-preview.html on the Office stand-in)", () => {
  test("a spoofed mail shows its signs, one sentence each", async () => {
    const page = await openPane(SPOOFED);
    const ids = await page.locator("[data-sign]").evaluateAll((els) => els.map((e) => e.getAttribute("data-sign")));
    expect(ids).toEqual(
      expect.arrayContaining([
        "sender-lookalike",
        "reply-to-elsewhere",
        "attachment-double-extension",
        "link-text-mismatch",
      ]),
    );
    await expect(page.getByTestId("signs").textContent()).resolves.toContain("exarnple.go.jp");
    await page.screenshot({ path: join(ARTIFACTS, "report-pane-ja.png"), fullPage: true });
    expect((page as Page & { outside?: string[] }).outside).toEqual([]);
    await page.context().close();
  });

  test('answering "clicked a link" shows the 4章-5 steps first', async () => {
    const page = await openPane(SPOOFED);
    expect(await page.getByTestId("incident-steps").count()).toBe(0);
    await page
      .getByRole("radiogroup", { name: "このメールのリンクをクリックしましたか？" })
      .getByRole("radio", { name: "はい" })
      .check();
    const incident = page.getByTestId("incident-steps");
    await incident.waitFor();
    await expect(incident.textContent()).resolves.toContain("LANケーブルを抜いて");
    // First thing under the title: above the mail, the questions and the signs.
    const order = await page.evaluate(() => {
      const ids = [...document.querySelectorAll("main [data-testid]")].map((e) => e.getAttribute("data-testid"));
      return ids;
    });
    expect(order[0]).toBe("incident-steps");
    expect(order.indexOf("incident-steps")).toBeLessThan(order.indexOf("questions"));
    await page.screenshot({ path: join(ARTIFACTS, "report-pane-incident.png"), fullPage: true });
    await page.context().close();
  });

  test("報告する opens a new message to the report mailbox with the original attached as an item", async () => {
    const page = await openPane(SPOOFED);
    await page.getByRole("button", { name: "報告する" }).click();
    await page.getByTestId("report-confirmation").waitFor();
    const [form] = (await forms(page)) as {
      toRecipients: string[];
      subject: string;
      htmlBody: string;
      attachments: { type: string; itemId: string }[];
    }[];
    expect(form!.toRecipients).toEqual(["soc@example.go.jp"]);
    expect(form!.subject).toBe("[不審メール報告] 【重要】アカウント確認のお願い");
    expect(form!.attachments).toEqual([expect.objectContaining({ type: "item", itemId: SPOOFED.itemId })]);
    expect(form!.htmlBody).toContain("sender-lookalike");
    await page.context().close();
  });

  test("a header string full of <script> and markup renders inert", async () => {
    const evil = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><b>太字</b>';
    const page = await openPane({
      ...SPOOFED,
      subject: evil,
      from: { emailAddress: "info@exarnple.go.jp", displayName: evil },
      internetHeaders: SPOOFED.internetHeaders!.replace("Subject: check", `Subject: ${evil}\r\nX-Evil: ${evil}`),
      attachments: [{ id: "1", name: `${evil}.exe`, size: 10 }],
      body: { type: "html", content: `<a href="https://evil.example.net/">${evil}https://www.example.go.jp/</a>` },
    });
    await page.getByRole("button", { name: "報告する" }).click();
    await page.getByTestId("report-confirmation").waitFor();
    const probe = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      imgs: document.querySelectorAll("main img").length,
      bold: document.querySelectorAll("main b").length,
      scripts: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
    }));
    expect(probe).toEqual({ pwned: undefined, imgs: 0, bold: 0, scripts: 0 });
    await expect(page.getByTestId("mail").textContent()).resolves.toContain("<script>window.__pwned=1</script>");
    const [form] = (await forms(page)) as { htmlBody: string }[];
    expect(form!.htmlBody).not.toMatch(/<script|<img|<b>/);
    await page.context().close();
  });

  test.each([
    ["ja-JP", "報告する"],
    ["en-US", "Report"],
  ])("axe: no serious or critical violations (%s), before and after the incident steps", async (lang, button) => {
    const page = await openPane(SPOOFED, lang);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole("radio", { name: lang === "ja-JP" ? "わからない" : "Not sure" })
      .first()
      .check();
    await page.getByTestId("incident-steps").waitFor();
    await page.getByRole("button", { name: button, exact: true }).click();
    await page.getByTestId("report-confirmation").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    if (lang === "en-US") await page.screenshot({ path: join(ARTIFACTS, "report-pane-en.png"), fullPage: true });
    await page.context().close();
  });
});

describe("report pane framed in the simulator's read view (simulator-read.html)", () => {
  test("runs on the read view's stand-in: its sample mail's signs, and 報告する opens the form there", async () => {
    const context = await suite.newContext({ locale: "ja-JP" });
    const page = await context.newPage();
    await page.goto(`${suite.base}/simulator-read.html`);
    await page.getByTestId("read-message").waitFor();
    // The read view exposes its stand-in to a same-origin frame; the pane is the real report.html bundle (its simulator copy, without the CDN office.js).
    await page.evaluate(() => {
      const f = document.createElement("iframe");
      f.title = "report pane";
      f.src = "simulator-report.html?host=simulator";
      f.style.width = "420px";
      f.style.height = "900px";
      document.body.appendChild(f);
    });
    const frame = page.frameLocator('iframe[title="report pane"]');
    await frame.getByTestId("signs").waitFor();
    await frame.getByRole("button", { name: "報告する" }).click();
    await frame.getByTestId("report-confirmation").waitFor();
    const sent = await page.evaluate(() => {
      const s = (window as unknown as { sendcheckSimulator: { standIn: { forms: any[]; message: any } } })
        .sendcheckSimulator.standIn;
      return { forms: s.forms, itemId: s.message.itemId };
    });
    expect(sent.forms).toHaveLength(1);
    expect(sent.forms[0].toRecipients).toEqual(["soc@example.go.jp"]);
    expect(sent.forms[0].attachments).toEqual([expect.objectContaining({ type: "item", itemId: sent.itemId })]);
    await page.screenshot({ path: join(ARTIFACTS, "report-pane-in-read-view.png"), fullPage: true });
    await context.close();
  });
});

describe("report pane layout", () => {
  test("fits 350 px with nothing overflowing sideways (ja and en)", async () => {
    for (const lang of ["ja-JP", "en-US"]) {
      const page = await openPane({}, lang);
      await page.setViewportSize({ width: 350, height: 900 });
      await page.waitForTimeout(100);
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        const wide = [...document.querySelectorAll("body *")].filter(
          (el) => el.getBoundingClientRect().right > root.clientWidth + 0.5,
        );
        return { scroll: root.scrollWidth - root.clientWidth, wide: wide.map((e) => e.tagName).slice(0, 5) };
      });
      expect(overflow).toEqual({ scroll: 0, wide: [] });
      await page.screenshot({ path: join(ARTIFACTS, `report-pane-350-${lang}.png`), fullPage: true });
      await page.context().close();
    }
  });
});

describe("the read view's Report button (simulator-read.html, real launchevent.js and report.html)", () => {
  async function readView(query = "") {
    const context = await suite.newContext({ locale: "ja-JP" });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(suite.base) && !r.url().startsWith("data:")) outside.push(r.url());
    });
    await page.goto(`${suite.base}/simulator-read.html${query}`);
    await page.getByTestId("read-message").waitFor();
    return { page, context, outside };
  }

  test("窓口へ報告 → Outlook's dialog → the pane opens with the answers, 4章-5 first, and the report goes out", async () => {
    const { page, context, outside } = await readView();
    await page.getByRole("toolbar").getByRole("button", { name: "窓口へ報告" }).click();
    const dialog = page.getByTestId("report-preprocessing");
    await dialog.getByRole("checkbox", { name: "本文のリンクをクリックした" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("checkbox", { name: "本文のリンクをクリックした" }).check();
    await dialog.getByRole("textbox").fill("リンク先でIDを入れかけました");
    await dialog.getByRole("button", { name: "報告", exact: true }).click();
    const frame = page.frameLocator('iframe[title="report pane"]');
    await frame.getByTestId("incident-steps").waitFor();
    // The example policy's desk phone: "call the desk" leads the 4章-5 card, as a tel: link.
    await expect(frame.getByTestId("call-desk").getAttribute("href")).resolves.toBe("tel:0300000000");
    expect(
      await frame
        .getByRole("radiogroup", { name: "このメールのリンクをクリックしましたか？" })
        .getByRole("radio", { name: "はい" })
        .isChecked(),
    ).toBe(true);
    // The example policy has no report.graph: the pane says so and opens the compose form by itself, once.
    await frame.getByTestId("report-fallback").waitFor();
    await expect(frame.getByTestId("report-fallback").textContent()).resolves.toContain("自動送信が設定されていない");
    await frame.getByTestId("report-confirmation").waitFor();
    await page.getByTestId("opened-forms").waitFor();
    const forms = await page.evaluate(
      () =>
        (window as unknown as { sendcheckSimulator: { standIn: { forms: { subject: string; htmlBody: string }[] } } })
          .sendcheckSimulator.standIn.forms,
    );
    expect(forms).toHaveLength(1);
    expect(forms[0]!.htmlBody).toContain("リンク先でIDを入れかけました");
    expect(forms[0]!.htmlBody).toContain("Did you click a link in this mail? Yes");
    await page.screenshot({ path: join(ARTIFACTS, "read-view-report-button.png"), fullPage: true });
    expect(outside).toEqual([]);
    await context.close();
  });

  test("Mailbox 1.14: the handler's post-processing dialog, no pane; 不審メールを報告 opens the pane by hand", async () => {
    const { page, context } = await readView("?mailbox=1.14");
    await page.getByRole("button", { name: "窓口へ報告" }).click();
    await page.getByTestId("report-preprocessing").getByRole("button", { name: "報告", exact: true }).click();
    const post = page.getByTestId("report-postprocessing");
    await post.getByRole("heading", { name: "不審なメールの報告" }).waitFor();
    await expect(post.textContent()).resolves.toContain("報告はまだ送られていません");
    await post.getByRole("button", { name: "OK" }).click();
    expect(await page.locator('iframe[title="report pane"]').count()).toBe(0);
    await page.getByRole("button", { name: "不審メールを報告" }).click();
    const frame = page.frameLocator('iframe[title="report pane"]');
    await frame.getByTestId("signs").waitFor();
    expect(await frame.getByTestId("report-fallback").count()).toBe(0);
    await context.close();
  });
});
