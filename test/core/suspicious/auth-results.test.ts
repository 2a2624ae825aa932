import { parseHeaderBlock } from "../../../src/core/suspicious/headers";
import {
  parseAuthenticationResults,
  stripComments,
  trustedAuthResults,
} from "../../../src/core/suspicious/auth-results";
import { headerFixture } from "./helpers";

describe("parseHeaderBlock", () => {
  it("unfolds continuation lines and keeps header order", () => {
    const f = parseHeaderBlock("A: 1\r\n 2\r\nB: x\n\tz\nA: 3\r\n\r\nbody: no");
    expect(f).toEqual([
      { name: "a", value: "1 2" },
      { name: "b", value: "x z" },
      { name: "a", value: "3" },
    ]);
  });

  it("skips lines that are not fields", () => {
    expect(parseHeaderBlock("garbage line\nX-Ok: yes\n: empty\n")).toEqual([{ name: "x-ok", value: "yes" }]);
  });

  it("returns nothing for empty or missing input", () => {
    expect(parseHeaderBlock("")).toEqual([]);
    expect(parseHeaderBlock(undefined)).toEqual([]);
  });
});

describe("parseAuthenticationResults", () => {
  it("reads Gmail's header with comments and quoted values", () => {
    const r = parseAuthenticationResults(
      'mx.google.com; dkim=pass header.i=@a.example header.s=s1 header.b="R/ATP5Q2"; spf=pass (google.com: domain of x@a.example designates 192.0.2.1 as permitted sender) smtp.mailfrom=x@a.example; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=a.example',
    );
    expect(r?.authservId).toBe("mx.google.com");
    expect(r?.results.map((x) => `${x.method}=${x.result}`)).toEqual(["dkim=pass", "spf=pass", "dmarc=pass"]);
    expect(r?.results[0]?.props["header.b"]).toBe("R/ATP5Q2");
    expect(r?.results[1]?.props["smtp.mailfrom"]).toBe("x@a.example");
    expect(r?.results[2]?.props["header.from"]).toBe("a.example");
  });

  it("reads Microsoft 365's header without authserv-id, with bare domain segments", () => {
    const r = parseAuthenticationResults(
      "spf=fail (sender IP is 1.1.1.1) smtp.mailfrom=eu.example; recv.example; dkim=pass (signature was verified) header.d=d.example;d1.example; dmarc=bestguesspass action=none header.from=d.example;compauth=fail reason=001",
    );
    expect(r?.authservId).toBe("");
    expect(r?.results.map((x) => `${x.method}=${x.result}`)).toEqual([
      "spf=fail",
      "dkim=pass",
      "dmarc=bestguesspass",
      "compauth=fail",
    ]);
    expect(r?.results[3]?.props.reason).toBe("001");
    expect(r?.results[2]?.props.action).toBe("none");
  });

  it("keeps semicolons inside quotes and drops nested comments", () => {
    const r = parseAuthenticationResults(
      'host.example; dkim=fail reason="bad; really" (outer (inner; x) y) header.d=a.example; spf=pass',
    );
    expect(r?.results).toHaveLength(2);
    expect(r?.results[0]?.props.reason).toBe("bad; really");
    expect(r?.results[0]?.props["header.d"]).toBe("a.example");
  });

  it("reads a result glued to a comment (Yahoo) and a version on the method", () => {
    const r = parseAuthenticationResults("y.example; dmarc=pass(p=REJECT) header.from=a.example; dkim/1=fail");
    expect(r?.results.map((x) => `${x.method}=${x.result}`)).toEqual(["dmarc=pass", "dkim=fail"]);
  });

  it("treats 'none' and empty input as no results", () => {
    expect(parseAuthenticationResults("mx.example; none")).toEqual({ authservId: "mx.example", results: [] });
    expect(parseAuthenticationResults("")).toBeNull();
    expect(parseAuthenticationResults("(only a comment)")).toBeNull();
  });

  it("keeps hostile property names as plain data", () => {
    const r = parseAuthenticationResults("mx.example; spf=fail __proto__=x constructor=y");
    expect(r?.results[0]?.props["constructor"]).toBe("y");
    expect(Object.getPrototypeOf(r?.results[0]?.props)).toBeNull();
  });

  it("stripComments handles escapes and unbalanced parentheses", () => {
    expect(stripComments("a (b \\) c) d")).toBe("a   d");
    expect(stripComments('"(not a comment)" x')).toBe('"(not a comment)" x');
    expect(stripComments("a (never closed")).toBe("a  ");
  });
});

