import { nextSteps, needsIncidentSteps, allAnswered } from "../../../src/core/suspicious/questions";
import { buildReportMessage, reportSubject } from "../../../src/core/suspicious/report-message";
import { renderSign, SUSPICIOUS_CATALOGS } from "../../../src/core/suspicious/render";
import type { SuspicionSign } from "../../../src/core/suspicious/types";
import { analyse, headerFixture, loadPolicy, policy } from "./helpers";

describe("the three questions", () => {
  it("shows the 4章-5 steps first on any yes or unsure", () => {
    expect(needsIncidentSteps({})).toBe(false);
    expect(needsIncidentSteps({ "opened-attachment": "no", "clicked-link": "no", "entered-credentials": "no" })).toBe(
      false,
    );
    expect(nextSteps({ "clicked-link": "yes" })).toEqual({
      mode: "incident",
      steps: ["disconnect-network", "keep-power-on", "call-desk"],
      phoneFirst: true,
    });
    expect(nextSteps({ "opened-attachment": "unsure" }).mode).toBe("incident");
    expect(nextSteps({ "entered-credentials": "yes" }).steps).toContain("tell-desk-credentials");
  });

  it("otherwise gives the 4章-4 steps", () => {
    expect(nextSteps({ "clicked-link": "no" })).toEqual({
      mode: "report",
      steps: ["report-now", "do-not-open", "keep-mail"],
      phoneFirst: false,
    });
  });

  it("knows when every question is answered", () => {
    expect(allAnswered({ "opened-attachment": "no", "clicked-link": "no" })).toBe(false);
    expect(allAnswered({ "opened-attachment": "no", "clicked-link": "no", "entered-credentials": "unsure" })).toBe(
      true,
    );
  });
});

const signs: SuspicionSign[] = [
  { id: "attachment-executable", severity: "high", messageId: "attachment.executable", data: { names: ["a.exe"] } },
];
const reporter = { emailAddress: "tanaka@example.go.jp", displayName: "田中 一郎" };

