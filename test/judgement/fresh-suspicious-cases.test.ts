import { analyse } from "../core/suspicious/helpers";
import type { ReceivedAttachment, ReceivedMail, SignId, SignSeverity } from "../../src/core/suspicious/types";

/**
 * Received mail the suspicious-mail analysis had not seen, written for this review (fictitious names and domains,
 * own wording): phishing shapes that must raise the named signs, and everyday shapes that must stay quiet. The
 * organisation is the example policy's 例示省 (example.go.jp), with partner.example.co.jp.
 */

interface Case {
  readonly name: string;
  readonly mail: ReceivedMail;
  /** Exactly these sign ids, in any order; [] for mail that must raise nothing. */
  readonly signs: readonly SignId[];
  /** Severities that matter for the case (the strongest of each id). */
  readonly severity?: Partial<Record<SignId, SignSeverity>>;
}

const ORG_AR = "Authentication-Results: mx.example.go.jp;";
const html = (content: string): ReceivedMail["body"] => ({ type: "html", content });
const text = (content: string): ReceivedMail["body"] => ({ type: "text", content });
const file = (name: string, extra: Partial<ReceivedAttachment> = {}): ReceivedAttachment => ({
  name,
  size: 24_576,
  ...extra,
});
const headers = (...lines: string[]) => lines.join("\r\n") + "\r\n";
const passFor = (domain: string) =>
  headers(
    `${ORG_AR} spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`,
    `Return-Path: <bounce@${domain}>`,
  );

