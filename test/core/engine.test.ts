import { CHECKS } from "../../src/core/checks/index";
import { CHECK_IDS } from "../../src/core/checks/ids";
import { evaluate } from "../../src/core/engine";
import { mail, policyWith, POLICY } from "../helpers/mail";

describe("evaluate", () => {
  test("a clean internal mail is allowed with no findings", () => {
    expect(evaluate(mail({ to: ["a@example.go.jp"], subject: "【機密性３】人事案" }), POLICY)).toEqual({
      action: "allow",
      findings: [],
    });
  });

  test("the decision is the highest action and block findings come first", () => {
    const d = evaluate(mail({ to: ["x@alpha.co.jp"], cc: ["y@beta.co.jp"], subject: "【機密性３】" }), POLICY);
    expect(d.action).toBe("block");
    expect(d.findings.map((f) => f.check)).toEqual(
      ["external-confidential", "bcc-expected", "label-inheritance"].filter((c) =>
        d.findings.some((f) => f.check === c),
      ),
    );
    expect(d.findings[0]!.action).toBe("block");
  });

  test("every finding carries check id, action, guidance and message id", () => {
    const d = evaluate(
      mail({
        to: ["x@exarnple.go.jp"],
        cc: ["y@gmail.com"],
        subject: "【機密性２】",
        attachments: ["【機密性３】a.docx"],
      }),
      POLICY,
    );
    expect(d.findings.length).toBeGreaterThan(2);
    for (const f of d.findings) {
      expect(CHECK_IDS).toContain(f.check);
      expect(["info", "warn", "block"]).toContain(f.action);
      expect(f.guidance).toMatch(/^\d章-\d$/);
      expect(CHECKS.find((c) => c.id === f.check)!.messageIds).toContain(f.messageId);
    }
  });

  test("no recipients at all is allowed", () => {
    expect(evaluate(mail({ subject: "【機密性３】" }), POLICY).action).toBe("allow");
  });

  test("a check that throws becomes a finding decided by onError, never a silent allow", () => {
    const broken = CHECKS.find((c) => c.id === "bcc-expected")!;
    const original = broken.run;
    (broken as { run: typeof original }).run = () => {
      throw new Error("boom");
    };
    try {
      const d = evaluate(
        mail({ to: ["x@alpha.co.jp"] }),
        policyWith((p) => (p.onError = "block")),
      );
      expect(d.action).toBe("block");
      expect(d.findings[0]).toMatchObject({ check: "bcc-expected", messageId: "engine.check-failed" });
    } finally {
      (broken as { run: typeof original }).run = original;
    }
  });

  test("each registered check has a unique id from the public list and a guidance section", () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CHECKS) expect(CHECK_IDS).toContain(c.id);
  });
});
