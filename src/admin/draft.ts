import type { Lang } from "../core/i18n/types";
import { formatPath, type PolicyError } from "../core/policy/validate";
import { friendlyMessage } from "./labels";

/** The policy as the administrator is editing it: plain JSON, possibly invalid while they type. */
export type Draft = Record<string, unknown>;
export type PathKey = string | number;

/** Returns a copy of `draft` with `value` at `path`, creating objects and arrays on the way; undefined deletes. */
export function setIn(draft: unknown, path: readonly PathKey[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [PathKey, ...PathKey[]];
  if (typeof head === "number") {
    const arr = Array.isArray(draft) ? [...(draft as unknown[])] : [];
    if (rest.length === 0 && value === undefined) arr.splice(head, 1);
    else arr[head] = setIn(arr[head], rest, value);
    return arr;
  }
  const obj: Record<string, unknown> =
    typeof draft === "object" && draft !== null && !Array.isArray(draft)
      ? { ...(draft as Record<string, unknown>) }
      : {};
  const next = setIn(obj[head], rest, value);
  if (next === undefined) delete obj[head];
  else obj[head] = next;
  return obj;
}

export function getIn(draft: unknown, path: readonly PathKey[]): unknown {
  let cur: unknown = draft;
  for (const key of path) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** Errors keyed by JSON path so each field can show the ones that belong to it, said in plain words. */
export function errorsByPath(errors: readonly PolicyError[], lang: Lang = "en"): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of errors) map.set(e.path, [...(map.get(e.path) ?? []), friendlyMessage(e.message, lang)]);
  return map;
}

export function pathOf(path: readonly PathKey[]): string {
  return formatPath(path);
}
