import { extractMailbox, normaliseDomain, parseAddress } from "../../src/core/address/parse-address";

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

  test("normaliseDomain keeps address literals and rejects empty labels", () => {
    expect(normaliseDomain("[192.0.2.1]")).toBe("[192.0.2.1]");
    expect(normaliseDomain("a..b.jp")).toBe("");
    expect(normaliseDomain("[")).toBe("");
    expect(normaliseDomain("[not a literal]")).toBe("");
    expect(normaliseDomain("[IPv6:2001:db8::1]")).toBe("[ipv6:2001:db8::1]");
    expect(normaliseDomain("EXAMPLE.CO.JP.")).toBe("example.co.jp");
  });
});
