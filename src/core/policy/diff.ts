import { formatPath } from "./validate";

export interface PolicyChange {
  readonly path: string;
  readonly kind: "added" | "removed" | "changed";
  readonly before?: unknown;
  readonly after?: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * A structural diff of two policies for review before download: objects key by key, arrays of plain values as
 * sets (a domain list's order does not matter), other arrays position by position.
 */
export function diffPolicies(before: unknown, after: unknown, path: (string | number)[] = []): PolicyChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    // A loop rather than flatMap (ES2019): everything in src/core stays ES2016, whichever surface imports it.
    const changes: PolicyChange[] = [];
    for (const k of keys) {
      if (!(k in after)) changes.push({ path: formatPath([...path, k]), kind: "removed", before: before[k] });
      else if (!(k in before)) changes.push({ path: formatPath([...path, k]), kind: "added", after: after[k] });
      else changes.push(...diffPolicies(before[k], after[k], [...path, k]));
    }
    return changes;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const plain = (a: unknown[]) => a.every((x) => typeof x !== "object" || x === null);
    if (plain(before) && plain(after)) {
      const b = new Set(before.map((x) => JSON.stringify(x)));
      const a = new Set(after.map((x) => JSON.stringify(x)));
      return [
        ...[...b]
          .filter((x) => !a.has(x))
          .map((x) => ({ path: formatPath(path), kind: "removed" as const, before: JSON.parse(x) as unknown })),
        ...[...a]
          .filter((x) => !b.has(x))
          .map((x) => ({ path: formatPath(path), kind: "added" as const, after: JSON.parse(x) as unknown })),
      ];
    }
    const n = Math.max(before.length, after.length);
    const out: PolicyChange[] = [];
    for (let i = 0; i < n; i++) {
      if (i >= after.length) out.push({ path: formatPath([...path, i]), kind: "removed", before: before[i] });
      else if (i >= before.length) out.push({ path: formatPath([...path, i]), kind: "added", after: after[i] });
      else out.push(...diffPolicies(before[i], after[i], [...path, i]));
    }
    return out;
  }
  return JSON.stringify(before) === JSON.stringify(after)
    ? []
    : [{ path: formatPath(path), kind: "changed", before, after }];
}
