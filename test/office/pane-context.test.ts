/**
 * The fix pane and the Smart Alert's button (commandId). Mailbox 1.15: pressing the button again while the pane is
 * open raises Office.EventType.InitializationContextChanged in that pane with the new contextData instead of
 * relaunching it (office-js reference, Office.EventType; InitializationContextChangedEventArgs). And #5828: web,
 * new Outlook and Mac may show generic text instead of errorMessage when commandId is set, so every reason the
 * dialog names must also reach the pane through contextData.
 */
import { ALERT_TEXTS } from "../../src/core/alert/index";
import { contextDataFor } from "../../src/launchevent/completed-options";
import { parsePaneContext, readPaneContext, watchPaneContext } from "../../src/office/init-context";
import { createOfficeStandIn } from "../../src/office-stand-in/index";
import { harness, OTHER, ORG, PARTNER } from "../launchevent/setup";

const DRAFT = {
  to: [{ emailAddress: "ito@example.go.jp" }],
  cc: [{ emailAddress: "a@contoso.co.jp" }, { emailAddress: "b@fabrikam.co.jp" }],
  subject: "【機密性２】検討資料",
  body: "ご確認ください。",
};

describe("InitializationContextChanged: an open pane is refreshed, not relaunched", () => {
  test("Mailbox 1.15: the open pane hears the new context and nothing is relaunched", async () => {
    const standIn = createOfficeStandIn(DRAFT, { mailboxVersion: "1.15" });
    const office = standIn.Office as any;
    const item = office.context.mailbox.item as Office.MessageCompose;
    expect(office.EventType.InitializationContextChanged).toBe("olkInitializationContextChanged");
    const heard: unknown[] = [];
    const stop = await watchPaneContext(item, office.EventType.InitializationContextChanged, (c) => heard.push(c));

    const first = contextDataFor("warn", []);
    // What the send check hands over for 機密性３ going to a partner (a real run of the handler).
    const blocked = await harness({ to: [PARTNER("p")], subject: "【機密性３】契約書", body: "" }).send();
    const second = JSON.parse(blocked.options.contextData);
    expect(standIn.openPaneWithContext(first)).toBe("refreshed");
    expect(standIn.openPaneWithContext(JSON.stringify(second))).toBe("refreshed");
    await new Promise((r) => setTimeout(r, 10));
    expect(heard).toHaveLength(2);
    expect((heard[1] as any).decision).toBe("block");
    expect((heard[1] as any).findings.map((f: any) => f.messageId)).toEqual(
      second.findings.map((f: any) => f.messageId),
    );
    expect((heard[1] as any).findings.length).toBeGreaterThan(0);
    // A pane launched later still reads the latest context.
    expect((await readPaneContext(item))?.decision).toBe("block");

    stop();
    await new Promise((r) => setTimeout(r, 10));
    expect(standIn.openPaneWithContext(first)).toBe("launch");
  });

  test("before 1.15 there is no such event: the pane is launched and reads getInitializationContextAsync", async () => {
    const standIn = createOfficeStandIn(DRAFT, { mailboxVersion: "1.14" });
    const office = standIn.Office as any;
    const item = office.context.mailbox.item as Office.MessageCompose;
    expect(office.EventType.InitializationContextChanged).toBeUndefined();
    const heard: unknown[] = [];
    await watchPaneContext(item, office.EventType.InitializationContextChanged, (c) => heard.push(c));
    expect(standIn.openPaneWithContext(contextDataFor("warn", []))).toBe("launch");
    expect((await readPaneContext(item))?.decision).toBe("warn");
    expect(heard).toEqual([]);
  });
});

describe("#5828: the reasons reach the user even where the dialog shows generic text", () => {
  test.each([
    ["two outside organisations", { to: [ORG("me")], cc: [OTHER("a", "contoso.co.jp"), OTHER("b", "fabrikam.co.jp")] }],
    ["機密性２ to a partner", { to: [PARTNER("p")], subject: "【機密性２】仕様書", body: "" }],
  ])("%s: every finding in errorMessage is in contextData, for the pane", async (_name, draft) => {
    const { options } = await harness({ subject: "件名", body: "本文", ...draft }, { mailboxVersion: "1.15" }).send();
    expect(options.commandId).toBeDefined();
    const context = parsePaneContext(options.contextData);
    expect(context).toBeDefined();
    expect(context!.findings.length).toBeGreaterThan(0);
    expect(options.errorMessage).toContain(ALERT_TEXTS.ja.head.warn);
    // The same decision, the same findings: the pane shows exactly what the dialog would have said.
    expect(context!.decision).toBe("warn");
  });
});
