import { evaluate } from "../../../src/core/engine";
import { fixesFor } from "../../../src/core/fixes/fix-options";
import { planMoveToBcc } from "../../../src/core/fixes/move-to-bcc";
import { subjectWithMarking } from "../../../src/core/fixes/subject-marking";
import { CATALOGS } from "../../../src/core/i18n/render";
import type { Recipient } from "../../../src/core/message";
import { mail, POLICY } from "../../helpers/mail";

describe("subjectWithMarking", () => {
  test.each([
    ["資料送付", 2, "【機密性２】資料送付"],
    ["RE: 資料送付", 2, "RE: 【機密性２】資料送付"],
    ["FW: RE: 資料", 3, "FW: RE: 【機密性３】資料"],
    ["【機密性２】資料", 3, "【機密性３】資料"],
    ["[機密性2] 資料", 3, "【機密性３】 資料"],
    ["資料（機密性２情報）", 3, "資料【機密性３】"],
    ["機密性２ 資料送付", 2, "【機密性２】 資料送付"],
    ["RE: 機密性2情報 資料", 3, "RE: 【機密性３】 資料"],
    // A topic in the subject is not a marking: it stays as written and the marking goes first.
    ["機密性２情報の取扱いについて", 2, "【機密性２】機密性２情報の取扱いについて"],
    ["研修資料：機密性３の考え方", 3, "【機密性３】研修資料：機密性３の考え方"],
  ])("%s + level %i → %s", (subject, level, expected) => expect(subjectWithMarking(subject, level)).toBe(expected));

  test("the fixed subject clears label-inheritance", () => {
    const before = mail({ to: ["x@alpha.co.jp"], subject: "資料", attachments: ["【機密性２】a.docx"] });
    const finding = evaluate(before, POLICY).findings.find((f) => f.check === "label-inheritance")!;
    const option = fixesFor(finding)[0]!;
    expect(option.kind).toBe("mark-subject");
    const after = {
      ...before,
      subject: subjectWithMarking(before.subject, option.kind === "mark-subject" ? option.level : 0),
    };
    expect(evaluate(after, POLICY).findings.some((f) => f.check === "label-inheritance")).toBe(false);
  });
});

describe("planMoveToBcc", () => {
  const r = (field: Recipient["field"], address: string): Recipient => ({ field, address });

  test("moves the chosen To/CC recipients and keeps the rest in place", () => {
    const plan = planMoveToBcc(
      [r("to", "a@example.go.jp"), r("cc", "X@alpha.co.jp"), r("cc", "y@beta.co.jp"), r("bcc", "z@gamma.co.jp")],
      ["x@alpha.co.jp", "y@beta.co.jp"],
    );
    expect(plan.to.map((x) => x.address)).toEqual(["a@example.go.jp"]);
    expect(plan.cc).toEqual([]);
    expect(plan.bccBatches.flat().map((x) => x.address)).toEqual(["X@alpha.co.jp", "y@beta.co.jp"]);
  });

  test("batches of at most 100 and no duplicates of those already in BCC", () => {
    const many = Array.from({ length: 250 }, (_, i) => r("cc", `u${i}@org${i}.co.jp`));
    const plan = planMoveToBcc(
      [...many, r("bcc", "u0@org0.co.jp")],
      many.map((x) => x.address),
    );
    expect(plan.bccBatches.map((b) => b.length)).toEqual([100, 100, 49]);
    expect(plan.moved).toHaveLength(250);
  });

  test("the moved mail passes bcc-expected", () => {
    const before = mail({ to: ["a@example.go.jp"], cc: ["x@alpha.co.jp", "y@beta.co.jp"] });
    const finding = evaluate(before, POLICY).findings.find((f) => f.check === "bcc-expected")!;
    const option = fixesFor(finding)[0]!;
    if (option.kind !== "move-to-bcc") throw new Error("expected move-to-bcc");
    const plan = planMoveToBcc(before.recipients, option.addresses);
    const after = { ...before, recipients: [...plan.to, ...plan.cc, ...plan.bccBatches.flat()] };
    expect(evaluate(after, POLICY).action).toBe("allow");
  });
});

describe("fixesFor", () => {
  test("every checklist item it can offer has text in ja and en", () => {
    const d = evaluate(
      mail({
        to: ["x@exarnple.go.jp"],
        cc: ["y@gmail.com"],
        subject: "【機密性３】",
        body: "送信禁止",
        attachments: ["【機密性３】a.docx"],
      }),
      POLICY,
    );
    const items = d.findings.flatMap((f) => fixesFor(f)).flatMap((o) => (o.kind === "checklist" ? o.items : []));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(CATALOGS.ja.checklist[item]).toBeTruthy();
      expect(CATALOGS.en.checklist[item]).toBeTruthy();
    }
  });

  test("a marked attachment can be removed, a look-alike recipient too", () => {
    const d = evaluate(mail({ to: ["x@exarnple.go.jp"], attachments: ["【機密性３】a.docx"] }), POLICY);
    const all = d.findings.flatMap((f) => fixesFor(f));
    expect(all).toContainEqual({ kind: "remove-attachment", attachment: "【機密性３】a.docx" });
    expect(all).toContainEqual({ kind: "remove-recipients", addresses: ["x@exarnple.go.jp"] });
  });
});
