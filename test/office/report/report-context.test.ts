import { paneAfterReport, moveItemTo } from "../../../src/office/report/after-report";
import {
  encodeReportContext,
  onReportContextChanged,
  parseReportContext,
} from "../../../src/office/report/report-context";

describe("report context (Report button → pane) and afterReport", () => {
  test("round-trips answers and free text; rejects anything else", () => {
    const raw = encodeReportContext({ answers: { "clicked-link": "yes", "opened-attachment": "no" }, freeText: "x" });
    expect(parseReportContext(raw)).toEqual({
      answers: { "clicked-link": "yes", "opened-attachment": "no" },
      freeText: "x",
    });
    for (const bad of [undefined, "", "{", "null", '{"v":2}', '{"v":1,"decision":"warn"}', 42]) {
      expect(parseReportContext(bad)).toBeUndefined();
    }
    expect(parseReportContext('{"v":1,"kind":"report","answers":{"clicked-link":"maybe","x":"yes"}}')).toEqual({
      answers: {},
      freeText: "",
    });
  });

  test("afterReport: the pane can only keep; the Report button maps to MoveSpamItemTo values", () => {
    expect(paneAfterReport("keep")).toEqual({ kind: "kept" });
    expect(paneAfterReport("junk")).toEqual({ kind: "manual", wanted: "junk" });
    expect(moveItemTo("keep")).toBe("noMove");
    expect(moveItemTo("junk")).toBe("junkFolder");
    expect(moveItemTo("delete")).toBe("deletedItemsFolder");
  });
});

describe("onReportContextChanged (the Report button pressed again while the pane is open)", () => {
  function item() {
    const handlers = new Map<string, (args: unknown) => void>();
    const removed: string[] = [];
    return {
      handlers,
      removed,
      addHandlerAsync(type: string, handler: (args: unknown) => void) {
        handlers.set(type, handler);
      },
      removeHandlerAsync(type: string) {
        removed.push(type);
        handlers.delete(type);
      },
    };
  }

  test("a new contextData reaches the pane; anything else is ignored; unsubscribing removes the handler", () => {
    const it = item();
    const seen: unknown[] = [];
    const off = onReportContextChanged(it, (ctx) => seen.push(ctx));
    const fire = it.handlers.get("olkInitializationContextChanged");
    expect(fire).toBeDefined();
    fire!({
      type: "olkInitializationContextChanged",
      initializationContextData: encodeReportContext({
        answers: { "entered-credentials": "yes" },
        freeText: "IDとパスワードを入れてしまいました",
      }),
    });
    fire!({ initializationContextData: '{"v":1,"kind":"fix"}' });
    fire!(undefined);
    expect(seen).toEqual([
      { answers: { "entered-credentials": "yes" }, freeText: "IDとパスワードを入れてしまいました" },
    ]);
    off();
    expect(it.removed).toEqual(["olkInitializationContextChanged"]);
  });

  test("an item without the event (before 1.15, the simulator) is fine: nothing subscribes, nothing throws", () => {
    expect(() => onReportContextChanged({}, () => undefined)()).not.toThrow();
    const throwing = {
      addHandlerAsync() {
        throw new Error("Invalid event type");
      },
    };
    expect(() => onReportContextChanged(throwing, () => undefined)()).not.toThrow();
  });
});
