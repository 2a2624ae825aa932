/**
 * The one result type of fallible operations. Core readers return it instead of throwing (malformed input is data,
 * not an exception: DESIGN §3, "never throw on malformed input"), and office/async.ts's OfficeResult is the same
 * shape with Outlook's error code added, so every `if (!r.ok) … r.error` reads alike across the code base.
 */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

export type Result<T, E = string> = Ok<T> | Err<E>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}
