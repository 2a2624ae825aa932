import { contextDataFor } from "../../src/launchevent/completed-options";
import type { Finding } from "../../src/core/checks/types";
import {
  moveToBcc,
  readRecipients,
  removeAttachment,
  removeRecipients,
  sendItem,
  setSubject,
} from "../../src/office/fixes";
import { parsePaneContext, readPaneContext } from "../../src/office/init-context";
import { watchItemChanges } from "../../src/office/item-changes";
import { createOfficeStandIn, type Draft, type StandInOptions } from "../../src/office-stand-in/index";

const outside = (n: number, domain = "partner.co.jp") =>
  Array.from({ length: n }, (_, i) => ({ emailAddress: `u${i}@${domain}` }));

function setup(draft: Partial<Draft>, options: StandInOptions = {}) {
  const s = createOfficeStandIn(draft, options);
  const item = (s.Office.context as any).mailbox.item as Office.MessageCompose;
  return { s, item };
}

async function recipientsOf(item: Office.MessageCompose) {
  const r = await readRecipients(item);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe("fixes through the Office stand-in", () => {
  test("moving 150 outside recipients: BCC in batches of at most 100, To keeps the internal ones", async () => {
    const { s, item } = setup({
      to: [...outside(150), { emailAddress: "a@example.go.jp" }],
      cc: outside(2, "b.co.jp"),
    });
    const before = await recipientsOf(item);
    const moving = [...outside(150), ...outside(2, "b.co.jp")].map((r) => r.emailAddress);
    const r = await moveToBcc(item, before, moving);
    expect(r.failed).toEqual([]);
    expect(r.moved).toHaveLength(152);
    expect(s.draft.to.map((x) => x.emailAddress)).toEqual(["a@example.go.jp"]);
    expect(s.draft.cc).toEqual([]);
    expect(s.draft.bcc).toHaveLength(152);
    const adds = s.channel.calls.filter((c) => c.api === "bcc.addAsync");
    expect(adds.map((c) => (c.arg as unknown[]).length)).toEqual([100, 52]);
  });

  test("a To field that keeps more than 100 is rewritten with setAsync then addAsync", async () => {
    const { s, item } = setup({ to: [...outside(130, "example.go.jp"), { emailAddress: "x@other.co.jp" }] });
    const r = await moveToBcc(item, await recipientsOf(item), ["x@other.co.jp"]);
    expect(r.moved).toEqual(["x@other.co.jp"]);
    expect(s.draft.to).toHaveLength(130);
    const writes = s.channel.calls.filter((c) => /^to\.(set|add)Async$/.test(c.api));
    expect(writes.map((c) => [c.api, (c.arg as unknown[]).length])).toEqual([
      ["to.setAsync", 100],
      ["to.addAsync", 30],
    ]);
  });

  test("a failed BCC batch leaves those recipients visible in To and reports each of them", async () => {
    const { s, item } = setup(
      { to: outside(120) },
      { faults: [{ api: "bcc.addAsync", fault: { kind: "fail", message: "server said no" }, times: 1 }] },
    );
    const r = await moveToBcc(
      item,
      await recipientsOf(item),
      outside(120).map((x) => x.emailAddress),
    );
    expect(r.moved).toHaveLength(20);
    expect(r.failed).toHaveLength(100);
    expect(r.failed[0]!.error).toContain("server said no");
    expect(s.draft.to.map((x) => x.emailAddress)).toEqual(outside(100).map((x) => x.emailAddress));
    expect(s.draft.bcc).toHaveLength(20);
  });

  test("if To cannot be rewritten, the moved recipients are reported as still visible", async () => {
    const { s, item } = setup({ to: outside(3) }, { faults: [{ api: "to.setAsync", fault: { kind: "fail" } }] });
    const r = await moveToBcc(item, await recipientsOf(item), ["u0@partner.co.jp"]);
    expect(r.moved).toEqual([]);
    expect(r.failed).toEqual([{ address: "u0@partner.co.jp", error: expect.stringContaining("TO:") }]);
    expect(s.draft.to).toHaveLength(3);
  });

  test("removing recipients, a subject over 255 characters, attachments and sendAsync by requirement set", async () => {
    const { s, item } = setup({
      to: [{ emailAddress: "a@exarnple.go.jp" }, { emailAddress: "b@example.go.jp" }],
      attachments: [{ id: "7", name: "x.zip", size: 3 }],
    });
    expect(await removeRecipients(item, await recipientsOf(item), ["A@exarnple.go.jp"])).toEqual([]);
    expect(s.draft.to.map((x) => x.emailAddress)).toEqual(["b@example.go.jp"]);
    const long = await setSubject(item, "x".repeat(256));
    expect(long.ok).toBe(false);
    expect(s.channel.calls.some((c) => c.api === "subject.setAsync")).toBe(false);
    expect((await setSubject(item, "【機密性２】件名")).ok).toBe(true);
    expect(s.draft.subject).toBe("【機密性２】件名");
    expect((await removeAttachment(item, "7")).ok).toBe(true);
    expect((await removeAttachment(item, "7")).ok).toBe(false);
    expect((await sendItem(item)).ok).toBe(true);
    expect(s.draft.sent).toBe(true);
    const old = setup({}, { mailboxVersion: "1.14" });
    expect(await sendItem(old.item)).toMatchObject({ ok: false, code: "Unsupported" });
  });

  test("RecipientsChanged and AttachmentsChanged reach the pane, from the user or from an add-in", async () => {
    const { s, item } = setup({ to: outside(1) });
    let changes = 0;
    const stop = await watchItemChanges(item, (s.Office as any).EventType, () => changes++);
    s.edit.setRecipients("cc", outside(2));
    await setSubject(item, "no event for subjects");
    s.edit.addAttachment({ id: "a", name: "a.txt", size: 1 });
    await new Promise((r) => setTimeout(r, 10));
    expect(changes).toBe(2);
    stop();
    await new Promise((r) => setTimeout(r, 10));
    s.edit.setRecipients("cc", []);
    await new Promise((r) => setTimeout(r, 10));
    expect(changes).toBe(2);
  });
});

describe("fixes next to a contact group (連絡先グループ) in To/CC", () => {
  const group = { emailAddress: "", displayName: "報道機関各社", recipientType: "distributionList" as const };

  test("readRecipients keeps the group, with an empty address and its type, even when the address is missing", async () => {
    const { item } = setup({ cc: [{ ...group, addressMissing: true }], to: [{ emailAddress: "a@example.go.jp" }] });
    expect(await recipientsOf(item)).toEqual([
      { field: "to", address: "a@example.go.jp", displayName: "a@example.go.jp", recipientType: "other" },
      { field: "cc", address: "", displayName: "報道機関各社", recipientType: "distributionList" },
    ]);
  });

  test("moving a person out of a CC that holds the group never rewrites CC, so the group stays", async () => {
    const { s, item } = setup({
      to: [{ emailAddress: "x@alpha.co.jp" }],
      cc: [group, { emailAddress: "y@beta.co.jp" }],
    });
    const r = await moveToBcc(item, await recipientsOf(item), ["x@alpha.co.jp", "y@beta.co.jp"]);
    expect(r.moved).toEqual(["x@alpha.co.jp"]);
    expect(r.failed).toEqual([{ address: "y@beta.co.jp", error: expect.stringContaining("CC holds a contact group") }]);
    expect(s.draft.cc).toEqual([group, { emailAddress: "y@beta.co.jp" }]);
    expect(s.draft.bcc.map((x) => x.emailAddress)).toEqual(["x@alpha.co.jp"]);
    expect(s.channel.calls.map((c) => c.api)).not.toContain("cc.setAsync");
  });

  test("removing a person from a field that holds the group is refused and reported, not done", async () => {
    const { s, item } = setup({ to: [group, { emailAddress: "x@alpha.co.jp" }] });
    const failures = await removeRecipients(item, await recipientsOf(item), ["x@alpha.co.jp"]);
    expect(failures).toEqual([
      { address: "x@alpha.co.jp", error: expect.stringContaining("TO holds a contact group") },
    ]);
    expect(s.draft.to).toHaveLength(2);
  });
});

describe("the fix pane's initialization context", () => {
  const f: Finding = {
    check: "bcc-expected",
    action: "warn",
    guidance: "2章-4",
    messageId: "bcc-expected.organisations",
    data: { count: 2, domains: ["a.co.jp"], recipients: ["x@a.co.jp"] },
  };

  test("reads what the send handler wrote as contextData", async () => {
    const raw = contextDataFor("warn", [f]);
    const { item } = setup({ initializationContext: raw });
    expect(await readPaneContext(item)).toEqual({ decision: "warn", findings: [f], truncated: false });
    const { item: byHand } = setup({});
    expect(await readPaneContext(byHand)).toBeUndefined();
  });

  test("anything unexpected means no context, never an exception", () => {
    for (const raw of [undefined, "", "{", "null", '{"v":2}', '{"v":1,"decision":"maybe"}', 42]) {
      expect(parsePaneContext(raw)).toBeUndefined();
    }
    const odd = JSON.stringify({
      v: 1,
      decision: "block",
      findings: [f, { check: "nope" }, { ...f, data: { x: {} } }],
    });
    expect(parsePaneContext(odd)?.findings).toEqual([f]);
  });
});
