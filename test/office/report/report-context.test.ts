import { paneAfterReport, moveItemTo } from "../../../src/office/report/after-report";
import { encodeReportContext, parseReportContext } from "../../../src/office/report/report-context";

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
