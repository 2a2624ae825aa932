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
});
