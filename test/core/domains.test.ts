import { classifyAddress } from "../../src/core/domains/classify";
import { editDistanceWithin } from "../../src/core/domains/edit-distance";
import { registrableDomain } from "../../src/core/domains/registrable";
import { skeleton } from "../../src/core/domains/skeleton";
import { compilePolicy } from "../../src/core/policy/compile";
import { policyWith, POLICY } from "../helpers/mail";

const compiled = compilePolicy(POLICY);
const kind = (a: string) => classifyAddress(a, compiled).kind;
const lookalike = (a: string) => classifyAddress(a, compiled).lookalike;

describe("registrable domains (Public Suffix List)", () => {
  test.each([
    ["mail.mhlw.go.jp", "mhlw.go.jp"],
    ["a.b.example.co.jp", "example.co.jp"],
    ["pref.kyoto.lg.jp", "pref.kyoto.lg.jp"],
    ["city.kyoto.lg.jp", "city.kyoto.lg.jp"],
    ["www.city.kyoto.lg.jp", "city.kyoto.lg.jp"],
    ["mail.yahoo.co.jp", "yahoo.co.jp"],
    ["example.go.jp.evil.com", "evil.com"],
  ])("%s → %s", (d, r) => expect(registrableDomain(d)).toBe(r));
});

describe("classification", () => {
  test("the organisation and its subdomains are inside, in any case and with a trailing dot", () => {
    expect(kind("a@example.go.jp")).toBe("organisation");
    expect(kind("a@sub.example.go.jp")).toBe("organisation");
    expect(kind("a@EXAMPLE.GO.JP.")).toBe("organisation");
    expect(kind("a@Sub.Example.Go.Jp")).toBe("organisation");
  });

  test("another ministry's go.jp and a domain merely ending in the same letters are outside", () => {
    expect(kind("a@mhlw.go.jp")).toBe("outside");
    expect(kind("a@notexample.go.jp")).toBe("outside");
    expect(kind("a@example.go.jp.evil.com")).toBe("outside");
  });

  test("partners and free mail", () => {
    expect(kind("a@partner.example.co.jp")).toBe("partner");
    expect(kind("a@mail.partner.example.co.jp")).toBe("partner");
    expect(kind("a@gmail.com")).toBe("freemail");
    expect(kind("a@GMAIL.COM.")).toBe("freemail");
    expect(kind("a@i.softbank.jp")).toBe("freemail");
    expect(kind("a@softbank.jp")).toBe("outside");
  });

  test("an address without a usable domain is invalid, never inside", () => {
    expect(kind("undisclosed-recipients")).toBe("invalid");
    expect(kind('"a@example.go.jp"')).toBe("invalid");
  });

  test("a partner named with several domains counts as one organisation", () => {
    const p = compilePolicy(policyWith((x) => (x.partners = [{ name: "P", domains: ["p1.co.jp", "p2.co.jp"] }])));
    expect(classifyAddress("a@p1.co.jp", p).orgKey).toBe(classifyAddress("b@p2.co.jp", p).orgKey);
  });
});

describe("look-alike domains", () => {
  test.each([
    ["a@exarnple.go.jp", "homoglyph"],
    ["a@examp1e.go.jp", "homoglyph"],
    ["a@ex4mple.co.jp", "typo"],
    ["a@exampel.co.jp", "typo"],
    ["a@example.co.jp", "same-name"],
    ["a@example.com", "same-name"],
    ["a@example.go.jp.evil.com", "embedded"],
    ["a@example-go-jp.com", "embedded"],
    ["a@xn--exmple-4nf.go.jp", "homoglyph"], // Cyrillic а in "exаmple"
    ["a@partner.examp1e.co.jp", "homoglyph"],
    ["a@cao-go-jp.com", "gov-imitation"],
  ])("%s is a look-alike (%s)", (address, reason) => {
    expect(lookalike(address)?.reason).toBe(reason);
  });

  test.each([
    "a@mhlw.go.jp",
    "a@mod.go.jp",
    "a@gmail.com",
    "a@alpha-kaisha.co.jp",
    "a@example.go.jp",
    "a@sub.example.go.jp",
    "a@exams.go.jp",
  ])("%s is not a look-alike", (address) => {
    expect(lookalike(address)).toBeUndefined();
  });

  test("the IDN homograph names the domain it imitates", () => {
    expect(lookalike("a@xn--exmple-4nf.go.jp")?.of).toBe("example.go.jp");
  });

  test("maxDistance 0 turns plain typos off but keeps visual tricks", () => {
    const strict = compilePolicy(
      policyWith((x) => (x.checks["lookalike-domain"] = { action: "warn", maxDistance: 0 })),
    );
    expect(classifyAddress("a@exampel.co.jp", strict).lookalike).toBeUndefined();
    expect(classifyAddress("a@exarnple.go.jp", strict).lookalike?.reason).toBe("homoglyph");
  });

  test("skeleton and edit distance", () => {
    expect(skeleton("exarnple")).toBe(skeleton("example"));
    expect(skeleton("examp1e")).toBe(skeleton("example"));
    expect(editDistanceWithin("example", "exampel", 2)).toBe(1);
    expect(editDistanceWithin("example", "elpmaxe", 2)).toBe(3);
    expect(editDistanceWithin("kitten", "sitting", 3)).toBe(3);
  });
});
