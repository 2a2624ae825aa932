import { inspectAttachment } from "../../src/core/attachments/index";
import { decodeBase64 } from "../../src/office/base64";
import { parseReportContext } from "../../src/office/report/report-context";
import { REPORT_PANE_COMMAND_ID, type SendCheckConfig } from "../../src/launchevent/config";
import { createDeliverHere, type Deliverer, type ReportDelivery } from "../../src/launchevent/deliver-here";
import { answersFromOptions, createReportHandler, type ReportOfficeLike } from "../../src/launchevent/report-button";
import { runtimeClock } from "../../src/office/async";
import { createReadModeStandIn, type ReadClient, type ReadModeOptions } from "../../src/office-stand-in/read-mode";
import { SPOOFED } from "../office/report/fixtures";
import { BASE_URL, POLICY_HASH, testPolicy, VERSION } from "./setup";

function run(
  eventExtras: Record<string, unknown>,
  options: ReadModeOptions = {},
  extra: {
    deliver?: Deliverer;
    afterReport?: string;
    budgetMs?: number;
    report?: (report: Record<string, unknown>) => void;
  } = {},
) {
  const standIn = createReadModeStandIn(SPOOFED, options);
  const policy = testPolicy((p) => {
    if (extra.afterReport) p.report.afterReport = extra.afterReport;
    extra.report?.(p.report);
  });
  const config: SendCheckConfig = { policy, policyHash: POLICY_HASH, version: VERSION, baseUrl: BASE_URL };
  const event = standIn.event("SpamReporting", eventExtras);
  const handler = createReportHandler({
    office: () => standIn.Office as unknown as ReportOfficeLike,
    config,
    clock: runtimeClock(),
    deliverHere: extra.deliver && createDeliverHere(config, extra.deliver, inspectAttachment),
    budgetMs: extra.budgetMs,
  });
  const done = handler(event as never);
  return { standIn, event, done };
}

/** Classic Outlook on Windows, Version 2307 (Build 16626.20134): before 2308, so it reads only postProcessingAction. */
const CLASSIC_2307: ReadClient = { platform: "PC", version: "16.0.16626.20134" };
/** The first build that reads moveItemTo, Version 2308 (Build 16724.10000). */
const CLASSIC_2308: ReadClient = { platform: "PC", version: "16.0.16724.10000" };
const WEB: ReadClient = { platform: "OfficeOnline", version: "15.20.8207.19" };
const MAC: ReadClient = { platform: "Mac", version: "16.100.25072537" };

describe("the Report button's answers", () => {
  test("checked boxes are yes, 'not sure' makes the rest unsure, otherwise no", () => {
    expect(answersFromOptions([false, true, false, false])).toEqual({
      "opened-attachment": "no",
      "clicked-link": "yes",
      "entered-credentials": "no",
    });
    expect(answersFromOptions([true, false, false, true])).toEqual({
      "opened-attachment": "yes",
      "clicked-link": "unsure",
      "entered-credentials": "unsure",
    });
    expect(answersFromOptions(undefined)).toEqual({
      "opened-attachment": "no",
      "clicked-link": "no",
      "entered-credentials": "no",
    });
  });
});

