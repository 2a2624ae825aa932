import { inspectAttachment } from "../../src/core/attachments/index";
import { createAttachmentsChangedHandler } from "../../src/launchevent/attachments-changed";
import { createAppointmentSendHandler, type OfficeLike } from "../../src/launchevent/send-check";
import { runtimeClock } from "../../src/office/async";
import { AUDIT_HEADER } from "../../src/office/audit-header";
import { createOfficeStandIn, type Draft, type MailboxVersion } from "../../src/office-stand-in/index";
import {
  BASE_URL,
  fixtureBase64,
  manifestPermissions,
  ORG,
  OTHER,
  PARTNER,
  POLICY_HASH,
  testPolicy,
  VERSION,
} from "./setup";

/** The organizer's meeting invitation in the stand-in, with the real OnAppointmentSend handler. */
function invitation(draft: Partial<Draft>, mailboxVersion: MailboxVersion = "1.15") {
  const standIn = createOfficeStandIn(draft, {
    itemType: "appointment",
    mailboxVersion,
    permissions: manifestPermissions(),
  });
  let inspected = 0;
  const deps = {
    office: () => standIn.Office as unknown as OfficeLike,
    config: { policy: testPolicy(), policyHash: POLICY_HASH, version: VERSION, baseUrl: BASE_URL },
    clock: runtimeClock(),
    inspect: (bytes: Uint8Array) => {
      inspected++;
      return inspectAttachment(bytes);
    },
  };
  return {
    standIn,
    inspected: () => inspected,
    async send() {
      const event = standIn.event("OnAppointmentSend");
      void createAppointmentSendHandler(deps)(event as unknown as Office.MailboxEvent);
      return (await event.done).options as any;
    },
    async attachmentsChanged(extras: Record<string, unknown>) {
      const event = standIn.event("OnAppointmentAttachmentsChanged", extras);
      await createAttachmentsChangedHandler(deps)(event);
      return event;
    },
  };
}

describe("the stand-in's appointment compose item (AppointmentCompose reference)", () => {
  test("attendees, organizer, subject, body and attachments; no to/cc/bcc, from, headers or compose type", async () => {
    const { standIn } = invitation({ to: [ORG("a")], cc: [PARTNER("b")], from: ORG("me"), subject: "定例会" });
    const item = (standIn.Office as any).context.mailbox.item;
    expect(item.itemType).toBe("appointment");
    for (const absent of ["to", "cc", "bcc", "from", "internetHeaders", "getComposeTypeAsync", "delayDeliveryTime"])
      expect(item).not.toHaveProperty(absent);
    for (const present of ["requiredAttendees", "optionalAttendees", "organizer", "subject", "body", "sessionData"])
      expect(item).toHaveProperty(present);
    const got = await new Promise<any>((r) => item.optionalAttendees.getAsync(r));
    expect(got.value.map((d: any) => d.emailAddress)).toEqual(["b@partner.example.co.jp"]);
    expect(standIn.channel.calls.map((c) => c.api)).toContain("optionalAttendees.getAsync");
  });
});

describe("OnAppointmentSend: invitations get the same checks", () => {
  test("an internal meeting is allowed", async () => {
    const inv = invitation({ to: [ORG("a")], cc: [ORG("b")], subject: "課内定例", body: "会議室Aで行います。" });
    expect(await inv.send()).toEqual({ allowEvent: true });
  });

  test("a 機密性３ invitation to another organisation is blocked; attendees count as recipients", async () => {
    const inv = invitation({ to: [ORG("me")], cc: [OTHER("x", "contoso.co.jp")], subject: "【機密性３】人事検討会" });
    const options = await inv.send();
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toMatch(/機密性/);
    expect(options.sendModeOverride).toBeUndefined();
  });

  test("a warning offers Send Anyway but no fix-pane button (no task pane exists for appointments) and no header", async () => {
    const inv = invitation({
      to: [OTHER("a", "contoso.co.jp")],
      cc: [OTHER("b", "fabrikam.co.jp")],
      subject: "意見交換会のご案内",
      body: "下記のとおり開催します。",
    });
    const options = await inv.send();
    expect(options.allowEvent).toBe(false);
    expect(options.sendModeOverride).toBe("promptUser");
    expect(options.commandId).toBeUndefined();
    expect(options.cancelLabel).toBeUndefined();
    expect(inv.standIn.draft.headers[AUDIT_HEADER]).toBeUndefined();
  });

  test("a marking inside an attached document counts, and the attachment cache works for invitations", async () => {
    const a = { id: "0", name: "資料.docx", size: 12345, contentBase64: fixtureBase64("word-kimitsu2.docx") };
    const inv = invitation({ to: [PARTNER("p")], subject: "打合せ", body: "資料を添付します。", attachments: [a] });
    const changed = await inv.attachmentsChanged({
      attachmentStatus: "added",
      attachmentDetails: { id: a.id, name: a.name, size: a.size, attachmentType: "file" },
    });
    expect(changed.completions).toHaveLength(1);
    expect(inv.inspected()).toBe(1);
    const options = await inv.send();
    expect(inv.inspected()).toBe(1);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toMatch(/機密性/);
  });

  test("a block names the invitation, not a mail", async () => {
    const inv = invitation({ to: [PARTNER("p")], subject: "【機密性３】人事案の打合せ", body: "詳細は当日に。" });
    const options = await inv.send();
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toMatch(/^この会議出席依頼は送信できません。/);
    expect(options.errorMessage).not.toContain("このメールは");
  });

  test("pre-1.14 clients get 'press Send again' for a warning, remembered in sessionData", async () => {
    const inv = invitation(
      { to: [OTHER("a", "contoso.co.jp")], cc: [OTHER("b", "fabrikam.co.jp")], subject: "意見交換会" },
      "1.12",
    );
    expect((await inv.send()).allowEvent).toBe(false);
    expect(await inv.send()).toEqual({ allowEvent: true });
  });

  test("a failing attendee read is decided by onError, and completes once", async () => {
    const standIn = createOfficeStandIn(
      { to: [PARTNER("p")], subject: "打合せ" },
      {
        itemType: "appointment",
        mailboxVersion: "1.15",
        permissions: manifestPermissions(),
        faults: [{ api: "requiredAttendees.getAsync", fault: { kind: "fail" } }],
      },
    );
    const event = standIn.event("OnAppointmentSend");
    void createAppointmentSendHandler({
      office: () => standIn.Office as unknown as OfficeLike,
      config: { policy: testPolicy(), policyHash: POLICY_HASH, version: VERSION, baseUrl: BASE_URL },
      clock: runtimeClock(),
      inspect: inspectAttachment,
    })(event as unknown as Office.MailboxEvent);
    const done = await event.done;
    expect((done.options as { allowEvent: boolean }).allowEvent).toBe(false);
    expect(event.completions).toHaveLength(1);
  });
});
