import { evaluate } from "../../../src/core/engine";
import { renderFinding } from "../../../src/core/i18n/render";
import { mail, policyWith, POLICY, type MailSpec } from "../../helpers/mail";

const reply = (spec: MailSpec, answered: string[] | undefined) => ({
  ...mail({ composeType: "reply", subject: "RE: 委託業務の進め方について", ...spec }),
  ...(answered ? { answeredAddresses: answered } : {}),
});

const fired = (m: ReturnType<typeof reply>, policy = POLICY) =>
  evaluate(m, policy).findings.filter((f) => f.check === "new-domain-in-reply");

/** The thread so far: the partner wrote to two of us, copying their own colleague. */
const THREAD = [
  "tanaka@partner.example.co.jp",
  "yamada@example.go.jp",
  "sato@example.go.jp",
  "ito@partner.example.co.jp",
];

describe("new-domain-in-reply", () => {
  test("a reply-all that brings in another outside organisation warns, naming only the newcomers", () => {
    const f = fired(
      reply(
        { to: ["tanaka@partner.example.co.jp"], cc: ["ito@partner.example.co.jp", "suzuki@alpha-kaisha.co.jp"] },
        THREAD,
      ),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ action: "warn", guidance: "2章-4", messageId: "new-domain-in-reply.added" });
    expect(f[0]!.data).toEqual({ domains: ["alpha-kaisha.co.jp"], recipients: ["suzuki@alpha-kaisha.co.jp"] });
    expect(renderFinding(f[0]!, "ja")).toMatch(/suzuki@alpha-kaisha\.co\.jp/);
    expect(renderFinding(f[0]!, "en")).toMatch(/not on the message you are answering/);
  });

  test("someone new from an organisation already in the thread, or from our own, is no new organisation", () => {
    expect(
      fired(reply({ to: ["tanaka@partner.example.co.jp"], cc: ["kimura@partner.example.co.jp"] }, THREAD)),
    ).toEqual([]);
    expect(fired(reply({ to: ["tanaka@partner.example.co.jp"], cc: ["kacho@example.go.jp"] }, THREAD))).toEqual([]);
    // A subdomain of the same registrable domain is the same organisation.
    expect(
      fired(reply({ to: ["a@alpha-kaisha.co.jp"], cc: ["b@osaka.alpha-kaisha.co.jp"] }, ["a@alpha-kaisha.co.jp"])),
    ).toEqual([]);
  });

  test("BCC counts too: a blind copy to a new organisation still receives the thread", () => {
    expect(fired(reply({ to: ["tanaka@partner.example.co.jp"], bcc: ["x@beta-corp.co.jp"] }, THREAD))).toHaveLength(1);
  });

  test("free mail: each address is its own party", () => {
    const answered = ["taro.yamada@gmail.com", "yamada@example.go.jp"];
    expect(fired(reply({ to: ["taro.yamada@gmail.com"] }, answered))).toEqual([]);
    const f = fired(reply({ to: ["taro.yamada@gmail.com", "hanako.suzuki@gmail.com"] }, answered));
    expect(f[0]!.data.recipients).toEqual(["hanako.suzuki@gmail.com"]);
  });

  test("silent when the answered message is unknown, and for forwards (adding people is what forwarding is)", () => {
    expect(fired(reply({ to: ["suzuki@alpha-kaisha.co.jp"] }, undefined))).toEqual([]);
    expect(fired(reply({ to: ["suzuki@alpha-kaisha.co.jp"], composeType: "forward" }, THREAD))).toEqual([]);
  });

  test("a partner exempt from the check, or the check turned off, stays silent", () => {
    const exempt = policyWith((p) => {
      p.partners[0].exemptFrom = ["new-domain-in-reply"];
    });
    const m = reply({ to: ["yamada@example.go.jp"], cc: ["new@partner.example.co.jp"] }, ["yamada@example.go.jp"]);
    expect(fired(m)).toHaveLength(1);
    expect(fired(m, exempt)).toEqual([]);
    const off = policyWith((p) => {
      p.checks["new-domain-in-reply"] = { action: "off" };
    });
    expect(fired(reply({ to: ["suzuki@alpha-kaisha.co.jp"] }, THREAD), off)).toEqual([]);
  });
});
