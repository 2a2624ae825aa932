import {
  createOfficeStandIn,
  NOTIFICATION_LIMITS,
  NOTIFICATIONS_EXCEEDED,
  type StandInAsyncResult,
} from "../../src/office-stand-in/index";

type Api = Record<string, (...args: unknown[]) => void>;

function setup() {
  const s = createOfficeStandIn({ subject: "資料送付のお知らせ" });
  const item = (s.Office.context as any).mailbox.item as { notificationMessages: Api };
  const call = (method: string, ...args: unknown[]) =>
    new Promise<StandInAsyncResult<any>>((resolve) => item.notificationMessages[method]!(...args, resolve));
  return { s, api: item.notificationMessages, call };
}

const info = (message: string) => ({ type: "informationalMessage", message, icon: "Icon.16x16", persistent: true });
const error = (message: string) => ({ type: "errorMessage", message });

describe("stand-in: item.notificationMessages as documented", () => {
  test("add, replace, getAll, remove", async () => {
    const { s, call } = setup();
    expect((await call("addAsync", "k1", info("宛先に外部の組織が含まれています"))).status).toBe("succeeded");
    expect((await call("replaceAsync", "k1", error("送信できません"))).status).toBe("succeeded");
    // replaceAsync adds when the key does not exist yet.
    expect((await call("replaceAsync", "k2", error("添付ファイルを確認してください"))).status).toBe("succeeded");
    const all = await call("getAllAsync");
    expect(all.value.map((n: any) => [n.key, n.type, n.message])).toEqual([
      ["k1", "errorMessage", "送信できません"],
      ["k2", "errorMessage", "添付ファイルを確認してください"],
    ]);
    expect((await call("removeAsync", "k1")).status).toBe("succeeded");
    expect(s.draft.notifications!.map((n) => n.key)).toEqual(["k2"]);
  });

  test("a sixth notification fails with NumberOfNotificationMessagesExceeded; replacing one does not", async () => {
    const { call } = setup();
    for (let i = 0; i < NOTIFICATION_LIMITS.perItem; i++) {
      expect((await call("addAsync", `k${i}`, error(`通知${i}`))).status).toBe("succeeded");
    }
    const sixth = await call("addAsync", "k5", error("通知5"));
    expect(sixth.status).toBe("failed");
    expect(sixth.error?.name).toBe(NOTIFICATIONS_EXCEEDED.name);
    expect((await call("replaceAsync", "k5", error("通知5"))).status).toBe("failed");
    expect((await call("replaceAsync", "k0", error("通知0（更新）"))).status).toBe("succeeded");
  });

  test("a key over 32 characters and a message over 150 characters throw synchronously", () => {
    const { api } = setup();
    expect(() => api.addAsync!("k".repeat(33), error("短い"), () => undefined)).toThrow(/32/);
    expect(() => api.addAsync!("k".repeat(32), error("長".repeat(151)), () => undefined)).toThrow(/ArgumentOutOfRange/);
    expect(() => api.replaceAsync!("k", error("長".repeat(150)), () => undefined)).not.toThrow();
    expect(() => api.removeAsync!("k".repeat(33), () => undefined)).toThrow(/32/);
  });

  test("icon and persistent rules per type", () => {
    const { api } = setup();
    const add = (d: unknown) => () => api.addAsync!("k", d, () => undefined);
    expect(add({ type: "informationalMessage", message: "アイコンなし" })).toThrow(/icon/);
    expect(add({ type: "errorMessage", message: "アイコンあり", icon: "Icon.16x16" })).toThrow(/icon/);
    expect(add({ type: "errorMessage", message: "持続", persistent: true })).toThrow(/persistent/);
    expect(add({ type: "informationalMessage", message: "操作", icon: "Icon.16x16", actions: [{}] })).toThrow(
      /actions/,
    );
    expect(add({ type: "bannerMessage", message: "未知" })).toThrow(/unknown/);
  });
});
