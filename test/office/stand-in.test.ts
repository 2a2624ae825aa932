import { createOfficeStandIn, ERRORS, LIMITS } from "../../src/office-stand-in/index";

const call = <T>(fn: (cb: (r: any) => void) => void) => new Promise<any>((resolve) => fn(resolve)) as Promise<T>;

describe("Office stand-in semantics", () => {
  test("callbacks are asynchronous and carry an AsyncResult", async () => {
    const s = createOfficeStandIn({ subject: "件名" });
    const item: any = (s.Office.context as any).mailbox.item;
    let sync = true;
    const p = call((cb) => item.subject.getAsync({ asyncContext: 7 }, cb));
    sync = false;
    const r: any = await p;
    expect(sync).toBe(false);
    expect(r).toEqual({ status: "succeeded", value: "件名", asyncContext: 7 });
  });

  test("more than 100 recipients per call throws synchronously", () => {
    const s = createOfficeStandIn();
    const item: any = (s.Office.context as any).mailbox.item;
    const many = Array.from({ length: LIMITS.recipientsPerCall + 1 }, (_, i) => `u${i}@example.go.jp`);
    expect(() => item.to.setAsync(many, () => undefined)).toThrow(/NumberOfRecipientsExceeded/);
    expect(() => item.bcc.addAsync(many.slice(0, 100), () => undefined)).not.toThrow();
  });

  test("headers over 998 characters and non-string sessionData values throw synchronously", () => {
    const s = createOfficeStandIn();
    const item: any = (s.Office.context as any).mailbox.item;
    expect(() => item.internetHeaders.setAsync({ "X-A": "v".repeat(996) }, () => undefined)).toThrow(/998/);
    expect(() => item.sessionData.setAsync("k", 1, () => undefined)).toThrow(/string/);
    expect(() => item.subject.setAsync("s".repeat(256), () => undefined)).toThrow(/255/);
  });

  test("sessionData holds 50,000 characters before 1.16 and more from 1.16", async () => {
    const old = createOfficeStandIn({}, { mailboxVersion: "1.15" });
    const r: any = await call((cb) =>
      ((old.Office.context as any).mailbox.item as any).sessionData.setAsync("k", "x".repeat(50_000), cb),
    );
    expect(r.status).toBe("failed");
    expect(r.error.name).toBe(ERRORS.sessionDataFull.name);
    const recent = createOfficeStandIn({}, { mailboxVersion: "1.16" });
    const r2: any = await call((cb) =>
      ((recent.Office.context as any).mailbox.item as any).sessionData.setAsync("k", "x".repeat(50_000), cb),
    );
    expect(r2.status).toBe("succeeded");
  });

  test("requirement sets follow mailboxVersion; sensitivityLabel only from 1.13", () => {
    const s = createOfficeStandIn({}, { mailboxVersion: "1.12" });
    const req: any = (s.Office.context as any).requirements;
    expect(req.isSetSupported("Mailbox", "1.12")).toBe(true);
    expect(req.isSetSupported("Mailbox", "1.14")).toBe(false);
    expect((s.Office.context as any).mailbox.item.sensitivityLabel).toBeUndefined();
  });

  test("latency, failures and hangs are injectable per API", async () => {
    const s = createOfficeStandIn(
      { subject: "a" },
      {
        latencyMs: 30,
        faults: [
          { api: "body.getAsync", fault: { kind: "fail", name: "X" }, times: 1 },
          { api: "subject.getAsync", fault: { kind: "hang" } },
        ],
      },
    );
    const item: any = (s.Office.context as any).mailbox.item;
    const t0 = Date.now();
    const r1: any = await call((cb) => item.body.getAsync("text", cb));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
    expect(r1.error.name).toBe("X");
    const r2: any = await call((cb) => item.body.getAsync("text", cb));
    expect(r2.status).toBe("succeeded");
    let answered = false;
    item.subject.getAsync(() => (answered = true));
    await new Promise((r) => setTimeout(r, 80));
    expect(answered).toBe(false);
    expect(s.channel.calls.find((c) => c.api === "subject.getAsync")?.outcome).toBe("hung");
  });

  test("associate stores handlers case-insensitively, as office.js does", () => {
    const s = createOfficeStandIn();
    const fn = () => undefined;
    (s.Office.actions as any).associate("onMessageSendHandler", fn);
    expect(s.associated.get("ONMESSAGESENDHANDLER")).toBe(fn);
    expect(() => (s.Office.actions as any).associate(1, fn)).toThrow();
  });
});
