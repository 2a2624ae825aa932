import { validatePolicy } from "../../src/core/policy/validate";
import { actionLabel, fieldName, friendlyMessage, pathKeys } from "../../src/admin/labels";

describe("admin labels", () => {
  test("paths become the editor's field names, never JSON", () => {
    expect(pathKeys('$.checks["bcc-expected"].maxVisibleOutside')).toEqual([
      "checks",
      "bcc-expected",
      "maxVisibleOutside",
    ]);
    expect(fieldName('$.checks["bcc-expected"].maxVisibleOutside', "ja")).toBe(
      "チェック › BCCにすべき宛先 › 見えてよい組織外アドレスの上限（件）",
    );
    expect(fieldName("$.partners[0].domains[1]", "ja")).toBe("取引先 1 › ドメイン › 2件目");
    expect(fieldName('$.guidance["1章-3"]', "en")).toBe("Guidance URL › 1-3");
    expect(fieldName("$", "ja")).toBe("ポリシー全体");
  });

  test("every message a broken policy gets reads as plain Japanese, without zod's vocabulary", () => {
    const r = validatePolicy(
      {
        version: 1,
        organisation: { name: "", domains: ["example.go.jp"] },
        partners: [{ name: "", domains: ["partner.example.co.jp"] }],
        checks: { "bcc-expected": { action: "warnx", maxVisibleOutside: 0 } },
        send: { timeBudgetMs: 1 },
      },
      "ja",
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const e of r.error) {
      const said = `${fieldName(e.path, "ja")}: ${friendlyMessage(e.message, "ja")}`;
      expect(said).not.toMatch(/string|number|\$|小さすぎる値|無効な選択|"warn"/);
    }
    expect(r.error.map((e) => friendlyMessage(e.message, "ja"))).toEqual(
      expect.arrayContaining(["入力してください。", "一覧から選んでください。", "1以上の数を入力してください。"]),
    );
  });

  test("the reporting and send-hold fields are named as the editor labels them", () => {
    expect(fieldName("$.report.phone", "ja")).toBe("不審メールの報告 › 報告窓口の電話番号");
    expect(fieldName("$.report.graph.clientId", "ja")).toBe(
      "不審メールの報告 › 直接送信（Microsoft Graph） › アプリID（クライアントID）",
    );
    expect(fieldName("$.report.graph.tenantId", "en")).toBe(
      "Reporting › Direct delivery (Microsoft Graph) › Tenant id",
    );
    expect(fieldName("$.send.delayOutsideMinutes", "ja")).toBe("送信チェック › 組織外あての配信保留（分）");
    const r = validatePolicy(
      {
        version: 1,
        organisation: { name: "総務省", domains: ["example.go.jp"] },
        report: { mailbox: "soc@example.go.jp", phone: "内線1234", graph: { clientId: "6f1c2d3e-4a5b" } },
        send: { delayOutsideMinutes: 11 },
      },
      "ja",
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const said = r.error.map((e) => `${fieldName(e.path, "ja")}: ${friendlyMessage(e.message, "ja")}`);
    for (const line of said) expect(line).not.toMatch(/phone|clientId|delayOutsideMinutes|number|\$/);
    expect(said).toEqual(
      expect.arrayContaining([
        "不審メールの報告 › 報告窓口の電話番号: 03-1234-5678 や +81 3 1234 5678 のような電話番号を指定してください",
        "送信チェック › 組織外あての配信保留（分）: 10以下の数を入力してください。",
      ]),
    );
  });

  test("option values are words, not policy values", () => {
    expect(["off", "warn", "block"].map((a) => actionLabel(a, "ja"))).toEqual(["無効", "警告", "送信を止める"]);
    expect(actionLabel("block", "en")).toBe("Stop sending");
  });
});
