import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validatePolicy } from "../../../src/core/policy/validate";
import type { Policy } from "../../../src/core/policy/schema";
import { analyseReceivedMail } from "../../../src/core/suspicious/analyse";
import type { ReceivedMail, SignId, SuspicionSign } from "../../../src/core/suspicious/types";

const ROOT = join(__dirname, "..", "..", "..");

export function loadPolicy(overrides: Record<string, unknown> = {}): Policy {
  const json = JSON.parse(readFileSync(join(ROOT, "config", "policy.example.json"), "utf8")) as Record<string, unknown>;
  const result = validatePolicy({ ...json, ...overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

export const policy = loadPolicy();

export function headerFixture(name: string): string {
  return readFileSync(join(ROOT, "test", "fixtures", "headers", name), "utf8");
}

export function analyse(mail: ReceivedMail, p: Policy = policy): SuspicionSign[] {
  return analyseReceivedMail(mail, p);
}

export function ids(signs: readonly SuspicionSign[]): SignId[] {
  return signs.map((s) => s.id);
}

export function find(signs: readonly SuspicionSign[], id: SignId): SuspicionSign | undefined {
  return signs.find((s) => s.id === id);
}
