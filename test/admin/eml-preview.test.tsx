import { renderToStaticMarkup } from "react-dom/server";
import { FindingList } from "../../src/admin/components/EmlPreview";
import { evaluate } from "../../src/core/engine";
import { renderFinding } from "../../src/core/i18n/render";
import { mail, POLICY, sharedRecipientsMail } from "../helpers/mail";

/** The editor's .eml preview reads like the Smart Alert: a recipient list is named once, not on every finding. */
describe("the .eml preview's findings", () => {
  const findings = evaluate(sharedRecipientsMail(), POLICY).findings;
  const count = (text: string, part: string) => text.split(part).length - 1;

  test.each(["ja", "en"] as const)("%s: each finding has its line, the shared list is named once", (lang) => {
    // The premise: more than one finding would name the same three addresses.
    expect(findings.filter((f) => renderFinding(f, lang).includes("tanaka@contoso.co.jp")).length).toBeGreaterThan(1);
    const html = renderToStaticMarkup(<FindingList findings={findings} lang={lang} />);
    expect(count(html, "<li>")).toBe(findings.length);
    expect(count(html, "tanaka@contoso.co.jp")).toBe(1);
    expect(html).not.toMatch(/（）|\(\)/);
  });

  test("different recipient lists are each named", () => {
    const mixed = evaluate(
      mail({
        to: ["tanaka@contoso.co.jp"],
        cc: ["hanako.yamada@gmail.com"],
        subject: "【機密性２】委員会資料（案）",
        body: "資料をお送りします。",
        attachments: ["委員会資料.docx"],
      }),
      POLICY,
    ).findings;
    const html = renderToStaticMarkup(<FindingList findings={mixed} lang="ja" />);
    expect(count(html, "tanaka@contoso.co.jp")).toBe(1);
    // The free-mail finding's own list (her alone) is another list: named in full.
    const freemail = mixed.find((f) => f.check === "freemail-recipient");
    expect(freemail?.data.recipients).toEqual(["hanako.yamada@gmail.com"]);
    expect(html).toContain(renderFinding(freemail!, "ja"));
  });
});
