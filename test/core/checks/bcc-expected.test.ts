import { evaluate } from "../../../src/core/engine";
import { fixesFor } from "../../../src/core/fixes/fix-options";
import { renderFinding as render } from "../../../src/core/i18n/render";
import type { MessageSnapshot, Recipient } from "../../../src/core/message";
import { mail, policyWith, POLICY } from "../../helpers/mail";

const fired = (m: ReturnType<typeof mail>, policy = POLICY) =>
  evaluate(m, policy).findings.filter((f) => f.check === "bcc-expected");

describe("bcc-expected", () => {
  test("fires for two outside organisations in CC", () => {
    const f = fired(mail({ to: ["a@example.go.jp"], cc: ["x@alpha.co.jp", "y@beta.co.jp"] }));
    expect(f).toHaveLength(1);
    expect(f[0]!.action).toBe("warn");
    expect(f[0]!.guidance).toBe("2章-4");
    expect(f[0]!.data.domains).toEqual(["alpha.co.jp", "beta.co.jp"]);
  });

  test("fires for one in To and one in CC", () => {
    expect(fired(mail({ to: ["x@alpha.co.jp"], cc: ["y@mhlw.go.jp"] }))).toHaveLength(1);
  });

  test("does not fire when the same two are in BCC", () => {
    expect(fired(mail({ to: ["a@example.go.jp"], bcc: ["x@alpha.co.jp", "y@beta.co.jp"] }))).toHaveLength(0);
  });

  test("a partner's listed subdomain and the rest of its registrable domain are one organisation", () => {
    expect(fired(mail({ to: ["a@partner.example.co.jp"], cc: ["b@eigyo.example.co.jp"] }))).toHaveLength(0);
    expect(fired(mail({ to: ["a@partner.example.co.jp"], cc: ["b@alpha.co.jp"] }))).toHaveLength(1);
  });

  test("the same six people in both To and CC are six visible addresses, not twelve", () => {
    const six = Array.from({ length: 6 }, (_, i) => `u${i}@alpha.co.jp`);
    expect(fired(mail({ to: six, cc: six }))).toHaveLength(0);
    const eleven = Array.from({ length: 11 }, (_, i) => `u${i}@alpha.co.jp`);
    expect(fired(mail({ to: eleven, cc: eleven.slice(0, 3) }))[0]!.data).toMatchObject({ count: 11 });
  });

  test("does not fire for several people of one outside organisation", () => {
    expect(fired(mail({ to: ["x@alpha.co.jp", "y@alpha.co.jp", "z@mail.alpha.co.jp"] }))).toHaveLength(0);
  });

  test("fires for many visible addresses of one organisation above the threshold", () => {
    const to = Array.from({ length: 11 }, (_, i) => `u${i}@alpha.co.jp`);
    const f = fired(mail({ to }));
    expect(f.map((x) => x.messageId)).toEqual(["bcc-expected.many"]);
    expect(fired(mail({ to: to.slice(0, 10) }))).toHaveLength(0);
  });

  test("internal recipients never count", () => {
    expect(fired(mail({ to: ["a@example.go.jp", "b@sub.example.go.jp"], cc: ["x@alpha.co.jp"] }))).toHaveLength(0);
  });

  test("a partner exempt from the check does not count", () => {
    const policy = policyWith((p) => (p.partners[0].exemptFrom = ["bcc-expected"]));
    expect(fired(mail({ cc: ["x@alpha.co.jp", "y@partner.example.co.jp"] }), policy)).toHaveLength(0);
    expect(fired(mail({ cc: ["x@alpha.co.jp", "y@partner.example.co.jp"] }))).toHaveLength(1);
  });

  test("the policy can raise the number of organisations or turn the check off", () => {
    const m = mail({ cc: ["x@alpha.co.jp", "y@beta.co.jp"] });
    expect(
      fired(
        m,
        policyWith((p) => (p.checks["bcc-expected"].minOrganisations = 3)),
      ),
    ).toHaveLength(0);
    expect(
      fired(
        m,
        policyWith((p) => (p.checks["bcc-expected"].action = "off")),
      ),
    ).toHaveLength(0);
    expect(
      fired(
        m,
        policyWith((p) => (p.checks["bcc-expected"].action = "block")),
      )[0]!.action,
    ).toBe("block");
  });

  test("each free-mail or carrier address is a party of its own", () => {
    const f = fired(mail({ to: ["taro@gmail.com", "hanako@gmail.com", "jiro@gmail.com"] }));
    expect(f.map((x) => x.messageId)).toEqual(["bcc-expected.organisations"]);
    expect(f[0]!.data).toMatchObject({
      count: 3,
      domains: ["taro@gmail.com", "hanako@gmail.com", "jiro@gmail.com"],
    });
    expect(fired(mail({ to: ["a@docomo.ne.jp"], cc: ["b@ezweb.ne.jp"] }))[0]?.data.count).toBe(2);
    expect(fired(mail({ to: ["x@alpha.co.jp"], cc: ["taro@i.softbank.jp"] }))[0]?.data.count).toBe(2);
  });

  test("the same free-mail address twice is still one person", () => {
    expect(fired(mail({ to: ["taro@gmail.com"], cc: ["Taro@Gmail.com"] }))).toHaveLength(0);
  });

  test("three citizens at gmail.com satisfy a policy asking for three organisations", () => {
    const three = policyWith((p) => (p.checks["bcc-expected"].minOrganisations = 3));
    expect(fired(mail({ to: ["a@gmail.com", "b@gmail.com", "c@gmail.com"] }), three)).toHaveLength(1);
    expect(fired(mail({ to: ["a@gmail.com", "b@gmail.com"] }), three)).toHaveLength(0);
    expect(fired(mail({ to: ["a@alpha.co.jp", "b@alpha.co.jp", "c@alpha.co.jp"] }), three)).toHaveLength(0);
  });
});

