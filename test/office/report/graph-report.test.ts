import { cleanBase64, retryAfterMs, sendMailBody, utf8Length } from "../../../src/office/report/graph-report";
import { authority, naaTokenSource, type NestableClient } from "../../../src/office/report/naa-token";
import { validatePolicy } from "../../../src/core/policy/validate";
import { deskPhone } from "../../../src/taskpane/report/view-model";
import { examplePolicyInput, policyWith } from "../../helpers/mail";

describe("Graph request pieces", () => {
  test("Retry-After: delay-seconds and HTTP-date; anything else is no advice", () => {
    const now = Date.UTC(2026, 11, 1, 3, 0, 0);
    expect(retryAfterMs("7", now)).toBe(7000);
    expect(retryAfterMs(" 0 ", now)).toBe(0);
    expect(retryAfterMs("Tue, 01 Dec 2026 03:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Tue, 01 Dec 2026 02:59:00 GMT", now)).toBe(0);
    expect(retryAfterMs("soon", now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  test("base64 from getAsFileAsync: line breaks are dropped, other characters are refused", () => {
    expect(cleanBase64("U3Vi\r\namVjdDog\r\n5pel5pys\r\n")).toBe("U3ViamVjdDog5pel5pys");
    expect(cleanBase64("U3Vi amVj")).toBe("U3ViamVj");
    expect(cleanBase64("U3Vi*mVj")).toBeUndefined();
    expect(cleanBase64("U3V")).toBeUndefined();
    expect(cleanBase64("")).toBeUndefined();
  });

  test("UTF-8 length as Graph counts the request: ASCII 1, kana 3, an emoji 4", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("報告")).toBe(6);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("😀")).toBe(4);
    expect(utf8Length("報告😀a")).toBe(Buffer.byteLength("報告😀a"));
  });

  test("sendMail body: one fileAttachment, plain-text body, no Sent Items copy", () => {
    const body = sendMailBody(
      { to: "soc@example.go.jp", subject: "Phishing: [不審メール報告] 件名", bodyText: "<b>本文</b>" },
      "QUJD",
      "件名.eml",
    );
    expect(body.message.body).toEqual({ contentType: "Text", content: "<b>本文</b>" });
    expect(body.message.attachments).toEqual([
      {
        "@odata.type": "#microsoft.graph.fileAttachment",
        name: "件名.eml",
        contentType: "message/rfc822",
        contentBytes: "QUJD",
      },
    ]);
    expect(body.saveToSentItems).toBe(false);
  });
});

describe("NAA token source (the MSAL application is the fake)", () => {
  const client = (silent: () => Promise<{ accessToken: string }>): NestableClient & { popups: number } => {
    const c = {
      popups: 0,
      acquireTokenSilent: silent,
      acquireTokenPopup: async () => {
        c.popups += 1;
        return { accessToken: "from-popup" };
      },
    };
    return c;
  };

  test("silent success needs no popup; the application is created once", async () => {
    let created = 0;
    const c = client(async () => ({ accessToken: "quiet" }));
    const source = naaTokenSource({ clientId: "x" }, true, async () => {
      created += 1;
      return c;
    });
    await expect(source.token(false)).resolves.toEqual({ ok: true, accessToken: "quiet" });
    await expect(source.token(true)).resolves.toEqual({ ok: true, accessToken: "quiet" });
    expect(created).toBe(1);
    expect(c.popups).toBe(0);
  });

  test("a factory that throws (MSAL could not start) is reported and tried again next time", async () => {
    let calls = 0;
    const source = naaTokenSource({ clientId: "x" }, true, async () => {
      calls += 1;
      if (calls === 1) throw new Error("bridge not available");
      return client(async () => ({ accessToken: "second" }));
    });
    await expect(source.token(false)).resolves.toMatchObject({ ok: false, reason: "init-failed" });
    await expect(source.token(false)).resolves.toEqual({ ok: true, accessToken: "second" });
  });

  test("authority: the tenant when given, otherwise organizations (no personal accounts)", () => {
    expect(authority({ clientId: "x", tenantId: "t" })).toBe("https://login.microsoftonline.com/t");
    expect(authority({ clientId: "x" })).toBe("https://login.microsoftonline.com/organizations");
  });
});

describe("policy: report.graph, report.phone, report.hours", () => {
  const withReport = (report: Record<string, unknown>, lang: "en" | "ja" = "en") => {
    const input = examplePolicyInput() as Record<string, any>;
    input.report = { ...input.report, ...report };
    return validatePolicy(input, lang);
  };

  test("a GUID client id (any case) and tenant id pass", () => {
    const r = withReport({
      graph: { clientId: "6F1C2A3B-4D5E-4F60-8A7B-9C0D1E2F3A4B", tenantId: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" },
    });
    expect(r.ok).toBe(true);
  });

  test.each([
    ["sendcheck-report"],
    ["6f1c2a3b4d5e4f608a7b9c0d1e2f3a4b"],
    ["{6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b}"],
    [""],
  ])("client id %j is refused with its path", (clientId) => {
    const r = withReport({ graph: { clientId } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error[0]).toMatchObject({
        path: "$.report.graph.clientId",
        message: expect.stringMatching(/Application \(client\) ID/),
      });
  });

  test("unknown keys under graph and a missing clientId are errors; the Japanese message names the ID", () => {
    expect(withReport({ graph: { clientId: "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", secret: "x" } }).ok).toBe(false);
    expect(withReport({ graph: {} }).ok).toBe(false);
    const ja = withReport({ graph: { clientId: "abc" } }, "ja");
    expect(!ja.ok && ja.error[0]!.message).toContain("アプリケーション (クライアント) ID");
  });

  test.each([["03-3581-0000"], ["+81 3 3581 0000"], ["(03) 3581-0000"], ["0120-000-000"], ["110"]])(
    "phone %j passes and becomes a dialable tel: link",
    (phone) => {
      const policy = policyWith((p) => (p.report.phone = phone));
      const d = deskPhone(policy);
      expect(d?.number).toBe(phone);
      expect(d?.href).toMatch(/^tel:\+?[0-9]+$/);
    },
  );

  test.each([["03-3581-0000 内線1234"], ["javascript:alert(1)"], ["soc@example.go.jp"], ["12"], ["-03-3581"]])(
    "phone %j is refused",
    (phone) => {
      const r = withReport({ phone });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error[0]!.path).toBe("$.report.phone");
    },
  );

  test("hours travel with the phone; no phone, no desk line", () => {
    const policy = policyWith((p) => Object.assign(p.report, { phone: "+81 3 3581 0000", hours: "平日 9:30〜18:15" }));
    expect(deskPhone(policy)).toEqual({
      number: "+81 3 3581 0000",
      href: "tel:+81335810000",
      hours: "平日 9:30〜18:15",
    });
    expect(deskPhone(policyWith((p) => delete p.report.phone))).toBeNull();
    expect(withReport({ hours: "x".repeat(61) }).ok).toBe(false);
  });
});
