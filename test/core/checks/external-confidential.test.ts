import { evaluate } from "../../../src/core/engine";
import { mail, policyWith, POLICY } from "../../helpers/mail";

const run = (m: ReturnType<typeof mail>, policy = POLICY) => evaluate(m, policy);
const fired = (m: ReturnType<typeof mail>, policy = POLICY) =>
  run(m, policy).findings.filter((f) => f.check === "external-confidential");

describe("external-confidential", () => {
  test.each(["【機密性２】資料送付", "[機密性2]資料送付", "機密性：２　資料", "【取扱注意】資料"])(
    "%s to outside warns",
    (subject) => {
      const f = fired(mail({ to: ["x@alpha.co.jp"], subject }));
      expect(f).toHaveLength(1);
      expect(f[0]!.action).toBe("warn");
      expect(f[0]!.guidance).toBe("1章-3");
    },
  );

  test.each(["【機密性３】仕様書", "【極秘】人事", "（秘）人事案", "特定秘密", "機密性４"])(
    "%s to outside blocks",
    (subject) => {
      const d = run(mail({ to: ["x@alpha.co.jp"], subject }));
      expect(d.action).toBe("block");
      expect(d.findings[0]!.check).toBe("external-confidential");
    },
  );

  test("機密性３ in an attachment name blocks too, and says where", () => {
    const f = fired(mail({ to: ["x@alpha.co.jp"], attachments: ["【機密性３】名簿.xlsx"] }));
    expect(f[0]!.action).toBe("block");
    expect(f[0]!.data.where).toEqual(["attachment:【機密性３】名簿.xlsx"]);
  });

  test("a marking in the body counts", () => {
    expect(fired(mail({ to: ["x@alpha.co.jp"], body: "各位\n【機密性２】\n資料です" }))).toHaveLength(1);
  });

  test("a BCC recipient outside is still outside", () => {
    expect(fired(mail({ to: ["a@example.go.jp"], bcc: ["x@alpha.co.jp"], subject: "機密性２" }))).toHaveLength(1);
  });

  test("does not fire inside the organisation, for 機密性１, or for ordinary words", () => {
    expect(fired(mail({ to: ["a@example.go.jp"], subject: "【機密性３】" }))).toHaveLength(0);
    expect(fired(mail({ to: ["x@alpha.co.jp"], subject: "【機密性１】公開資料" }))).toHaveLength(0);
    expect(fired(mail({ to: ["x@alpha.co.jp"], subject: "秘書課からのお知らせ" }))).toHaveLength(0);
  });

  test("another ministry is outside", () => {
    expect(fired(mail({ to: ["x@mhlw.go.jp"], subject: "【機密性２】" }))).toHaveLength(1);
  });

  test("a mapped sensitivity label counts as a marking", () => {
    const policy = policyWith((p) => (p.sensitivityLabels = [{ id: "abc-123", name: "機密性3", level: 3 }]));
    expect(fired(mail({ to: ["x@alpha.co.jp"], sensitivityLabelId: "ABC-123" }), policy)[0]!.action).toBe("block");
  });

  test("the severe action follows the policy", () => {
    const policy = policyWith((p) => (p.checks["external-confidential"].severeAction = "warn"));
    expect(run(mail({ to: ["x@alpha.co.jp"], subject: "【機密性３】" }), policy).action).toBe("warn");
  });
});

describe("external-confidential: a colleague Outlook on the web gives as an Exchange directory name", () => {
  const dn = "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=9e8d7c6b-takahashi.k";
  test("marked mail to that colleague stays quiet; to an outside address beside it, it warns", () => {
    const subject = "【機密性２】次期システム調達仕様書（案）の確認依頼";
    expect(run(mail({ to: [dn], cc: ["suzuki@example.go.jp"], subject })).findings).toEqual([]);
    expect(fired(mail({ to: [dn], cc: ["x@alpha.co.jp"], subject }))).toHaveLength(1);
  });
});
