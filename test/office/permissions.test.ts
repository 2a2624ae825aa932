/**
 * The manifest's <Permissions> against what the add-in calls. office.js checks each API's documented minimum level
 * before anything else and throws synchronously when the manifest asks for less; the stand-in does the same, with
 * the minimums read here from the API reference as shipped in @types/office-js.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inspectAttachment } from "../../src/core/attachments/index";
import { createAttachmentsChangedHandler } from "../../src/launchevent/attachments-changed";
import { createSendHandler, type OfficeLike } from "../../src/launchevent/send-check";
import { runtimeClock } from "../../src/office/async";
import { moveToBcc, readRecipients, removeAttachment, sendItem, setSubject } from "../../src/office/fixes";
import { readPaneContext, watchPaneContext } from "../../src/office/init-context";
import { watchItemChanges } from "../../src/office/item-changes";
import {
  createOfficeStandIn,
  MINIMUM_PERMISSION,
  permissionRank,
  type PermissionLevel,
} from "../../src/office-stand-in/index";
import { manifestPermissions, testPolicy } from "../launchevent/setup";
import { ROOT } from "../helpers/mail";

const DTS = readFileSync(join(ROOT, "node_modules", "@types", "office-js", "index.d.ts"), "utf8");
const DOC_LEVEL: Record<string, PermissionLevel> = {
  restricted: "Restricted",
  "read item": "ReadItem",
  "read/write item": "ReadWriteItem",
  "read/write mailbox": "ReadWriteMailbox",
};

/** The documented minimum of `method` declared in `iface` (every overload must agree). */
function documentedMinimum(iface: string, method: string): PermissionLevel {
  const start = DTS.indexOf(`\n    interface ${iface} `);
  if (start < 0) throw new Error(`no interface ${iface}`);
  const end = DTS.indexOf("\n    }", start);
  const body = DTS.slice(start, end);
  const levels = new Set<string>();
  const decl = new RegExp(`\\n\\s+${method}\\(`, "g");
  for (let m = decl.exec(body); m; m = decl.exec(body)) {
    const doc = body.slice(body.lastIndexOf("/**", m.index), m.index);
    const level = /Minimum permission level\}\*\*: \*\*([a-z/ ]+)\*\*/.exec(doc);
    if (level) levels.add(level[1] as string);
  }
  if (levels.size !== 1) throw new Error(`${iface}.${method}: documented levels ${[...levels].join(", ")}`);
  return DOC_LEVEL[[...levels][0] as string] as PermissionLevel;
}

/** The stand-in's API names → where the reference documents them. */
const REFERENCE: Record<string, [string, string]> = {
  "to.getAsync": ["Recipients", "getAsync"],
  "to.setAsync": ["Recipients", "setAsync"],
  "bcc.addAsync": ["Recipients", "addAsync"],
  "from.getAsync": ["From", "getAsync"],
  "requiredAttendees.getAsync": ["Recipients", "getAsync"],
  "optionalAttendees.setAsync": ["Recipients", "setAsync"],
  "organizer.getAsync": ["Organizer", "getAsync"],
  "subject.getAsync": ["Subject", "getAsync"],
  "subject.setAsync": ["Subject", "setAsync"],
  "body.getAsync": ["Body", "getAsync"],
  "internetHeaders.getAsync": ["InternetHeaders", "getAsync"],
  "internetHeaders.setAsync": ["InternetHeaders", "setAsync"],
  "internetHeaders.removeAsync": ["InternetHeaders", "removeAsync"],
  "sessionData.getAsync": ["SessionData", "getAsync"],
  "sessionData.setAsync": ["SessionData", "setAsync"],
  "sessionData.getAllAsync": ["SessionData", "getAllAsync"],
  "sessionData.removeAsync": ["SessionData", "removeAsync"],
  "sessionData.clearAsync": ["SessionData", "clearAsync"],
  "sensitivityLabel.getAsync": ["SensitivityLabel", "getAsync"],
  "delayDeliveryTime.getAsync": ["DelayDeliveryTime", "getAsync"],
  "delayDeliveryTime.setAsync": ["DelayDeliveryTime", "setAsync"],
  getAttachmentsAsync: ["MessageCompose", "getAttachmentsAsync"],
  getAttachmentContentAsync: ["MessageCompose", "getAttachmentContentAsync"],
  removeAttachmentAsync: ["MessageCompose", "removeAttachmentAsync"],
  getComposeTypeAsync: ["MessageCompose", "getComposeTypeAsync"],
  getInitializationContextAsync: ["MessageCompose", "getInitializationContextAsync"],
  addHandlerAsync: ["MessageCompose", "addHandlerAsync"],
  removeHandlerAsync: ["MessageCompose", "removeHandlerAsync"],
  sendAsync: ["MessageCompose", "sendAsync"],
  getAllInternetHeadersAsync: ["MessageRead", "getAllInternetHeadersAsync"],
  getAsFileAsync: ["MessageRead", "getAsFileAsync"],
  displayNewMessageForm: ["Mailbox", "displayNewMessageForm"],
  displayNewMessageFormAsync: ["Mailbox", "displayNewMessageFormAsync"],
};

