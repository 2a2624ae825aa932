import { policyWith } from "../helpers/mail";
import { buildEml, decideEml, type Decision, type DecideOptions, type EmlSpec, word } from "./fresh-helpers";

/**
 * An outside reviewer's batch on the recipient judgement: who is inside, who is one organisation, who imitates whom,
 * who is a private person, and who is new in a thread. Each mail is written for this file (fictitious names and
 * domains, except public-suffix names such as kawasaki.jp whose rules are the point), read as .eml bytes the way the
 * CLI reads them and judged with the example policy (organisation example.go.jp, partner partner.example.co.jp)
 * unless the case names another. Each case states the decision and the checks that warn or block.
 */

const allow: Decision = { action: "allow", fires: [] };
const warn = (...fires: string[]): Decision => ({ action: "warn", fires: fires.sort() });

type Case = [title: string, expected: Decision, mail: EmlSpec, options?: DecideOptions];

const KIMITSU = "【機密性２】委託調査の中間報告";
const PLAIN = "打合せ日程のご相談";
const TEXT = "各位\n\nお世話になっております。\n標記について、ご確認をお願いいたします。\n\n例示省 調査課 山田\n";

const to = (addresses: string[], subject = PLAIN, extra: Partial<EmlSpec> = {}): EmlSpec => ({
  to: addresses,
  subject,
  text: TEXT,
  ...extra,
});

