import {
  ALERT_LIMITS,
  ALERT_TEXTS,
  buildSmartAlert,
  defang,
  escapeMarkdown,
  type AlertRequest,
} from "../../src/core/alert/index";
import { CHECKS } from "../../src/core/checks/index";
import { evaluate } from "../../src/core/engine";
import type { GuidanceSection } from "../../src/core/checks/ids";
import type { Finding } from "../../src/core/checks/types";
import { checkTitle, renderFinding } from "../../src/core/i18n/render";
import type { Lang } from "../../src/core/i18n/types";
import { mail, POLICY, SHARED_OUTSIDE, sharedRecipientsMail } from "../helpers/mail";

/** Data every template can draw from, deliberately long so the 500-character limit is under pressure. */
const LONG_NAME =
  "令和7年度_第3四半期_予算要求資料_最終版（修正反映済み）_機密性２_関係者限り_v12" + "_追補".repeat(20) + ".docx";
const DATA = {
  count: 37,
  max: 10,
  domains: Array.from({ length: 12 }, (_, i) => `organisation-number-${i}.example-long-domain.co.jp`),
  recipients: Array.from(
    { length: 40 },
    (_, i) => `very.long.recipient.name.${i}@partner-${i}.example-long-domain.co.jp`,
  ),
  marking: ["機密性3", "送信禁止", "転送禁止"],
  where: ["subject", "body", `attachment:${LONG_NAME}`, "attachment:b.xlsx"],
  attachment: LONG_NAME,
  attachments: [LONG_NAME, "b.xlsx", "c*_[x](y).pdf"],
  subjectLevel: 2,
  domain: "examp1e.go.jp",
  of: "example.go.jp",
  error: "TypeError: " + "x".repeat(300),
};

/** One finding per message id of every registered check, plus one the catalog does not know. */
const ALL: Finding[] = [
  ...CHECKS.flatMap((c) =>
    c.messageIds.map((messageId) => ({
      check: c.id,
      action: "warn" as const,
      guidance: c.guidance,
      messageId,
      data: DATA,
    })),
  ),
  { check: "ppap", action: "warn", guidance: "2章-4", messageId: "ppap.unknown-message", data: {} },
];

/** One representative (the longest) finding per check, for the exhaustive subset test. */
function perCheck(lang: Lang): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of ALL) {
    const cur = best.get(f.check);
    if (!cur || renderFinding(f, lang).length > renderFinding(cur, lang).length) best.set(f.check, f);
  }
  return [...best.values()];
}

const URLS: Partial<Record<GuidanceSection, string>> = {
  "1章-1": "https://addin.example.go.jp/sendcheck/guidance/ja/1-1.html",
  "1章-2": "http://insecure.example.go.jp/1-2.html",
  "1章-3": "https://intra.example.go.jp/" + "very-long-path/".repeat(12) + "1-3.html",
  "2章-4": "https://addin.example.go.jp/sendcheck/guidance/ja/2-4.html",
  "3章-2": "https://addin.example.go.jp/sendcheck/guidance/ja/3-2.html",
};
const guidanceUrl = (s: GuidanceSection) => URLS[s];
const HTTPS = new Set(Object.values(URLS).filter((u) => u.startsWith("https://")));

function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 0; mask < 1 << items.length; mask++) out.push(items.filter((_, i) => mask & (1 << i)));
  return out;
}