describe("buildReportMessage", () => {
  it("addresses the policy's report mailbox with the desk's prefix and the answers and signs in the body", () => {
    const m = buildReportMessage({
      policy,
      answers: { "clicked-link": "yes", "opened-attachment": "no" },
      signs,
      reporter,
      originalSubject: "【至急】請求書の送付",
      lang: "ja",
    });
    expect(m?.to).toBe("soc@example.go.jp");
    expect(m?.subject).toBe("[不審メール報告] 【至急】請求書の送付");
    expect(m?.bodyText).toContain("報告者: 田中 一郎 <tanaka@example.go.jp>");
    expect(m?.bodyText).toContain("このメールのリンクをクリックしましたか？ はい");
    expect(m?.bodyText).toContain("このメールの添付ファイルを開きましたか？ いいえ");
    expect(m?.bodyText).toContain("開いた画面で、パスワードや個人情報を入力しましたか？ 未回答");
    expect(m?.bodyText).toContain("- [要注意] 添付 a.exe は、開くとプログラムとして動く");
    expect(m?.bodyText).toContain("(attachment-executable)");
  });

  it("starts the subject with Defender's Phishing: prefix when the policy asks", () => {
    const p = loadPolicy({
      report: { mailbox: "soc@example.go.jp", subjectPrefix: "[報告]", defenderConvention: true },
    });
    expect(reportSubject(p, "hello")).toBe("Phishing: [報告] hello");
    const none = loadPolicy({ report: { mailbox: "soc@example.go.jp", subjectPrefix: "" } });
    expect(reportSubject(none, "hello")).toBe("hello");
  });

  it("keeps the subject one safe line within Outlook's 255 characters", () => {
    const s = reportSubject(policy, "a\r\nBcc: x@evil.example\u202E" + "x".repeat(400));
    expect(s.length).toBeLessThanOrEqual(255);
    expect(s).not.toMatch(/[\r\n\u202e]/);
    expect(s).toContain("[U+202E]");
  });

  it("says plainly when nothing was found, without calling the mail safe", () => {
    const en = buildReportMessage({ policy, answers: {}, signs: [], reporter, originalSubject: "x", lang: "en" });
    expect(en?.bodyText).toContain("does not mean the mail is safe");
  });

  it("writes the answers and the reporter's note in both languages, the reporter's language first", () => {
    const input = {
      policy,
      answers: { "opened-attachment": "yes", "entered-credentials": "unsure" } as const,
      signs,
      reporter,
      originalSubject: "【至急】請求書の送付",
      freeText: "添付を開いたら\r\nWordが「編集を有効にする」と表示しました\u202e",
    };
    const en = buildReportMessage({ ...input, lang: "en" })!.bodyText;
    const ja = buildReportMessage({ ...input, lang: "ja" })!.bodyText;
    for (const body of [ja, en]) {
      expect(body).toContain("このメールの添付ファイルを開きましたか？ はい");
      expect(body).toContain("Did you open an attachment of this mail? Yes");
      expect(body).toContain("開いた画面で、パスワードや個人情報を入力しましたか？ わからない");
      expect(body).toContain("Did you enter a password or personal data on a page it opened? Not sure");
      expect(body).toContain("Did you click a link in this mail? Not answered");
      expect(body).toContain(
        "sendcheck-answers: opened-attachment=yes; clicked-link=unanswered; entered-credentials=unsure",
      );
      // The note on one line, bidi control made visible, under its label in each language.
      expect(body).toContain("報告者のメモ:\n添付を開いたら Wordが「編集を有効にする」と表示しました[U+202E]");
      expect(body).toContain("Reporter's note:\n添付を開いたら");
    }
    expect(en.indexOf("The reporter's answers")).toBeLessThan(en.indexOf("報告者の回答"));
    expect(ja.indexOf("報告者の回答")).toBeLessThan(ja.indexOf("The reporter's answers"));
    expect(buildReportMessage({ ...input, freeText: "", lang: "ja" })!.bodyText).not.toContain("報告者のメモ");
  });

  it("keeps the parseable answers line when a long body is cut", () => {
    const many: SuspicionSign[] = Array.from({ length: 60 }, (_, i) => ({
      id: `link-text-mismatch`,
      severity: "warn",
      messageId: "link.text-mismatch",
      data: {
        shown: `https://www.example.go.jp/${"a".repeat(150)}${i}`,
        target: `https://evil.example/${"b".repeat(150)}`,
      },
    }));
    const m = buildReportMessage({
      policy,
      answers: { "clicked-link": "yes" },
      signs: many,
      reporter,
      originalSubject: "x",
      lang: "ja",
    })!;
    expect(m.bodyText.length).toBeLessThanOrEqual(20000);
    expect(m.bodyText).toContain("sendcheck-answers: opened-attachment=unanswered; clicked-link=yes;");
    expect(m.bodyText).toContain("Did you click a link in this mail? Yes");
  });

  it("returns null when the policy has no report mailbox", () => {
    const p = loadPolicy({ report: undefined });
    expect(
      buildReportMessage({ policy: p, answers: {}, signs, reporter, originalSubject: "x", lang: "ja" }),
    ).toBeNull();
  });
});

describe("catalogs", () => {
  const all = [
    ...analyse({
      from: { emailAddress: "somu@example.go.jp", displayName: "boss@evil.example" },
      internetHeaders: headerFixture("m365-internal-spoof.txt"),
    }),
    ...analyse({
      from: { emailAddress: "a@gmail.com", displayName: "例示省" },
      sender: { emailAddress: "b@examp1e.go.jp" },
    }),
  ];

  it("has the same message ids in ja and en", () => {
    expect(Object.keys(SUSPICIOUS_CATALOGS.en.signs).sort()).toEqual(Object.keys(SUSPICIOUS_CATALOGS.ja.signs).sort());
  });

  it("renders every emitted sign in both languages as one line without placeholders", () => {
    expect(all.length).toBeGreaterThan(3);
    for (const s of all) {
      for (const lang of ["ja", "en"] as const) {
        const text = renderSign(s, lang);
        expect(text).not.toMatch(/undefined|\$\{|\n/);
        expect(text).not.toBe(SUSPICIOUS_CATALOGS[lang].unknownSign);
      }
    }
  });

  it("falls back to a neutral line for an unknown message id", () => {
    expect(renderSign({ messageId: "constructor", data: {} }, "ja")).toBe(SUSPICIOUS_CATALOGS.ja.unknownSign);
  });

  it("never tells the user what to conclude in a sign", () => {
    for (const lang of ["ja", "en"] as const) {
      for (const messageId of Object.keys(SUSPICIOUS_CATALOGS[lang].signs)) {
        const text = renderSign({ messageId, data: { domain: "d", names: ["n"], shown: "s", target: "t" } }, lang);
        expect(text).not.toMatch(/詐欺です|攻撃です|安全です|is (a )?(phishing|an attack|safe)/i);
      }
    }
  });
});