/** n addresses at one domain, numbered. */
const staff = (n: number, domain: string, prefix = "member") =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1)}@${domain}`);

/** A municipality using sendcheck: its lg.jp name, with the prefecture as a partner. */
const CITY = policyWith((p) => {
  p.organisation = { name: "星空市", domains: ["city.hoshizora.lg.jp"] };
  p.partners = [{ name: "月影県", domains: ["pref.tsukikage.lg.jp"] }];
  p.report.mailbox = "soc@city.hoshizora.lg.jp";
});

/** A partner company that mails from both its .co.jp and its .com name. */
const TWO_NAMES = policyWith((p) => {
  p.partners = [{ name: "例示商事株式会社", domains: ["reiji-shoji.co.jp", "reiji-shoji.com"] }];
});

/** A partner registered under a very short general-use .jp name. */
const SHORT = policyWith((p) => {
  p.partners = [{ name: "AB株式会社", domains: ["ab.jp"] }];
});

/** A small agency with a three-letter go.jp code. */
const SHORT_CODE = policyWith((p) => {
  p.organisation = { name: "例示庁", domains: ["ksa.go.jp"] };
  p.report.mailbox = "soc@ksa.go.jp";
});

const reply = (spec: EmlSpec): EmlSpec => ({ ...spec, subject: "RE: " + spec.subject });
const THREAD = ["kato@alpha-souken.co.jp", "yamada@example.go.jp", "sato@example.go.jp"];

const CASES: Case[] = [
  // --- One organisation or several (bcc-expected) ---
  [
    "two people of one company, one on a mail subdomain: one organisation",
    allow,
    to(["kato@mail.alpha-souken.co.jp"], PLAIN, { cc: ["ito@alpha-souken.co.jp"] }),
  ],
  [
    "two other ministries' go.jp addresses in To: two organisations",
    warn("bcc-expected"),
    to(["tanaka@kokudo-rei.go.jp", "suzuki@kousei-rei.go.jp"]),
  ],
  [
    "one other ministry under three of its subdomains: one organisation",
    allow,
    to(["a@kokudo-rei.go.jp", "b@mail.kokudo-rei.go.jp"], PLAIN, { cc: ["c@hq.kokudo-rei.go.jp"] }),
  ],
  [
    "a city and its prefecture under lg.jp: two public bodies",
    warn("bcc-expected"),
    to(["kikaku@city.sakurada.lg.jp"], PLAIN, { cc: ["kikaku@pref.sakurada.lg.jp"] }),
  ],
  [
    "a city's board of education on a subdomain of the city's lg.jp name: one body",
    allow,
    to(["gakko@edu.city.sakurada.lg.jp", "soumu@city.sakurada.lg.jp"]),
  ],
  [
    "two universities under ac.jp, one through a faculty subdomain: two organisations",
    warn("bcc-expected"),
    to(["prof@med.minato-u.ac.jp", "jimu@kita-u.ac.jp"]),
  ],
  [
    "*.kawasaki.jp wildcard: two firms registered under the same ward label are two organisations",
    warn("bcc-expected"),
    to(["a@kaisha-a.nakahara.kawasaki.jp", "b@kaisha-b.nakahara.kawasaki.jp"]),
  ],
  [
    "*.kawasaki.jp wildcard: one firm and its mail host under a ward label are one organisation",
    allow,
    to(["a@kaisha-a.nakahara.kawasaki.jp", "b@mail.kaisha-a.nakahara.kawasaki.jp"]),
  ],
  [
    "!city.kawasaki.jp exception: the city and a department's subdomain are one organisation",
    allow,
    to(["a@city.kawasaki.jp", "b@kyoiku.city.kawasaki.jp"]),
  ],
  [
    "the same company in upper case with a trailing dot and in lower case: one organisation",
    allow,
    to(["KATO@ALPHA-SOUKEN.CO.JP.", "ito@alpha-souken.co.jp"]),
  ],
  ["ten outside addresses of one firm in To: at the threshold, allowed", allow, to(staff(10, "alpha-souken.co.jp"))],
  [
    "eleven outside addresses of one firm in CC: above the threshold",
    warn("bcc-expected"),
    to([], PLAIN, { cc: staff(11, "alpha-souken.co.jp") }),
  ],
  [
    "120 colleagues in To and three outside organisations in Bcc: nobody outside is visible",
    allow,
    to(staff(120, "example.go.jp", "staff"), PLAIN, {
      bcc: ["kato@alpha-souken.co.jp", "ito@beta-keikaku.co.jp", "mori@gamma-sekkei.co.jp"],
    }),
  ],
  [
    "a notice to 150 citizens in Bcc with only our own address in To",
    allow,
    to(["koho@example.go.jp"], "説明会のお知らせ", { bcc: staff(150, "gmail.com", "citizen") }),
  ],
  [
    "the same notice with the 150 citizens pasted into To",
    warn("bcc-expected"),
    to(staff(150, "gmail.com", "citizen"), "説明会のお知らせ"),
  ],
  [
    "undisclosed-recipients:; in To and three organisations in Bcc",
    allow,
    to(["undisclosed-recipients:;"], PLAIN, {
      bcc: ["kato@alpha-souken.co.jp", "ito@beta-keikaku.co.jp", "mori@gamma-sekkei.co.jp"],
    }),
  ],
  [
    "a named group in To: the members of two firms still see each other",
    warn("bcc-expected"),
    to([`${word("検討会委員")}: kato@alpha-souken.co.jp, ito@beta-keikaku.co.jp;`]),
  ],
  [
    "our own distribution lists (one on a list subdomain) and one outside firm",
    allow,
    to(["all-staff@example.go.jp", "kacho-kai@list.example.go.jp"], PLAIN, { cc: ["kato@alpha-souken.co.jp"] }),
  ],
  [
    "the same six people of one firm in both To and CC: six visible addresses, under the threshold",
    allow,
    to(staff(6, "alpha-souken.co.jp"), PLAIN, { cc: staff(6, "alpha-souken.co.jp") }),
  ],
  [
    "a header list separated by semicolons, outside firm first and our colleague last, with 機密性２",
    warn("external-confidential"),
    to(["kato@alpha-souken.co.jp; sato@example.go.jp"], KIMITSU),
  ],
  [
    "two mailboxes separated only by a space, our colleague last, with 機密性２",
    warn("external-confidential"),
    to(["kato@alpha-souken.co.jp sato@example.go.jp"], KIMITSU),
  ],
  [
    "semicolons between two firms: both are seen",
    warn("bcc-expected"),
    to(["kato@alpha-souken.co.jp; ito@beta-keikaku.co.jp"]),
  ],
  [
    "a second <…> after a colleague's mailbox in one entry is a second recipient",
    warn("external-confidential", "freemail-recipient"),
    to(['"佐藤" <sato@example.go.jp> <sato.private@gmail.com>'], KIMITSU),
  ],
  [
    "a partner and a private person's web mail in CC: two parties",
    warn("bcc-expected"),
    to(["tanaka@partner.example.co.jp"], PLAIN, { cc: ["tanaka.private@gmail.com"] }),
  ],
  [
    "two carrier addresses (docomo, au) of two citizens: two private persons",
    warn("bcc-expected"),
    to(["hanako@docomo.ne.jp", "jiro@ezweb.ne.jp"]),
  ],
  [
    "a partner that mails from its .co.jp and its .com name: one organisation, no look-alike",
    allow,
    to(["kato@reiji-shoji.co.jp"], PLAIN, { cc: ["ito@reiji-shoji.com"] }),
    { policy: TWO_NAMES },
  ],

  // --- What the address really is: display names, quoting, comments, IDN, width ---
  [
    'a display name holding our address ("sato@example.go.jp" <…@gmail.com>) is judged by the real mailbox',
    warn("external-confidential", "freemail-recipient"),
    to(['"sato@example.go.jp" <sato.example.go.jp@gmail.com>'], KIMITSU),
  ],
  [
    "an unquoted display name that is an internal address, real mailbox outside",
    warn("external-confidential"),
    to(["sato@example.go.jp <sato@alpha-souken.co.jp>"], KIMITSU),
  ],
  [
    "an encoded display name naming a colleague, real mailbox at another firm, and a second firm in CC",
    warn("bcc-expected"),
    to([`${word("佐藤（例示省）sato@example.go.jp")} <sato@alpha-souken.co.jp>`], PLAIN, {
      cc: ["ito@beta-keikaku.co.jp"],
    }),
  ],
  [
    "a quoted local part inside the organisation: internal, 機密性２ allowed",
    allow,
    to(['"yamada taro"@example.go.jp', "Sato Hanako <sato@EXAMPLE.GO.JP.>"], KIMITSU),
  ],
  [
    "a quoted local part that is itself an internal address, domain outside",
    warn("external-confidential"),
    to(['"sato@example.go.jp"@alpha-souken.co.jp'], KIMITSU),
  ],
  ["comments inside internal addresses", allow, to(["sato(総務課)@example.go.jp", "ito@(本省)example.go.jp"], KIMITSU)],
  [
    "an IDN company written in Unicode and in xn-- form: one organisation",
    allow,
    to(["yamada@例示商事.jp"], PLAIN, { cc: ["suzuki@xn--3kq2xr1l4t7b.jp"] }),
  ],
  [
    "two different IDN companies: two organisations",
    warn("bcc-expected"),
    to(["yamada@例示商事.jp", "suzuki@例示物産.jp"]),
  ],
  [
    "our own domain typed in full-width letters and dots: internal",
    allow,
    to(["sato@ｅｘａｍｐｌｅ．ｇｏ．ｊｐ", "ito@example。go。jp"], KIMITSU),
  ],
  [
    "a colleague's address pasted from a PDF with a soft hyphen and a zero-width space in the domain: internal",
    allow,
    to(["sato@exam\u00adple.go.jp", "ito@example.go\u200b.jp"], KIMITSU),
  ],
  [
    // No server routes "sato.hanako＠gmail.com"; the checker does not guess a mailbox, it counts an unknown outside.
    "a full-width ＠ in a web-mail address with 機密性２: an unreadable recipient, still outside",
    warn("external-confidential"),
    to(["sato.hanako＠gmail.com"], KIMITSU),
  ],

  // --- Look-alikes of our domain and the partner's ---
  ["examp1e.go.jp (digit one for l)", warn("lookalike-domain"), to(["sato@examp1e.go.jp"])],
  ["example-go.jp (a hyphen for the dot)", warn("lookalike-domain"), to(["sato@example-go.jp"])],
  [
    "example.go.jp.evil-mail.com (our name as a subdomain)",
    warn("lookalike-domain"),
    to(["sato@example.go.jp.evil-mail.com"]),
  ],
  ["exarnple.go.jp (rn for m)", warn("lookalike-domain"), to(["sato@exarnple.go.jp"])],
  ["Cyrillic а in exаmple.go.jp, written in Unicode", warn("lookalike-domain"), to(["sato@ex\u0430mple.go.jp"])],
  ["the same homograph in xn-- form", warn("lookalike-domain"), to(["sato@xn--exmple-4nf.go.jp"])],
  ["go-jp.com (a government imitation without our name)", warn("lookalike-domain"), to(["info@go-jp.com"])],
  ["example.gojp.net", warn("lookalike-domain"), to(["sato@example.gojp.net"])],
  [
    "the partner's name with a homoglyph (partner.examp1e.co.jp)",
    warn("lookalike-domain"),
    to(["tanaka@partner.examp1e.co.jp"]),
  ],
  [
    "the partner's .com name with a dotted ė (an IDN homograph with a mark)",
    warn("lookalike-domain"),
    to(["ito@rėiji-shoji.com"]),
    { policy: TWO_NAMES },
  ],
  [
    "a look-alike next to the real colleague in CC still warns",
    warn("lookalike-domain"),
    to(["sato@example.go.jp"], PLAIN, { cc: ["ito@exarnple.go.jp"] }),
  ],

  [
    "for a city user: its type and place in a general-use .jp name (city-hoshizora.jp)",
    warn("lookalike-domain"),
    to(["soumu@city-hoshizora.jp"]),
    { policy: CITY },
  ],
  [
    "for a city user: its place with lg in another name (hoshizora-lg.jp)",
    warn("lookalike-domain"),
    to(["soumu@hoshizora-lg.jp"]),
    { policy: CITY },
  ],

  // --- Legitimate neighbours that must not be called look-alikes ---
  [
    "the partner's head office on the parent of the partner's listed subdomain: the same registrant",
    allow,
    to(["tanaka@partner.example.co.jp"], PLAIN, { cc: ["eigyo@example.co.jp"] }),
  ],
  [
    "another body whose three-letter go.jp code is one letter off ours",
    allow,
    to(["tanaka@ksc.go.jp"]),
    { policy: SHORT_CODE },
  ],
  ["a two-letter .jp name one letter off the partner's ab.jp", allow, to(["sato@ax.jp"]), { policy: SHORT }],
  [
    "the prefecture partner and a neighbouring town under lg.jp for a city user",
    warn("bcc-expected"),
    to(["kikaku@pref.tsukikage.lg.jp", "kikaku@town.yumemi.lg.jp"]),
    { policy: CITY },
  ],
  [
    "the city's own old 地域型 name is not an imitation of its lg.jp name",
    allow,
    to(["soumu@city.kawasaki.jp"]),
    {
      policy: policyWith((p) => {
        p.organisation = { name: "例示市", domains: ["city.kawasaki.lg.jp"] };
        p.report.mailbox = "soc@city.kawasaki.lg.jp";
      }),
    },
  ],
  [
    "another ministry and our own colleague: not a look-alike, one outside organisation",
    allow,
    to(["tanaka@kokudo-rei.go.jp", "sato@example.go.jp"]),
  ],

  // --- Free mail and carrier mail with 要機密 content ---
  [
    "機密性２ to hotmail.co.jp",
    warn("external-confidential", "freemail-recipient"),
    to(["taro@hotmail.co.jp"], KIMITSU),
  ],
  ["機密性２ to docomo.ne.jp", warn("external-confidential", "freemail-recipient"), to(["taro@docomo.ne.jp"], KIMITSU)],
  [
    "機密性２ to an old SoftBank subdomain (t.vodafone.ne.jp)",
    warn("external-confidential", "freemail-recipient"),
    to(["taro@t.vodafone.ne.jp"], KIMITSU),
  ],
  [
    "機密性２ to outlook.jp in Bcc only: a blind copy still reaches the private mailbox",
    warn("external-confidential", "freemail-recipient"),
    to(["sato@example.go.jp"], KIMITSU, { bcc: ["taro@outlook.jp"] }),
  ],
  [
    "機密性２ to GMAIL.COM. in capitals with a trailing dot",
    warn("external-confidential", "freemail-recipient"),
    to(["Taro@GMAIL.COM."], KIMITSU),
  ],
  ["an unmarked note to a citizen's icloud.com address", allow, to(["taro@icloud.com"], "お問い合わせへの回答")],
  [
    "機密性２ to softbank.ne.jp and i.softbank.jp in To: two private persons",
    warn("external-confidential", "freemail-recipient", "bcc-expected"),
    to(["a@softbank.ne.jp", "b@i.softbank.jp"], KIMITSU),
  ],

  // --- Replies: new organisations and the same ones ---
  [
    "reply-all among the organisations of the thread",
    allow,
    reply(to(["kato@alpha-souken.co.jp"], "調査票の件", { cc: ["sato@example.go.jp"] })),
    { answered: THREAD },
  ],
  [
    "reply that adds another firm in Bcc",
    warn("new-domain-in-reply"),
    reply(to(["kato@alpha-souken.co.jp"], "調査票の件", { bcc: ["ito@beta-keikaku.co.jp"] })),
    { answered: THREAD },
  ],
  [
    "reply that adds another firm in CC: new in the thread and visible to the first",
    warn("new-domain-in-reply", "bcc-expected"),
    reply(to(["kato@alpha-souken.co.jp"], "調査票の件", { cc: ["ito@beta-keikaku.co.jp"] })),
    { answered: THREAD },
  ],
  [
    "reply that adds a colleague of the thread's firm on its mail subdomain",
    allow,
    reply(to(["kato@alpha-souken.co.jp"], "調査票の件", { cc: ["mori@mail.alpha-souken.co.jp"] })),
    { answered: THREAD },
  ],
  [
    "reply whose thread came from a citizen's gmail, adding a second gmail user",
    warn("new-domain-in-reply", "bcc-expected"),
    reply(to(["hanako@gmail.com"], "お問い合わせ", { cc: ["jiro@gmail.com"] })),
    { answered: ["hanako@gmail.com", "koho@example.go.jp"] },
  ],
  [
    "reply to a thread written with an upper-case, trailing-dot and Unicode IDN address, answered in xn-- form",
    allow,
    reply(to(["yamada@xn--3kq2xr1l4t7b.jp"], "見積の件", { bcc: ["kato@alpha-souken.co.jp"] })),
    { answered: ["YAMADA@例示商事.jp", "KATO@ALPHA-SOUKEN.CO.JP.", "sato@example.go.jp"] },
  ],
  [
    "reply to the partner that copies the partner's head office on its parent domain",
    allow,
    reply(to(["tanaka@partner.example.co.jp"], "仕様の件", { cc: ["eigyo@example.co.jp"] })),
    { answered: ["tanaka@partner.example.co.jp", "yamada@example.go.jp"] },
  ],
  [
    "reply that swaps the thread's firm for a one-letter typo of it",
    warn("new-domain-in-reply"),
    reply(to(["kato@alpha-soken.co.jp"], "調査票の件")),
    { answered: THREAD },
  ],
];

describe("fresh real-shaped recipient cases", () => {
  test("there are at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  // Every row gets its options: jest takes a parameter beyond a shorter row for a `done` callback and waits for it.
  const rows = CASES.map(([title, expected, spec, options]) => [title, expected, spec, options ?? {}] as const);
  test.each(rows)("%s", async (_title, expected, spec, options) => {
    expect(await decideEml(buildEml(spec), options)).toEqual(expected);
  });
});
