import { evaluate } from "../../../src/core/engine";
import { mail, POLICY } from "../../helpers/mail";

const fired = (to: string[]) => evaluate(mail({ to }), POLICY).findings.filter((f) => f.check === "lookalike-domain");

describe("lookalike-domain", () => {
  test("exarnple.go.jp fires and names the imitated domain", () => {
    const f = fired(["suzuki@exarnple.go.jp"]);
    expect(f).toHaveLength(1);
    expect(f[0]!.data).toMatchObject({
      domain: "exarnple.go.jp",
      of: "example.go.jp",
      recipients: ["suzuki@exarnple.go.jp"],
    });
    expect(f[0]!.guidance).toBe("2章-4");
  });

  test("an IDN homograph fires", () => {
    expect(fired(["a@ex\u0430mple.go.jp"])).toHaveLength(1);
  });

  test("a partner look-alike fires", () => {
    expect(fired(["a@partner.examp1e.co.jp"])).toHaveLength(1);
  });

  test("one finding per imitating domain", () => {
    expect(fired(["a@exarnple.go.jp", "b@exarnple.go.jp", "c@example-go-jp.com"])).toHaveLength(2);
  });

  test("the real domains and unrelated ones do not fire", () => {
    expect(fired(["a@example.go.jp", "b@partner.example.co.jp", "c@mhlw.go.jp", "d@gmail.com"])).toHaveLength(0);
  });
});
