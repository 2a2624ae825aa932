import { evaluate } from "../../../src/core/engine";
import { mail, policyWith, POLICY } from "../../helpers/mail";

const on = policyWith((p) => (p.checks["unlabelled-attachment"] = { action: "info" }));
const fired = (m: ReturnType<typeof mail>, policy = on) =>
  evaluate(m, policy).findings.filter((f) => f.check === "unlabelled-attachment");

describe("unlabelled-attachment", () => {
  test("is off by default", () => {
    expect(fired(mail({ to: ["x@alpha.co.jp"], attachments: ["報告書.docx"] }), POLICY)).toHaveLength(0);
  });

  test("when enabled, names each unmarked attachment going outside", () => {
    const f = fired(mail({ to: ["x@alpha.co.jp"], attachments: ["報告書.docx", "【機密性１】公開.pdf", "図.png"] }));
    expect(f[0]!.data.attachments).toEqual(["報告書.docx", "図.png"]);
  });

  test("inline images and internal mail are left alone", () => {
    expect(
      fired(mail({ to: ["x@alpha.co.jp"], attachments: [{ name: "image001.png", size: 10, inline: true }] })),
    ).toHaveLength(0);
    expect(fired(mail({ to: ["a@example.go.jp"], attachments: ["報告書.docx"] }))).toHaveLength(0);
  });

  test("an info finding leaves the decision at allow", () => {
    expect(evaluate(mail({ to: ["x@alpha.co.jp"], attachments: ["報告書.docx"] }), on).action).toBe("allow");
  });
});
