import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readEml } from "../../src/eml/read-eml";
import { ROOT } from "../helpers/mail";

/**
 * The CLI over every bundled example and over 1,248 real messages from other projects' test corpora
 * (../shared/corpus/realmail beside the project, read in place, never copied here): no crash, no engine error, every mail
 * evaluated, none rejected as unreadable. An engine error here fails `npm test`.
 */
const REALMAIL = process.env["SENDCHECK_REALMAIL"] ?? join(ROOT, "..", "shared", "corpus", "realmail");
const present = existsSync(join(REALMAIL, "mail"));

async function runCli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const started = Date.now();
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, json: JSON.parse(out.join("\n")) as CliResult[], err, ms: Date.now() - started };
}

interface CliResult {
  file: string;
  decision: string;
  engineErrors: string[];
}

test("the bundled examples evaluate without an engine error", async () => {
  const r = await runCli(["check", "--format", "json", join(ROOT, "examples")]);
  expect(r.err).toEqual([]);
  expect(r.json.filter((x) => x.engineErrors.length > 0)).toEqual([]);
  expect(r.code).toBe(0);
});

if (!present) {
  test.skip(`real-mail corpus not found at ${REALMAIL} (set SENDCHECK_REALMAIL): robustness run skipped`, () => {});
} else {
  describe("real-mail corpus", () => {
    const dir = join(REALMAIL, "mail");
    const files = readdirSync(dir).filter((f) => f.endsWith(".eml"));

    test("every message is read and evaluated: no engine error, none unreadable", async () => {
      const r = await runCli(["check", "--format", "json", "--policy", join(REALMAIL, "policy.json"), dir]);
      const unreadable = r.err.filter((line) => !/: engine error: /.test(line));
      const counts: Record<string, number> = {};
      for (const x of r.json) counts[x.decision] = (counts[x.decision] ?? 0) + 1;
      console.log(
        `realmail: ${files.length} files, ${r.json.length} evaluated, ${unreadable.length} unreadable, ` +
          `decisions ${JSON.stringify(counts)}, ${r.ms} ms in all (${(r.ms / files.length).toFixed(1)} ms a mail)`,
      );
      expect(r.json.filter((x) => x.engineErrors.length > 0).map((x) => [x.file, x.engineErrors])).toEqual([]);
      expect(unreadable).toEqual([]);
      expect(r.json).toHaveLength(files.length);
      expect(r.code).toBe(0);
    }, 180_000);

    test("CR-only copies read the same as the originals (recipients, subject, attachments)", async () => {
      const sample = files.filter((f) => f.startsWith("sisimai__maildir-bsd-")).slice(0, 80);
      expect(sample.length).toBeGreaterThan(20);
      for (const f of sample) {
        const bytes = readFileSync(join(dir, f));
        const crOnly = Buffer.from(bytes.toString("latin1").replace(/\r?\n/g, "\r"), "latin1");
        const original = (await readEml(bytes)).snapshot;
        const variant = (await readEml(crOnly)).snapshot;
        expect({ f, recipients: variant.recipients, subject: variant.subject }).toEqual({
          f,
          recipients: original.recipients,
          subject: original.subject,
        });
        expect(variant.attachments.map((a) => a.name)).toEqual(original.attachments.map((a) => a.name));
      }
    }, 120_000);
  });
}
