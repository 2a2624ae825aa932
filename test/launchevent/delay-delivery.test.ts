import { planDelay } from "../../src/core/delay";
import { canDelay, readDelay, releaseDelay, setDelay, SHORTEST_HOLD_MS } from "../../src/office/delay-delivery";
import { SESSION_KEYS } from "../../src/office/session-keys";
import { createOfficeStandIn } from "../../src/office-stand-in/index";
import { DELAY_STRINGS } from "../../src/taskpane/delay-strings";
import { officeBackend } from "../../src/taskpane/office-backend";
import { BASE_URL, harness, ORG, OTHER, PARTNER, testPolicy } from "./setup";

const MIN = 60_000;
const delayed = (minutes: number) =>
  testPolicy((p) => {
    p.send = { timeBudgetMs: 500, delayOutsideMinutes: minutes };
  });

describe("planDelay (pure)", () => {
  const base = { now: 1_000_000, minutes: 5, outside: true, current: 0, declined: false };
  test("outside mail is held for the policy's minutes; inside mail and 0 minutes are not", () => {
    expect(planDelay(base)).toEqual({ kind: "set", at: 1_000_000 + 5 * MIN });
    expect(planDelay({ ...base, outside: false })).toEqual({ kind: "none" });
    expect(planDelay({ ...base, minutes: 0 })).toEqual({ kind: "none" });
  });
  test("a later schedule the user set is kept; an earlier one is extended", () => {
    expect(planDelay({ ...base, current: base.now + 60 * MIN })).toEqual({ kind: "keep" });
    expect(planDelay({ ...base, current: base.now + MIN })).toEqual({ kind: "set", at: base.now + 5 * MIN });
  });
  test("our own earlier hold is renewed, and released when the mail no longer leaves or the user declined", () => {
    const ours = base.now + 3 * MIN;
    expect(planDelay({ ...base, current: ours, ours })).toEqual({ kind: "set", at: base.now + 5 * MIN });
    expect(planDelay({ ...base, outside: false, current: ours, ours })).toEqual({ kind: "clear" });
    expect(planDelay({ ...base, declined: true, current: ours, ours })).toEqual({ kind: "clear" });
    // A schedule the user changed after our Send is theirs: not released.
    expect(planDelay({ ...base, outside: false, current: ours + MIN, ours })).toEqual({ kind: "none" });
  });
});

describe("item.delayDeliveryTime in the stand-in, as documented (Mailbox 1.13)", () => {
  test("absent before 1.13; 0 until set; a Date after; invalid arguments throw synchronously", async () => {
    expect((createOfficeStandIn({}, { mailboxVersion: "1.12" }).Office as any).context.mailbox.item).not.toHaveProperty(
      "delayDeliveryTime",
    );
    const s = createOfficeStandIn({}, { mailboxVersion: "1.13" });
    const item = (s.Office as any).context.mailbox.item;
    expect(canDelay(true, item)).toBe(true);
    expect(await readDelay(item)).toEqual({ ok: true, value: 0 });
    const at = Date.now() + 5 * MIN;
    expect(await setDelay(item, at)).toEqual({ ok: true, value: undefined });
    expect(s.draft.delayDeliveryTime).toBe(at);
    expect(await readDelay(item)).toEqual({ ok: true, value: at });
    expect(() => item.delayDeliveryTime.setAsync("soon", () => {})).toThrow(/Date/);
    expect(() => item.delayDeliveryTime.setAsync(new Date(NaN), () => {})).toThrow(/invalid/);
  });

  test("a time that is not in the future is refused with InvalidFormatError and the held time stays", async () => {
    // The reference documents `datetime` as "the future date and time" and no way to clear it.
    const s = createOfficeStandIn({ delayDeliveryTime: Date.now() + 5 * MIN }, { mailboxVersion: "1.13" });
    const item = (s.Office as any).context.mailbox.item;
    const held = s.draft.delayDeliveryTime;
    const now = await setDelay(item, Date.now());
    expect(now).toMatchObject({ ok: false, code: "InvalidFormatError" });
    expect(await setDelay(item, Date.now() - 60 * MIN)).toMatchObject({ ok: false, code: "InvalidFormatError" });
    expect(s.draft.delayDeliveryTime).toBe(held);
  });

  test("setAsync needs read/write item, as the reference says", () => {
    const s = createOfficeStandIn({}, { mailboxVersion: "1.13", permissions: "ReadItem" });
    const item = (s.Office as any).context.mailbox.item;
    expect(() => item.delayDeliveryTime.setAsync(new Date(), () => {})).toThrow(/Elevated permission/);
    expect(() => item.delayDeliveryTime.getAsync(() => {})).not.toThrow();
  });
});