describe("bcc-expected: groups in To/CC (連絡先グループ, distribution lists)", () => {
  type Entry = Omit<Recipient, "field">;
  const withGroups = (spec: Parameters<typeof mail>[0], extra: Recipient[]): MessageSnapshot => {
    const m = mail(spec);
    return { ...m, recipients: [...m.recipients, ...extra] };
  };
  const pressGroup: Entry = { address: "", displayName: "記者クラブ各社", recipientType: "distributionList" };
  const subject = "【報道発表】令和８年度予算概算要求の概要について（１２月２日１４時解禁）";

  test("a contact group without an address in CC fires, even with one outside partner beside it", () => {
    const m = withGroups({ to: ["kouhou@alpha.co.jp"], subject }, [{ field: "cc", ...pressGroup }]);
    const f = fired(m);
    expect(f.map((x) => x.messageId)).toEqual(["bcc-expected.group"]);
    expect(f[0]!.action).toBe("warn");
    expect(f[0]!.data).toMatchObject({
      count: 1,
      groups: ["記者クラブ各社"],
      recipients: [],
      unmovable: ["記者クラブ各社"],
    });
  });

  test("a contact group reported as 'other' with no address at all fires the same way", () => {
    const m = withGroups({ to: ["a@example.go.jp"], subject }, [
      { field: "to", address: "", displayName: "説明会参加事業者", recipientType: "other" },
    ]);
    expect(fired(m).map((x) => x.messageId)).toEqual(["bcc-expected.group"]);
  });

  test("the same group in BCC is quiet", () => {
    expect(fired(withGroups({ to: ["a@example.go.jp"], subject }, [{ field: "bcc", ...pressGroup }]))).toEqual([]);
  });

  test("an ordinary person Outlook could not resolve (no address, type user) is not a group", () => {
    const m = withGroups({ to: ["kouhou@alpha.co.jp"], subject }, [
      { field: "cc", address: "", displayName: "田中", recipientType: "user" },
    ]);
    expect(fired(m)).toEqual([]);
  });

  test("a distribution list with an address counts as that organisation's address, not as a group", () => {
    const ml: Recipient = {
      field: "to",
      address: "users-ml@alpha.co.jp",
      displayName: "利用者連絡会",
      recipientType: "distributionList",
    };
    // Alone, it is one outside organisation: its members see the list's address, not each other's.
    expect(
      fired(withGroups({ to: ["a@example.go.jp"], subject: "【周知】システム更改に伴う停止のお知らせ" }, [ml])),
    ).toEqual([]);
    // Beside another organisation it is counted like any address, and can be moved by it.
    const f = fired(withGroups({ to: ["kouhou@beta.co.jp"], subject }, [ml]));
    expect(f.map((x) => x.messageId)).toEqual(["bcc-expected.organisations"]);
    expect(f[0]!.data).toMatchObject({ recipients: ["kouhou@beta.co.jp", "users-ml@alpha.co.jp"] });
  });

  test("an internal distribution list stays quiet; the same address as a plain user never was a group", () => {
    const staff: Recipient = {
      field: "to",
      address: "all-staff@example.go.jp",
      displayName: "例示省全職員",
      recipientType: "distributionList",
    };
    expect(fired(withGroups({ subject: "【全職員】年末年始の庁舎閉鎖について" }, [staff]))).toEqual([]);
    const outsideUser: Recipient = { field: "to", address: "users-ml@alpha.co.jp", recipientType: "user" };
    expect(fired(withGroups({ subject }, [outsideUser]))).toEqual([]);
  });

  test("a partner exempt from the check: its list is not counted beside another organisation", () => {
    const policy = policyWith((p) => (p.partners[0].exemptFrom = ["bcc-expected"]));
    const list: Recipient = { field: "cc", address: "dev@partner.example.co.jp", recipientType: "distributionList" };
    const m = withGroups({ to: ["kouhou@beta.co.jp"] }, [list]);
    expect(fired(m, policy)).toEqual([]);
    expect(fired(m).map((x) => x.messageId)).toEqual(["bcc-expected.organisations"]);
  });

  test("a group without an address is not offered to move: the card asks the user to move it in Outlook", () => {
    const f = fired(withGroups({ to: ["a@example.go.jp"], subject }, [{ field: "cc", ...pressGroup }]))[0]!;
    expect(fixesFor(f)).toEqual([{ kind: "checklist", items: ["fix.move-group-by-hand"] }]);
    expect(render(f, "ja")).toContain("記者クラブ各社");
    expect(render(f, "en")).toContain("Bcc");
  });

  test("the group finding comes beside the organisations finding, not instead of it", () => {
    const m = withGroups({ to: ["x@alpha.co.jp"], cc: ["y@beta.co.jp"], subject }, [{ field: "cc", ...pressGroup }]);
    expect(fired(m).map((x) => x.messageId)).toEqual(["bcc-expected.organisations", "bcc-expected.group"]);
  });
});