describe("onReportMessageHandler", () => {
  test("Mailbox 1.15, no deliverer: opens the report pane with the answers and leaves the mail where it is", async () => {
    const { event, done } = run({ options: [false, true, false, false], freeText: "URLを開きました" });
    await done;
    expect(event.completions).toHaveLength(1);
    const o = event.completions[0]!.options as Record<string, unknown>;
    expect(o.moveItemTo).toBe("noMove");
    expect(o.commandId).toBe(REPORT_PANE_COMMAND_ID);
    expect(o.showPostProcessingDialog).toBeUndefined();
    expect(parseReportContext(o.contextData)).toEqual({
      answers: { "opened-attachment": "no", "clicked-link": "yes", "entered-credentials": "no" },
      freeText: "URLを開きました",
    });
  });

  test("Mailbox 1.14: a post-processing dialog, 4章-5 first when a box was ticked, no move", async () => {
    const { event, done } = run({ options: [false, true, false, false] }, { mailboxVersion: "1.14" });
    await done;
    const o = event.completions[0]!.options as any;
    expect(o.commandId).toBeUndefined();
    expect(o.moveItemTo).toBe("noMove");
    expect(o.showPostProcessingDialog.title).toBe("不審なメールの報告");
    const d: string = o.showPostProcessingDialog.description;
    expect(d).toMatch(/^まずLANケーブル/);
    expect(d).toContain("報告はまだ送られていません");
    expect(d.length).toBeLessThanOrEqual(500);
  });

  test("Mailbox 1.14 with the desk's phone in the policy: the dialog gives the number right after 'call the desk'", async () => {
    const { event, done } = run(
      { options: [false, false, false, true] },
      { mailboxVersion: "1.14" },
      { report: (r) => Object.assign(r, { phone: "03-3581-0000", hours: "平日 9:30〜18:15" }) },
    );
    await done;
    const d: string = (event.completions[0]!.options as any).showPostProcessingDialog.description;
    expect(d).toMatch(
      /^まずLANケーブル.*報告窓口へ電話してください。報告窓口の電話: 03-3581-0000（受付: 平日 9:30〜18:15）。/,
    );
    expect(d.length).toBeLessThanOrEqual(500);
  });

  test("Mailbox 1.14, nothing ticked: no phone number (no incident), and with report.graph the pane sends directly", async () => {
    const graph = { clientId: "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b" };
    const { event, done } = run(
      { options: [false, false, false, false] },
      { mailboxVersion: "1.14" },
      { report: (r) => Object.assign(r, { phone: "03-3581-0000", graph }) },
    );
    await done;
    const d: string = (event.completions[0]!.options as any).showPostProcessingDialog.description;
    expect(d).not.toContain("03-3581-0000");
    expect(d).toContain("窓口へ直接送られます");
  });

  test("English, a box ticked: the desk's number follows 'call the reporting desk', one space apart", async () => {
    const { event, done } = run(
      { options: [true, false, false, false] },
      { mailboxVersion: "1.14", displayLanguage: "en-US" },
      { report: (r) => Object.assign(r, { phone: "03-0000-0000", hours: "平日 9:30〜18:15" }) },
    );
    await done;
    const d: string = (event.completions[0]!.options as any).showPostProcessingDialog.description;
    expect(d).toMatch(/call the reporting desk\. Reporting desk phone: 03-0000-0000 \(hours: 平日 9:30〜18:15\)\. The/);
    expect(d).not.toMatch(/ {2}/);
  });

  test("English on an English client", async () => {
    const { event, done } = run({ options: [] }, { mailboxVersion: "1.14", displayLanguage: "en-US" });
    await done;
    expect((event.completions[0]!.options as any).showPostProcessingDialog.description).toMatch(
      /^The report has not been sent yet\./,
    );
  });

  test("with a deliverer: the unmodified EML from getAsFileAsync and the report go out, then afterReport applies", async () => {
    const got: ReportDelivery[] = [];
    const { standIn, event, done } = run(
      { options: [true, false, false, false], freeText: "" },
      {},
      {
        afterReport: "junk",
        deliver: async (d) => {
          got.push(d);
          return true;
        },
      },
    );
    await done;
    expect(standIn.channel.calls.map((c) => c.api)).toContain("getAsFileAsync");
    const eml = new TextDecoder().decode(decodeBase64(got[0]!.emlBase64)!);
    expect(eml).toContain("Authentication-Results: mx.example.go.jp; spf=fail");
    expect(got[0]!.report.to).toBe("soc@example.go.jp");
    expect(got[0]!.report.bodyText).toContain("sender-lookalike");
    expect(got[0]!.answers["opened-attachment"]).toBe("yes");
    // The answers travel in both languages, whatever the client's language.
    expect(got[0]!.report.bodyText).toContain("このメールの添付ファイルを開きましたか？ はい");
    expect(got[0]!.report.bodyText).toContain("Did you open an attachment of this mail? Yes");
    const o = event.completions[0]!.options as any;
    expect(o).toMatchObject({ moveItemTo: "junkFolder", onErrorDeleteItem: false });
    expect(o.showPostProcessingDialog.description).toMatch(/^まずLANケーブル.*報告窓口へ報告しました/);
  });

  test("a deliverer that fails hands over to the pane instead of moving the mail", async () => {
    const { event, done } = run({ options: [] }, {}, { afterReport: "delete", deliver: async () => false });
    await done;
    expect(event.completions).toHaveLength(1);
    expect((event.completions[0]!.options as any).moveItemTo).toBe("noMove");
  });

  test("an Outlook call that never answers still ends in exactly one completion, within the budget", async () => {
    const { event, done } = run(
      { options: [] },
      { faults: [{ api: "getAllInternetHeadersAsync", fault: { kind: "hang" } }] },
      { budgetMs: 200, deliver: async () => true },
    );
    await done;
    expect(event.completions).toHaveLength(1);
    expect((event.completions[0]!.options as any).commandId).toBe(REPORT_PANE_COMMAND_ID);
  });

  test.each([
    ["a current client", undefined, { moveItemTo: "noMove" }],
    ["classic Windows before 2308", CLASSIC_2307, { postProcessingAction: "noMove" }],
  ])("%s: completed that throws once is retried with the smallest option set", async (_, client, smallest) => {
    const standIn = createReadModeStandIn(SPOOFED, client ? { client } : {});
    const calls: unknown[] = [];
    const event = {
      options: [],
      completed(o: unknown) {
        calls.push(o);
        if (calls.length === 1) throw new Error("unknown property");
      },
    };
    const config: SendCheckConfig = { policy: testPolicy(), policyHash: "", version: "", baseUrl: BASE_URL };
    await createReportHandler({ office: () => standIn.Office as never, config, clock: runtimeClock() })(event);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual(smallest);
    expect(standIn.spamOutcome(calls[1])).toEqual({ kind: "stays" });
  });
});