describe("releaseDelay: no documented clear, so success only when Outlook reports no later time", () => {
  const host = (accepts: boolean, reportsAfter: (set: number) => Date | 0) => {
    let value: Date | 0 = new Date(Date.now() + 5 * MIN);
    return {
      delayDeliveryTime: {
        getAsync: (cb: (r: unknown) => void) => cb({ status: "succeeded", value }),
        setAsync: (at: Date, cb: (r: unknown) => void) => {
          if (!accepts) return cb({ status: "failed", error: { name: "InvalidFormatError", message: "bad" } });
          value = reportsAfter(at.getTime());
          cb({ status: "succeeded" });
        },
      },
    };
  };
  test("a host that takes 'now' and then reports no delivery time (or that time) is released", async () => {
    const now = Date.now();
    expect(
      await releaseDelay(
        host(true, () => 0),
        now,
      ),
    ).toEqual({ ok: true, value: undefined });
    expect(
      await releaseDelay(
        host(true, (at) => new Date(at)),
        now,
      ),
    ).toEqual({ ok: true, value: undefined });
  });
  test("a refused write, or a host that still reports a later time, is NotReleased", async () => {
    const now = Date.now();
    expect(
      await releaseDelay(
        host(false, () => 0),
        now,
      ),
    ).toMatchObject({ ok: false, code: "NotReleased" });
    const kept = host(true, () => new Date(now + 5 * MIN));
    expect(await releaseDelay(kept, now)).toMatchObject({ ok: false, code: "NotReleased" });
    expect(await releaseDelay({}, now)).toMatchObject({ ok: false, code: "NotReleased" });
  });
});

describe("OnMessageSend with send.delayOutsideMinutes", () => {
  test("outside mail that is allowed is held for the policy's minutes, and the hold is remembered", async () => {
    const h = harness(
      { to: [PARTNER("tanto")], subject: "打合せ日程", body: "来週の件です。" },
      { mailboxVersion: "1.13" },
      delayed(5),
    );
    const before = Date.now();
    const { options } = await h.send();
    expect(options).toEqual({ allowEvent: true });
    const at = h.standIn.draft.delayDeliveryTime!;
    expect(at).toBeGreaterThanOrEqual(before + 5 * MIN);
    expect(at).toBeLessThan(Date.now() + 5 * MIN + 1000);
    expect(h.standIn.draft.sessionData[SESSION_KEYS.delay]).toBe(String(at));
  });

  test("a warned mail is held too, so Send Anyway still leaves time to pull it back", async () => {
    const h = harness(
      { to: [ORG("me")], cc: [OTHER("a", "contoso.co.jp"), OTHER("b", "fabrikam.co.jp")], subject: "ご案内" },
      { mailboxVersion: "1.15" },
      delayed(3),
    );
    const { options } = await h.send();
    expect(options.sendModeOverride).toBe("promptUser");
    expect(h.standIn.draft.delayDeliveryTime).toBeGreaterThan(Date.now() + 2 * MIN);
  });

  test("internal mail, blocked mail, a 0-minute policy and pre-1.13 clients are never held", async () => {
    const inside = harness({ to: [ORG("a")], subject: "打合せ" }, { mailboxVersion: "1.13" }, delayed(5));
    await inside.send();
    expect(inside.standIn.draft.delayDeliveryTime).toBeUndefined();
    // Read alongside everything else in the first round trip (recipients are not known yet), never written.
    expect(inside.standIn.channel.calls.map((c) => c.api)).not.toContain("delayDeliveryTime.setAsync");

    const blocked = harness(
      { to: [PARTNER("t")], subject: "【機密性３】人事案" },
      { mailboxVersion: "1.13" },
      delayed(5),
    );
    expect((await blocked.send()).options.allowEvent).toBe(false);
    expect(blocked.standIn.draft.delayDeliveryTime).toBeUndefined();

    const zero = harness({ to: [PARTNER("t")], subject: "日程" }, { mailboxVersion: "1.13" }, delayed(0));
    await zero.send();
    expect(zero.standIn.channel.calls.map((c) => c.api)).not.toContain("delayDeliveryTime.getAsync");

    const old = harness({ to: [PARTNER("t")], subject: "日程" }, { mailboxVersion: "1.12" }, delayed(5));
    expect((await old.send()).options).toEqual({ allowEvent: true });
  });

  test("the user's own later schedule is kept", async () => {
    const later = Date.now() + 60 * MIN;
    const h = harness(
      { to: [PARTNER("t")], subject: "日程", delayDeliveryTime: later },
      { mailboxVersion: "1.13" },
      delayed(5),
    );
    await h.send();
    expect(h.standIn.draft.delayDeliveryTime).toBe(later);
    expect(h.standIn.draft.sessionData[SESSION_KEYS.delay]).toBeUndefined();
  });

  test("after the user declined the hold in the fix pane, the next Send does not renew it", async () => {
    const h = harness({ to: [PARTNER("t")], subject: "日程" }, { mailboxVersion: "1.13" }, delayed(5));
    await h.send();
    const first = h.standIn.draft.delayDeliveryTime;
    h.standIn.draft.sessionData[SESSION_KEYS.noDelay] = "1";
    const { options } = await h.send();
    expect(options).toEqual({ allowEvent: true });
    // Clearing is not documented (the stand-in refuses a non-future time): the hold is brought forward to the
    // shortest documented one, a minute from now, instead of standing for the policy's five minutes.
    const after = h.standIn.draft.delayDeliveryTime!;
    expect(after).toBeLessThan(first!);
    expect(after).toBeGreaterThan(Date.now());
    expect(after).toBeLessThanOrEqual(Date.now() + SHORTEST_HOLD_MS);
  });

  test("a hold Send set earlier is brought forward when the mail no longer leaves the organisation", async () => {
    const h = harness({ to: [PARTNER("t")], subject: "日程" }, { mailboxVersion: "1.13" }, delayed(5));
    await h.send();
    expect(h.standIn.draft.delayDeliveryTime).toBeGreaterThan(Date.now() + 4 * MIN);
    h.standIn.draft.to = [ORG("a")];
    expect((await h.send()).options).toEqual({ allowEvent: true });
    expect(h.standIn.draft.delayDeliveryTime).toBeLessThanOrEqual(Date.now() + SHORTEST_HOLD_MS);
  });

  test("a failing delayDeliveryTime never changes the decision or delays completion", async () => {
    const h = harness(
      { to: [PARTNER("t")], subject: "日程" },
      { mailboxVersion: "1.13", faults: [{ api: "delayDeliveryTime.setAsync", fault: { kind: "hang" } }] },
      delayed(5),
    );
    const { options, event } = await h.send();
    expect(options).toEqual({ allowEvent: true });
    expect(event.completions).toHaveLength(1);
  });
});

