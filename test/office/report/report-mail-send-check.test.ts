import { buildReportMessage } from "../../../src/core/suspicious/report-message";
import { openReportForm, type MailboxLike } from "../../../src/office/report/open-report-form";
import { createReadModeStandIn } from "../../../src/office-stand-in/read-mode";
import { harness, testPolicy } from "../../launchevent/setup";

/** The report mail, as the pane opens it, must pass our own send check when the user presses Send. */
describe("the report mail and our own send check", () => {
  test.each([
    ["an internal report mailbox", "soc@example.go.jp"],
    ["an outside report mailbox (a SOC provider)", "reports@soc-provider.example.com"],
  ])("is allowed without a dialog for %s, whatever the original's markings", async (_, mailbox) => {
    const policy = testPolicy((p) => (p.report.mailbox = mailbox));
    const read = createReadModeStandIn({ itemId: "AAMk1=" });
    const report = buildReportMessage({
      policy,
      answers: {},
      signs: [],
      reporter: { emailAddress: "tanaka@example.go.jp" },
      originalSubject: "【機密性３】【転送禁止】至急",
      lang: "ja",
    })!;
    await openReportForm((read.Office.context as { mailbox: MailboxLike }).mailbox, report, "AAMk1=", "x");
    const form = read.forms[0]!;
    const h = harness(
      {
        to: form.toRecipients.map((emailAddress) => ({ emailAddress })),
        subject: form.subject,
        body: report.bodyText,
        composeType: "forward",
      },
      {},
      policy,
    );
    expect((await h.send()).options).toEqual({ allowEvent: true });
  });
});
