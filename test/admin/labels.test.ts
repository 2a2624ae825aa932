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
    for (const e of r.errors) {
      const said = `${fieldName(e.path, "ja")}: ${friendlyMessage(e.message, "ja")}`;
      expect(said).not.toMatch(/string|number|\$|小さすぎる値|無効な選択|"warn"/);
    }
    expect(r.errors.map((e) => friendlyMessage(e.message, "ja"))).toEqual(
      expect.arrayContaining(["入力してください。", "一覧から選んでください。", "1以上の数を入力してください。"]),
    );
  });

  test("option values are words, not policy values", () => {
    expect(["off", "warn", "block"].map((a) => actionLabel(a, "ja"))).toEqual(["無効", "警告", "送信を止める"]);
    expect(actionLabel("block", "en")).toBe("Stop sending");
  });
});
