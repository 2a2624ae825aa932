import { createNewMessageComposeHandler } from "../../src/launchevent/new-message-compose";
import type { OfficeLike } from "../../src/launchevent/send-check";
import { decodeAnswered, encodeAnswered, MAX_ANSWERED_CHARS } from "../../src/office/answered";
import { runtimeClock } from "../../src/office/async";
import { SESSION_KEYS } from "../../src/office/session-keys";
import type { Draft, StandInOptions } from "../../src/office-stand-in/index";
import { harness, ORG, OTHER, PARTNER } from "./setup";

/** Opens a draft the way Outlook does: OnNewMessageCompose first, then (later) Send. */
async function open(draft: Partial<Draft>, options: StandInOptions = { mailboxVersion: "1.15" }, budgetMs = 2000) {
  const h = harness(draft, options);
  const event = h.standIn.event("OnNewMessageCompose");
  await createNewMessageComposeHandler({
    office: () => h.standIn.Office as unknown as OfficeLike,
    clock: runtimeClock(),
    budgetMs,
  })(event);
  return { h, event };
}

const REPLY_ALL: Partial<Draft> = {
  composeType: "reply",
  to: [PARTNER("tanaka")],
  cc: [ORG("sato"), PARTNER("ito")],
  subject: "RE: 委託業務の進め方について",
  body: "承知しました。",
};

describe("OnNewMessageCompose: remembering who the reply answers", () => {
  test("a reply stores the prefilled To and CC; Send then warns about an organisation added later", async () => {
    const { h, event } = await open(REPLY_ALL);
    expect(event.completions).toHaveLength(1);
    expect(decodeAnswered(h.standIn.draft.sessionData[SESSION_KEYS.answered])).toEqual([
      "tanaka@partner.example.co.jp",
      "sato@example.go.jp",
      "ito@partner.example.co.jp",
    ]);

    // Sending as answered: no new organisation.
    expect((await h.send()).options).toEqual({ allowEvent: true });

    // The user adds someone from another company to the thread.
    h.standIn.edit.setRecipients("cc", [ORG("sato"), PARTNER("ito"), OTHER("suzuki", "alpha-kaisha.co.jp")]);
    const { options } = await h.send();
    expect(options.allowEvent).toBe(false);
    const findings = JSON.parse(options.contextData).findings;
    const added = findings.find((f: any) => f.messageId === "new-domain-in-reply.added");
    expect(added.data.recipients).toEqual(["suzuki@alpha-kaisha.co.jp"]);
  });

  test("a new mail or a forward stores nothing, and Send never asks about new organisations", async () => {
    for (const composeType of ["newMail", "forward"] as const) {
      const { h, event } = await open({ ...REPLY_ALL, composeType, cc: [OTHER("x", "beta-corp.co.jp")] });
      expect(event.completions).toHaveLength(1);
      expect(h.standIn.draft.sessionData[SESSION_KEYS.answered]).toBeUndefined();
    }
  });

  test("when a recipient field cannot be read nothing is stored (a half list would invent newcomers)", async () => {
    const { h, event } = await open(REPLY_ALL, {
      mailboxVersion: "1.15",
      faults: [{ api: "cc.getAsync", fault: { kind: "fail" } }],
    });
    expect(event.completions).toHaveLength(1);
    expect(h.standIn.draft.sessionData[SESSION_KEYS.answered]).toBeUndefined();
  });

  test("a hanging Office call still completes the event", async () => {
    const { event } = await open(
      REPLY_ALL,
      { mailboxVersion: "1.15", faults: [{ api: "getComposeTypeAsync", fault: { kind: "hang" } }] },
      300,
    );
    expect(event.completions).toHaveLength(1);
  });

  test("a huge thread is stored one address per domain, within its share of sessionData", () => {
    const many = Array.from({ length: 600 }, (_, i) => `member${i}@dept${i % 7}.example.go.jp`);
    const stored = encodeAnswered([...many, "tanaka@partner.example.co.jp"]);
    expect(stored.length).toBeLessThanOrEqual(MAX_ANSWERED_CHARS);
    const back = decodeAnswered(stored)!;
    expect(back).toHaveLength(8);
    expect(back).toContain("tanaka@partner.example.co.jp");
    expect(decodeAnswered("not json")).toBeUndefined();
    expect(decodeAnswered('{"a":1}')).toBeUndefined();
  });
});
