import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHECKS } from "../../src/core/checks/index";
import { CHECK_IDS } from "../../src/core/checks/ids";
import { evaluate } from "../../src/core/engine";
import { CATALOGS, checkTitle, langFor, renderFinding } from "../../src/core/i18n/render";
import { mail, POLICY, ROOT } from "../helpers/mail";

describe("message catalogs", () => {
  test("every message id of every registered check exists in ja and en", () => {
    for (const lang of ["ja", "en"] as const) {
      for (const c of CHECKS) for (const id of c.messageIds) expect(CATALOGS[lang].findings[id]).toBeDefined();
      for (const id of CHECK_IDS) expect(checkTitle(id, lang).length).toBeGreaterThan(0);
    }
  });

  test("ja and en define the same message ids", () => {
    expect(Object.keys(CATALOGS.ja.findings).sort()).toEqual(Object.keys(CATALOGS.en.findings).sort());
  });

  test("a finding renders to one line that names what was found, in both languages", () => {
    const d = evaluate(mail({ to: ["x@alpha.co.jp"], cc: ["y@beta.co.jp"], subject: "【機密性３】調達" }), POLICY);
    const ja = d.findings.map((f) => renderFinding(f, "ja"));
    const en = d.findings.map((f) => renderFinding(f, "en"));
    expect(ja[0]).toContain("機密性3");
    expect(ja[0]).toContain("件名");
    expect(en[0]).toContain("subject");
    expect(ja.some((t) => t.includes("alpha.co.jp") && t.includes("BCC"))).toBe(true);
    for (const t of [...ja, ...en]) {
      expect(t).not.toMatch(/\n|undefined|\[object/);
      expect(t.length).toBeGreaterThan(10);
    }
  });

  test("long recipient lists are shortened with a count", () => {
    const cc = Array.from({ length: 8 }, (_, i) => `u@org${i}.co.jp`);
    const f = evaluate(mail({ cc }), POLICY).findings[0]!;
    expect(renderFinding(f, "ja")).toContain("ほか5件");
    expect(renderFinding(f, "en")).toContain("and 5 more");
  });

  test("omitRecipients drops only the recipient aside, and every sentence still reads cleanly", () => {
    const recipients = ["tanaka@contoso.co.jp", "suzuki@fabrikam.co.jp"];
    const data = {
      count: 2,
      max: 10,
      domains: ["contoso.co.jp", "fabrikam.co.jp"],
      recipients,
      marking: "機密性2",
      where: ["subject", "attachment:検討資料.docx"],
      attachment: "検討資料.docx",
      attachments: ["検討資料.docx"],
      subjectLevel: 1,
      domain: "examp1e.go.jp",
      of: "example.go.jp",
      error: "timeout",
    };
    let dropped = 0;
    for (const lang of ["ja", "en"] as const) {
      for (const messageId of Object.keys(CATALOGS[lang].findings)) {
        const full = renderFinding({ messageId, data }, lang);
        const without = renderFinding({ messageId, data }, lang, { omitRecipients: true });
        if (without === full) continue;
        dropped++;
        for (const r of recipients) expect(without).not.toContain(r);
        expect(without).not.toMatch(/（）|\(\)|\s[.,)]|\s{2}|[（(]\s|\s$/);
        // Everything else the sentence said is still there: it differs only by the aside.
        expect(full.replace(CATALOGS[lang].aside(recipients.join(CATALOGS[lang].listSeparator)), "")).toBe(without);
        if (full.includes("検討資料.docx")) expect(without).toContain("検討資料.docx");
      }
    }
    // Every message that names recipients: 9 in each language.
    expect(dropped).toBe(18);
  });

  test("an empty recipient list leaves no empty parentheses", () => {
    const f = { messageId: "freemail-recipient.confidential", data: { marking: "機密性2", recipients: [] } };
    expect(renderFinding(f, "ja")).not.toContain("（）");
    expect(renderFinding(f, "en")).not.toContain("()");
  });

  test("unknown message ids fall back to a generic line instead of failing", () => {
    expect(renderFinding({ messageId: "nope", data: {} }, "ja").length).toBeGreaterThan(0);
  });

  test("display language picks the catalog, Japanese by default", () => {
    expect(langFor("en-US")).toBe("en");
    expect(langFor("ja-JP")).toBe("ja");
    expect(langFor("fr-FR")).toBe("ja");
    expect(langFor(undefined)).toBe("ja");
  });
});

describe("numbers in Japanese", () => {
  const organisations = (count: number) => ({
    messageId: "bcc-expected.organisations",
    data: { count, domains: Array.from({ length: count }, (_, i) => `org${i}.co.jp`), recipients: [] },
  });

  test.each([1, 2, 10, 21])("%i organisations read naturally in both languages", (n) => {
    const ja = renderFinding(organisations(n), "ja");
    expect(ja).toContain(`組織外の${n}組織（`);
    expect(ja).not.toMatch(/\dつ/);
    expect(renderFinding(organisations(n), "en")).toContain(
      n === 1 ? "from 1 outside organisation (" : `from ${n} outside organisations (`,
    );
  });

  // 〜つ counts only to nine (ひとつ … ここのつ); a number that can exceed it takes a counter such as 件 or 組織.
  test.each([
    "src/core/i18n/ja.ts",
    "src/core/suspicious/messages-ja.ts",
    "src/taskpane/strings.ts",
    "src/admin/strings.ts",
  ])("%s puts no つ after a number filled in at run time", (file) => {
    const source = readFileSync(join(ROOT, file), "utf8");
    expect(source.match(/\}\s*つ/g) ?? []).toEqual([]);
  });
});

describe("English grammar with several places", () => {
  // "The subject and body is marked …" was how four messages read when a marking sat in more than one place: the
  // English sentences name the marking first, so the verb never has to agree with a list of places.
  const data = {
    marking: "機密性3",
    where: ["subject", "body", "attachment:計画.docx"],
    recipients: ["a@example.co.jp"],
    attachments: ["計画.docx"],
    attachment: "計画.docx",
    domain: "examp1e.go.jp",
    of: "example.go.jp",
    count: 3,
    max: 2,
  };
  test.each(Object.keys(CATALOGS.en.findings))("%s", (id) => {
    const line = renderFinding({ messageId: id, data }, "en");
    expect(line).not.toMatch(/\b(?:subject|body|more)\)? (?:is|was) /);
  });
});
