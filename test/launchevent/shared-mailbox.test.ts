/**
 * Shared mailboxes and delegate access (manifest SupportsSharedFolders): the draft belongs to a mailbox that is not
 * the signed-in user's. The check must decide on the draft itself (its recipients and content), not on who is
 * signed in, and must complete where Outlook hands the add-in no item at all (a mailbox hidden from the address
 * list: learn.microsoft.com, "Implement shared folders and shared mailbox scenarios", Limitations).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/mail";
import { harness, ORG, OTHER, PARTNER } from "./setup";

const USER = "tanaka.hanako@example.go.jp";
const SHARED = { emailAddress: "soumu-madoguchi@example.go.jp", displayName: "総務課 共用窓口" };
const OWNER = { emailAddress: "kacho.suzuki@example.go.jp", displayName: "鈴木課長" };

describe("OnMessageSend from a mailbox that is not the user's", () => {
  test("manifest.xml declares SupportsSharedFolders in DesktopFormFactor", () => {
    const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
    expect(xml).toMatch(/<DesktopFormFactor>\s*<SupportsSharedFolders>true<\/SupportsSharedFolders>/);
  });

  test.each([
    ["shared mailbox", SHARED],
    ["delegate (the manager's mailbox)", OWNER],
  ])("%s: two outside organisations in CC still warn", async (_kind, from) => {
    const h = harness(
      {
        from,
        to: [ORG("kikaku")],
        cc: [OTHER("a", "contoso.co.jp"), OTHER("b", "fabrikam.co.jp")],
        subject: "説明会のご案内",
        body: "各位 説明会を開催します。",
      },
      { mailboxVersion: "1.15", userEmail: USER },
    );
    const { event, options } = await h.send();
    expect(options.allowEvent).toBe(false);
    expect(JSON.parse(options.contextData).findings.map((f: any) => f.check)).toEqual(["bcc-expected"]);
    expect(event.completions).toHaveLength(1);
  });

  test("shared mailbox: internal mail is allowed", async () => {
    const h = harness(
      { from: SHARED, to: [ORG("jinji")], subject: "勤務表の提出", body: "よろしくお願いします。" },
      { mailboxVersion: "1.13", userEmail: USER },
    );
    const { options } = await h.send();
    expect(options).toEqual({ allowEvent: true });
  });

  test("shared mailbox: 機密性３ to a partner is blocked as from the user's own mailbox", async () => {
    const draft = { to: [PARTNER("tantou")], subject: "【機密性３】契約条件", body: "別紙のとおり。" };
    const own = await harness(draft, { mailboxVersion: "1.15", userEmail: USER }).send();
    const shared = await harness({ ...draft, from: SHARED }, { mailboxVersion: "1.15", userEmail: USER }).send();
    expect(shared.options.allowEvent).toBe(false);
    expect(shared.options.sendModeOverride).toBeUndefined();
    expect(JSON.parse(shared.options.contextData)).toEqual(JSON.parse(own.options.contextData));
  });

  test("no item (a mailbox hidden from the address list): completed once, by onError", async () => {
    const h = harness({ from: SHARED, to: [ORG("a")] }, { mailboxVersion: "1.15", userEmail: USER });
    (h.standIn.Office.context as any).mailbox.item = null;
    const { event, options } = await h.send();
    expect(options.allowEvent).toBe(false);
    expect(typeof options.errorMessage).toBe("string");
    await new Promise((r) => setTimeout(r, 50));
    expect(event.completions).toHaveLength(1);
  });
});
