import type { MoveResult, MoveTarget } from "../../../src/office/report/after-report";
import type { DeliveryOutcome } from "../../../src/office/report/deliver-report";
import type { OpenFormResult } from "../../../src/office/report/open-report-form";
import type { ReportStatus } from "../../../src/taskpane/report/components/ReportAction";
import { oneAtATime, runReportFlow } from "../../../src/taskpane/report/report-flow";

function flow(
  delivered: DeliveryOutcome,
  form: OpenFormResult = { ok: true },
  moveTarget?: MoveTarget,
  moved: () => Promise<MoveResult> = async () => ({ ok: true }),
) {
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
    moveTarget,
    move: async (to: MoveTarget) => {
      calls.push(`move:${to}`);
      return moved();
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

  test("delivered + junk: the move to junk runs after the delivery, and the pane says it moved", async () => {
    const f = flow({ kind: "sent" }, { ok: true }, "junk");
    await expect(f.run()).resolves.toEqual({ kind: "sent", move: { kind: "moved", to: "junk" } });
    expect(f.calls).toEqual(["deliver", "move:junk"]);
    expect(f.shown).toEqual([
      { kind: "sending" },
      { kind: "sent", move: { kind: "moving", to: "junk" } },
      { kind: "sent", move: { kind: "moved", to: "junk" } },
    ]);
  });

  test("delivered + delete: the move goes to delete", async () => {
    const f = flow({ kind: "sent" }, { ok: true }, "delete");
    await expect(f.run()).resolves.toEqual({ kind: "sent", move: { kind: "moved", to: "delete" } });
    expect(f.calls).toEqual(["deliver", "move:delete"]);
  });

  test("keep (no move target): no move at all", async () => {
    const f = flow({ kind: "sent" }, { ok: true }, undefined);
    await expect(f.run()).resolves.toEqual({ kind: "sent" });
    expect(f.calls).toEqual(["deliver"]);
  });

  test("delivery failed: the compose form, never a move, even when the policy wants one", async () => {
    for (const why of ["sign-in", "graph", "too-large", "upload"] as const) {
      const f = flow({ kind: "fallback", why }, { ok: true }, "junk");
      await expect(f.run()).resolves.toEqual({ kind: "opened", fallback: why });
      expect(f.calls).toEqual(["deliver", "openForm"]);
    }
  });

  test("the move fails: the report still counts as sent, with the reason for the manual step", async () => {
    const f = flow({ kind: "sent" }, { ok: true }, "junk", async () => ({
      ok: false,
      why: "not-found",
      detail: "404 ErrorItemNotFound",
    }));
    await expect(f.run()).resolves.toEqual({
      kind: "sent",
      move: { kind: "not-moved", to: "junk", why: "not-found", detail: "404 ErrorItemNotFound" },
    });
    expect(f.calls).toEqual(["deliver", "move:junk"]);
  });

  test("the move throws: still sent, the throw becomes a reason, and no compose form opens", async () => {
    const f = flow({ kind: "sent" }, { ok: true }, "delete", async () => {
      throw new Error("convertToRestId threw");
    });
    await expect(f.run()).resolves.toEqual({
      kind: "sent",
      move: { kind: "not-moved", to: "delete", why: "graph", detail: "convertToRestId threw" },
    });
    expect(f.calls).not.toContain("openForm");
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
