import { evaluate } from "../../../src/core/engine";
import { mail, POLICY } from "../../helpers/mail";

const fired = (m: ReturnType<typeof mail>) =>
  evaluate(m, POLICY).findings.filter((f) => f.check === "label-inheritance");

describe("label-inheritance", () => {
  test("an attachment marked higher than the subject fires", () => {
    const f = fired(mail({ to: ["x@alpha.co.jp"], subject: "資料送付", attachments: ["【機密性２】報告書.docx"] }));
    expect(f).toHaveLength(1);
    expect(f[0]!.data).toMatchObject({ attachment: "【機密性２】報告書.docx", level: 2, subjectLevel: 0 });
  });

  test("a 機密性３ attachment under a 機密性２ subject fires", () => {
    expect(
      fired(mail({ to: ["x@alpha.co.jp"], subject: "【機密性２】", attachments: ["機密性３_名簿.xlsx"] })),
    ).toHaveLength(1);
  });

  test("a subject marked as high as the attachment does not fire", () => {
    expect(
      fired(mail({ to: ["x@alpha.co.jp"], subject: "【機密性２】資料", attachments: ["【機密性２】報告書.docx"] })),
    ).toHaveLength(0);
  });

  test("unmarked or 機密性１ attachments do not fire", () => {
    expect(fired(mail({ to: ["x@alpha.co.jp"], attachments: ["報告書.docx", "機密性１_公開資料.pdf"] }))).toHaveLength(
      0,
    );
  });
});
