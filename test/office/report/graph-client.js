"use strict";
/**
 * The client side of graph-delivery.test.ts, in its own Node process so that NODE_EXTRA_CA_CERTS (read only at
 * start-up) makes the stand-in's self-signed certificate trusted: the delivery then runs exactly as in the pane,
 * with the global fetch over real TLS. Only MSAL's application object is replaced (the token boundary).
 * Input: a JSON file of scenarios (argv[2]); output: one JSON line of results.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..", "..", "..");
require(path.join(ROOT, "scripts", "require-ts.js")).installTsRequire();
const { deliverReport } = require(path.join(ROOT, "src/office/report/deliver-report.ts"));
const { naaTokenSource } = require(path.join(ROOT, "src/office/report/naa-token.ts"));
const { buildReportMessage } = require(path.join(ROOT, "src/core/suspicious/report-message.ts"));
const { validatePolicy } = require(path.join(ROOT, "src/core/policy/validate.ts"));

/** A stand-in for MSAL's nestable application: tokens as the scenario says, every request recorded. */
function fakeClient(kind, calls) {
  let issued = 0;
  const token = (how) => {
    issued += 1;
    return { accessToken: `token-${issued}-${how}` };
  };
  return {
    async acquireTokenSilent(request) {
      calls.push({ call: "silent", scopes: request.scopes, forceRefresh: !!request.forceRefresh });
      if (kind === "fail" || kind === "popup")
        throw Object.assign(new Error("consent required"), { name: "InteractionRequiredAuthError" });
      return token("silent");
    },
    async acquireTokenPopup(request) {
      calls.push({ call: "popup", scopes: request.scopes });
      if (kind === "fail") throw Object.assign(new Error("user cancelled"), { name: "BrowserAuthError" });
      return token("popup");
    },
  };
}

async function run(s) {
  const input = JSON.parse(fs.readFileSync(path.join(ROOT, "config", "policy.example.json"), "utf8"));
  input.report = { ...input.report, defenderConvention: true, ...(s.graph ? { graph: s.graph } : {}) };
  const checked = validatePolicy(input);
  if (!checked.ok) throw new Error(JSON.stringify(checked.error));
  const policy = checked.value;
  const report = buildReportMessage({
    policy,
    answers: s.answers,
    signs: [],
    reporter: { emailAddress: "tanaka@example.go.jp", displayName: "田中 一郎" },
    originalSubject: s.subject,
    lang: "ja",
    freeText: s.freeText,
  });
  const emlBase64 = fs.readFileSync(s.emlFile).toString("base64");
  const item = {
    getAsFileAsync(callback) {
      setTimeout(() => callback({ status: "succeeded", value: emlBase64 }), 0);
    },
  };
  const calls = [];
  const factoryConfigs = [];
  const tokens = policy.report.graph
    ? naaTokenSource(policy.report.graph, s.naa, async (config) => {
        factoryConfigs.push(config);
        return fakeClient(s.client, calls);
      })
    : undefined;
  const started = Date.now();
  const outcome = await deliverReport(item, report, s.subject, {
    tokens,
    fetch: (url, init) => fetch(url, init),
    graphBaseUrl: s.baseUrl,
  });
  return { name: s.name, outcome, calls, factoryConfigs, elapsedMs: Date.now() - started, report };
}

(async () => {
  const scenarios = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const results = [];
  for (const s of scenarios) results.push(await run(s));
  process.stdout.write(JSON.stringify(results) + "\n");
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
