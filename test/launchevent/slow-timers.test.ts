/**
 * On the web and in new Outlook a short timer can fire 800-900 ms late (office-js issue #4826). The default time
 * budget must still bring a decision well before Outlook's "taking longer" notice at 5 s, even when Office never
 * answers and only the handler's own timers can end the wait.
 */
import { inspectAttachment } from "../../src/core/attachments/index";
import { createSendHandler, type OfficeLike } from "../../src/launchevent/send-check";
import { runtimeClock, type Clock } from "../../src/office/async";
import { createOfficeStandIn } from "../../src/office-stand-in/index";
import { policyWith } from "../helpers/mail";
import { manifestPermissions, settle, VIRTUAL_CLOCK } from "./setup";

// A virtual clock (setup.ts): the lagging timers and the hang cost no real time, and fire exactly when due.
jest.useFakeTimers(VIRTUAL_CLOCK);

const TIMER_LAG_MS = 900;
const NOTICE_MS = 5000;

/** The runtime's clock, with every timer firing TIMER_LAG_MS late as reported on the web. */
function laggingClock(): Clock {
  const real = runtimeClock();
  return { ...real, setTimeout: (fn, ms) => real.setTimeout(fn, ms + TIMER_LAG_MS) };
}

test("default budget: Office hangs, timers lag 900 ms, the decision still comes well before 5 s", async () => {
  const policy = policyWith(); // the example policy, no send.timeBudgetMs: the schema's default
  expect(policy.send.timeBudgetMs).toBeLessThanOrEqual(NOTICE_MS - TIMER_LAG_MS - 1000);
  const standIn = createOfficeStandIn(
    { to: [{ emailAddress: "sato@contoso.co.jp" }], subject: "見積書", body: "ご確認ください。" },
    {
      mailboxVersion: "1.15",
      permissions: manifestPermissions(),
      faults: [{ api: "body.getAsync", fault: { kind: "hang" } }],
    },
  );
  const deps = {
    office: () => standIn.Office as unknown as OfficeLike,
    config: { policy, policyHash: "0123456789ab", version: "1.0.0.0", baseUrl: "https://a.example/" },
    clock: laggingClock(),
    inspect: (bytes: Uint8Array) => inspectAttachment(bytes),
  };
  const event = standIn.event("OnMessageSend");
  const start = Date.now();
  void createSendHandler(deps)(event as unknown as Office.MailboxEvent);
  const done = await settle(event.done);
  const elapsed = done.at - start;
  expect(elapsed).toBeLessThan(NOTICE_MS - 500);
  // onError "warn" in the example policy: the user may still send, after being told the check did not finish.
  expect((done.options as { allowEvent: boolean }).allowEvent).toBe(false);
  expect(event.completions).toHaveLength(1);
});
