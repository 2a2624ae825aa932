"use strict";
// Send-check figures named by issue 4, measured on the built dist/launchevent.js (run `npm run build` first):
// bundle size (raw, gzip), cold start (evaluate the file in a fresh context until Office.actions.associate runs),
// and send-handler latency for a 50-recipient, 5-attachment mail with the Office stand-in adding 25 ms per call.
// SENDCHECK_BENCH_BASELINE=path/to/an/older/launchevent.js adds that file's size and cold start, measured in the same
// run with the runs interleaved, so a before/after comparison shares the machine's state.
const { readFileSync, existsSync } = require("node:fs");
const { join } = require("node:path");
const vm = require("node:vm");
const zlib = require("node:zlib");
const { installTsRequire } = require("../scripts/require-ts");

installTsRequire();
const { createOfficeStandIn } = require("../src/office-stand-in/index.ts");

const ROOT = join(__dirname, "..");
const BUNDLE = join(ROOT, "dist", "launchevent.js");
const LATENCY_MS = 25;
const GOALS = { gzipKiB: 60, coldStartMs: 50, roundTrips: 3, latencyMs: 100 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

function coldStart(src, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    let associatedAt = 0;
    const Office = {
      actions: { associate: () => (associatedAt = performance.now()) },
      context: { mailbox: {}, requirements: { isSetSupported: () => true } },
    };
    const context = vm.createContext({ Office, setTimeout, clearTimeout });
    const start = performance.now();
    // A new Script each time: no code cache, like a fresh runtime per event in classic Outlook.
    new vm.Script(src, { filename: `launchevent-${i}.js` }).runInContext(context);
    times.push((associatedAt || performance.now()) - start);
  }
  return times;
}

/** Waves of calls that overlap in time: the number of sequential round trips the handler needed. */
function roundTrips(calls) {
  const sorted = [...calls].sort((a, b) => a.startedAt - b.startedAt);
  let waves = 0;
  let waveEnd = -Infinity;
  for (const c of sorted) {
    if (c.startedAt >= waveEnd - 1) {
      waves++;
      waveEnd = c.endedAt ?? c.startedAt + LATENCY_MS;
    } else {
      waveEnd = Math.min(waveEnd, c.endedAt ?? waveEnd);
    }
  }
  return waves;
}

// Office files, PDFs and a legacy deck without markings: the mail's decision comes from its recipients alone.
const FIXTURES = [
  ["word-plain.docx", "報告書.docx"],
  ["plain.pdf", "概要.pdf"],
  ["legacy-plain.ppt", "説明資料.ppt"],
  ["plain-xrefstream.pdf", "参考資料.pdf"],
  ["word-plain.docx", "議事録.docx"],
];

function mail(kind) {
  const to = [];
  const cc = [];
  const bcc = [];
  for (let i = 0; i < 40; i++) to.push({ emailAddress: `staff${i}@example.go.jp` });
  for (let i = 0; i < 5; i++) cc.push({ emailAddress: `kikaku${i}@sub.example.go.jp` });
  for (let i = 0; i < 5; i++) bcc.push({ emailAddress: `tanto${i}@partner.example.co.jp` });
  if (kind === "warn") cc.splice(0, 2, { emailAddress: "a@contoso.co.jp" }, { emailAddress: "b@fabrikam.co.jp" });
  const attachments = FIXTURES.map(([file, name], i) => {
    const bytes = readFileSync(join(ROOT, "test", "fixtures", "attachments", file));
    return { id: String(i), name, size: bytes.length, contentBase64: bytes.toString("base64") };
  });
  return {
    to,
    cc,
    bcc,
    subject: "調査結果の送付について",
    body: "関係者各位\n\n調査結果を送付します。\n",
    attachments,
  };
}

async function sendLatency(src, kind, precompute) {
  let latency = 0;
  const standIn = createOfficeStandIn(mail(kind), { mailboxVersion: "1.15", latencyMs: () => latency });
  vm.runInContext(src, vm.createContext({ Office: standIn.Office, setTimeout, clearTimeout }));
  if (precompute) {
    for (const a of standIn.draft.attachments) {
      const e = standIn.dispatch("onMessageAttachmentsChangedHandler", "olkAttachmentsChanged", {
        attachmentStatus: "added",
        attachmentDetails: { id: a.id, name: a.name, size: a.size, attachmentType: "file" },
      });
      await e.done;
    }
  }
  latency = LATENCY_MS;
  const before = standIn.channel.calls.length;
  const start = performance.now();
  const event = standIn.dispatch("onMessageSendHandler", "olkMessageSend");
  const done = await event.done;
  const elapsed = performance.now() - start;
  const calls = standIn.channel.calls.slice(before);
  return { elapsed, trips: roundTrips(calls), calls: calls.length, allow: done.options.allowEvent };
}

async function run() {
  if (!existsSync(BUNDLE)) {
    console.log("dist/launchevent.js missing: run `npm run build` first");
    return;
  }
  const src = readFileSync(BUNDLE, "utf8");
  const baselineFile = process.env.SENDCHECK_BENCH_BASELINE;
  const bundles = [["launchevent.js", src]];
  if (baselineFile && existsSync(baselineFile)) bundles.unshift(["baseline", readFileSync(baselineFile, "utf8")]);
  for (const [name, code] of bundles) {
    const raw = Buffer.byteLength(code);
    const gz = zlib.gzipSync(code, { level: 9 }).length;
    console.log(`${name.padEnd(30)} ${kib(raw)} raw, ${kib(gz)} gzip (goal ≤ ${GOALS.gzipKiB} KiB gzip)`);
  }

  for (const [, code] of bundles) coldStart(code, 3); // warm the host engine itself, not the script
  const cold = bundles.map(() => []);
  // Interleaved, so both bundles meet the same machine load.
  for (let i = 0; i < 25; i++) bundles.forEach(([, code], b) => cold[b].push(...coldStart(code, 1)));
  bundles.forEach(([name], b) =>
    console.log(
      `cold start ${name.padEnd(19)} median ${median(cold[b]).toFixed(1)} ms, max ${Math.max(...cold[b]).toFixed(1)} ms ` +
        `over ${cold[b].length} fresh contexts (goal < ${GOALS.coldStartMs} ms)`,
    ),
  );

  for (const [kind, precompute] of [
    ["allow", true],
    ["warn", true],
    ["allow", false],
  ]) {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await sendLatency(src, kind, precompute));
    const m = runs.find((r) => r.elapsed === median(runs.map((x) => x.elapsed)));
    console.log(
      `send, 50 recipients, 5 attachments, ${LATENCY_MS} ms/call, ${kind.padEnd(5)} ` +
        `${precompute ? "precomputed " : "not cached  "} ${m.elapsed.toFixed(0).padStart(4)} ms, ` +
        `${m.trips} round trips, ${m.calls} calls, allowEvent=${m.allow}` +
        (precompute ? ` (goal ≤ ${GOALS.roundTrips} trips, < ${GOALS.latencyMs} ms)` : ""),
    );
  }
}

module.exports = { run };

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
