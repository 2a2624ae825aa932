import fc from "fast-check";
import { parseAddressList } from "../../src/core/address/address-list";
import {
  extractMailbox,
  isExchangeDirectoryName,
  normaliseDomain,
  parseAddress,
} from "../../src/core/address/parse-address";

describe("parseAddress", () => {
  test.each([
    ["Taro@Example.GO.JP", "Taro@example.go.jp", "example.go.jp"],
    ["taro@example.go.jp.", "taro@example.go.jp", "example.go.jp"],
    ["taro@example.go.jp..", "taro@example.go.jp", "example.go.jp"],
    ["  taro@example.go.jp  ", "taro@example.go.jp", "example.go.jp"],
    ["taro@ｅｘａｍｐｌｅ．ｇｏ．ｊｐ", "taro@example.go.jp", "example.go.jp"],
    ["taro@example。go。jp", "taro@example.go.jp", "example.go.jp"],
    ["info@日本語.jp", "info@xn--wgv71a119e.jp", "xn--wgv71a119e.jp"],
    ["山田 <taro@example.go.jp>", "taro@example.go.jp", "example.go.jp"],
  ])("%s → %s", (raw, address, domain) => {
    const parsed = parseAddress(raw);
    expect(parsed?.address).toBe(address);
    expect(parsed?.domain).toBe(domain);
  });

  test("a display name that looks like an address is not the address", () => {
    expect(parseAddress('"boss@example.go.jp" <x@evil.example>')?.domain).toBe("evil.example");
    expect(parseAddress('"a <boss@example.go.jp>" <x@evil.example>')?.domain).toBe("evil.example");
    expect(extractMailbox('"x\\" <y@z.jp>" <real@evil.example>')).toBe("real@evil.example");
  });

  test.each(["", "no-at-sign", "@example.go.jp", "taro@", "taro@localhost", "taro@exa mple.jp", "taro@example..go.jp"])(
    "rejects %p",
    (raw) => {
      expect(parseAddress(raw)).toBeNull();
    },
  );

  test("invisible characters pasted inside a domain are dropped, as IDNA does", () => {
    expect(parseAddress("sato@exam\u00adple.go.jp")?.domain).toBe("example.go.jp");
    expect(parseAddress("sato@example.go.jp\u200b")?.domain).toBe("example.go.jp");
    expect(parseAddress("tanaka@partner.\ufeffexample.co.jp")?.domain).toBe("partner.example.co.jp");
  });

  test("normaliseDomain keeps address literals and rejects empty labels", () => {
    expect(normaliseDomain("[192.0.2.1]")).toBe("[192.0.2.1]");
    expect(normaliseDomain("a..b.jp")).toBe("");
    expect(normaliseDomain("[")).toBe("");
    expect(normaliseDomain("[not a literal]")).toBe("");
    expect(normaliseDomain("[IPv6:2001:db8::1]")).toBe("[ipv6:2001:db8::1]");
    expect(normaliseDomain("EXAMPLE.CO.JP.")).toBe("example.co.jp");
  });
});

