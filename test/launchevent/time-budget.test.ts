/**
 * The send handler's time budget holds whatever the attachments are (issue 11: a hostile 919-byte .docx froze the
 * compose window for 13 s because every inspection ran synchronously, back to back, so the deadline timers could
 * not fire). Inspections now run one at a time with a turn of the event loop before each, and stop at the deadline.
 */
import { inspectAttachment } from "../../src/core/attachments/index";
import { busy, VIRTUAL_CLOCK, fixtureBase64, harness, ORG, PARTNER, sleep, testPolicy } from "./setup";

// The handlers run on a virtual clock: slow inspections jump the time instead of spending it.
jest.useFakeTimers(VIRTUAL_CLOCK);

const BUDGET = 500;

/** The real inspector, made artificially slow: `ms` of synchronous work per attachment, like a pathological file. */
function slowInspector(ms: number) {
  return (bytes: Uint8Array) => {
    busy(ms);
    return inspectAttachment(bytes);
  };
}

function docxAttachments(n: number) {
  const content = fixtureBase64("word-kimitsu2.docx");
  return Array.from({ length: n }, (_, i) => ({
    id: String(i),
    name: `調査報告書-${i + 1}.docx`,
    size: Math.floor((content.length * 3) / 4),
    contentBase64: content,
  }));
}

describe("OnMessageSend: the time budget holds whatever the attachments", () => {
  test("ten slow attachments (60 ms each, 600 ms in all): completed once, within the budget, by onError", async () => {
    const h = harness(
      {
        to: [PARTNER("kato")],
        subject: "調査報告書の送付",
        body: "ご確認ください。",
        attachments: docxAttachments(10),
      },
      { mailboxVersion: "1.15" },
      testPolicy((p) => (p.send = { timeBudgetMs: BUDGET })),
    );
    h.inspectWith = slowInspector(60);
    const { event, elapsed, options } = await h.send();
    // The last inspection may start just before the work deadline (budget minus a reserve of 100 ms here) and
    // overrun it by its own length; the sum of them never counts. 30 ms for a timer firing late on a busy machine.
    expect(elapsed).toBeLessThanOrEqual(BUDGET + 30);
    expect(h.inspected).toBeLessThan(10);
    // The policy's onError (warn) decides an incomplete check: a warning the user can send past.
    expect(options.allowEvent).toBe(false);
    expect(options.sendModeOverride).toBe("promptUser");
    await sleep(1500);
    expect(event.completions).toHaveLength(1);
  });

  test("a single attachment slower than the whole budget delays the decision by itself only", async () => {
    const h = harness(
      { to: [ORG("yamada")], subject: "資料", body: "", attachments: docxAttachments(3) },
      { mailboxVersion: "1.15" },
      testPolicy((p) => (p.send = { timeBudgetMs: BUDGET })),
    );
    h.inspectWith = slowInspector(700);
    const { event, elapsed } = await h.send();
    expect(elapsed).toBeLessThanOrEqual(700 + 100);
    expect(h.inspected).toBe(1);
    await sleep(800);
    expect(event.completions).toHaveLength(1);
  });

  test("fast attachments are all inspected and decide as usual", async () => {
    const h = harness(
      { to: [PARTNER("kato")], subject: "調査報告書の送付", body: "", attachments: docxAttachments(4) },
      { mailboxVersion: "1.15" },
      testPolicy((p) => (p.send = { timeBudgetMs: BUDGET })),
    );
    const { options, elapsed } = await h.send();
    expect(h.inspected).toBe(4);
    expect(elapsed).toBeLessThan(BUDGET);
    // 機密性２ in each attachment, going to a partner unencrypted: a finding, not a timeout.
    expect(options.allowEvent).toBe(false);
    expect(JSON.parse(options.contextData).findings.length).toBeGreaterThan(0);
  });
});
