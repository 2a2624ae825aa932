"use strict";
// Engine figures named by the engine issue: typical-mail throughput on one core, the 500-recipient mail, and how
// cost grows with recipients. Runs on the compiled core in lib/ (built by `npm ci`'s prepare step).
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { evaluate } = require("../lib/core/engine.js");
const { validatePolicy } = require("../lib/core/policy/validate.js");

const policy = validatePolicy(
  JSON.parse(readFileSync(join(__dirname, "..", "config", "policy.example.json"), "utf8")),
).value;

function mailWith(recipients, salt) {
  return {
    sender: "yamada@example.go.jp",
    recipients,
    subject: "【機密性２】調査結果の送付について" + salt,
    body: "関係者各位\n\nお世話になっております。調査結果を送付します。\nご確認のほどよろしくお願いいたします。\n\n山田",
    composeType: "new",
    attachments: [
      { name: "調査結果.docx", size: 120000, inline: false },
      { name: "【機密性２】別添資料.xlsx", size: 48000, inline: false },
      { name: "image001.png", size: 3000, inline: true },
    ],
  };
}

function typical(i, unique) {
  const d = unique ? `org${i}` : "alpha";
  return mailWith(
    [
      { field: "to", address: `tanto@${d}-kaisha.co.jp` },
      { field: "to", address: "sato@example.go.jp" },
      { field: "cc", address: `info@${d}.or.jp` },
      { field: "cc", address: "kikaku@sub.example.go.jp" },
      { field: "bcc", address: `x${i % 7}@gmail.com` },
    ],
    unique ? String(i) : "",
  );
}

function many(n, i) {
  const recipients = [];
  for (let k = 0; k < n; k++) {
    recipients.push({
      field: k % 3 === 0 ? "to" : k % 3 === 1 ? "cc" : "bcc",
      address: `user${k}@company${(k + i * n) % 997}.co.jp`,
    });
  }
  return mailWith(recipients, "");
}

function timeLoop(fn, minMs) {
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let k = 0; k < 100; k++) fn(n++);
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { n, ms: elapsed };
}

async function run() {
  // Warm-up so the JIT has compiled the hot paths before anything is measured.
  timeLoop((i) => evaluate(typical(i, false), policy), 300);
  const warm = timeLoop((i) => evaluate(typical(i, false), policy), 1000);
  const cold = timeLoop((i) => evaluate(typical(i, true), policy), 1000);
  console.log("engine: typical mail (5 recipients, 3 attachment names)");
  console.log(
    `  repeat domains (cache warm): ${Math.round((warm.n / warm.ms) * 1000).toLocaleString("en")} evaluations/s`,
  );
  console.log(
    `  new domains every mail     : ${Math.round((cold.n / cold.ms) * 1000).toLocaleString("en")} evaluations/s  (goal ≥ 20,000)`,
  );
  console.log("engine: cost by recipient count (distinct outside domains, median of 30 runs)");
  const rows = [];
  for (const n of [50, 100, 200, 500]) {
    const samples = [];
    for (let r = 0; r < 30; r++) {
      const m = many(n, r);
      const t0 = process.hrtime.bigint();
      evaluate(m, policy);
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    samples.sort((a, b) => a - b);
    const median = samples[15];
    rows.push({ n, median });
    console.log(
      `  ${String(n).padStart(3)} recipients: ${median.toFixed(3)} ms  (${((median / n) * 1000).toFixed(2)} µs per recipient)`,
    );
  }
  const ratio = rows[3].median / rows[0].median;
  console.log(
    `  500 vs 50 recipients: ${ratio.toFixed(1)}× the time for 10× the recipients (linear ≈ 10×); goal: 500 in < 5 ms`,
  );
}

module.exports = { run };
if (require.main === module) run();