describe("parseAddressList", () => {
  test.each([
    ["x@[IPv6:::1]", [{ address: "x@[IPv6:::1]", valid: true }]],
    ["c@(部署名)host.example", [{ address: "c@host.example", valid: true, displayName: "部署名" }]],
    ["taro@example.go.jp (山田)", [{ address: "taro@example.go.jp", valid: true, displayName: "山田" }]],
    ['"山田, 太郎" <taro@example.go.jp>', [{ address: "taro@example.go.jp", valid: true, displayName: "山田, 太郎" }]],
    [
      "Yamada, Taro <taro@example.go.jp>",
      [{ address: "taro@example.go.jp", valid: true, displayName: "Yamada, Taro" }],
    ],
    ['"john doe"@example.com', [{ address: '"john doe"@example.com', valid: true }]],
    ["<@relay.example:u@alpha.co.jp>", [{ address: "u@alpha.co.jp", valid: true }]],
    ["jdoe@test   . example", [{ address: "jdoe@test.example", valid: true }]],
    ["undisclosed-recipients:;", []],
    ["<>", []],
    ["a@alpha.co.jp,, ", [{ address: "a@alpha.co.jp", valid: true }]],
    ["名前 <unclosed@alpha.co.jp", [{ address: "unclosed@alpha.co.jp", valid: true, displayName: "名前" }]],
  ])("%s", (value, expected) => {
    expect(parseAddressList(value)).toEqual(expected);
  });

  test("group members are recipients, the group's name is not", () => {
    expect(parseAddressList('調達チーム: a@alpha.co.jp, "B" <b@beta.co.jp>;, c@example.go.jp')).toEqual([
      { address: "a@alpha.co.jp", valid: true },
      { address: "b@beta.co.jp", valid: true, displayName: "B" },
      { address: "c@example.go.jp", valid: true },
    ]);
  });

  test("what cannot be read is kept as an invalid entry, never dropped", () => {
    expect(parseAddressList("総務課, a@alpha.co.jp, postmaster")).toEqual([
      { address: "総務課", valid: false },
      { address: "a@alpha.co.jp", valid: true },
      { address: "postmaster", valid: false },
    ]);
    expect(parseAddressList("名前だけ <>")).toEqual([{ address: "名前だけ", valid: false }]);
    const long = parseAddressList("x".repeat(10_000));
    expect(long).toHaveLength(1);
    expect(long[0]!.address.length).toBeLessThan(300);
  });

  test("a semicolon outside a group and a second <…> separate mailboxes: none is lost or merged", () => {
    expect(parseAddressList("kato@alpha.co.jp; sato@example.go.jp;ito@beta.co.jp").map((m) => m.address)).toEqual([
      "kato@alpha.co.jp",
      "sato@example.go.jp",
      "ito@beta.co.jp",
    ]);
    expect(parseAddressList('"佐藤" <sato@example.go.jp> <x@evil.example>')).toEqual([
      { address: "sato@example.go.jp", valid: true, displayName: "佐藤" },
      { address: "x@evil.example", valid: true },
    ]);
    expect(parseAddressList("ito@beta.co.jp  sato@example.go.jp").map((m) => m.address)).toEqual([
      "ito@beta.co.jp",
      "sato@example.go.jp",
    ]);
    // A group still ends at its semicolon, and what follows is read as before.
    expect(parseAddressList("委員: a@alpha.co.jp, b@beta.co.jp; c@gamma.co.jp").map((m) => m.address)).toEqual([
      "a@alpha.co.jp",
      "b@beta.co.jp",
      "c@gamma.co.jp",
    ]);
  });

  test("a long hostile header is split in linear time", () => {
    const started = Date.now();
    for (const unit of ["(((", '"\\', "<[", "a@b, ", "x:", "\\("]) parseAddressList(unit.repeat(100_000));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("parseAddressList (property)", () => {
  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
  const address = fc
    .tuple(fc.stringMatching(/^[a-zA-Z0-9._+-]{1,12}$/), fc.array(label, { minLength: 1, maxLength: 3 }), label)
    .map(([local, labels, tld]) => `${local}@${labels.join(".")}.${tld}`);
  const name = fc.stringMatching(/^[^"\\\r\n]{0,12}$/);
  const mailbox = fc.oneof(
    address.map((a) => ({ text: a, address: a })),
    fc.tuple(name, address).map(([n, a]) => ({ text: `"${n}" <${a}>`, address: a })),
    fc.tuple(name, address).map(([n, a]) => ({ text: `${a} (${n.replace(/[()]/g, "")})`, address: a })),
  );

  test("every mailbox written comes back, in order, whatever names and comments surround it", () => {
    fc.assert(
      fc.property(fc.array(mailbox, { minLength: 1, maxLength: 6 }), (list) => {
        const parsed = parseAddressList(list.map((m) => m.text).join(", "));
        expect(parsed.map((m) => m.address)).toEqual(list.map((m) => m.address));
        expect(parsed.every((m) => m.valid)).toBe(true);
      }),
    );
  });

  test("any text at all: never throws, and nothing with an @ in it vanishes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (value) => {
        const parsed = parseAddressList(value);
        if (/[^\s,;:<>()"[\]]@[^\s,;:<>()"[\]]/.test(value) && !/[("[<]/.test(value)) {
          expect(parsed.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe("Exchange directory names (legacyExchangeDN / X500, office-js #3701)", () => {
  const dn =
    "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f2a9c1d8e7b4a60b5c4d3e2f1a0b9c8-yamada.t";
  test.each([
    dn,
    "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=SUZUKI",
    `山田 太郎 <${dn}>`,
    `  ${dn}  `,
  ])("%s is a directory name", (raw) => {
    expect(isExchangeDirectoryName(raw)).toBe(true);
    expect(parseAddress(raw)).toBeNull();
  });

  test.each([
    "yamada@example.go.jp",
    "/o=ExchangeLabs/cn=Recipients/cn=x@evil.example.com",
    "o=ExchangeLabs/cn=Recipients/cn=yamada",
    "/o=ExchangeLabs/ou=Exchange Administrative Group",
    "/o=ExchangeLabs/cn=",
    "",
  ])("%s is not", (raw) => {
    expect(isExchangeDirectoryName(raw)).toBe(false);
  });
});
