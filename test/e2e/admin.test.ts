/**
 * @jest-environment node
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ARTIFACTS, axeViolations, browserSuite } from "./browser";

const ROOT = join(__dirname, "..", "..");
const suite = browserSuite();

async function openEditor(lang = "ja-JP"): Promise<Page> {
  const context = await suite.newContext({ locale: lang, acceptDownloads: true });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(suite.base) && !r.url().startsWith("data:") && !r.url().startsWith("blob:"))
      outside.push(r.url());
  });
  await page.goto(`${suite.base}/admin.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  (page as Page & { outside?: string[] }).outside = outside;
  return page;
}

describe("policy editor (admin.html)", () => {
  test("loads the example, flags example..go.jp next to the field, and recovers", async () => {
    const page = await openEditor();
    await page.getByText("ポリシーは有効です").waitFor();
    const add = page.getByRole("textbox", { name: "組織のドメイン（サブドメインを含む）: 追加" });
    await add.fill("example..go.jp");
    await add.press("Enter");
    await page.getByText("1件のエラーがあります", { exact: false }).waitFor();
    await page
      .getByText(/example\.go\.jp のようなドメイン名を指定してください/)
      .first()
      .waitFor();
    expect(await page.getByRole("button", { name: "policy.json をダウンロード" }).isDisabled()).toBe(true);
    await page.getByRole("textbox", { name: "組織のドメイン（サブドメインを含む） 2" }).fill("example2.go.jp");
    await page.getByText("ポリシーは有効です").waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "admin-ja.png"), fullPage: true });
    expect((page as Page & { outside?: string[] }).outside).toEqual([]);
    await page.context().close();
  });

  test("tests an address: inside, partner, look-alike", async () => {
    const page = await openEditor();
    const box = page.getByRole("textbox", { name: "宛先アドレスを入力すると、このポリシーでの扱いを表示します" });
    const result = page.getByTestId("address-result");
    await box.fill("a@sub.example.go.jp");
    await expect(result.textContent()).resolves.toContain("組織内");
    await box.fill("a@partner.example.co.jp");
    await expect(result.textContent()).resolves.toContain("取引先");
    await box.fill("a@exarnple.go.jp");
    await expect(result.textContent()).resolves.toContain("example.go.jp に似せたドメインの疑い");
    await page.context().close();
  });

  test("a dropped .eml gets the engine's decision, and it follows the policy", async () => {
    const page = await openEditor();
    const eml = readFileSync(join(ROOT, "examples", "03-secret-to-partner.eml")).toString("base64");
    await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], "03-secret-to-partner.eml", { type: "message/rfc822" }));
      document
        .querySelector('[data-testid="eml-drop"]')!
        .dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, eml);
    const row = page.getByTestId("eml-result");
    await row.getByText("送信不可", { exact: false }).waitFor();
    expect(await row.textContent()).toContain("要機密情報の組織外への送信");
    expect(await row.textContent()).not.toContain("external-confidential");
    // Relax the severe action: the same mail now only warns.
    await page
      .locator("fieldset", { hasText: "要機密情報の組織外への送信" })
      .getByRole("combobox", { name: "重大な場合の動作" })
      .selectOption({ label: "警告" });
    await row.getByText("確認が必要", { exact: false }).waitFor();
    await page.context().close();
  });

  test("shows the diff and downloads a file that sendcheck policy validate accepts", async () => {
    const page = await openEditor("en-US");
    const add = page.getByRole("textbox", { name: "Domains (subdomains included): Add" });
    await add.fill("branch.example.go.jp");
    await add.press("Enter");
    await page.getByTestId("diff").getByText("branch.example.go.jp").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download policy.json" }).click(),
    ]);
    const file = join(ARTIFACTS, "downloaded-policy.json");
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, "utf8")).organisation.domains).toContain("branch.example.go.jp");
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "sendcheck.js"), "policy", "validate", file], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "admin-en.png"), fullPage: true });
    await page.context().close();
  });

  test("reporting: phone and Graph client id reach the downloaded policy; a malformed id is flagged at its field", async () => {
    const page = await openEditor();
    const phone = page.getByRole("textbox", { name: "報告窓口の電話番号" });
    const hours = page.getByRole("textbox", { name: "電話の受付時間" });
    const clientId = page.getByRole("textbox", { name: "直接送信のアプリID（クライアントID）" });
    const tenantId = page.getByRole("textbox", { name: "テナントID" });
    await phone.fill("03-5253-2111");
    // An emptied field leaves the policy instead of writing "" (which the schema rejects).
    await hours.fill("");
    await clientId.fill("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f");
    await tenantId.fill("0d9e8f7a-1b2c-4d3e-9f8a-7b6c5d4e3f2a");
    await page.getByText("ポリシーは有効です").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "policy.json をダウンロード" }).click(),
    ]);
    const file = join(ARTIFACTS, "downloaded-policy-report.json");
    await download.saveAs(file);
    const report = JSON.parse(readFileSync(file, "utf8")).report as Record<string, unknown>;
    expect(report.phone).toBe("03-5253-2111");
    expect(report).not.toHaveProperty("hours");
    expect(report.graph).toEqual({
      clientId: "6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f",
      tenantId: "0d9e8f7a-1b2c-4d3e-9f8a-7b6c5d4e3f2a",
    });
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "sendcheck.js"), "policy", "validate", file], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);

    // A client id cut short when pasted: the schema's Japanese message stands next to that field.
    await clientId.fill("6f1c2d3e-4a5b-4c6d");
    await page.getByText("1件のエラーがあります", { exact: false }).waitFor();
    expect(await clientId.getAttribute("aria-invalid")).toBe("true");
    const describedBy = await clientId.evaluate((el) =>
      (el.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    );
    expect(describedBy).toContain("00000000-0000-0000-0000-000000000000 の形のID");
    expect(await page.getByRole("button", { name: "policy.json をダウンロード" }).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Emptying the client id drops the whole graph object: the tenant id alone would not validate.
    await clientId.fill("");
    await page.getByText("ポリシーは有効です").waitFor();
    expect(await tenantId.inputValue()).toBe("");
    await page.context().close();
  });

  test("a Japanese administrator sees Japanese: check names, option words, field names, plain messages", async () => {
    const page = await openEditor();
    const body = (await page.locator("main").textContent()) ?? "";
    for (const id of ["bcc-expected", "external-confidential", "unencrypted-attachment", "lookalike-domain"])
      expect(body).not.toContain(id);
    const action = page
      .locator("fieldset.check-row", { hasText: "BCCにすべき宛先" })
      .getByRole("combobox", { name: "動作", exact: true });
    expect(await action.locator("option").allTextContents()).toEqual([
      "無効",
      "参考として表示",
      "警告",
      "送信を止める",
    ]);
    const limit = page.getByRole("spinbutton", { name: "見えてよい組織外アドレスの上限（件）" });
    await limit.fill("0");
    const errors = page.locator("ul.errors");
    await errors.waitFor();
    const said = (await errors.textContent()) ?? "";
    expect(said).toContain("チェック › BCCにすべき宛先 › 見えてよい組織外アドレスの上限（件）");
    expect(said).toContain("1以上の数を入力してください。");
    expect(said).not.toMatch(/number|\$\.|checks\[/);
    await limit.fill("10");
    await page.getByText("ポリシーは有効です").waitFor();
    await page.context().close();
  });

  test("exempting a partner from the confidential check asks first and says what it allows", async () => {
    const page = await openEditor();
    // The page cancels beforeunload (so the browser asks before leaving) only while edits are not downloaded.
    const leaving = () =>
      page.evaluate(() => {
        const e = new Event("beforeunload", { cancelable: true });
        window.dispatchEvent(e);
        return e.defaultPrevented;
      });
    expect(await leaving()).toBe(false);
    const partner = page.locator("fieldset.partner").first();
    const box = partner.getByRole("checkbox", { name: "要機密情報の組織外への送信" });
    await box.click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("止められずに送信されます");
    await dialog.getByRole("button", { name: "キャンセル" }).click();
    expect(await box.isChecked()).toBe(false);
    await box.click();
    await page.getByRole("alertdialog").getByRole("button", { name: "確認なしにする" }).click();
    expect(await box.isChecked()).toBe(true);
    // The change list speaks the editor's words too (the JSON path stays in the tooltip for reviewers).
    const diff = (await page.getByTestId("diff").textContent()) ?? "";
    expect(diff).toContain("取引先 1 › 組織内として扱うチェック");
    expect(diff).toContain("要機密情報の組織外への送信");
    expect(diff).not.toMatch(/\$\.|external-confidential/);
    // Starting from the example now would lose that edit: it asks too.
    await page.getByRole("button", { name: "例から始める" }).click();
    await page.getByRole("alertdialog").getByText("編集中の内容を破棄して例から始めますか").waitFor();
    await page.getByRole("alertdialog").getByRole("button", { name: "キャンセル" }).click();
    expect(await box.isChecked()).toBe(true);
    // Leaving the page with the edit not downloaded asks too.
    expect(await leaving()).toBe(true);
    await page.context().close();
  });

  test("the address tester stays in view while the settings scroll", async () => {
    const page = await openEditor();
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.mouse.wheel(0, 2500);
    await page.waitForTimeout(200);
    const box = await page
      .getByRole("textbox", { name: "宛先アドレスを入力すると、このポリシーでの扱いを表示します" })
      .boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(700);
    await page.context().close();
  });

  test("axe: no serious or critical violations (ja and en)", async () => {
    for (const lang of ["ja-JP", "en-US"]) {
      const page = await openEditor(lang);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });
});