describe("the move property each Outlook reads", () => {
  test.each([
    ["classic Windows before 2308", CLASSIC_2307],
    ["classic Windows 2308", CLASSIC_2308],
    ["the web / new Outlook", WEB],
    ["Mac", MAC],
  ])("%s, Mailbox 1.14: the dialog path leaves the mail in place in the property it reads", async (_, client) => {
    const { standIn, event, done } = run({ options: [true, false, false, false] }, { mailboxVersion: "1.14", client });
    await done;
    const o = event.completions[0]!.options as Record<string, unknown>;
    expect(Object.keys(o).filter((k) => k === "moveItemTo" || k === "postProcessingAction")).toEqual([
      standIn.spamMoveProperty,
    ]);
    expect(standIn.spamOutcome(o)).toEqual({ kind: "stays" });
  });

  test("classic Windows before 2308 with 1.15 claimed: the pane opens with postProcessingAction noMove", async () => {
    const { standIn, event, done } = run({ options: [false, false, true, false] }, { client: CLASSIC_2307 });
    await done;
    const o = event.completions[0]!.options as Record<string, unknown>;
    expect(o).toMatchObject({ postProcessingAction: "noMove", commandId: REPORT_PANE_COMMAND_ID });
    expect(o.moveItemTo).toBeUndefined();
    expect(standIn.spamOutcome(o)).toEqual({ kind: "stays" });
  });

  test.each([
    ["before 2308: junk becomes moveToSpamFolder", CLASSIC_2307, "junk", { postProcessingAction: "moveToSpamFolder" }],
    [
      "on 2308: delete stays moveItemTo deletedItemsFolder",
      CLASSIC_2308,
      "delete",
      { moveItemTo: "deletedItemsFolder" },
    ],
  ])("delivered from the event %s, and nothing else names a move", async (_, client, afterReport, move) => {
    const { standIn, event, done } = run({ options: [] }, { client }, { afterReport, deliver: async () => true });
    await done;
    const o = event.completions[0]!.options as Record<string, unknown>;
    expect(o).toMatchObject({ ...move, onErrorDeleteItem: false });
    expect(Object.keys(o).filter((k) => k === "moveItemTo" || k === "postProcessingAction")).toEqual(Object.keys(move));
    expect(standIn.spamOutcome(o)).toEqual({ kind: "moved", to: afterReport === "junk" ? "junk" : "deleted" });
  });

  test("a deliverer that throws before 2308: the failure dialog, and the mail stays", async () => {
    const { standIn, event, done } = run(
      { options: [] },
      { client: CLASSIC_2307, displayLanguage: "en-US" },
      {
        afterReport: "delete",
        deliver: async () => {
          throw new Error("配送に失敗しました");
        },
      },
    );
    await done;
    const o = event.completions[0]!.options as any;
    expect(o.showPostProcessingDialog.description).toContain("The report could not be prepared.");
    expect(o.postProcessingAction).toBe("noMove");
    expect(standIn.spamOutcome(o)).toEqual({ kind: "stays" });
  });

  test("diagnostics that throw when read count as a current client, and the handler still completes once", async () => {
    const standIn = createReadModeStandIn(SPOOFED, { mailboxVersion: "1.14" });
    const office = standIn.Office as { context: Record<string, unknown> };
    Object.defineProperty(office.context, "diagnostics", {
      get() {
        throw new Error("診断情報を読めません");
      },
    });
    const event = standIn.event("SpamReporting", { options: [] });
    const config: SendCheckConfig = { policy: testPolicy(), policyHash: "", version: "", baseUrl: BASE_URL };
    await createReportHandler({ office: () => office as never, config, clock: runtimeClock() })(event as never);
    expect(event.completions).toHaveLength(1);
    expect((event.completions[0]!.options as Record<string, unknown>).moveItemTo).toBe("noMove");
  });
});
