/**
 * manifest.xml checked offline by the strongest means available (the online validator cannot be reached):
 * office-addin-manifest parses it, the official converter turns it into a unified JSON manifest that must pass the
 * JSON schemas shipped in the npm packages, and our own checks cover what neither does.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIX_PANE_COMMAND_ID, FUNCTION_NAMES, REPORT_PANE_COMMAND_ID } from "../../src/launchevent/config";
import { REPORT_OPTIONS } from "../../src/launchevent/report-button";
import { ROOT } from "../helpers/mail";

const MANIFEST = join(ROOT, "manifest.xml");
const XML = readFileSync(MANIFEST, "utf8");
const MANIFEST_CLI = join(ROOT, "node_modules", "office-addin-manifest", "cli.js");
const CONVERTER_CLI = join(ROOT, "node_modules", "office-addin-manifest-converter", "cli.js");

const attr = (name: string) => [...XML.matchAll(new RegExp(`\\b${name}="([^"]*)"`, "g"))].map((m) => m[1] as string);
/** XML without comments, so commented-out markup never counts. */
const BODY = XML.replace(/<!--[\s\S]*?-->/g, "");

function run(cli: string, args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
}

describe("manifest.xml: Microsoft's own tools, offline", () => {
  test("office-addin-manifest info reads it", () => {
    const r = run(MANIFEST_CLI, ["info", MANIFEST]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Id: 31fdb5a0-f6f8-4c63-a42e-6c3885bf7083");
    expect(r.stdout).toContain("Permissions: ReadWriteMailbox");
  });

  test("the converter's unified JSON manifest passes the shipped JSON schema", () => {
    const out = mkdtempSync(join(tmpdir(), "sendcheck-manifest-"));
    const conv = run(CONVERTER_CLI, ["convert", MANIFEST, "-o", out]);
    expect(conv.status).toBe(0);
    const json = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    const runtime = json.extensions[0].runtimes.find((r: any) => r.code?.script);
    expect(runtime.code.script).toBe("https://localhost:3000/launchevent.js");
    expect(runtime.actions.map((a: any) => a.id).sort()).toEqual(Object.values(FUNCTION_NAMES).sort());
    const events = json.extensions[0].autoRunEvents[0].events;
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "messageSending", actionId: FUNCTION_NAMES.send }),
        expect.objectContaining({ type: "messageAttachmentsChanged", actionId: FUNCTION_NAMES.attachmentsChanged }),
        expect.objectContaining({ type: "appointmentSending", actionId: FUNCTION_NAMES.appointmentSend }),
      ]),
    );
    // The integrated Report button: a fixed control in the spamReportingOverride ribbon, calling the report handler,
    // with our four pre-processing options in REPORT_OPTIONS order.
    const spam = json.extensions[0].ribbons.find((r: any) => r.contexts.includes("spamReportingOverride"));
    expect(spam.fixedControls[0].actionId).toBe(FUNCTION_NAMES.report);
    expect(spam.spamPreProcessingDialog.spamReportingOptions.options).toHaveLength(REPORT_OPTIONS.length);
    const read = json.extensions[0].ribbons.find((r: any) => r.contexts.includes("mailRead"));
    expect(read.tabs[0].groups[0].controls[0].id).toBe(REPORT_PANE_COMMAND_ID);
    // The converter writes manifestVersion 1.17, whose schema predates spamReportingOverride; 1.20 is the first
    // shipped schema that has it. Only the unified form needs this; the XML manifest is what we deploy.
    json.manifestVersion = "1.20";
    json.$schema = "https://developer.microsoft.com/json-schemas/teams/v1.20/MicrosoftTeams.schema.json";
    writeFileSync(join(out, "manifest.json"), JSON.stringify(json));
    const valid = run(MANIFEST_CLI, ["validate", join(out, "manifest.json")]);
    expect(valid.stdout + valid.stderr).not.toMatch(/not valid|Error #/);
    expect(valid.status).toBe(0);

    // Negative control: the same validator rejects a broken copy, so the pass above means something.
    json.accentColor = "navy";
    writeFileSync(join(out, "broken.json"), JSON.stringify(json));
    const broken = run(MANIFEST_CLI, ["validate", join(out, "broken.json")]);
    expect(broken.status).not.toBe(0);
    expect(broken.stdout + broken.stderr).toMatch(/accentColor/);
  });
});

