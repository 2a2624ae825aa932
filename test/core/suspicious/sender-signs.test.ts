import { renderSign } from "../../../src/core/suspicious/render";
import { analyse, find, ids, loadPolicy } from "./helpers";

describe("display name carrying another address", () => {
  it("fires high for a display name showing an organisation address over an outside sender", () => {
    const s = find(
      analyse({ from: { emailAddress: "x@evil.example", displayName: "boss@example.go.jp" } }),
      "display-name-address",
    );
    expect(s).toMatchObject({ severity: "high", data: { shown: "boss@example.go.jp", actual: "x@evil.example" } });
  });

  it("sees through full-width ＠ and surrounding words", () => {
    const signs = analyse({
      from: { emailAddress: "x@evil.example", displayName: "総務課 ｂｏｓｓ＠ｅｘａｍｐｌｅ．ｇｏ．ｊｐ" },
    });
    expect(find(signs, "display-name-address")?.data.shown).toBe("boss@example.go.jp");
  });

  it("must not fire when the shown address is the real one, or the same organisation's", () => {
    expect(analyse({ from: { emailAddress: "Boss@Example.go.jp", displayName: "boss@example.go.jp" } })).toEqual([]);
    expect(
      ids(
        analyse({ from: { emailAddress: "noreply@mail.tsuhan-store.net", displayName: "support@tsuhan-store.net" } }),
      ),
    ).not.toContain("display-name-address");
  });
});

describe("display name naming the organisation", () => {
  it("fires for an outside domain whose display name names the organisation", () => {
    const s = find(
      analyse({ from: { emailAddress: "info@other.example", displayName: "例示省 大臣官房" } }),
      "display-name-organisation",
    );
    expect(s).toMatchObject({ severity: "warn", data: { organisation: "例示省", domain: "other.example" } });
  });

  it("must not fire for the organisation itself or a partner", () => {
    expect(analyse({ from: { emailAddress: "a@example.go.jp", displayName: "例示省 総務課" } })).toEqual([]);
    expect(
      analyse({ from: { emailAddress: "a@partner.example.co.jp", displayName: "例示システム（例示省委託）" } }),
    ).toEqual([]);
  });

  it("must not fire for an outside sender with an ordinary name", () => {
    expect(analyse({ from: { emailAddress: "info@other.example", displayName: "山田 太郎" } })).toEqual([]);
  });
});

describe("free mail claiming to be official", () => {
  it.each(["例示省 総務課", "厚生労働省", "国税庁 徴収部", "Ministry of Example", "市役所 税務課"])(
    "fires for %s on gmail.com",
    (displayName) => {
      const s = find(analyse({ from: { emailAddress: "someone@gmail.com", displayName } }), "freemail-official");
      expect(s?.severity).toBe("warn");
      expect(s?.data.domain).toBe("gmail.com");
    },
  );

  it("does not also fire the organisation-name sign for free mail", () => {
    expect(ids(analyse({ from: { emailAddress: "a@gmail.com", displayName: "例示省" } }))).toEqual([
      "freemail-official",
    ]);
  });

  it.each(["山田 太郎", "省エネ相談室", "さくら薬局", "課金サポート"])("must not fire for %s", (displayName) => {
    expect(analyse({ from: { emailAddress: "someone@gmail.com", displayName } })).toEqual([]);
  });

  it("must not fire for the same name on a non-free-mail domain", () => {
    expect(ids(analyse({ from: { emailAddress: "a@mhlw.go.jp", displayName: "厚生労働省" } }))).not.toContain(
      "freemail-official",
    );
  });
});

