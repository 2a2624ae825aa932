import { buildReportMessage } from "../../../src/core/suspicious/report-message";
import { attachmentName, openReportForm, type MailboxLike } from "../../../src/office/report/open-report-form";
import { escapeHtml, textToHtml } from "../../../src/office/report/html-text";
import { createReadModeStandIn } from "../../../src/office-stand-in/read-mode";
import { POLICY } from "../../helpers/mail";
import { HOSTILE } from "./fixtures";

const report = buildReportMessage({
  policy: POLICY,
  answers: { "clicked-link": "yes" },
  signs: [],
  reporter: { emailAddress: "tanaka@example.go.jp", displayName: HOSTILE },
  originalSubject: HOSTILE,
  lang: "ja",
})!;

const mailboxOf = (s: ReturnType<typeof createReadModeStandIn>) =>
  (s.Office.context as { mailbox: MailboxLike }).mailbox;

describe("openReportForm", () => {
  test("opens one form to the report mailbox with the original attached as an item and an inert body", async () => {
    const s = createReadModeStandIn({ itemId: "AAMkItem1=" });
    expect(await openReportForm(mailboxOf(s), report, "AAMkItem1=", HOSTILE)).toEqual({ ok: true });
    expect(s.channel.calls.map((c) => c.api)).toEqual(["displayNewMessageFormAsync"]);
    expect(s.forms).toHaveLength(1);
    const form = s.forms[0]!;
    expect(form.toRecipients).toEqual(["soc@example.go.jp"]);
    expect(form.subject.startsWith("[不審メール報告] ")).toBe(true);
    expect(form.attachments).toEqual([{ type: "item", itemId: "AAMkItem1=", name: expect.stringMatching(/\.eml$/) }]);
    // Sender-chosen text is escaped: no tag or attribute survives into the HTML body.
    expect(form.htmlBody).not.toMatch(/<script|<img|<b>|onerror="/i);
    expect(form.htmlBody).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(form.htmlBody).toContain("&amp;amp;");
    expect(form.htmlBody).toContain("はい");
  });

  test("falls back to displayNewMessageForm before Mailbox 1.9", async () => {
    const s = createReadModeStandIn({}, { mailboxVersion: "1.8" });
    expect(mailboxOf(s).displayNewMessageFormAsync).toBeUndefined();
    expect(await openReportForm(mailboxOf(s), report, "AAMkItem1=", "件名")).toEqual({ ok: true });
    expect(s.channel.calls.map((c) => c.api)).toEqual(["displayNewMessageForm"]);
    expect(s.forms[0]?.attachments[0]?.type).toBe("item");
  });

  test("an item id over the documented 100 characters makes office.js throw: reported, not thrown", async () => {
    const s = createReadModeStandIn();
    const r = await openReportForm(mailboxOf(s), report, "A".repeat(101), "件名");
    expect(r).toMatchObject({ ok: false, reason: "failed" });
    expect(s.forms).toEqual([]);
  });

  test("without an item id nothing opens: a report without the original is not a report", async () => {
    const s = createReadModeStandIn();
    expect(await openReportForm(mailboxOf(s), report, undefined, "件名")).toEqual({ ok: false, reason: "no-item-id" });
    expect(await openReportForm(undefined, report, "id", "件名")).toEqual({ ok: false, reason: "unsupported" });
  });

  test("html helpers and attachment names", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;");
    expect(textToHtml("a\nb<")).toContain("a<br>b&lt;");
    expect(attachmentName('請求書: "至急"/確認?')).toBe("請求書 至急 確認.eml");
    expect(attachmentName("")).toBe("original.eml");
  });
});
