import { analyse, find, headerFixture } from "./helpers";

describe("Reply-To on another organisation", () => {
  it("fires high when a mail from the organisation's domain asks for replies to free mail (from headers)", () => {
    const signs = analyse({
      from: { emailAddress: "somu@example.go.jp", displayName: "総務課" },
      internetHeaders: headerFixture("m365-internal-spoof.txt"),
    });
    expect(find(signs, "reply-to-elsewhere")).toMatchObject({
      severity: "high",
      data: { replyTo: ["somu.example.go.jp@gmail.com"], from: "somu@example.go.jp" },
    });
  });

  it("warns for an outside sender whose replies go to a third organisation", () => {
    const s = find(
      analyse({ from: { emailAddress: "a@tsuhan-store.net" }, replyTo: [{ emailAddress: "b@collect-agent.org" }] }),
      "reply-to-elsewhere",
    );
    expect(s?.severity).toBe("warn");
  });

  it("fires for a different free-mail account but not for the same one", () => {
    const from = { emailAddress: "taro@gmail.com" };
    expect(find(analyse({ from, replyTo: [{ emailAddress: "jiro@gmail.com" }] }), "reply-to-elsewhere")).toBeDefined();
    expect(
      find(analyse({ from, replyTo: [{ emailAddress: "Taro@gmail.com" }] }), "reply-to-elsewhere"),
    ).toBeUndefined();
  });

  it("must not fire for the same organisation (subdomain, partner's other domain)", () => {
    expect(
      analyse({ from: { emailAddress: "a@example.go.jp" }, replyTo: [{ emailAddress: "desk@sub.example.go.jp" }] }),
    ).toEqual([]);
    expect(
      analyse({
        from: { emailAddress: "a@tsuhan-store.net" },
        internetHeaders: 'Reply-To: "Shop (support)" <support@www.tsuhan-store.net>\n',
      }),
    ).toEqual([]);
  });

  it("does not take an address-looking display name in Reply-To for the address", () => {
    const signs = analyse({
      from: { emailAddress: "a@tsuhan-store.net" },
      internetHeaders: 'Reply-To: "x@evil.example" <support@tsuhan-store.net>\n',
    });
    expect(find(signs, "reply-to-elsewhere")).toBeUndefined();
  });
});

describe("Return-Path on another organisation", () => {
  it("notes it (info) when the From domain is not authenticated", () => {
    const signs = analyse({
      from: { emailAddress: "info@partner.example.co.jp" },
      internetHeaders: headerFixture("postfix-milters.txt"),
    });
    expect(find(signs, "return-path-elsewhere")).toMatchObject({
      severity: "info",
      data: { returnPath: "mailer.evil.example", from: "partner.example.co.jp" },
    });
  });

  it("must not fire once DMARC passed, for the same organisation, or for a null Return-Path", () => {
    expect(
      find(
        analyse({
          from: { emailAddress: "a@tsuhan-store.net" },
          internetHeaders:
            "Return-Path: <bounce@amazonses.example>\nAuthentication-Results: mx.example.go.jp; dmarc=pass header.from=tsuhan-store.net\n",
        }),
        "return-path-elsewhere",
      ),
    ).toBeUndefined();
    expect(
      analyse({
        from: { emailAddress: "a@tsuhan-store.net" },
        internetHeaders: "Return-Path: <b@bounce.tsuhan-store.net>\n",
      }),
    ).toEqual([]);
    expect(analyse({ from: { emailAddress: "a@tsuhan-store.net" }, internetHeaders: "Return-Path: <>\n" })).toEqual([]);
  });
});

describe("From taken from the headers when the adapter has none", () => {
  it("reads the address from the From header", () => {
    const signs = analyse({ internetHeaders: headerFixture("m365-internal-spoof.txt") });
    expect(find(signs, "auth-from-unverified")?.messageId).toBe("auth.from-unverified-internal");
  });
});

describe("Reply-To set by a mailing list", () => {
  const listHeaders = (replyTo: string) =>
    `Reply-To: ${replyTo}\r\nList-Id: 地理情報研究会 <geo-ml.ml.chiri-kai.or.jp>\r\nList-Post: <mailto:geo-ml@ml.chiri-kai.or.jp>\r\n`;

  it("must not fire when replies go to the list itself", () => {
    const signs = analyse({
      from: { emailAddress: "suzuki@lab.daigaku.ac.jp" },
      internetHeaders: listHeaders("geo-ml@ml.chiri-kai.or.jp"),
    });
    expect(find(signs, "reply-to-elsewhere")).toBeUndefined();
  });

  it("must not fire when the list rewrote From to its own address and points replies at the author", () => {
    const signs = analyse({
      from: { emailAddress: "geo-ml@ml.chiri-kai.or.jp", displayName: "'鈴木' via 地理情報研究会" },
      internetHeaders: listHeaders("suzuki@lab.daigaku.ac.jp"),
    });
    expect(find(signs, "reply-to-elsewhere")).toBeUndefined();
  });

  it("still fires when the Reply-To is neither the list nor after a rewritten From, or imitates the organisation", () => {
    const third = analyse({
      from: { emailAddress: "suzuki@lab.daigaku.ac.jp" },
      internetHeaders: listHeaders("collect@shuno-daiko.com"),
    });
    expect(find(third, "reply-to-elsewhere")?.severity).toBe("warn");
    const imitation = analyse({
      from: { emailAddress: "geo-ml@ml.chiri-kai.or.jp" },
      internetHeaders: listHeaders("soumu@example-go-jp.com"),
    });
    expect(find(imitation, "reply-to-elsewhere")?.severity).toBe("high");
  });
});

describe("Return-Path of a mailing list", () => {
  const headers =
    "Return-Path: <geo-ml-bounces+suzuki=lab.daigaku.ac.jp@ml.chiri-kai.or.jp>\r\n" +
    "List-Id: <geo-ml.ml.chiri-kai.or.jp>\r\nList-Post: <mailto:geo-ml@ml.chiri-kai.or.jp>\r\n";

  it("must not note the list's own bounce address", () => {
    const signs = analyse({ from: { emailAddress: "suzuki@lab.daigaku.ac.jp" }, internetHeaders: headers });
    expect(find(signs, "return-path-elsewhere")).toBeUndefined();
  });

  it("still notes a bounce address that is not the list's", () => {
    const signs = analyse({
      from: { emailAddress: "suzuki@lab.daigaku.ac.jp" },
      internetHeaders: headers.replace("ml.chiri-kai.or.jp>", "bulk-sender.net>"),
    });
    expect(find(signs, "return-path-elsewhere")?.severity).toBe("info");
  });
});
