/**
 * The stand-in against the Outlook API reference (docs/office-api-audit.md): argument positions, the values the
 * reference promises, and what event.completed accepts. Each case here was a difference between the two.
 */
import {
  COMPLETED_LIMITS,
  createMailboxEvent,
  createOfficeStandIn,
  ITEM_EVENT_TYPES,
} from "../../src/office-stand-in/index";
import { createReadModeStandIn } from "../../src/office-stand-in/read-mode";

const call = (fn: (cb: (r: any) => void) => void) => new Promise<any>((resolve) => fn(resolve));
const tick = () => new Promise((r) => setTimeout(r, 5));

describe("optional options and callback come after the required arguments", () => {
  test("addHandlerAsync(eventType, handler) without a callback: the handler hears events, never an AsyncResult", async () => {
    const s = createOfficeStandIn({ to: [{ emailAddress: "kikaku@example.go.jp" }] });
    const item: any = (s.Office.context as any).mailbox.item;
    const heard: any[] = [];
    item.addHandlerAsync(ITEM_EVENT_TYPES.RecipientsChanged, (args: any) => heard.push(args));
    await tick();
    expect(heard).toEqual([]);
    s.edit.setRecipients("cc", [{ emailAddress: "tantou@partner.example.co.jp" }]);
    await tick();
    expect(heard).toHaveLength(1);
    expect(heard[0].type).toBe(ITEM_EVENT_TYPES.RecipientsChanged);
    expect(heard[0].changedRecipientFields).toEqual({ to: false, cc: true, bcc: false });
  });

  test("a required object argument is never read as the options", async () => {
    const s = createOfficeStandIn();
    const item: any = (s.Office.context as any).mailbox.item;
    // A header literally named asyncContext is a header, not the call's context.
    const r = await call((cb) => item.internetHeaders.setAsync({ asyncContext: "ヘッダー値" }, cb));
    expect(r.status).toBe("succeeded");
    expect(r.asyncContext).toBeUndefined();
    const withOptions = await call((cb) =>
      item.sessionData.setAsync("sc.note", "確認済み", { asyncContext: { step: 2 } }, cb),
    );
    expect(withOptions.asyncContext).toEqual({ step: 2 });
    const handlerAndOptions = await call((cb) =>
      item.addHandlerAsync(ITEM_EVENT_TYPES.AttachmentsChanged, () => undefined, { asyncContext: "添付" }, cb),
    );
    expect(handlerAndOptions).toMatchObject({ status: "succeeded", asyncContext: "添付" });
  });
});

describe("getInitializationContextAsync", () => {
  test("compose: an empty string when the pane was opened by hand, the contextData otherwise", async () => {
    const byHand = createOfficeStandIn();
    const r = await call((cb) => (byHand.Office.context as any).mailbox.item.getInitializationContextAsync(cb));
    expect(r).toMatchObject({ status: "succeeded", value: "" });
    const fromAlert = createOfficeStandIn({ initializationContext: '{"v":1}' });
    const r2 = await call((cb) => (fromAlert.Office.context as any).mailbox.item.getInitializationContextAsync(cb));
    expect(r2.value).toBe('{"v":1}');
  });

  test("read: an empty string when the pane was opened by hand", async () => {
    const s = createReadModeStandIn({}, { mailboxVersion: "1.15" });
    const r = await call((cb) => (s.Office.context as any).mailbox.item.getInitializationContextAsync(cb));
    expect(r).toMatchObject({ status: "succeeded", value: "" });
  });
});

describe("event.completed options (SmartAlertsEventCompletedOptions)", () => {
  const warnText = "外部の宛先に【機密性２】の情報が含まれています。";

  test("texts within their limits are accepted", () => {
    const e = createMailboxEvent("OnMessageSend", {}, Date.now, 1.15);
    e.completed({
      allowEvent: false,
      errorMessage: "あ".repeat(COMPLETED_LIMITS.errorMessage),
      errorMessageMarkdown: "**" + "い".repeat(COMPLETED_LIMITS.errorMessageMarkdown - 4) + "**",
      cancelLabel: "う".repeat(COMPLETED_LIMITS.cancelLabel),
      sendModeOverride: "promptUser",
    });
    expect(e.completions).toHaveLength(1);
    expect(e.completions[0]?.unsupported).toEqual([]);
  });

  test.each([
    ["errorMessage", { errorMessage: "あ".repeat(501) }, /errorMessage must be 500/],
    ["errorMessageMarkdown", { errorMessage: warnText, errorMessageMarkdown: "*".repeat(501) }, /500/],
    ["cancelLabel", { errorMessage: warnText, cancelLabel: "修正する".repeat(6) }, /cancelLabel must be 20/],
    ["sendModeOverride", { errorMessage: warnText, sendModeOverride: "softBlock" }, /promptUser/],
    ["allowEvent", { allowEvent: "false", errorMessage: warnText }, /boolean/],
  ])("%s outside the reference throws and completes nothing", (_name, options, message) => {
    const e = createMailboxEvent("OnMessageSend", {}, Date.now, 1.15);
    expect(() => e.completed({ allowEvent: false, ...options })).toThrow(message);
    expect(e.completions).toHaveLength(0);
  });

  test("options newer than the client's Mailbox version are listed", () => {
    const e = createMailboxEvent("OnMessageSend", {}, Date.now, 1.12);
    e.completed({ allowEvent: false, errorMessage: warnText, cancelLabel: "修正する", errorMessageMarkdown: warnText });
    expect(e.completions[0]?.unsupported).toEqual(["cancelLabel", "errorMessageMarkdown"]);
    const s = createOfficeStandIn({}, { mailboxVersion: "1.14" });
    const e2 = s.event("OnMessageSend");
    e2.completed({ allowEvent: false, errorMessage: warnText, sendModeOverride: "promptUser" });
    expect(e2.completions[0]?.unsupported).toEqual([]);
  });

  test("spam reporting: a post-processing dialog needs a title and a description", () => {
    const e = createMailboxEvent("SpamReporting", {}, Date.now, 1.15);
    expect(() => e.completed({ moveItemTo: "noMove", showPostProcessingDialog: { title: "報告" } })).toThrow(
      /title and a description/,
    );
    expect(() => e.completed({ moveItemTo: "toTrash" })).toThrow(/MoveSpamItemTo/);
    e.completed({ moveItemTo: "noMove", showPostProcessingDialog: { title: "報告", description: "送りました。" } });
    expect(e.completions).toHaveLength(1);
  });
});

describe("requirement sets", () => {
  test("getComposeTypeAsync exists from Mailbox 1.10", () => {
    const item = (v: "1.9" | "1.10") =>
      (createOfficeStandIn({}, { mailboxVersion: v }).Office.context as any).mailbox.item;
    expect(item("1.9").getComposeTypeAsync).toBeUndefined();
    expect(typeof item("1.10").getComposeTypeAsync).toBe("function");
  });
});