describe("trustedAuthResults", () => {
  const org = ["example.go.jp"];

  it("trusts the nearest evaluator's group, not an attacker's header further down", () => {
    const t = trustedAuthResults(parseHeaderBlock(headerFixture("m365-internal-spoof.txt")), org);
    expect(t.map((h) => h.authservId)).toEqual([""]);
  });

  it("keeps every header of one Postfix host (one per milter)", () => {
    const t = trustedAuthResults(parseHeaderBlock(headerFixture("postfix-milters.txt")), org);
    expect(t).toHaveLength(3);
  });

  it("ignores an earlier hop's stale results and ARC-Authentication-Results", () => {
    const fields = parseHeaderBlock(headerFixture("stale-upstream-fail.txt"));
    expect(trustedAuthResults(fields, org).map((h) => h.authservId)).toEqual(["mx.google.com"]);
    const gmail = trustedAuthResults(parseHeaderBlock(headerFixture("gmail-pass.txt")), org);
    expect(gmail.flatMap((h) => h.results).every((r) => r.result === "pass")).toBe(true);
  });

  it("also trusts the organisation's own gateway below the cloud's header", () => {
    const fields = parseHeaderBlock(
      "Authentication-Results: spf=pass smtp.mailfrom=a.example; dmarc=pass header.from=a.example\n" +
        "Authentication-Results: gw.example.go.jp; dkim=fail header.d=a.example\n" +
        "Authentication-Results: relay.other.example; spf=fail\n",
    );
    expect(trustedAuthResults(fields, org).map((h) => h.authservId)).toEqual(["", "gw.example.go.jp"]);
  });

  it("trusts the organisation's gateway only above the Received line where the mail entered it", () => {
    const real = parseHeaderBlock(
      "Authentication-Results: spf=fail smtp.mailfrom=shop.example; dkim=none\n" +
        "Received: from gw.example.go.jp by tyo.mail.protection.outlook.com; Tue, 1 Dec 2026 09:00:01 +0900\n" +
        "Authentication-Results: gw.example.go.jp; dmarc=fail header.from=shop.example\n" +
        "Received: from mail.shop.example by gw.example.go.jp; Tue, 1 Dec 2026 09:00:00 +0900\n",
    );
    expect(trustedAuthResults(real, org).map((h) => h.authservId)).toEqual(["", "gw.example.go.jp"]);
    // The sender wrote this one: it sits below every hop of the organisation (here there is none at all).
    const forged = parseHeaderBlock(
      "Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=shop.example; dkim=none\n" +
        "Received: from mail.shop.example by mx.google.com; Tue, 1 Dec 2026 09:00:00 +0900\n" +
        "Authentication-Results: mx.example.go.jp; dmarc=pass header.from=shop.example\n",
    );
    expect(trustedAuthResults(forged, org).map((h) => h.authservId)).toEqual(["mx.google.com"]);
  });

  it("uses exactly the configured ids when given", () => {
    const fields = parseHeaderBlock(headerFixture("postfix-milters.txt"));
    expect(trustedAuthResults(fields, org, { trustedAuthservIds: ["other.example"] })).toEqual([]);
    expect(trustedAuthResults(fields, org, { trustedAuthservIds: ["MAIL.example.go.jp"] })).toHaveLength(3);
  });
});