describe("the fix pane's hold notice (office backend over the stand-in)", () => {
  test("shows the hold the send check set; a release Outlook does not confirm is reported as failed", async () => {
    const policy = delayed(5);
    const h = harness({ to: [PARTNER("t")], subject: "日程" }, { mailboxVersion: "1.15" }, policy);
    await h.send();
    const backend = officeBackend(h.standIn.Office as unknown as typeof Office, { policy, baseUrl: BASE_URL });
    const until = await backend.heldUntil!();
    expect(until).toBe(h.standIn.draft.delayDeliveryTime);
    expect(until).toBeGreaterThan(Date.now() + 4 * MIN);

    // Before: the marker write's success was reported as a release although the time was never cleared.
    expect(await backend.releaseHold!()).toMatchObject({ ok: false, code: "NotReleased" });
    expect(await backend.heldUntil!()).toBe(until);
    expect(h.standIn.draft.sessionData[SESSION_KEYS.noDelay]).toBe("1");
    // The next Send (from the pane or Outlook) does not extend the hold; it brings it forward to a minute from now.
    await h.send();
    expect(h.standIn.draft.delayDeliveryTime).toBeLessThanOrEqual(Math.min(until!, Date.now() + SHORTEST_HOLD_MS));
  });

  test("no notice when the policy does not delay", () => {
    const h = harness({ to: [PARTNER("t")] }, { mailboxVersion: "1.15" });
    const backend = officeBackend(h.standIn.Office as unknown as typeof Office, {
      policy: testPolicy(),
      baseUrl: BASE_URL,
    });
    expect(backend.heldUntil).toBeUndefined();
    expect(backend.releaseHold).toBeUndefined();
  });
});

describe("the hold notice's words, in both languages", () => {
  test("a failed release does not ask to try again: it says the hold ends by itself and how to clear it by hand", () => {
    expect(DELAY_STRINGS.ja.failed).not.toContain("もう一度");
    expect(DELAY_STRINGS.ja.failed).toContain("［配信タイミング］");
    expect(DELAY_STRINGS.ja.failed).toContain("自動で終わり");
    expect(DELAY_STRINGS.en.failed).not.toMatch(/try again/i);
    expect(DELAY_STRINGS.en.failed).toContain("Delay Delivery");
    expect(DELAY_STRINGS.en.failed).toContain("ends by itself");
    // The button promises an attempt, not a release.
    expect(DELAY_STRINGS.ja.sendNow).toContain("試す");
    expect(DELAY_STRINGS.en.sendNow).toMatch(/^Try/);
  });
});
