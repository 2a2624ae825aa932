import {
  paneAfterReport,
  moveItemTo,
  postProcessingAction,
  readsPostProcessingAction,
  spamMoveOption,
} from "../../../src/office/report/after-report";
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

  test("the older property's strings: noMove, moveToSpamFolder, delete", () => {
    expect(postProcessingAction("keep")).toBe("noMove");
    expect(postProcessingAction("junk")).toBe("moveToSpamFolder");
    expect(postProcessingAction("delete")).toBe("delete");
    expect(spamMoveOption(true, "keep")).toEqual({ postProcessingAction: "noMove" });
    expect(spamMoveOption(false, "junk")).toEqual({ moveItemTo: "junkFolder" });
  });

  test("only classic Windows before Version 2308 (Build 16724.10000) reads postProcessingAction", () => {
    const pc = (version: unknown) => readsPostProcessingAction({ platform: "PC", version });
    expect(pc("16.0.16626.20134")).toBe(true);
    expect(pc("16.0.16724.9999")).toBe(true);
    expect(pc("16.0.16724.10000")).toBe(false);
    expect(pc("16.0.16731.20000")).toBe(false);
    expect(pc("16.0.17928.20114")).toBe(false);
    // Unreadable versions count as current: moveItemTo is what every supported build reads.
    for (const v of [undefined, "", "16.0", "16.0.abc.1", 16]) expect(pc(v)).toBe(false);
    expect(readsPostProcessingAction({ platform: "OfficeOnline", version: "16.0.16626.20134" })).toBe(false);
    expect(readsPostProcessingAction({ platform: "Mac", version: "16.0.16626.20134" })).toBe(false);
    // Without Office.context.diagnostics, mailbox.diagnostics: "Outlook" is classic Windows or Mac (16.<minor>).
    expect(readsPostProcessingAction(undefined, { hostName: "Outlook", hostVersion: "16.0.16626.20134" })).toBe(true);
    expect(readsPostProcessingAction(undefined, { hostName: "Outlook", hostVersion: "16.81.23121700" })).toBe(false);
    expect(readsPostProcessingAction(undefined, { hostName: "OutlookWebApp", hostVersion: "16.0.1.1" })).toBe(false);
    expect(readsPostProcessingAction(undefined, undefined)).toBe(false);
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