describe("manifest.xml: what the tools do not check", () => {
  test("every LaunchEvent FunctionName is one the bundle associates, and OnMessageSend soft-blocks", () => {
    const events = [...BODY.matchAll(/<LaunchEvent\b([^>]*)\/>/g)].map((m) => m[1] as string);
    const byType = Object.fromEntries(
      events.map((e) => [/Type="([^"]+)"/.exec(e)?.[1], { fn: /FunctionName="([^"]+)"/.exec(e)?.[1], e }]),
    );
    expect(Object.keys(byType).sort()).toEqual([
      "OnAppointmentAttachmentsChanged",
      "OnAppointmentSend",
      "OnMessageAttachmentsChanged",
      "OnMessageRecipientsChanged",
      "OnMessageSend",
      "OnNewMessageCompose",
    ]);
    expect(byType.OnNewMessageCompose?.fn).toBe(FUNCTION_NAMES.newMessageCompose);
    expect(byType.OnAppointmentSend?.fn).toBe(FUNCTION_NAMES.appointmentSend);
    expect(byType.OnAppointmentSend?.e).toContain('SendMode="SoftBlock"');
    expect(byType.OnAppointmentAttachmentsChanged?.fn).toBe(FUNCTION_NAMES.appointmentAttachmentsChanged);
    expect(byType.OnMessageSend?.fn).toBe(FUNCTION_NAMES.send);
    expect(byType.OnMessageSend?.e).toContain('SendMode="SoftBlock"');
    expect(byType.OnMessageAttachmentsChanged?.fn).toBe(FUNCTION_NAMES.attachmentsChanged);
    expect(byType.OnMessageRecipientsChanged?.fn).toBe(FUNCTION_NAMES.recipientsChanged);
    // associate() is checked against the built file in test/launchevent/bundle.test.ts.
    const source = readFileSync(join(ROOT, "src", "launchevent", "launchevent.ts"), "utf8");
    for (const key of Object.keys(FUNCTION_NAMES))
      expect(source).toContain(`Office.actions.associate(FUNCTION_NAMES.${key},`);
  });

  test("every ExecuteFunction FunctionName is associated; the Report button shares the event runtime", () => {
    const functions = [...BODY.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1] as string);
    expect(functions).toEqual([FUNCTION_NAMES.report]);
    const launchNames = [...BODY.matchAll(/\bFunctionName="([^"]+)"/g)].map((m) => m[1] as string);
    expect([...launchNames, ...functions].sort()).toEqual(Object.values(FUNCTION_NAMES).sort());
    const runtime = /<Runtime resid="([^"]+)">/.exec(BODY)?.[1];
    const spam = /xsi:type="ReportPhishingCommandSurface">([\s\S]*?)<\/ExtensionPoint>/.exec(BODY)?.[1] ?? "";
    // Outlook allows one runtime for events and spam reporting together.
    expect(/<SourceLocation resid="([^"]+)"\/>\s*<\/ReportPhishingCustomization>/.exec(spam)?.[1]).toBe(runtime);
    expect(spam).toMatch(/<Action xsi:type="ExecuteFunction">/);
    const options = [...spam.matchAll(/<Option resid="([^"]+)"\/>/g)];
    expect(options).toHaveLength(REPORT_OPTIONS.length);
    expect(options.length).toBeLessThanOrEqual(5);
  });

  test("the read-mode report pane button has the id the Report button's commandId names", () => {
    const read = /xsi:type="MessageReadCommandSurface">([\s\S]*?)<\/ExtensionPoint>/.exec(BODY)?.[1] ?? "";
    expect(read).toMatch(
      new RegExp(`id="${REPORT_PANE_COMMAND_ID.replace(".", "\\.")}">[\\s\\S]*?xsi:type="ShowTaskpane"`),
    );
    expect(/<bt:Url id="ReportPane.Url" DefaultValue="([^"]+)"/.exec(BODY)?.[1]).toMatch(/\/report\.html$/);
    expect(BODY).toContain('<Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>');
  });

  test("every resid is defined, at most 32 characters, and the runtime wiring is consistent", () => {
    const defined = new Set([...BODY.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1] as string));
    const used = [...BODY.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1] as string);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) {
      expect(defined.has(id)).toBe(true);
      expect(id.length).toBeLessThanOrEqual(32);
    }
    const runtime = /<Runtime resid="([^"]+)">\s*<Override type="javascript" resid="([^"]+)"\/>/.exec(BODY);
    expect(runtime).not.toBeNull();
    const launch = /xsi:type="LaunchEvent">[\s\S]*?<SourceLocation resid="([^"]+)"\/>/.exec(BODY);
    expect(launch?.[1]).toBe(runtime?.[1]);
    expect(/<bt:Url id="JSRuntime.Url" DefaultValue="([^"]+)"/.exec(BODY)?.[1]).toMatch(/\/launchevent\.js$/);
    expect(/<bt:Url id="Commands.Url" DefaultValue="([^"]+)"/.exec(BODY)?.[1]).toMatch(/\/commands\.html$/);
  });

  test("the fix-pane button's control id is the Smart Alert commandId", () => {
    const ids = [...BODY.matchAll(/<Control\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toContain(FIX_PANE_COMMAND_ID);
    expect(BODY).toMatch(
      new RegExp(`id="${FIX_PANE_COMMAND_ID.replace(".", "\\.")}">[\\s\\S]*?xsi:type="ShowTaskpane"`),
    );
  });

  test("every URL is HTTPS", () => {
    const urls = [
      ...attr("DefaultValue"),
      ...attr("Value"),
      ...[...BODY.matchAll(/<AppDomain>([^<]+)</g)].map((m) => m[1] as string),
    ].filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    // Only XML namespace names may say http://; they are identifiers, never fetched.
    expect(BODY.replace(/\bxmlns(?::\w+)?="[^"]*"/g, "")).not.toMatch(/http:\/\//);
  });

  test("Japanese by default with an English override for every string; Mailbox 1.12 for the events", () => {
    expect(BODY).toContain("<DefaultLocale>ja-JP</DefaultLocale>");
    const strings = [...BODY.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) expect(s[2]).toContain('Locale="en-US"');
    expect(BODY).toMatch(/<bt:Sets DefaultMinVersion="1.12">\s*<bt:Set Name="Mailbox"\/>/);
    // item.sendAsync (the fix pane's Send) documents read/write mailbox as its minimum (test/office/permissions).
    expect(BODY).toContain("<Permissions>ReadWriteMailbox</Permissions>");
  });

  test("the icons it names exist in assets/", () => {
    for (const u of attr("DefaultValue").filter((v) => v.endsWith(".png"))) {
      const file = join(ROOT, "assets", u.split("/assets/")[1] as string);
      expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
    }
  });
});

describe("webpack.config.js: what each kind of build ships", () => {
  const config = require("../../webpack.config.js") as (env: Record<string, string>, argv: object) => any[];
  const pagesOf = (env: Record<string, string>) => {
    const pages = config(env, { mode: "production" }).find((c) => c.name === "pages");
    return pages.plugins
      .filter((p: any) => p.constructor.name === "HtmlWebpackPlugin")
      .map((p: any) => p.userOptions.filename)
      .sort();
  };
  const manifestOf = (env: Record<string, string>) => {
    const event = config(env, { mode: "production" }).find((c) => c.name === "launchevent");
    const copy = event.plugins.find((p: any) => p.constructor.name === "CopyPlugin");
    const pattern = copy.patterns.find((p: any) => p.from === "manifest.xml");
    return pattern.transform(Buffer.from(XML)) as string;
  };
  const ORG_ENV = { policy: "config/policy.example.json", baseUrl: "https://mail.example.go.jp/sendcheck/" };

  test("an organisation's build (policy and base URL given) has the product pages only", () => {
    expect(pagesOf(ORG_ENV)).toEqual(["admin.html", "report.html", "taskpane.html"]);
    expect(pagesOf({ baseUrl: ORG_ENV.baseUrl })).toEqual(["admin.html", "report.html", "taskpane.html"]);
    // A development build (npm start, the e2e tests) adds the simulator and the preview; so does --env simulator.
    expect(pagesOf({})).toEqual(
      expect.arrayContaining(["simulator.html", "simulator-taskpane.html", "report-preview.html"]),
    );
    expect(pagesOf({ ...ORG_ENV, simulator: "true" })).toContain("simulator.html");
  });

  test("the manifest version is manifest.xml's own unless --env version asks for another", () => {
    const own = /<Version>([^<]+)<\/Version>/.exec(XML)![1];
    expect(manifestOf(ORG_ENV)).toContain(`<Version>${own}</Version>`);
    expect(manifestOf({})).toContain(`<Version>${own}</Version>`);
    expect(manifestOf({ ...ORG_ENV, version: "1.0.3.0" })).toContain("<Version>1.0.3.0</Version>");
  });

  /** The comment right after the XML declaration: what an administrator opening dist/manifest.xml reads first. */
  const topComment = (xml: string) => /^<\?xml[^>]*\?>\s*<!--([\s\S]*?)-->/.exec(xml)?.[1] ?? "";

  test("the deployed manifest's top comment speaks to the administrator who deploys it", () => {
    const xml = manifestOf({ ...ORG_ENV, version: "1.0.3.0" });
    const comment = topComment(xml);
    // What it is, the base URL and version it was built for, and where the deployment steps are.
    expect(comment).toContain("Outlook add-in manifest");
    expect(comment).toContain("Base URL: https://mail.example.go.jp/sendcheck/");
    expect(comment).toContain("Version:  1.0.3.0");
    expect(comment).toContain("docs/deploy.md");
    expect(comment).toContain("統合アプリ");
    // Nothing that exists only on a developer's machine.
    expect(comment).not.toMatch(/\.\.\/|shared\/research|localhost|webpack/);
    expect(xml).not.toContain("localhost");
    // That one comment replaced, none added or lost.
    expect(xml.split("<!--").length).toBe(XML.split("<!--").length);
  });

  test("the deployed manifest stays valid, even for a punycode base URL (no -- inside a comment)", () => {
    const dir = mkdtempSync(join(tmpdir(), "sendcheck-deployed-"));
    const file = join(dir, "manifest.xml");
    const xml = manifestOf({ ...ORG_ENV, baseUrl: "https://xn--eckwd4c7c.example.jp/addin/" });
    for (const c of xml.match(/<!--[\s\S]*?-->/g) ?? []) expect(c.slice(4, -3)).not.toContain("--");
    expect(xml).toContain("<AppDomain>https://xn--eckwd4c7c.example.jp</AppDomain>");
    writeFileSync(file, xml);
    const r = run(MANIFEST_CLI, ["info", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Version: 0.1.0.0");
  });
});
