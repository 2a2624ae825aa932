import type { DeliveryOutcome } from "../../../src/office/report/deliver-report";
import type { OpenFormResult } from "../../../src/office/report/open-report-form";
import type { ReportStatus } from "../../../src/taskpane/report/components/ReportAction";
import { oneAtATime, runReportFlow } from "../../../src/taskpane/report/report-flow";

function flow(delivered: DeliveryOutcome, form: OpenFormResult = { ok: true }) {
  const calls: string[] = [];
  const shown: ReportStatus[] = [];
  const steps = {
    deliver: async () => {
      calls.push("deliver");
      return delivered;
    },
    openForm: async () => {
      calls.push("openForm");
      return form;
    },
  };
  return { calls, shown, run: () => runReportFlow(steps, (s) => shown.push(s)) };
}

describe("the pane's report flow", () => {
  test("Graph took it: sent, and no compose window", async () => {
    const f = flow({ kind: "sent" });
    await expect(f.run()).resolves.toEqual({ kind: "sent" });
    expect(f.calls).toEqual(["deliver"]);
    expect(f.shown.map((s) => s.kind)).toEqual(["sending", "sent"]);
  });

  test("no client id: the compose form opens and the pane knows why", async () => {
    const f = flow({ kind: "fallback", why: "not-configured" });
    await expect(f.run()).resolves.toEqual({ kind: "opened", fallback: "not-configured" });
    expect(f.calls).toEqual(["deliver", "openForm"]);
    expect(f.shown).toEqual([
      { kind: "sending" },
      { kind: "opening", fallback: "not-configured" },
      { kind: "opened", fallback: "not-configured" },
    ]);
  });

  test("sign-in failed and the form cannot open either: failed, with both reasons for the pane", async () => {
    const f = flow({ kind: "fallback", why: "sign-in", detail: "user cancelled" }, { ok: false, reason: "no-item-id" });
    await expect(f.run()).resolves.toEqual({
      kind: "failed",
      reason: "no-item-id",
      detail: undefined,
      fallback: "sign-in",
    });
  });

  test("a second press while a report is on its way does nothing; after it ends, a press works again", async () => {
    let release: () => void = () => undefined;
    let runs = 0;
    const start = oneAtATime(async () => {
      runs += 1;
      await new Promise<void>((r) => (release = r));
    });
    const first = start();
    await start();
    await start();
    expect(runs).toBe(1);
    release();
    await first;
    const again = start();
    expect(runs).toBe(2);
    release();
    await again;
  });

  test("a run that throws frees the gate", async () => {
    let runs = 0;
    const start = oneAtATime(async () => {
      runs += 1;
      throw new Error("office.js threw");
    });
    await expect(start()).rejects.toThrow("office.js threw");
    await expect(start()).rejects.toThrow();
    expect(runs).toBe(2);
  });
});
