/** The built event script and the integrated Report button (the "bundle" project: dist/launchevent.js is built first). */
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as vm from "node:vm";
import { parseReportContext } from "../../src/office/report/report-context";
import { FUNCTION_NAMES, REPORT_PANE_COMMAND_ID } from "../../src/launchevent/config";
import { createReadModeStandIn } from "../../src/office-stand-in/read-mode";
import { SPOOFED } from "../office/report/fixtures";
import { ROOT } from "../helpers/mail";
import { SIGN_IDS } from "../../src/core/suspicious/types";
import { ja as SIGN_TEXTS_JA } from "../../src/core/suspicious/messages-ja";

describe("dist/launchevent.js and the Report button", () => {
  const BUNDLE = join(ROOT, "dist", "launchevent.js");

  // A guard against regressions, not the goal: issue 12 asks for 60 KiB. 77 KiB after the suffix data, the CP932
  // table and the Report handler's analysis were cut; then, each on purpose, +4.3 KiB to tell permissions-only PDFs
  // from password-protected ones and read the former (crypto/), +1.1 KiB for markings missed on real-shaped mail
  // (watermarks, slide masters, inline-string cells, .msg and text attachments, partly encrypted ZIPs, framed label
  // lines), +0.6 KiB for PDFs with crypt filters the reader cannot undo ("unknown", not clean), +0.25 KiB each for
  // postProcessingAction on classic builds before 2308 and for naming a recipient list once in the Smart Alert
  // (83.8 KiB); +1.1 KiB for attachments that were not read at all (TNEF winmail.dat, files attached to an attached
  // .msg) and label lines after a long opening block, +0.1 KiB for address lists read as Outlook writes them, +0.7 KiB
  // for contact groups in To/CC and Exchange directory names: 85.6 KiB.
  // Lower it as the bundle shrinks; raise it only for function, and say which.
  test("stays within its size budget (86 KiB gzip) with the report handler inside", () => {
    expect(gzipSync(readFileSync(BUNDLE), { level: 9 }).length).toBeLessThanOrEqual(86 * 1024);
  });

  test("keeps MSAL out: the pane signs in, the classic event script never does", () => {
    const text = readFileSync(BUNDLE, "utf8");
    expect(text).not.toMatch(/createNestablePublicClientApplication|msal|acquireTokenSilent/i);
    expect(text).not.toContain("graph.microsoft.com");
  });

  test("carries no analysis of received mail: the pane explains and delivers, every event loads this file", () => {
    const text = readFileSync(BUNDLE, "utf8");
    // The analysis names every sign by its id and its message key; neither may reach the event script.
    const names = [...SIGN_IDS, ...Object.keys(SIGN_TEXTS_JA.signs)];
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect([name, text.includes(`"${name}"`)]).toEqual([name, false]);
  });

  test("the built bundle, in a bare context, answers the SpamReporting event with one completion", async () => {
    const standIn = createReadModeStandIn(SPOOFED, { mailboxVersion: "1.15" });
    const context = vm.createContext({ Office: standIn.Office, setTimeout, clearTimeout });
    vm.runInContext(readFileSync(BUNDLE, "utf8"), context, { filename: "launchevent.js" });
    const event = standIn.dispatch(FUNCTION_NAMES.report, "SpamReporting", { options: [false, false, true, false] });
    await event.done;
    await new Promise((r) => setTimeout(r, 50));
    expect(event.completions).toHaveLength(1);
    const o = event.completions[0]!.options as any;
    expect(o.commandId).toBe(REPORT_PANE_COMMAND_ID);
    expect(parseReportContext(o.contextData)?.answers["entered-credentials"]).toBe("yes");
  });
});
