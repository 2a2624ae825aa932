import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { nextSteps } from "../../../src/core/suspicious/questions";
import { ReportPane, type ReportPaneProps } from "../../../src/taskpane/report/components/ReportPane";
import { missingLines, panePlan, senderLine, signLines } from "../../../src/taskpane/report/view-model";
import { POLICY } from "../../helpers/mail";

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">';

function props(change: Partial<ReportPaneProps> = {}): ReportPaneProps {
  return {
    lang: "ja",
    sender: senderLine({ emailAddress: "a@exarnple.go.jp", displayName: HOSTILE }),
    subject: HOSTILE,
    signs: [{ id: "sender-lookalike", severity: "high", severityLabel: "要注意", sentence: HOSTILE }],
    missing: missingLines(["headers"], "ja"),
    answers: {},
    steps: nextSteps({}),
    mailbox: "soc@example.go.jp",
    direct: false,
    phone: null,
    status: { kind: "idle" },
    after: { kind: "kept" },
    fromButton: false,
    onAnswer: () => undefined,
    onReport: () => undefined,
    ...change,
  };
}

const render = (p: ReportPaneProps) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ReportPane {...p} />
    </FluentProvider>,
  );

describe("ReportPane (server-rendered)", () => {
  test("mail text is rendered as text: no tag from the mail survives", () => {
    const html = render(props());
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  test("4章-5 steps come before the questions once an answer is yes or unsure", () => {
    const calm = render(props());
    expect(calm).not.toContain('data-testid="incident-steps"');
    expect(calm.indexOf('data-testid="questions"')).toBeLessThan(calm.indexOf('data-testid="report-steps"'));
    const urgent = render(
      props({ answers: { "clicked-link": "unsure" }, steps: nextSteps({ "clicked-link": "unsure" }) }),
    );
    const incident = urgent.indexOf('data-testid="incident-steps"');
    expect(incident).toBeGreaterThan(0);
    expect(incident).toBeLessThan(urgent.indexOf('data-testid="questions"'));
    expect(urgent).toContain("LANケーブルを抜いて");
  });

  test("no report mailbox: no button, a warning instead; English strings on an English client", () => {
    expect(render(props({ mailbox: null }))).toContain("報告窓口のアドレスが設定されていません");
    const en = render(props({ lang: "en", missing: missingLines(["body"], "en") }));
    expect(en).toContain("Check and report a suspicious mail");
    expect(en).toContain("links were not checked");
  });

  test("after the form opened: a confirmation that the user still has to send, and the manual afterReport", () => {
    const html = render(props({ status: { kind: "opened" }, after: { kind: "manual", wanted: "junk" } }));
    expect(html).toContain("送信するまで報告は届きません");
    expect(html).toContain("迷惑メール");
  });

  test("view model: sign sentences from the catalog, plan from the policy", () => {
    const lines = signLines([{ id: "auth-spf-fail", severity: "warn", messageId: "auth.spf-fail", data: {} }], "en");
    expect(lines[0]?.severityLabel).toBe("Note");
    const plan = panePlan({
      policy: POLICY,
      answers: { "entered-credentials": "yes" },
      signs: [],
      reporter: { emailAddress: "t@example.go.jp" },
      originalSubject: "s",
      lang: "ja",
    });
    expect(plan.steps.steps).toContain("tell-desk-credentials");
    expect(plan.report?.to).toBe("soc@example.go.jp");
    expect(plan.after).toEqual({ kind: "kept" });
  });

  const PHONE = { number: "03-3581-0000", href: "tel:0335810000", hours: "平日 9:30〜18:15" };

  test("incident with the desk's phone: 'call the desk' (tel:) is the first action, before the steps and the report", () => {
    const steps = nextSteps({ "opened-attachment": "yes" });
    const html = render(props({ answers: { "opened-attachment": "yes" }, steps, phone: PHONE }));
    const call = html.indexOf('data-testid="call-desk"');
    expect(call).toBeGreaterThan(0);
    expect(call).toBeLessThan(html.indexOf('class="steps"'));
    expect(call).toBeLessThan(html.indexOf('data-testid="report"'));
    expect(html).toMatch(
      /<a[^>]*href="tel:0335810000"[^>]*data-testid="call-desk"|<a[^>]*data-testid="call-desk"[^>]*href="tel:0335810000"/,
    );
    expect(html).toContain("報告窓口に電話する（03-3581-0000）");
    // The number again where the call-desk step says to call, with the hours.
    expect(html).toMatch(
      /すぐに報告窓口へ電話で連絡し、その指示に従ってください。.*03-3581-0000.*受付: 平日 9:30〜18:15/,
    );
  });

  test("no incident: no call button, the number only as contact under the report button", () => {
    const html = render(props({ phone: PHONE }));
    expect(html).not.toContain('data-testid="call-desk"');
    expect(html).toContain('data-testid="desk-phone"');
    expect(html.indexOf('data-testid="desk-phone"')).toBeGreaterThan(html.indexOf('data-testid="report"'));
  });

  test("incident without a phone in the policy: the steps still say to call, no broken link", () => {
    const steps = nextSteps({ "clicked-link": "yes" });
    const html = render(props({ answers: { "clicked-link": "yes" }, steps }));
    expect(html).not.toContain("tel:");
    expect(html).toContain("すぐに報告窓口へ電話で連絡し");
  });

  test("direct delivery: says no compose window opens; once sent, says the desk has it", () => {
    const before = render(props({ direct: true }));
    expect(before).toContain("報告窓口（soc@example.go.jp）へ直接送ります");
    const sent = render(props({ direct: true, status: { kind: "sent" } }));
    expect(sent).toContain("報告窓口へ送信しました");
    expect(sent).not.toContain("送信するまで報告は届きません");
    expect(sent).not.toContain('data-testid="report-fallback"');
  });

  test("fallback to the compose form says why, in the user's language", () => {
    const ja = render(props({ direct: true, status: { kind: "opened", fallback: "sign-in" } }));
    expect(ja).toContain("サインインできなかったため");
    expect(ja).toContain("送信するまで報告は届きません");
    const en = render(props({ lang: "en", status: { kind: "opened", fallback: "not-configured" } }));
    expect(en).toContain("Direct sending is not set up");
    // A large original whose upload failed part-way: said as such, not as "too large".
    const jaUpload = render(props({ direct: true, status: { kind: "opened", fallback: "upload" } }));
    expect(jaUpload).toContain("分けて送ろうとしましたが、途中で失敗しました");
    expect(jaUpload).not.toContain("大きすぎて");
    const enUpload = render(props({ lang: "en", direct: true, status: { kind: "opened", fallback: "upload" } }));
    expect(enUpload).toContain("the upload failed");
  });

  test("sent + junk/delete: says where the mail went, and no manual step", () => {
    const after = { kind: "manual", wanted: "junk" } as const;
    const moving = render(
      props({ direct: true, after, status: { kind: "sent", move: { kind: "moving", to: "junk" } } }),
    );
    expect(moving).toContain("「迷惑メール」フォルダーへ移動しています");
    const junk = render(props({ direct: true, after, status: { kind: "sent", move: { kind: "moved", to: "junk" } } }));
    expect(junk).toContain("報告窓口へ送信しました");
    expect(junk).toContain("このメールは「迷惑メール」フォルダーへ移動しました。");
    expect(junk).not.toContain("手作業");
    const del = render(
      props({
        lang: "en",
        direct: true,
        after: { kind: "manual", wanted: "delete" },
        status: { kind: "sent", move: { kind: "moved", to: "delete" } },
      }),
    );
    expect(del).toContain("This mail has been moved to Deleted Items.");
    expect(del).not.toContain("by hand");
  });

  test("sent but not moved: the desk has it, why the move failed, and the manual step, in both languages", () => {
    const after = { kind: "manual", wanted: "junk" } as const;
    const ja = render(
      props({ direct: true, after, status: { kind: "sent", move: { kind: "not-moved", to: "junk", why: "consent" } } }),
    );
    expect(ja).toContain("報告窓口へ送信しました");
    expect(ja).toContain("移動できませんでした");
    expect(ja).toContain("Mail.ReadWrite");
    expect(ja).toContain("報告は窓口に届いています");
    expect(ja).toContain("手作業で「迷惑メール」フォルダーへ移してください");
    const en = render(
      props({
        lang: "en",
        direct: true,
        after: { kind: "manual", wanted: "delete" },
        status: { kind: "sent", move: { kind: "not-moved", to: "delete", why: "not-found" } },
      }),
    );
    expect(en).toContain("could not be moved to Deleted Items");
    expect(en).toContain("moved or deleted already");
    expect(en).toContain("The desk has your report");
    expect(en).toContain("Please delete it by hand.");
  });

  test("sent with keep: the keep advice, nothing about moving", () => {
    const html = render(props({ direct: true, status: { kind: "sent" } }));
    expect(html).toContain("このメールは残しておいてください");
    expect(html).not.toContain("移動");
  });
});
