import { analyse, find, headerFixture, ids } from "./helpers";

const partner = { emailAddress: "info@partner.example.co.jp", displayName: "例示システム" };

function withHeaders(file: string, from = partner) {
  return analyse({ from, internetHeaders: headerFixture(file) });
}

describe("Authentication-Results signs", () => {
  it("must not fire on genuine Gmail, Microsoft 365 and Yahoo passes", () => {
    for (const f of ["gmail-pass.txt", "m365-pass.txt", "yahoo-no-space.txt"]) {
      expect(ids(withHeaders(f)).filter((i) => i.startsWith("auth-"))).toEqual([]);
    }
  });

  it("must not fire when there are no Authentication-Results (internal mail)", () => {
    expect(withHeaders("no-auth-results.txt", { emailAddress: "tanaka@example.go.jp", displayName: "田中" })).toEqual(
      [],
    );
  });

  it("fires high for a spoof of the organisation's own domain (dmarc=fail, compauth=fail reason=000)", () => {
    const signs = withHeaders("m365-internal-spoof.txt", { emailAddress: "somu@example.go.jp", displayName: "総務課" });
    const s = find(signs, "auth-from-unverified");
    expect(s?.severity).toBe("high");
    expect(s?.messageId).toBe("auth.from-unverified-internal");
    expect(s?.data.domain).toBe("example.go.jp");
    expect(s?.data.results).toEqual(["dmarc=fail", "compauth=fail reason=000", "spf=fail"]);
    // The SPF failure is folded into the stronger sign rather than repeated.
    expect(find(signs, "auth-spf-fail")).toBeUndefined();
  });

  it("is not fooled by a forged pass further down the headers", () => {
    const signs = withHeaders("m365-internal-spoof.txt", { emailAddress: "somu@example.go.jp", displayName: "" });
    expect(find(signs, "auth-from-unverified")).toBeDefined();
  });

  it("gives Microsoft's implicit compauth failure (reason=001) alone a warning, not high", () => {
    const s = find(
      withHeaders("m365-implicit-fail.txt", { emailAddress: "chris@fabrikam.example", displayName: "" }),
      "auth-from-unverified",
    );
    expect(s?.severity).toBe("warn");
    expect(s?.messageId).toBe("auth.from-unverified");
    expect(s?.data.results).toEqual(["compauth=fail reason=001"]);
  });

  it("fires high for Postfix/OpenDMARC dmarc=fail and lists the DKIM failure with it", () => {
    const s = find(withHeaders("postfix-milters.txt"), "auth-from-unverified");
    expect(s?.severity).toBe("high");
    expect(s?.data).toEqual({ domain: "partner.example.co.jp", results: ["dmarc=fail", "dkim=fail"] });
  });

  it("ignores a stale failure from an earlier hop when the nearest evaluator passed", () => {
    expect(ids(withHeaders("stale-upstream-fail.txt")).filter((i) => i.startsWith("auth-"))).toEqual([]);
  });

  it("notes SPF failure as info only when DMARC passed (forwarding), with one of several DKIM signatures passing", () => {
    const signs = withHeaders("mailing-list-forward.txt", { emailAddress: "news@city.example.lg.jp", displayName: "" });
    expect(find(signs, "auth-spf-fail")?.severity).toBe("info");
    expect(find(signs, "auth-dkim-fail")).toBeUndefined();
  });

  it("warns about SPF and DKIM failures when DMARC did not pass", () => {
    const signs = analyse({
      from: { emailAddress: "a@tsuhan-store.net" },
      internetHeaders:
        "Authentication-Results: mx.example.go.jp; spf=fail smtp.mailfrom=a@tsuhan-store.net; dkim=fail header.d=tsuhan-store.net; dmarc=none\n",
    });
    expect(find(signs, "auth-spf-fail")).toMatchObject({ severity: "warn", data: { domain: "tsuhan-store.net" } });
    expect(find(signs, "auth-dkim-fail")).toMatchObject({ severity: "warn", data: { domain: "tsuhan-store.net" } });
    expect(find(signs, "auth-not-verified")).toBeUndefined();
  });

  it("gives softfail/none/temperror only an info note", () => {
    const a = find(
      withHeaders("softfail-only.txt", { emailAddress: "sales@tsuhan-store.net", displayName: "" }),
      "auth-not-verified",
    );
    expect(a).toMatchObject({ severity: "info", data: { results: ["spf=softfail", "dkim=none", "dmarc=none"] } });
    const b = find(
      withHeaders("m365-temperror.txt", { emailAddress: "someone@tes.example.ru", displayName: "" }),
      "auth-not-verified",
    );
    expect(b?.severity).toBe("info");
  });

  it("does not note weak results when SPF passed for the From domain itself", () => {
    const signs = analyse({
      from: { emailAddress: "a@tsuhan-store.net" },
      internetHeaders:
        "Authentication-Results: mx.example.go.jp; spf=pass smtp.mailfrom=bounce@mail.tsuhan-store.net; dkim=none; dmarc=none\n",
    });
    expect(find(signs, "auth-not-verified")).toBeUndefined();
  });
});

describe("Microsoft 365's composite verdict over a DMARC failure", () => {
  const from = { emailAddress: "suzuki@lab.daigaku.ac.jp", displayName: "鈴木" };
  const m365 = (tail: string) =>
    analyse({
      from,
      internetHeaders:
        "Authentication-Results: spf=pass (sender IP is 192.0.2.40) smtp.mailfrom=ml.chiri-kai.or.jp; dkim=fail\r\n" +
        ` (body hash did not verify) header.d=daigaku.ac.jp;dmarc=fail action=none header.from=daigaku.ac.jp;${tail}\r\n`,
    });

  it("must not fire when it overrode the failure on a trusted ARC chain (compauth=pass reason=130)", () => {
    expect(m365("compauth=pass reason=130")).toEqual([]);
  });

  it("warns, not high, when it only soft-passed the sender", () => {
    expect(find(m365("compauth=softpass reason=201"), "auth-from-unverified")?.severity).toBe("warn");
  });

  it("stays high when it agreed with the failure", () => {
    expect(find(m365("compauth=fail reason=000"), "auth-from-unverified")?.severity).toBe("high");
  });
});
