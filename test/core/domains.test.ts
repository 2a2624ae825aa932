import fc from "fast-check";
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
  test("letters with marks or from IPA stand for the plain letter they look like", () => {
    const partner = compilePolicy(policyWith((x) => (x.partners = [{ name: "商事", domains: ["reiji-shoji.com"] }])));
    for (const d of ["reiji-shojį.com", "reįji-shoji.com", "rėiji-shoji.com", "rẹiji-shoji.com", "reiji-shojİ.com"]) {
      expect(classifyAddress(`a@${d}`, partner).lookalike).toEqual({ of: "reiji-shoji.com", reason: "homoglyph" });
    }
    expect(skeleton("exɑmpɫe")).toBe(skeleton("example"));
    expect(skeleton("exąmplę")).toBe(skeleton("example"));
    expect(skeleton("øslo")).toBe("oslo");
  });

  test.each([
    ["a@exarnple.go.jp", "homoglyph"],
    ["a@examp1e.go.jp", "homoglyph"],
    ["a@ex4mple.co.jp", "typo"],
    ["a@exampel.co.jp", "typo"],
    ["a@example.or.jp", "same-name"],
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

  test.each([
    // The sample phishing mail: rn for m, and the dot before go.jp turned into a hyphen.
    ["a@exarnple-go.jp", "homoglyph", "example.go.jp"],
    ["a@login.exarnple-go.jp.example.net", "embedded", "example.go.jp"],
    ["a@mhlw.go.jp.evil.com", "gov-imitation", "go.jp"],
    // A country code that is one letter off: go.jo and co.jo are not public suffixes, yet the name is the same.
    ["a@example.go.jo", "same-name", "example.go.jp"],
    ["a@mail.example.go.jo", "same-name", "example.go.jp"],
    ["a@exanple.go.jo", "typo", "example.go.jp"],
  ])("%s is a look-alike (%s of %s)", (address, reason, of) => {
    expect(lookalike(address)).toEqual({ reason, of });
  });

  test.each([
    "a@lets-go.jp",
    "a@tango.jp",
    "a@go.jo",
    "a@co.jo",
    "a@sample.go.jo",
    // The name as one label of a hosting service's domain is no imitation of a country code.
    "a@shironeko.example.awsapps.com",
    "a@nyaan.example.onmicrosoft.com",
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

describe("TLD imitations and slips under go.jp / lg.jp", () => {
  const org = (domains: string[], partners: { name: string; domains: string[] }[] = []) =>
    compilePolicy(
      policyWith((x) => {
        x.organisation.domains = domains;
        x.partners = partners;
      }),
    );
  const kankyo = org(["kankyo-sample.go.jp"], [{ name: "取引先", domains: ["partner.co.jp"] }]);
  const of = (address: string, c = kankyo) => classifyAddress(address, c).lookalike;

  test("the same names under go.jo / co.jo imitate go.jp / co.jp", () => {
    expect(of("a@kankyo-sample.go.jo")).toEqual({ of: "kankyo-sample.go.jp", reason: "same-name" });
    expect(of("a@partner.co.jo")).toEqual({ of: "partner.co.jp", reason: "same-name" });
  });

  test("a one-letter slip in a long name under go.jp fires as a typo", () => {
    expect(of("a@kankyo-sanple.go.jp")).toEqual({ of: "kankyo-sample.go.jp", reason: "typo" });
    expect(of("a@kankyo-smaple.go.jp")).toEqual({ of: "kankyo-sample.go.jp", reason: "typo" });
    // A dropped hyphen reads the same at a glance: reported as the visual trick it is.
    expect(of("a@kankyosample.go.jp")).toEqual({ of: "kankyo-sample.go.jp", reason: "homoglyph" });
  });

  test("two slips, another suffix under go.jp, or maxDistance 0 stay quiet", () => {
    expect(of("a@kankyo-sanpel.go.jp")).toBeUndefined();
    expect(of("a@kankyo-sanple.lg.jp")).toBeUndefined();
    const strict = compilePolicy(
      policyWith((x) => {
        x.organisation.domains = ["kankyo-sample.go.jp"];
        x.checks["lookalike-domain"] = { action: "warn", maxDistance: 0 };
      }),
    );
    expect(of("a@kankyo-sanple.go.jp", strict)).toBeUndefined();
  });

  test("short ministry codes one letter apart are different bodies", () => {
    expect(of("a@mod.go.jp", org(["mof.go.jp"]))).toBeUndefined();
    expect(of("a@mlit.go.jp", org(["mhlw.go.jp"]))).toBeUndefined();
    expect(of("a@caa.go.jp", org(["cas.go.jp"]))).toBeUndefined();
  });

  test("under lg.jp the place label is compared, and only one label may differ", () => {
    const yokohama = org(["city.yokohama.lg.jp"]);
    expect(of("a@city.yokohana.lg.jp", yokohama)).toEqual({ of: "city.yokohama.lg.jp", reason: "typo" });
    expect(of("a@pref.kanagawa.lg.jp", yokohama)).toBeUndefined();
    expect(of("a@town.yokohana.lg.jp", yokohama)).toBeUndefined();
    // The city's own prefecture-type domain is a real domain of the same body, not an imitation.
    expect(of("a@city.yokohama.kanagawa.jp", yokohama)).toBeUndefined();
  });

  test("a general-use name carrying an lg.jp body's type and place, or its place and lg, imitates it", () => {
    const city = org(["city.hoshizora.lg.jp"]);
    for (const d of ["city-hoshizora.jp", "mail.cityhoshizora.com", "hoshizora-lg.jp", "hoshizora-lg-jp.com"]) {
      expect(of(`a@${d}`, city)).toEqual({ of: "city.hoshizora.lg.jp", reason: "embedded" });
    }
    // The place alone is an ordinary word; a short place is part of too many others (total-group.com for ota).
    expect(of("a@hoshizora-hotel.jp", city)).toBeUndefined();
    expect(of("a@total-group.com", org(["city.ota.lg.jp"]))).toBeUndefined();
    // A city's old geographic domain holds its place in the suffix, not in the name.
    expect(of("a@city.kawasaki.jp", org(["city.kawasaki.lg.jp"]))).toBeUndefined();
  });

  test("every name under a partner's registrable domain belongs to that partner's company", () => {
    // partner.example.co.jp is listed; its head office at example.co.jp is no imitation of example.go.jp.
    expect(lookalike("a@example.co.jp")).toBeUndefined();
    expect(lookalike("a@eigyo.example.co.jp")).toBeUndefined();
    expect(classifyAddress("a@eigyo.example.co.jp", compiled)).toMatchObject({ kind: "outside" });
    expect(classifyAddress("a@eigyo.example.co.jp", compiled).orgKey).toBe(
      classifyAddress("b@partner.example.co.jp", compiled).orgKey,
    );
    // The same name under another registrable domain still imitates ours.
    expect(lookalike("a@example.or.jp")).toEqual({ of: "example.go.jp", reason: "same-name" });
  });

  // Real go.jp bodies: whichever of them is the organisation, none of the others may look like an imitation.
  const GO_JP = [
    "mhlw",
    "meti",
    "mext",
    "maff",
    "env",
    "soumu",
    "cao",
    "cas",
    "digital",
    "caa",
    "moj",
    "mofa",
    "mof",
    "mod",
    "mlit",
    "npa",
    "fsa",
    "jpo",
    "nisc",
    "kantei",
    "reconstruction",
    "ppc",
    "jftc",
    "cfa",
    "cyber",
    "nta",
    "jma",
    "bunka",
    "fdma",
    "nra",
    "jinji",
    "kunaicho",
    "shugiin",
    "sangiin",
    "ndl",
    "courts",
    "kensatsu",
    "customs",
    "stat",
    "e-gov",
    "bousai",
    "gender",
    "ipa",
    "jetro",
    "jica",
    "jst",
    "jsps",
    "aist",
    "nict",
    "nies",
    "nedo",
    "jnto",
    "jaea",
  ].map((n) => `${n}.go.jp`);
  test.each(GO_JP)("with %s as the organisation, no other ministry or agency fires", (own) => {
    const c = org([own]);
    const fired = GO_JP.filter((d) => d !== own && classifyAddress(`a@${d}`, c).lookalike);
    expect(fired).toEqual([]);
  });

  const PREFS = [
    "hokkaido",
    "aomori",
    "iwate",
    "miyagi",
    "akita",
    "yamagata",
    "fukushima",
    "ibaraki",
    "tochigi",
    "gunma",
    "saitama",
    "chiba",
    "kanagawa",
    "niigata",
    "toyama",
    "ishikawa",
    "fukui",
    "yamanashi",
    "nagano",
    "gifu",
    "shizuoka",
    "aichi",
    "mie",
    "shiga",
    "kyoto",
    "osaka",
    "hyogo",
    "nara",
    "wakayama",
    "tottori",
    "shimane",
    "okayama",
    "hiroshima",
    "yamaguchi",
    "tokushima",
    "kagawa",
    "ehime",
    "kochi",
    "fukuoka",
    "saga",
    "nagasaki",
    "kumamoto",
    "oita",
    "miyazaki",
    "kagoshima",
    "okinawa",
  ].map((n) => `pref.${n}.lg.jp`);
  test("no prefecture's lg.jp domain fires against another's", () => {
    const fired: string[] = [];
    for (const own of PREFS) {
      const c = org([own]);
      for (const d of PREFS) if (d !== own && classifyAddress(`a@${d}`, c).lookalike) fired.push(`${own} ${d}`);
    }
    expect(fired).toEqual([]);
  });
});

describe("edit distance and skeleton against plain reference versions", () => {
  /** Textbook optimal-string-alignment distance, full table, no early exit. */
  function osa(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
        d[i]![j] = v;
      }
    }
    return d[a.length]![b.length]!;
  }
  const domainish = fc.string({ unit: fc.constantFrom("a", "b", "r", "n", "m", "-", ".", "1", "l"), maxLength: 90 });

  test("editDistanceWithin agrees with the full table up to its limit, long strings included", () => {
    fc.assert(
      fc.property(domainish, domainish, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(editDistanceWithin(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
      }),
    );
  });

  test("skeleton maps single characters first, then the letter pairs", () => {
    expect(skeleton("c1ient-rnail.vvork")).toBe("dlent-mall.work");
    expect(skeleton("ЕXАМРLЕ")).toBe("example");
    expect(skeleton("exarnp1e-go.jp")).toBe("example-go.jp");
  });
});

describe("Exchange directory names count as inside (office-js #3701)", () => {
  const dn = "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=a1b2c3d4-sato.h";
  test("a legacyExchangeDN is the organisation's, whatever domain the policy lists", () => {
    expect(kind(dn)).toBe("organisation");
    expect(classifyAddress(dn, compiled).address).toBe(dn);
    expect(kind(`佐藤 <${dn}>`)).toBe("organisation");
  });
  test("anything with an @ is still judged by its SMTP domain", () => {
    expect(kind("/o=ExchangeLabs/cn=Recipients/cn=sato@alpha.co.jp")).toBe("outside");
    expect(kind("sato@alpha.co.jp")).toBe("outside");
    expect(kind("/o=ExchangeLabs")).toBe("invalid");
  });
});
