import { blockingOptions } from "../../src/launchevent/completed-options";
import type { Finding } from "../../src/core/checks/types";

const caps = { promptUser: true, markdown: true, sensitivityLabel: true, sessionData: true, sessionDataQuota: 50_000 };

const warn: Finding = {
  check: "bcc-expected",
  action: "warn",
  guidance: "2章-4",
  messageId: "bcc-expected.organisations",
  data: {
    count: 2,
    domains: ["a.example.co.jp", "b.example.co.jp"],
    recipients: ["x@a.example.co.jp", "y@b.example.co.jp"],
  },
};
const mention: Finding = {
  check: "external-confidential",
  action: "info",
  guidance: "1章-3",
  messageId: "external-confidential.mention",
  data: { marking: "機密性2", where: ["body"], recipients: ["x@a.example.co.jp"] },
};

function options(findings: Finding[]) {
  return blockingOptions({
    kind: "warn",
    findings,
    lang: "ja",
    caps,
    guidanceUrl: (s) => `https://guide.example.go.jp/${encodeURIComponent(s)}`,
    sendAnyway: "button",
    promptUserValue: "promptUser",
  });
}

test("a mention (info) stays out of the dialog text but reaches the fix pane", () => {
  const withMention = options([warn, mention]);
  const without = options([warn]);
  // The dialog says exactly what it says without the mention: its 500 characters are for what must change.
  expect(withMention.errorMessage).toBe(without.errorMessage);
  expect(withMention.errorMessageMarkdown).toBe(without.errorMessageMarkdown);
  expect(withMention.errorMessage).not.toContain("1章-3");
  // The pane still gets it, to show quietly at the end.
  const context = JSON.parse(withMention.contextData as string) as { findings: { messageId: string }[] };
  expect(context.findings.map((f) => f.messageId)).toEqual([
    "bcc-expected.organisations",
    "external-confidential.mention",
  ]);
});

test("the dialog quotes a marking as the user wrote it; the pane's data keeps the engine's form", () => {
  const secret: Finding = {
    check: "external-confidential",
    action: "block",
    guidance: "1章-3",
    messageId: "external-confidential.secret",
    data: { marking: "機密性3", where: ["subject"], recipients: ["x@a.example.co.jp"] },
  };
  const o = blockingOptions({
    kind: "block",
    findings: [secret],
    lang: "ja",
    caps,
    guidanceUrl: () => "https://guide.example.go.jp/",
    sendAnyway: "none",
    promptUserValue: "promptUser",
    written: ["【機密性３】人事異動案", "本文です。"],
  });
  expect(o.errorMessage).toContain("「機密性３」");
  expect(o.errorMessage).not.toContain("機密性3");
  expect(JSON.parse(o.contextData as string).findings[0].data.marking).toBe("機密性3");
});
