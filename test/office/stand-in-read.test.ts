import { createReadModeStandIn, READ_LIMITS, spamReportingOutcome } from "../../src/office-stand-in/read-mode";

const call = (fn: (cb: (r: any) => void) => void) => new Promise<any>((resolve) => fn(resolve));

describe("Office stand-in, read mode", () => {
  test("the item is a MessageRead: properties, async header and body reads, EML from 1.14 only", async () => {
    const s = createReadModeStandIn({
      subject: "件名",
      from: { emailAddress: "a@example.net", displayName: "A" },
      internetHeaders: "From: a@example.net\r\nSubject: x\r\n",
      body: { type: "text", content: "本文" },
    });
    const item: any = (s.Office.context as any).mailbox.item;
    expect(item.subject).toBe("件名");
    expect(item.from).toEqual({ emailAddress: "a@example.net", displayName: "A", recipientType: "other" });
    let sync = true;
    const headers = call((cb) => item.getAllInternetHeadersAsync(cb));
    sync = false;
    expect((await headers).value).toContain("From: a@example.net");
    expect(sync).toBe(false);
    const eml = await call((cb) => item.getAsFileAsync(cb));
    expect(Buffer.from(eml.value, "base64").toString("utf8")).toMatch(/^From: a@example.net[\s\S]*\r\n\r\n本文$/);
    const old: any = (createReadModeStandIn({}, { mailboxVersion: "1.13" }).Office.context as any).mailbox.item;
    expect(old.getAsFileAsync).toBeUndefined();
  });

  test("displayNewMessageFormAsync records the form and throws on documented limits", async () => {
    const s = createReadModeStandIn();
    const mailbox: any = (s.Office.context as any).mailbox;
    const r = await call((cb) =>
      mailbox.displayNewMessageFormAsync(
        { toRecipients: ["soc@example.go.jp"], subject: "s", attachments: [{ type: "item", itemId: "id", name: "n" }] },
        cb,
      ),
    );
    expect(r.status).toBe("succeeded");
    expect(s.forms).toEqual([
      {
        toRecipients: ["soc@example.go.jp"],
        ccRecipients: [],
        bccRecipients: [],
        subject: "s",
        htmlBody: "",
        attachments: [{ type: "item", itemId: "id", name: "n" }],
      },
    ]);
    const open = (form: unknown) => () => mailbox.displayNewMessageFormAsync(form, () => undefined);
    expect(open({ subject: "x".repeat(READ_LIMITS.subjectChars + 1) })).toThrow(/255/);
    expect(open({ htmlBody: "x".repeat(READ_LIMITS.htmlBodyChars + 1) })).toThrow(/32 KB/);
    expect(open({ attachments: [{ type: "base64", name: "a", base64: "AA==" }] })).toThrow(/base64/);
    expect(open({ attachments: [{ type: "item", name: "a", itemId: "x".repeat(101) }] })).toThrow(/100/);
    expect(open({ toRecipients: Array.from({ length: 101 }, (_, i) => `u${i}@x.jp`) })).toThrow(/100/);
    expect(open({ unknownKey: 1 })).toThrow(/unknown/);
    expect(s.forms).toHaveLength(1);
  });

  test("MoveSpamItemTo values and the SpamReporting event record completions", () => {
    const s = createReadModeStandIn();
    expect((s.Office as any).MailboxEnums.MoveSpamItemTo.JunkFolder).toBe("junkFolder");
    const e = s.event("SpamReporting", { options: [true], freeText: "" });
    e.completed({ moveItemTo: "noMove" });
    expect(e.completions).toHaveLength(1);
  });

  test("SpamReporting completions: each client reads one move property, as SpamReportingEventCompletedOptions says", () => {
    const old = createReadModeStandIn({}, { client: { platform: "PC", version: "16.0.16626.20134" } });
    const current = createReadModeStandIn({}, { client: { platform: "PC", version: "16.0.16724.10000" } });
    const web = createReadModeStandIn({}, { client: { platform: "OfficeOnline", version: "16.0.16626.20134" } });
    expect(old.spamMoveProperty).toBe("postProcessingAction");
    expect(current.spamMoveProperty).toBe("moveItemTo");
    expect(web.spamMoveProperty).toBe("moveItemTo");
    expect((old.Office as any).context.diagnostics).toEqual({
      host: "Outlook",
      platform: "PC",
      version: "16.0.16626.20134",
    });
    expect((old.Office as any).context.mailbox.diagnostics.hostName).toBe("Outlook");

    expect(old.spamOutcome({ postProcessingAction: "noMove" })).toEqual({ kind: "stays" });
    expect(old.spamOutcome({ postProcessingAction: "delete" })).toEqual({ kind: "moved", to: "deleted" });
    expect(old.spamOutcome({ postProcessingAction: "moveToSpamFolder" })).toEqual({ kind: "moved", to: "junk" });
    // The other property's values mean nothing to a client that knows only one of them.
    expect(old.spamOutcome({ moveItemTo: "noMove" })).toEqual({ kind: "undocumented", why: "no postProcessingAction" });
    expect(old.spamOutcome({ postProcessingAction: "junkFolder" }).kind).toBe("undocumented");
    expect(current.spamOutcome({ postProcessingAction: "noMove" })).toEqual({
      kind: "undocumented",
      why: "no moveItemTo",
    });
    expect(current.spamOutcome({ moveItemTo: "deletedItemsFolder" })).toEqual({ kind: "moved", to: "deleted" });
    expect(current.spamOutcome(undefined).kind).toBe("undocumented");
  });

  test("a custom-folder move without folderName goes to Junk Email, for both properties", () => {
    expect(spamReportingOutcome({ moveItemTo: "customFolder" }, "moveItemTo")).toEqual({ kind: "moved", to: "junk" });
    expect(spamReportingOutcome({ postProcessingAction: "moveToCustomFolder" }, "postProcessingAction")).toEqual({
      kind: "moved",
      to: "junk",
    });
    expect(spamReportingOutcome({ moveItemTo: "customFolder", folderName: "報告済み" }, "moveItemTo")).toEqual({
      kind: "moved",
      to: "custom",
      folderName: "報告済み",
    });
  });
});