/** Checks one rendered alert: limits, links, and that every finding line is one whole rendering of a finding. */
function verify(req: AlertRequest) {
  const out = buildSmartAlert(req);
  expect(out.errorMessage.length).toBeLessThanOrEqual(ALERT_LIMITS.message);
  expect(out.errorMessageMarkdown.length).toBeLessThanOrEqual(ALERT_LIMITS.message);
  expect(out.cancelLabel.length).toBeLessThanOrEqual(ALERT_LIMITS.cancelLabel);
  expect(out.errorMessage.length).toBeGreaterThan(0);

  const md = out.errorMessageMarkdown;
  const links = [...md.matchAll(/\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)\)/g)];
  for (const l of links) expect(HTTPS.has(l[2] as string)).toBe(true);
  // No stray link syntax: every unescaped "](" belongs to a complete link.
  expect((md.match(/(?<!\\)\]\(/g) ?? []).length).toBe(links.length);
  expect(md).not.toMatch(/http:\/\//);
  expect(out.errorMessage).not.toMatch(/http:\/\//);
  for (const url of out.errorMessage.match(/https:\/\/\S+/g) ?? []) expect(HTTPS.has(url)).toBe(true);

  const t = ALERT_TEXTS[req.lang];
  const allowedPlain = new Set<string>();
  const allowedMd = new Set<string>();
  // Lines that leave a finding's recipients out, with the recipients an earlier line must have named.
  const withoutRecipients = new Map<string, readonly string[]>();
  for (const f of req.findings) {
    const allow = (line: string) => {
      allowedPlain.add(t.bullet + line + t.sectionTag(f.guidance));
      allowedMd.add(escapeMarkdown(line + t.sectionTag(f.guidance)));
    };
    for (const maxItems of [3, 1]) {
      allow(defang(renderFinding(f, req.lang, { maxItems })));
      const omitted = defang(renderFinding(f, req.lang, { maxItems, omitRecipients: true }));
      if (omitted === defang(renderFinding(f, req.lang, { maxItems }))) continue;
      allow(omitted);
      withoutRecipients.set(t.bullet + omitted + t.sectionTag(f.guidance), recipientsOf(f));
    }
    allow(checkTitle(f.check, req.lang));
  }
  for (const item of md.match(/^- .*\r/gm) ?? []) {
    for (const piece of item.split("\r").filter((p) => p.startsWith("- ")))
      expect(allowedMd.has(piece.slice(2))).toBe(true);
  }
  const lines = out.errorMessage.split("\n");
  lines.forEach((line, i) => {
    if (!line.startsWith(t.bullet)) return;
    expect(allowedPlain.has(line)).toBe(true);
    // A line without its recipients is only shown below one that names them.
    const recipients = withoutRecipients.get(line);
    if (recipients) expect(lines.slice(0, i).some((l) => recipients.some((r) => l.includes(r)))).toBe(true);
  });
  return out;
}

function recipientsOf(f: Pick<Finding, "data">): readonly string[] {
  const r = f.data.recipients;
  return Array.isArray(r) ? r : typeof r === "string" ? [r] : [];
}

describe("Smart Alert text", () => {
  for (const lang of ["ja", "en"] as const) {
    test(`every subset of checks fits the limits with whole lines and HTTPS links only (${lang})`, () => {
      let count = 0;
      for (const findings of subsets(perCheck(lang))) {
        for (const kind of ["warn", "block"] as const) {
          for (const sendAnyway of ["button", "press-again", "none"] as const) {
            verify({
              kind,
              findings,
              lang,
              guidanceUrl,
              sendAnyway,
              fixPane: sendAnyway === "button",
              incomplete: findings.length % 2 === 1,
            });
            count++;
          }
        }
      }
      expect(count).toBe(2 ** perCheck(lang).length * 6);
    });

    test(`all message ids at once, and many repeated findings, still fit (${lang})`, () => {
      verify({ kind: "block", findings: ALL, lang, guidanceUrl, sendAnyway: "none", fixPane: true, incomplete: true });
      const many = Array.from({ length: 60 }, (_, i) => ALL[i % ALL.length] as Finding);
      const out = verify({
        kind: "warn",
        findings: many,
        lang,
        guidanceUrl,
        sendAnyway: "press-again",
        fixPane: false,
      });
      // The way to go on is never dropped.
      expect(out.errorMessage).toContain(ALERT_TEXTS[lang].pressAgain);
    });

    test(`an error with no findings (${lang})`, () => {
      const out = verify({ kind: "error", findings: [], lang, guidanceUrl, sendAnyway: "none", fixPane: false });
      expect(out.errorMessage).toContain(ALERT_TEXTS[lang].head.error);
      expect(out.errorMessage).toContain(ALERT_TEXTS[lang].errorBlocked);
    });
  }

  test("a short alert keeps full detail and links the guidance", () => {
    const f = ALL.find((x) => x.messageId === "bcc-expected.organisations") as Finding;
    const small = { ...f, data: { count: 2, domains: ["a.co.jp", "b.co.jp"] } };
    const out = verify({
      kind: "warn",
      findings: [small],
      lang: "ja",
      guidanceUrl,
      sendAnyway: "button",
      fixPane: true,
    });
    expect(out.errorMessage).toContain("a.co.jp、b.co.jp");
    expect(out.errorMessageMarkdown).toContain(`(${URLS["2章-4"]})`);
    expect(out.errorMessageMarkdown.startsWith("**")).toBe(true);
  });

  test("text from the mail cannot inject Markdown or links", () => {
    const f: Finding = {
      check: "unlabelled-attachment",
      action: "warn",
      guidance: "1章-1",
      messageId: "unlabelled-attachment.missing",
      data: { attachments: ["[click](https://evil.example.com)*bold*"] },
    };
    const out = verify({ kind: "warn", findings: [f], lang: "en", guidanceUrl, sendAnyway: "button", fixPane: false });
    expect(out.errorMessageMarkdown).not.toContain("(https://evil.example.com)");
    expect(out.errorMessageMarkdown).toContain("\\[click\\]\\(https\\[:\\]//evil.example.com\\)\\*bold\\*");
    expect(out.errorMessage).toContain("[click](https[:]//evil.example.com)*bold*");
  });
});

describe("Smart Alert wording", () => {
  const marked: Finding = {
    check: "external-confidential",
    action: "warn",
    guidance: "1章-3",
    messageId: "external-confidential.confidential",
    data: { where: ["subject", "attachment:【機密性２】検討資料.docx"], marking: "機密性2", recipients: ["a@b.co.jp"] },
  };
  const unencrypted: Finding = {
    check: "unencrypted-attachment",
    action: "warn",
    guidance: "2章-4",
    messageId: "unencrypted-attachment.not-encrypted",
    data: { marking: "機密性2", attachments: ["【機密性２】検討資料.docx"], recipients: ["a@b.co.jp", "c@d.co.jp"] },
  };
  const bcc: Finding = {
    check: "bcc-expected",
    action: "warn",
    guidance: "2章-4",
    messageId: "bcc-expected.organisations",
    data: { count: 3, domains: ["b.co.jp", "d.co.jp", "e.or.jp"], recipients: ["a@b.co.jp", "c@d.co.jp", "x@e.or.jp"] },
  };
  const req = (lang: Lang): AlertRequest => ({
    kind: "warn",
    findings: [marked, unencrypted, bcc],
    lang,
    guidanceUrl: (s) => `https://addin.example.go.jp/guidance/${lang}/${s.replace("章", "")}.html`,
    sendAnyway: "button",
    fixPane: true,
  });

  test("two places read naturally in Japanese (件名と添付…, not 件名、添付…)", () => {
    const out = buildSmartAlert(req("ja"));
    expect(out.errorMessage).toContain("件名と添付「【機密性２】検討資料.docx」に");
    expect(out.errorMessage).not.toContain("件名、添付");
  });

  test("English writes every finding out, like Japanese, each with its handbook section", () => {
    for (const lang of ["ja", "en"] as const) {
      const out = buildSmartAlert({ ...req(lang), findings: [marked, unencrypted] });
      for (const f of [marked, unencrypted]) {
        const line = out.errorMessage
          .split("\n")
          .find(
            (l) =>
              l.endsWith(ALERT_TEXTS[lang].sectionTag(f.guidance)) &&
              l.includes(renderFinding(f, lang, { maxItems: 1 }).slice(0, 12)),
          );
        expect(line).toBeDefined();
        expect(out.errorMessageMarkdown).toContain(escapeMarkdown(ALERT_TEXTS[lang].sectionTag(f.guidance)));
      }
      expect(out.errorMessage).not.toContain(
        `- ${checkTitle("unencrypted-attachment", lang)}${ALERT_TEXTS[lang].sectionTag("2章-4")}`,
      );
    }
  });

  test("guidance links name the handbook, in the dialog's language, and are separated", () => {
    const ja = buildSmartAlert({ ...req("ja"), findings: [marked] }).errorMessageMarkdown;
    expect(ja).toContain("[統一基準ハンドブック 1章-3](https://addin.example.go.jp/guidance/ja/1-3.html)");
    const ja2 = buildSmartAlert({ ...req("ja"), findings: [marked, unencrypted] }).errorMessageMarkdown;
    expect(ja2).toContain("[統一基準ハンドブック 1章-3](https://addin.example.go.jp/guidance/ja/1-3.html)、[");
    const en = buildSmartAlert({ ...req("en"), findings: [marked] }).errorMessageMarkdown;
    expect(en).toContain("[Handbook 1-3](https://addin.example.go.jp/guidance/en/1-3.html)");
    expect(en).not.toMatch(/章/);
  });
});

describe("Smart Alert names the same recipients once", () => {
  const OUTSIDE = SHARED_OUTSIDE;
  /** 配布禁止 and 機密性２ in the subject, an attachment, three outside organisations: four findings, one list. */
  const shared = evaluate(sharedRecipientsMail(), POLICY).findings;
  const alert = (findings: readonly Finding[], lang: Lang) => {
    const out = verify({
      kind: "warn",
      findings,
      lang,
      // The deliberately long 1章-3 URL of the other tests would leave no room for the sentences.
      guidanceUrl: (s) => (s === "1章-3" ? undefined : guidanceUrl(s)),
      sendAnyway: "button",
      fixPane: true,
    });
    return out;
  };
  const count = (text: string, part: string) => text.split(part).length - 1;

  test("the findings share one recipient list (the premise of the tests below)", () => {
    const named = shared.filter((f) => renderFinding(f, "ja") !== renderFinding(f, "ja", { omitRecipients: true }));
    expect(named.length).toBeGreaterThanOrEqual(3);
    for (const f of named) expect([...(f.data.recipients as string[])].sort()).toEqual([...OUTSIDE].sort());
  });

  test("Japanese: the first sentence names them, the later ones read on without them", () => {
    const out = alert(shared, "ja");
    expect(count(out.errorMessage, "tanaka@contoso.co.jp")).toBe(1);
    expect(count(out.errorMessageMarkdown, "tanaka@contoso.co.jp")).toBe(1);
    expect(out.errorMessage).toContain("組織外（tanaka@contoso.co.jp、suzuki@fabrikam.co.jp、sato@northwind.or.jp）へ");
    expect(out.errorMessage).toContain("組織外へ出してよいか、格付を決めた人の了承を確かめてください。");
    expect(out.errorMessage).toContain("組織外へ送る前に確かめてください。");
    expect(out.errorMessage).not.toMatch(/（）|組織外、|宛先（）/);
    // Every finding is still written out, none cut to its title.
    for (const f of shared) expect(out.errorMessage).not.toContain(`・${checkTitle(f.check, "ja")}（`);
  });

  test("English: the addresses appear once, and every later sentence still ends cleanly", () => {
    // English sentences are longer: the three that name the recipients, without the BCC finding, fill the dialog.
    const out = alert(
      shared.filter((f) => f.check !== "bcc-expected"),
      "en",
    );
    expect(count(out.errorMessage, "tanaka@contoso.co.jp")).toBe(1);
    expect(count(out.errorMessageMarkdown, "tanaka@contoso.co.jp")).toBe(1);
    expect(out.errorMessage).toContain("Check that whoever classified it agrees to sending it outside. (§1-3)");
    expect(out.errorMessage).toContain("Check before sending outside. (§2-4)");
    expect(out.errorMessage).not.toMatch(/\(\)|outside\s+\./);
  });

  test("a message that carries the recipients without naming them does not use up the list", () => {
    const bcc = shared.find((f) => f.check === "bcc-expected");
    const marked = shared.find((f) => f.check === "external-confidential");
    expect(bcc && marked).toBeTruthy();
    for (const lang of ["ja", "en"] as const) {
      const out = alert([bcc!, marked!], lang);
      expect(count(out.errorMessage, "tanaka@contoso.co.jp")).toBe(1);
      expect(out.errorMessage).toContain(renderFinding(marked!, lang));
    }
  });

  test("different recipient lists are each named", () => {
    const findings = evaluate(
      mail({
        to: ["tanaka@contoso.co.jp"],
        cc: ["hanako.yamada@gmail.com"],
        subject: "【機密性２】委員会資料（案）",
        body: "資料をお送りします。",
        attachments: ["委員会資料.docx"],
      }),
      POLICY,
    ).findings;
    const freemail = findings.find((f) => f.check === "freemail-recipient");
    expect(freemail && freemail.data.recipients).toEqual(["hanako.yamada@gmail.com"]);
    const marked = findings.find((f) => f.check === "external-confidential");
    const unencrypted = findings.find((f) => f.check === "unencrypted-attachment");
    expect(marked && marked.data.recipients).toEqual(["tanaka@contoso.co.jp", "hanako.yamada@gmail.com"]);
    expect(unencrypted && unencrypted.data.recipients).toEqual(marked!.data.recipients);
    for (const lang of ["ja", "en"] as const) {
      const out = alert([marked!, freemail!, unencrypted!], lang);
      // The outside list (both addresses) once, the free-mail list (one of them) again: each list is named.
      const full = [renderFinding(marked!, lang), renderFinding(marked!, lang, { maxItems: 1 })];
      expect(full.some((line) => out.errorMessage.includes(line))).toBe(true);
      expect(out.errorMessage).toContain(renderFinding(freemail!, lang));
      // The third finding repeats the first one's list: left out (in English the dialog has room for its title only).
      if (lang === "ja")
        expect(out.errorMessage).toContain(renderFinding(unencrypted!, lang, { omitRecipients: true }));
      expect(count(out.errorMessage, "tanaka@contoso.co.jp")).toBe(1);
      // In English the first sentence is down to one name ("tanaka@…, and 1 more"): the free-mail line names its own.
      expect(count(out.errorMessage, "hanako.yamada@gmail.com")).toBe(lang === "ja" ? 2 : 1);
    }
  });
});