const phishing: Case[] = [
  {
    name: "総務課 from a homoglyph go-jp imitation",
    mail: { from: { emailAddress: "soumu@examp1e-go.jp", displayName: "総務課" }, body: text("至急ご確認ください。") },
    signs: ["sender-lookalike"],
    severity: { "sender-lookalike": "high" },
  },
  {
    name: "the ministry's name shown for an unrelated .com",
    mail: { from: { emailAddress: "jinji@reiji-portal.com", displayName: "例示省 人事課" } },
    signs: ["display-name-organisation"],
  },
  {
    name: "the ministry's accounting section on Gmail",
    mail: { from: { emailAddress: "reiji.kaikei2026@gmail.com", displayName: "例示省 会計課" } },
    signs: ["freemail-official"],
  },
  {
    name: "another ministry's benefit desk on Yahoo! mail",
    mail: { from: { emailAddress: "kyufukin-madoguchi@yahoo.co.jp", displayName: "厚生労働省 給付金窓口" } },
    signs: ["freemail-official"],
  },
  {
    name: "内閣府 from cao-go-japan.com",
    mail: { from: { emailAddress: "info@cao-go-japan.com", displayName: "内閣府" } },
    signs: ["sender-lookalike"],
  },
  {
    name: "the organisation's domain carried as extra labels",
    mail: { from: { emailAddress: "soumu@example.go.jp.mail-gw.net", displayName: "総務課" } },
    signs: ["sender-lookalike"],
  },
  {
    name: "a Cyrillic а in the partner's domain",
    mail: { from: { emailAddress: "eigyo@exаmple.co.jp", displayName: "例示システム 営業部" } },
    signs: ["sender-lookalike"],
  },
  {
    name: "a one-letter slip in the organisation's go.jp name",
    mail: { from: { emailAddress: "jinji@exmple.go.jp", displayName: "人事課" } },
    signs: ["sender-lookalike"],
  },
  {
    name: "a display name that is an organisation address",
    mail: { from: { emailAddress: "kaikei@mailbox-center-mail.net", displayName: "kaikei@example.go.jp" } },
    signs: ["display-name-address", "display-name-organisation"],
    severity: { "display-name-address": "high" },
  },
  {
    name: "a full-width organisation address in the display name",
    mail: {
      from: { emailAddress: "x83kq@notice-mail-org.org", displayName: "ｓｏｕｍｕ＠ｅｘａｍｐｌｅ．ｇｏ．ｊｐ" },
    },
    signs: ["display-name-address", "display-name-organisation"],
  },
  {
    name: "a partner's (DMARC-passing) mail whose Reply-To is a Gmail address",
    mail: {
      from: { emailAddress: "tanaka@partner.example.co.jp", displayName: "田中 一郎" },
      internetHeaders: passFor("partner.example.co.jp") + "Reply-To: tanaka.reiji.sys@gmail.com\r\n",
    },
    signs: ["reply-to-elsewhere"],
    severity: { "reply-to-elsewhere": "high" },
  },
  {
    name: "the organisation's own domain failing DMARC at its gateway",
    mail: {
      from: { emailAddress: "soumu@example.go.jp", displayName: "総務課" },
      internetHeaders: headers(
        `${ORG_AR} spf=fail smtp.mailfrom=example.go.jp; dkim=none; dmarc=fail (p=reject) header.from=example.go.jp`,
      ),
    },
    signs: ["auth-from-unverified"],
    severity: { "auth-from-unverified": "high" },
  },
  {
    name: "a forged pass further down does not outweigh the nearest server's fail",
    mail: {
      from: { emailAddress: "soumu@example.go.jp", displayName: "総務課" },
      internetHeaders: headers(
        `${ORG_AR} spf=softfail smtp.mailfrom=mailer-mail.net; dkim=none; dmarc=fail header.from=example.go.jp`,
        "Received: from mailer-mail.net by mx.example.go.jp; Tue, 1 Dec 2026 09:00:00 +0900",
        "Authentication-Results: relay-mail.net; spf=pass smtp.mailfrom=example.go.jp; dmarc=pass header.from=example.go.jp",
      ),
    },
    signs: ["auth-from-unverified"],
  },
  {
    name: "Microsoft 365 compauth=fail reason=601 (the organisation's own domain spoofed)",
    mail: {
      from: { emailAddress: "jinji@example.go.jp" },
      internetHeaders: headers(
        "Authentication-Results: spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=example.go.jp; dkim=none (message not signed)",
        " header.d=none;dmarc=none action=none header.from=example.go.jp;compauth=fail reason=601",
      ),
    },
    signs: ["auth-from-unverified"],
    severity: { "auth-from-unverified": "high" },
  },
  {
    name: "ARC says pass, the receiving server says DMARC fail: the receiver wins",
    mail: {
      from: { emailAddress: "info@example.go.jp" },
      internetHeaders: headers(
        "Authentication-Results: spf=fail (sender IP is 198.51.100.7) smtp.mailfrom=example.go.jp; dkim=none",
        " header.d=none;dmarc=fail action=oreject header.from=example.go.jp;compauth=fail reason=000",
        "ARC-Authentication-Results: i=1; relay-mail.net; spf=pass smtp.mailfrom=example.go.jp; dmarc=pass header.from=example.go.jp",
      ),
    },
    signs: ["auth-from-unverified"],
  },
  {
    name: "a forged org-gateway pass below the real (cloud) verdict, which has no dmarc result",
    mail: {
      from: { emailAddress: "kaikei@shiharai-center-web.com", displayName: "支払センター" },
      internetHeaders: headers(
        "Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=shiharai-center-web.com; dkim=none",
        "Received: from mail.shiharai-center-web.com by mx.google.com; Tue, 1 Dec 2026 09:00:00 +0900",
        `${ORG_AR} spf=pass smtp.mailfrom=shiharai-center-web.com; dkim=pass header.d=shiharai-center-web.com; dmarc=pass header.from=shiharai-center-web.com`,
      ),
    },
    signs: ["auth-spf-fail"],
    severity: { "auth-spf-fail": "warn" },
  },
  {
    name: "DKIM fails, SPF passes, no DMARC",
    mail: {
      from: { emailAddress: "order@shop-web.com" },
      internetHeaders: headers(
        "Authentication-Results: mx.example.go.jp; spf=pass smtp.mailfrom=shop-web.com; dkim=fail (bad signature) header.d=shop-web.com",
      ),
    },
    signs: ["auth-dkim-fail"],
  },
  {
    name: "link text is an organisation URL, the href another host",
    mail: {
      from: { emailAddress: "info@notice-mail.net" },
      body: html('<p>更新は <a href="https://id-update-mail.net/x">https://www.example.go.jp/login</a></p>'),
    },
    signs: ["link-text-mismatch"],
    severity: { "link-text-mismatch": "high" },
  },
  {
    name: "link text names the organisation, the href is punycode imitating the partner",
    mail: {
      from: { emailAddress: "info@notice-mail.net" },
      body: html('<a href="https://xn--exmple-4nf.co.jp/login">partner.example.co.jp</a>'),
    },
    signs: ["link-text-mismatch", "link-lookalike"],
  },
  {
    name: "@ trick in an anchor whose text is the same URL",
    mail: {
      from: { emailAddress: "info@notice-mail.net" },
      body: html(
        '<a href="http://www.example.go.jp@login-check-web.com/">http://www.example.go.jp@login-check-web.com/</a>',
      ),
    },
    signs: ["link-text-mismatch"],
    severity: { "link-text-mismatch": "high" },
  },
  {
    name: "@ trick in a plain-text body",
    mail: {
      from: { emailAddress: "info@notice-mail.net" },
      body: text("本人確認はこちら\r\nhttp://example.go.jp@kakunin-web.com/verify\r\n"),
    },
    signs: ["link-text-mismatch"],
  },
  {
    name: "@ trick in an anchor whose text drops the user part",
    mail: {
      from: { emailAddress: "info@notice-mail.net" },
      body: html('<a href="https://example.go.jp@evil-web.com/">https://example.go.jp/</a>'),
    },
    signs: ["link-text-mismatch"],
  },
  {
    name: "a sentence and an organisation URL together as the link text",
    mail: {
      from: { emailAddress: "info@notice-mail.net" },
      body: html('<a href="https://secure-kakunin.com/">アカウント確認 https://www.example.go.jp/account</a>'),
    },
    signs: ["link-text-mismatch"],
    severity: { "link-text-mismatch": "high" },
  },
  {
    name: "a URL shortener behind an organisation URL",
    mail: {
      from: { emailAddress: "kyufu@notice-mail.net" },
      body: html('<a href="https://bit.ly/3xYzAb">https://www.example.go.jp/kyufu/</a>'),
    },
    signs: ["link-text-mismatch"],
  },
  {
    name: "text example.go.jp, href a look-alike",
    mail: {
      from: { emailAddress: "info@notice-mail.net" },
      body: html('<a href="https://example-go-jp.com/">example.go.jp</a>'),
    },
    signs: ["link-text-mismatch", "link-lookalike"],
  },
  {
    name: "full-width URL as link text pointing elsewhere",
    mail: {
      from: { emailAddress: "info@notice-mail.net" },
      body: html('<a href="https://portal-mail.net/">ｈｔｔｐｓ：／／ｗｗｗ．ｅｘａｍｐｌｅ．ｇｏ．ｊｐ／</a>'),
    },
    signs: ["link-text-mismatch"],
  },
  {
    name: "an .iso disk image",
    mail: { from: { emailAddress: "a@b-shoji.com" }, attachments: [file("更新手順.iso")] },
    signs: ["attachment-disk-image"],
  },
  {
    name: "an .img disk image",
    mail: { from: { emailAddress: "a@b-shoji.com" }, attachments: [file("Scan_20261201.img")] },
    signs: ["attachment-disk-image"],
  },
  {
    name: "請求書.pdf.exe",
    mail: { from: { emailAddress: "a@b-shoji.com" }, attachments: [file("請求書.pdf.exe")] },
    signs: ["attachment-double-extension", "attachment-executable"],
  },
  {
    name: "a shortcut dressed as a PDF",
    mail: { from: { emailAddress: "a@b-shoji.com" }, attachments: [file("会議資料.pdf.lnk")] },
    signs: ["attachment-double-extension", "attachment-executable"],
  },
  {
    name: "RTLO name showing .jpg for a .scr",
    mail: { from: { emailAddress: "a@b-shoji.com" }, attachments: [file("写真\u202Egpj.scr")] },
    signs: ["attachment-bidi-control", "attachment-executable"],
  },
  {
    name: "padding that pushes .exe out of sight",
    mail: { from: { emailAddress: "a@b-shoji.com" }, attachments: [file("見積書.pdf                    .exe")] },
    signs: ["attachment-double-extension", "attachment-executable"],
  },
  {
    name: "an HTML sign-in page and a .htm",
    mail: { from: { emailAddress: "a@b-shoji.com" }, attachments: [file("ログイン.html"), file("fax.htm")] },
    signs: ["attachment-html"],
  },
  {
    name: "JavaScript and VBScript files",
    mail: { from: { emailAddress: "a@b-shoji.com" }, attachments: [file("invoice.js"), file("注文.vbs")] },
    signs: ["attachment-executable"],
  },
  {
    name: "a OneNote file (2023 malware carrier)",
    mail: { from: { emailAddress: "a@b-shoji.com" }, attachments: [file("議事録.one")] },
    signs: ["attachment-executable"],
  },
  {
    name: "a compiled HTML help file (used against Japanese targets)",
    mail: { from: { emailAddress: "a@b-shoji.com" }, attachments: [file("取材依頼.chm")] },
    signs: ["attachment-executable"],
  },
  {
    name: "an Excel add-in .xll",
    mail: { from: { emailAddress: "a@b-shoji.com" }, attachments: [file("単価表.xll")] },
    signs: ["attachment-executable"],
  },
  {
    name: "a macro workbook",
    mail: { from: { emailAddress: "a@b-shoji.com" }, attachments: [file("請求明細.xlsm")] },
    signs: ["attachment-macro"],
  },
  {
    name: "Emotet style: inspected password ZIP, password in the body",
    mail: {
      from: { emailAddress: "keiri@torihiki-sha.co.jp", displayName: "取引先 経理" },
      attachments: [file("請求書_1201.zip", { encrypted: true })],
      body: text("お世話になっております。\r\n添付ファイルのパスワード：Kx82mQ\r\nご確認ください。"),
    },
    signs: ["attachment-password-zip"],
  },
  {
    name: "Emotet style without byte inspection: a .zip and its password in the same body",
    mail: {
      from: { emailAddress: "keiri@torihiki-sha.co.jp" },
      attachments: [file("資料.zip")],
      body: text("資料を送付します。\r\n解凍パスワード: 8841\r\n"),
    },
    signs: ["attachment-password-zip"],
  },
  {
    name: "an inspected password ZIP holding a program disguised as a PDF",
    mail: {
      from: { emailAddress: "keiri@torihiki-sha.co.jp" },
      attachments: [file("請求書.zip", { encrypted: true, entries: ["請求書.pdf.exe"] })],
    },
    signs: ["attachment-password-zip", "attachment-double-extension", "attachment-executable"],
  },
  {
    name: "a ZIP holding a shortcut and a script",
    mail: {
      from: { emailAddress: "saiyo@jinzai-bank.com", displayName: "採用担当" },
      attachments: [file("履歴書.zip", { encrypted: false, entries: ["履歴書/履歴書.lnk", "履歴書/setup.vbs"] })],
    },
    signs: ["attachment-executable"],
  },
];

