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
const { deliverReport, largeOriginalsAllowed } = require(path.join(ROOT, "src/office/report/deliver-report.ts"));
const { naaTokenSource } = require(path.join(ROOT, "src/office/report/naa-token.ts"));
const { moveReportedMessage } = require(path.join(ROOT, "src/office/report/move-reported.ts"));
const { paneAfterReport } = require(path.join(ROOT, "src/office/report/after-report.ts"));
const { runReportFlow } = require(path.join(ROOT, "src/taskpane/report/report-flow.ts"));
const { buildReportMessage } = require(path.join(ROOT, "src/core/suspicious/report-message.ts"));
const { validatePolicy } = require(path.join(ROOT, "src/core/policy/validate.ts"));

const b64url = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");

/**
 * A stand-in for MSAL's nestable application: tokens as the scenario says, every request recorded. A token is an
 * unsigned JWT whose `scp` claim lists every scope granted so far (as Entra issues them: consent accumulates), with
 * `token-<n>-<how>` as its last part so tests can tell tokens apart. Kinds:
 * - "ok": admin consent for Mail.Send and Mail.ReadWrite, silent always works;
 * - "popup": nothing consented yet; silent fails, the popup consents to what it asks for;
 * - "fail": silent and popup both fail;
 * - "send-only": Mail.Send consented; Mail.ReadWrite is refused (silent and popup fail for it);
 * - "send-only-popup": Mail.Send consented; the popup consents to Mail.ReadWrite.
 */
function fakeClient(kind, calls) {
  let issued = 0;
  const granted = new Set(
    kind === "ok" ? ["Mail.Send", "Mail.ReadWrite"] : kind.startsWith("send-only") ? ["Mail.Send"] : [],
  );
  const token = (how) => {
    issued += 1;
    const payload = { aud: "https://graph.microsoft.com", scp: [...granted].join(" ") };
    return { accessToken: `${b64url({ typ: "JWT", alg: "none" })}.${b64url(payload)}.token-${issued}-${how}` };
  };
  return {
    async acquireTokenSilent(request) {
      calls.push({ call: "silent", scopes: request.scopes, forceRefresh: !!request.forceRefresh });
      if (!request.scopes.every((x) => granted.has(x)))
        throw Object.assign(new Error("consent required"), { name: "InteractionRequiredAuthError" });
      return token("silent");
    },
    async acquireTokenPopup(request) {
      calls.push({ call: "popup", scopes: request.scopes });
      if (kind === "fail" || kind === "send-only")
        throw Object.assign(new Error("user cancelled"), { name: "BrowserAuthError" });
      for (const x of request.scopes) granted.add(x);
      return token("popup");
    },
  };
}

async function run(s) {
  const input = JSON.parse(fs.readFileSync(path.join(ROOT, "config", "policy.example.json"), "utf8"));
  input.report = {
    ...input.report,
    defenderConvention: true,
    afterReport: s.afterReport || "keep",
    ...(s.graph ? { graph: s.graph } : {}),
  };
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
  const calls = [];
  const item = {
    itemId: s.itemId,
    getAsFileAsync(callback) {
      setTimeout(() => callback({ status: "succeeded", value: emlBase64 }), 0);
    },
  };
  if (s.sharedOwner) {
    item.getSharedPropertiesAsync = (callback) =>
      setTimeout(() => callback({ status: "succeeded", value: { owner: s.sharedOwner, delegatePermissions: 63 } }), 0);
  }
  // Outlook's EWS→REST conversion makes base64 URL-safe; the stand-in mailbox holds the REST id.
  const mailbox = {
    convertToRestId(id, version) {
      calls.push({ call: "convertToRestId", id, version });
      return id.replace(/\//g, "-").replace(/\+/g, "_");
    },
  };
  const factoryConfigs = [];
  const tokens = policy.report.graph
    ? naaTokenSource(policy.report.graph, s.naa, async (config) => {
        factoryConfigs.push(config);
        return fakeClient(s.client, calls);
      })
    : undefined;
  const deps = {
    tokens,
    fetch: (url, init) => fetch(url, init),
    graphBaseUrl: s.baseUrl,
    largeOriginals: largeOriginalsAllowed(policy.report.afterReport),
  };
  const started = Date.now();
  let outcome;
  const after = paneAfterReport(policy.report.afterReport);
  // The pane's own flow (report-flow.ts): deliver, then afterReport's move; the compose form is only recorded.
  const statuses = [];
  await runReportFlow(
    {
      deliver: async () => (outcome = await deliverReport(item, report, s.subject, deps)),
      openForm: async () => ({ ok: true }),
      moveTarget: after.kind === "manual" ? after.wanted : undefined,
      move: (to) => moveReportedMessage(item, mailbox, "tanaka@example.go.jp", to, deps),
    },
    (status) => statuses.push({ ...status, at: Date.now() }),
  );
  return { name: s.name, outcome, statuses, calls, factoryConfigs, elapsedMs: Date.now() - started, report };
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