const DRAFT = {
  to: [{ emailAddress: "tanaka@example.go.jp" }, { emailAddress: "sato@contoso.co.jp" }],
  cc: [{ emailAddress: "suzuki@fabrikam.co.jp" }],
  subject: "委託調査の打合せ資料",
  body: "資料を送付します。",
  attachments: [{ id: "0", name: "資料.pdf", size: 9, contentBase64: Buffer.from("%PDF-1.4\n").toString("base64") }],
};

describe("permission levels", () => {
  test("the stand-in's minimum for each API is the one the API reference documents", () => {
    for (const [api, [iface, method]] of Object.entries(REFERENCE)) {
      expect([api, MINIMUM_PERMISSION[api]]).toEqual([api, documentedMinimum(iface, method)]);
    }
    // sendAsync is the one call that needs more than read/write item.
    expect(documentedMinimum("MessageCompose", "sendAsync")).toBe("ReadWriteMailbox");
  });

  test("manifest.xml asks for the highest level any API the add-in calls needs", () => {
    const needed = Object.values(MINIMUM_PERMISSION).reduce((a, b) => (permissionRank(a) >= permissionRank(b) ? a : b));
    expect(manifestPermissions()).toBe(needed);
  });

  test("below read/write mailbox, item.sendAsync throws as in office.js, and the pane's Send reports it", async () => {
    const standIn = createOfficeStandIn(DRAFT, { mailboxVersion: "1.15", permissions: "ReadWriteItem" });
    const item = standIn.Office.context as any;
    expect(() => item.mailbox.item.sendAsync(() => undefined)).toThrow(
      "Elevated permission is required to call the method: 'sendAsync'.",
    );
    const r = await sendItem(item.mailbox.item);
    expect(r.ok).toBe(false);
    expect(standIn.draft.sent).toBeFalsy();
  });

  test("under manifest.xml's level the fix pane's writes and Send all go through", async () => {
    const standIn = createOfficeStandIn(DRAFT, { mailboxVersion: "1.15", permissions: manifestPermissions() });
    const item = (standIn.Office.context as any).mailbox.item as Office.MessageCompose;
    const office = standIn.Office as any;
    const stop = await watchItemChanges(item, office.EventType, () => undefined);
    const stopContext = await watchPaneContext(item, office.EventType.InitializationContextChanged, () => undefined);
    await readPaneContext(item);
    const now = await readRecipients(item);
    expect(now.ok).toBe(true);
    if (!now.ok) return;
    const moved = await moveToBcc(item, now.value, ["sato@contoso.co.jp", "suzuki@fabrikam.co.jp"]);
    expect(moved.failed).toEqual([]);
    expect((await setSubject(item, "【機密性２】委託調査の打合せ資料")).ok).toBe(true);
    expect((await removeAttachment(item, "0")).ok).toBe(true);
    expect((await sendItem(item)).ok).toBe(true);
    expect(standIn.draft.sent).toBe(true);
    stop();
    stopContext();
    expect(standIn.channel.calls.filter((c) => c.outcome === "threw")).toEqual([]);
  });

  test("under manifest.xml's level the send and attachment handlers make no call office.js would refuse", async () => {
    for (const mailboxVersion of ["1.12", "1.15"] as const) {
      const standIn = createOfficeStandIn(DRAFT, { mailboxVersion, permissions: manifestPermissions() });
      const deps = {
        office: () => standIn.Office as unknown as OfficeLike,
        config: { policy: testPolicy(), policyHash: "0123456789ab", version: "1.0.0.0", baseUrl: "https://a.example/" },
        clock: runtimeClock(),
        inspect: (bytes: Uint8Array) => inspectAttachment(bytes),
      };
      const changed = standIn.event("OnMessageAttachmentsChanged", {
        attachmentStatus: "added",
        attachmentDetails: { id: "0", name: "資料.pdf", size: 9, attachmentType: "file" },
      });
      await createAttachmentsChangedHandler(deps)(changed);
      const send = standIn.event("OnMessageSend");
      void createSendHandler(deps)(send as unknown as Office.MailboxEvent);
      const done = await send.done;
      expect((done.options as { allowEvent: boolean }).allowEvent).toBe(false);
      expect(standIn.channel.calls.filter((c) => c.outcome === "threw")).toEqual([]);
    }
  });

  test("a level too low for the send handler's own reads is a failure decided by onError, completed once", async () => {
    // ReadItem cannot read all sessionData (getAllAsync needs read/write item): the check must still complete.
    const standIn = createOfficeStandIn(DRAFT, { mailboxVersion: "1.15", permissions: "ReadItem" });
    const deps = {
      office: () => standIn.Office as unknown as OfficeLike,
      config: { policy: testPolicy(), policyHash: "0123456789ab", version: "1.0.0.0", baseUrl: "https://a.example/" },
      clock: runtimeClock(),
      inspect: (bytes: Uint8Array) => inspectAttachment(bytes),
    };
    const send = standIn.event("OnMessageSend");
    void createSendHandler(deps)(send as unknown as Office.MailboxEvent);
    await send.done;
    await new Promise((r) => setTimeout(r, 50));
    expect(send.completions).toHaveLength(1);
    expect(standIn.channel.calls.some((c) => c.outcome === "threw")).toBe(true);
  });
});
