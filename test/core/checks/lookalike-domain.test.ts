import { evaluate } from "../../../src/core/engine";
import { mail, policyWith, POLICY } from "../../helpers/mail";

const fired = (to: string[], policy = POLICY) =>
  evaluate(mail({ to }), policy).findings.filter((f) => f.check === "lookalike-domain");

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

  const kankyo = policyWith((p) => {
    p.organisation.domains = ["kankyo-sample.go.jp"];
    p.partners = [{ name: "委託先", domains: ["partner.co.jp"] }];
  });

  test("a country code one letter off (go.jo, co.jo) fires for the organisation and a partner", () => {
    const f = fired(["sato@kankyo-sample.go.jo", "tanaka@partner.co.jo"], kankyo);
    expect(f.map((x) => [x.data.domain, x.data.of])).toEqual([
      ["kankyo-sample.go.jo", "kankyo-sample.go.jp"],
      ["partner.co.jo", "partner.co.jp"],
    ]);
  });

  test("a mistyped colleague address under go.jp fires; another ministry's short code does not", () => {
    expect(fired(["sato@kankyo-sanple.go.jp"], kankyo)).toHaveLength(1);
    expect(
      fired(
        ["a@mof.go.jp"],
        policyWith((p) => (p.organisation.domains = ["mod.go.jp"])),
      ),
    ).toHaveLength(0);
  });
});