const publicBodies: Case[] = [
  {
    name: "国税庁 on a .com (e-Tax refund phishing)",
    mail: { from: { emailAddress: "info@etax-kanpu-center.com", displayName: "国税庁" } },
    signs: ["display-name-organisation"],
    severity: { "display-name-organisation": "warn" },
  },
  {
    name: "a ministry's subsidy office on a .jp that is not go.jp",
    mail: { from: { emailAddress: "jimukyoku@hojokin-uketsuke.jp", displayName: "経済産業省 補助金事務局" } },
    signs: ["display-name-organisation"],
  },
  {
    name: "a city hall on a .net",
    mail: { from: { emailAddress: "zeimu@shiyakusho-info.net", displayName: "○○市役所 税務課" } },
    signs: ["display-name-organisation"],
  },
];

const quiet: Case[] = [
  {
    name: "newsletter: 詳細はこちら behind a click tracker",
    mail: {
      from: { emailAddress: "news@mag.sample-shop.co.jp", displayName: "Example Shop メールマガジン" },
      body: html(
        '<a href="https://click.mag.sample-shop.co.jp/c?u=abc123&amp;l=9">詳細はこちら</a> ' +
          '<a href="https://t.mlsrv-mail.net/r/9f8e"><img src="https://img-mail.net/b.png" alt=""></a> ' +
          '<a href="https://t.mlsrv-mail.net/unsub?id=1">配信停止</a>',
      ),
    },
    signs: [],
  },
  {
    name: "Google Groups rewriting From, Reply-To the author",
    mail: {
      from: { emailAddress: "benkyokai@googlegroups.com", displayName: "'山田 太郎' via 勉強会" },
      internetHeaders: headers(
        "Reply-To: yamada@univ-univ.ac.jp",
        "List-ID: <benkyokai.googlegroups.com>",
        "List-Post: <https://groups.google.com/group/benkyokai/post>, <mailto:benkyokai@googlegroups.com>",
      ),
    },
    signs: [],
  },
  {
    name: "Mailman list adding Reply-To: the list",
    mail: {
      from: { emailAddress: "suzuki@lab-univ.ac.jp", displayName: "鈴木" },
      internetHeaders: headers(
        "Reply-To: geo-ml@ml-kai.or.jp",
        "List-Id: 地理情報研究会 <geo-ml.ml-kai.or.jp>",
        "List-Post: <mailto:geo-ml@ml-kai.or.jp>",
      ),
    },
    signs: [],
  },
  {
    name: "a list post in a Microsoft 365 tenant: DMARC broken by the list, overridden on its ARC seal",
    mail: {
      from: { emailAddress: "suzuki@lab-univ.ac.jp", displayName: "鈴木" },
      internetHeaders: headers(
        "Authentication-Results: spf=pass (sender IP is 192.0.2.40) smtp.mailfrom=ml-kai.or.jp; dkim=fail",
        " (body hash did not verify) header.d=lab-univ.ac.jp;dmarc=fail action=none",
        " header.from=lab-univ.ac.jp;compauth=pass reason=130",
        "ARC-Authentication-Results: i=1; ml-kai.or.jp; dkim=pass header.d=lab-univ.ac.jp; dmarc=pass",
        "Reply-To: geo-ml@ml-kai.or.jp",
        "List-Id: <geo-ml.ml-kai.or.jp>",
      ),
    },
    signs: [],
  },
  {
    name: "the organisation's own mail with dmarc=pass",
    mail: {
      from: { emailAddress: "kikaku@example.go.jp", displayName: "例示省 企画課" },
      internetHeaders: passFor("example.go.jp"),
      body: html('<a href="https://www.example.go.jp/kikaku/">https://www.example.go.jp/kikaku/</a>'),
    },
    signs: [],
  },
  {
    name: "a calendar invite with a Teams link",
    mail: {
      from: { emailAddress: "sato@partner.example.co.jp" },
      internetHeaders: passFor("partner.example.co.jp"),
      attachments: [file("invite.ics", { contentType: "text/calendar" })],
      body: html(
        '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0">会議に参加するにはここをクリックしてください</a>',
      ),
    },
    signs: [],
  },
  {
    name: "a bounce from the organisation's own server",
    mail: {
      from: { emailAddress: "MAILER-DAEMON@mx.example.go.jp", displayName: "Mail Delivery System" },
      internetHeaders: headers("Return-Path: <>", "Auto-Submitted: auto-replied"),
      attachments: [file("details.txt", { contentType: "message/delivery-status" }), file("Undelivered Message.eml")],
    },
    signs: [],
  },
  {
    name: "link text with www. and a trailing slash",
    mail: {
      from: { emailAddress: "kouhou@example.go.jp" },
      body: html(
        '<a href="https://www.example.go.jp/">example.go.jp/</a> <a href="https://e-gov.go.jp">www.e-gov.go.jp</a>',
      ),
    },
    signs: [],
  },
  {
    name: "full-width URL in a plain-text body",
    mail: {
      from: { emailAddress: "info@kenkyukai-kai.or.jp" },
      body: text("詳しくは　ｈｔｔｐｓ：／／ｗｗｗ．ｅｘａｍｐｌｅ．ｇｏ．ｊｐ／ をご覧ください。"),
    },
    signs: [],
  },
  {
    name: "a URL with Japanese written straight after it",
    mail: {
      from: { emailAddress: "kouhou@example.go.jp" },
      internetHeaders: passFor("example.go.jp"),
      body: text(
        "募集要項はhttps://www.example.go.jp/saiyoをご確認のうえ、https://partner.example.co.jpからお申し込みください。",
      ),
    },
    signs: [],
  },
  {
    name: "Safe Links wrapping the URL the text shows",
    mail: {
      from: { emailAddress: "info@kenkyukai-kai.or.jp" },
      body: html(
        '<a href="https://apc01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.kenkyukai-kai.or.jp%2Fevent&amp;data=05">https://www.kenkyukai-kai.or.jp/event</a>',
      ),
    },
    signs: [],
  },
  {
    name: "a signature mailto and an @ in a URL path",
    mail: {
      from: { emailAddress: "soumu@example.go.jp" },
      body: html('<a href="mailto:soumu@example.go.jp">soumu@example.go.jp</a> https://social-org.org/@reiji_kouhou'),
    },
    signs: [],
  },
  {
    name: "ordinary office attachments with dotted version names",
    mail: {
      from: { emailAddress: "sato@partner.example.co.jp" },
      internetHeaders: passFor("partner.example.co.jp"),
      attachments: [file("報告書 Ver.1.2.pdf"), file("議事録.docx"), file("data.2026.12.csv"), file("IMG_0012.JPG")],
    },
    signs: [],
  },
  {
    name: "another ministry with DMARC pass, named in its display name",
    mail: {
      from: { emailAddress: "kouhou@mhlw.go.jp", displayName: "厚生労働省 広報室" },
      internetHeaders: passFor("mhlw.go.jp"),
    },
    signs: [],
  },
  {
    name: "the partner naming the organisation it works for",
    mail: {
      from: { emailAddress: "support@partner.example.co.jp", displayName: "例示省 ヘルプデスク（例示システム）" },
      internetHeaders: passFor("partner.example.co.jp"),
    },
    signs: [],
  },
  {
    name: "a city on lg.jp and a company whose name holds 省 in another sense",
    mail: { from: { emailAddress: "kikaku@city.sample.lg.jp", displayName: "サンプル市役所 企画課" } },
    signs: [],
  },
  {
    name: "an energy-saving (省エネ) newsletter and a homecoming (帰省) travel offer",
    mail: { from: { emailAddress: "news@eco-denki.co.jp", displayName: "省エネ通信 / 帰省割のご案内" } },
    signs: [],
  },
  {
    name: "a ZIP whose password is promised by phone, not inspected",
    mail: {
      from: { emailAddress: "sato@partner.example.co.jp" },
      internetHeaders: passFor("partner.example.co.jp"),
      attachments: [file("設計書.zip")],
      body: text("設計書を送付します。パスワードはお電話でお伝えします。"),
    },
    signs: [],
  },
];

function check(c: Case): void {
  const signs = analyse(c.mail);
  expect([...new Set(signs.map((s) => s.id))].sort()).toEqual([...c.signs].sort());
  for (const [id, sev] of Object.entries(c.severity ?? {})) {
    expect(signs.find((s) => s.id === id)?.severity).toBe(sev);
  }
}

describe("phishing shapes raise their signs", () => {
  it.each(phishing.map((c) => [c.name, c] as const))("%s", (_n, c) => check(c));
});

describe("public bodies named by senders outside go.jp and lg.jp", () => {
  it.each(publicBodies.map((c) => [c.name, c] as const))("%s", (_n, c) => check(c));
});

describe("ordinary mail stays quiet", () => {
  it.each(quiet.map((c) => [c.name, c] as const))("%s", (_n, c) => check(c));
});

test("the review covers at least 40 cases", () => {
  expect(phishing.length + publicBodies.length + quiet.length).toBeGreaterThanOrEqual(40);
});
