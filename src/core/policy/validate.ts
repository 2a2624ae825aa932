import type { z } from "zod";
import { policySchema, type Policy } from "./schema";

export interface PolicyError {
  /** JSON path of the offending value, e.g. `$.partners[0].domain`. */
  readonly path: string;
  readonly message: string;
}

export type PolicyResult =
  { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly errors: PolicyError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function toError(issue: z.core.$ZodIssue): PolicyError {
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    return { path: formatPath(issue.path), message: `unknown key ${keys} (check the spelling; see docs for the keys)` };
  }
  return { path: formatPath(issue.path), message: issue.message };
}

/** Validates a parsed policy and fills in every default. Never throws. */
export function validatePolicy(input: unknown): PolicyResult {
  const result = policySchema.safeParse(input);
  if (result.success) return { ok: true, policy: result.data };
  return { ok: false, errors: result.error.issues.map(toError) };
}

/** Parses policy JSON text; a syntax error is reported at `$` with the parser's own words. */
export function parsePolicyText(text: string): PolicyResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: "$", message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validatePolicy(parsed);
}

export function formatPolicyErrors(errors: readonly PolicyError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join("\n");
}