describe("look-alike sender domains", () => {
  it.each([
    ["info@example.go.jp.evil.example", "embedded"],
    ["info@examp1e.go.jp", "homoglyph"],
    ["info@example-go-jp.com", "embedded"],
    ["info@partner-example.co.jp", "embedded"],
    ["info@tsuhan-store.net", undefined],
  ])("%s", (address, reason) => {
    const s = find(analyse({ from: { emailAddress: address, displayName: "" } }), "sender-lookalike");
    if (reason === undefined) expect(s).toBeUndefined();
    else expect(s?.data.reason).toBe(reason);
  });

  it("catches an IDN homograph and shows its punycode", () => {
    const s = find(analyse({ from: { emailAddress: "info@еxample.go.jp", displayName: "" } }), "sender-lookalike");
    // Cyrillic е: the registrable domain differs, the ASCII form reveals it.
    expect(s?.severity).toBe("high");
    expect(String(s?.data.ascii)).toMatch(/^xn--/);
  });

  it("flags go.jp imitation with its own message", () => {
    const s = find(
      analyse({ from: { emailAddress: "kyufu@cao-go-japan.com", displayName: "内閣府" } }),
      "sender-lookalike",
    );
    expect(s).toMatchObject({ messageId: "from.gov-imitation", data: { of: "go.jp", reason: "gov-imitation" } });
  });

  it("must not fire for the organisation, a partner or another ministry", () => {
    for (const a of ["a@example.go.jp", "a@sub.example.go.jp", "a@partner.example.co.jp", "a@mhlw.go.jp"]) {
      expect(find(analyse({ from: { emailAddress: a } }), "sender-lookalike")).toBeUndefined();
    }
  });

  it("checks the Sender as well as the From", () => {
    const s = find(
      analyse({ from: { emailAddress: "a@tsuhan-store.net" }, sender: { emailAddress: "b@examp1e.go.jp" } }),
      "sender-lookalike",
    );
    expect(s?.data.role).toBe("sender");
  });
});

describe("sent on behalf", () => {
  it("notes a Sender of another organisation as info", () => {
    const s = find(
      analyse({ from: { emailAddress: "a@tsuhan-store.net" }, sender: { emailAddress: "bulk@mailer-bulk.org" } }),
      "sender-on-behalf",
    );
    expect(s?.severity).toBe("info");
  });

  it("must not fire for the same organisation", () => {
    expect(
      analyse({ from: { emailAddress: "a@example.go.jp" }, sender: { emailAddress: "secretary@example.go.jp" } }),
    ).toEqual([]);
  });
});

describe("policy variations", () => {
  it("uses the policy's organisation name", () => {
    const p = loadPolicy({ organisation: { name: "架空庁", domains: ["kakuu.go.jp"] } });
    expect(ids(analyse({ from: { emailAddress: "a@other.example", displayName: "架空庁 広報" } }, p))).toContain(
      "display-name-organisation",
    );
  });
});

describe("a public body named by a sender outside go.jp and lg.jp", () => {
  const signOf = (emailAddress: string, displayName: string) =>
    analyse({ from: { emailAddress, displayName } }).find((s) => s.id === "display-name-organisation");

  it.each([
    ["info@etax-kanpu-center.com", "国税庁 e-Tax"],
    ["kyufu@kyufukin-madoguchi.net", "総務省 給付金窓口"],
    ["no-reply@nenkin-info.org", "日本年金機構"],
    ["support@tax-refund-center.net", "National Tax Agency"],
  ])("fires for %s shown as %s", (address, name) => {
    expect(signOf(address, name)).toMatchObject({ severity: "warn", messageId: "from.display-name-government" });
  });

  it("renders in both languages", () => {
    const s = signOf("info@etax-kanpu-center.com", "国税庁")!;
    expect(renderSign(s, "ja")).toContain("go.jp・lg.jp");
    expect(renderSign(s, "en")).toContain("not a government (go.jp or lg.jp) domain");
  });

  it.each([
    ["kouhou@mhlw.go.jp", "厚生労働省 広報室"],
    ["somu@city.sample.lg.jp", "サンプル市役所 総務課"],
    ["news@eco-denki.co.jp", "省エネ通信"],
    ["tour@tabi-plan.co.jp", "帰省特集のお知らせ"],
    ["sales@tsuhan-store.net", "営業課 田中"],
  ])("must not fire for %s shown as %s", (address, name) => {
    expect(signOf(address, name)).toBeUndefined();
  });
});
