import { evaluate } from "../../../src/core/engine";
import { mail, policyWith, POLICY } from "../../helpers/mail";
import { validatePolicy } from "../../../src/core/policy/validate";

const fired = (m: ReturnType<typeof mail>, policy = POLICY) =>
  evaluate(m, policy).findings.filter((f) => f.check === "freemail-recipient");

describe("freemail-recipient", () => {
  test("要機密 content to a free-mail address fires", () => {
    const f = fired(mail({ to: ["taro@gmail.com"], subject: "【機密性２】作業用" }));
    expect(f).toHaveLength(1);
    expect(f[0]!.data.recipients).toEqual(["taro@gmail.com"]);
    expect(f[0]!.guidance).toBe("3章-2");
  });

  test("carrier mail counts as personal", () => {
    expect(fired(mail({ to: ["taro@docomo.ne.jp"], body: "機密性２" }))).toHaveLength(1);
  });

  test("unmarked mail to free mail, or marked mail to a company, does not fire", () => {
    expect(fired(mail({ to: ["taro@gmail.com"], subject: "懇親会のご案内" }))).toHaveLength(0);
    expect(fired(mail({ to: ["x@alpha.co.jp"], subject: "【機密性２】" }))).toHaveLength(0);
  });

  test("the policy's list replaces the defaults", () => {
    const policy = policyWith((p) => (p.freemailDomains = ["example.net"]));
    expect(fired(mail({ to: ["a@example.net"], subject: "機密性２" }), policy)).toHaveLength(1);
    expect(fired(mail({ to: ["a@gmail.com"], subject: "機密性２" }), policy)).toHaveLength(0);
  });

  test("the default list (a policy without freemailDomains) covers Japanese carrier mail", () => {
    // `checks: {}` spelt out: an omitted `checks` is not filled in today (zod 4 .default skips inner defaults).
    const result = validatePolicy({
      version: 1,
      organisation: { name: "例示省", domains: ["example.go.jp"] },
      checks: {},
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const carriers = [
      "a@docomo.ne.jp",
      "a@ezweb.ne.jp",
      "a@au.com",
      "a@softbank.ne.jp",
      "a@i.softbank.jp",
      "a@t.vodafone.ne.jp",
      "a@ymobile.ne.jp",
      "a@uqmobile.jp",
      "a@rakumail.jp",
      "a@icloud.com",
    ];
    const f = fired(mail({ to: [...carriers, "x@alpha.co.jp"], subject: "【機密性２】名簿" }), result.value);
    expect(f[0]?.data.recipients).toEqual(carriers);
  });
});
