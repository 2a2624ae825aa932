/**
 * Reads one ZIP entry's content through a sink, never producing much more than the caller allows. Deflate goes
 * through fflate's streaming Inflate fed in compressed slices: DEFLATE expands at most ~1032:1, so the slice size
 * bounds what one push can produce, and we stop pushing as soon as the cap, the budget or the sink says so.
 * Slices are room/256 (1-16 KiB): a bomb overshoots a limit by at most max(~1 MiB, ~4x the limit, ~16.5 MiB
 * absolute), while ordinary data is pushed in slices large enough that fflate's per-push cost (a 160 KiB working
 * buffer and a 32 KiB window copy) stays small. A declared size is never trusted: output past it is corrupt.
 */

import { Inflate } from "fflate";
import type { Budget } from "./limits";

export type ReadOutcome =
  /** The whole entry went through the sink. */
  | "complete"
  /** The sink asked to stop (it had what it needed). */
  | "stopped"
  /** The caller's per-part cap was reached; the sink got a prefix. */
  | "part-cap"
  /** The attachment's (or mail's) inflate budget ran out; the sink got a prefix. */
  | "budget"
  /** Bad deflate data, truncated stream, or more output than the declared size. */
  | "corrupt"
  /** A compression method we do not decode (only stored and deflate are). */
  | "unsupported";

/** Returns true to stop reading. */
export type Sink = (chunk: Uint8Array) => boolean;

const ROOM_PER_SLICE_BYTE = 256;
const MIN_SLICE = 1024;
const MAX_SLICE = 16384;

export function readEntry(
  data: Uint8Array,
  method: number,
  declaredSize: number,
  budget: Budget,
  partCap: number,
  sink: Sink,
): ReadOutcome {
  if (method !== 0 && method !== 8) return "unsupported";
  const budgetBinds = budget.remaining <= partCap;
  const limit = budgetBinds ? budget.remaining : partCap;
  const capOutcome: ReadOutcome = budgetBinds ? "budget" : "part-cap";

  let delivered = 0;
  let outcome: ReadOutcome | undefined;

  // Charges what was produced and hands the sink at most `limit` bytes in total; sets `outcome` when reading must end.
  const accept = (chunk: Uint8Array): void => {
    if (outcome !== undefined || chunk.length === 0) return;
    budget.charge(chunk.length);
    if (delivered + chunk.length > declaredSize) {
      outcome = "corrupt";
      return;
    }
    let piece = chunk;
    if (delivered + chunk.length > limit) {
      piece = chunk.subarray(0, limit - delivered);
      outcome = capOutcome;
      if (budgetBinds) budget.exhausted = true;
    }
    delivered += piece.length;
    if (piece.length > 0 && sink(piece) && outcome === undefined) outcome = "stopped";
  };

  if (method === 0) {
    if (data.length !== declaredSize) return "corrupt";
    for (let pos = 0; pos < data.length && outcome === undefined; pos += 65536) {
      accept(data.subarray(pos, Math.min(data.length, pos + 65536)));
    }
    return outcome ?? "complete";
  }

  if (data.length === 0) return declaredSize === 0 ? "complete" : "corrupt";
  if (limit <= 0 && declaredSize > 0) {
    if (budgetBinds) budget.exhausted = true;
    return capOutcome;
  }
  let ended = false;
  try {
    const inflater = new Inflate((chunk: Uint8Array, final: boolean) => {
      accept(chunk);
      if (final) ended = true;
    });
    let pos = 0;
    while (outcome === undefined && pos < data.length) {
      // Output past the declared size is an error anyway, so a small declared size also keeps the slices small.
      const room = Math.min(limit, declaredSize + 1) - delivered;
      const slice = Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.floor(room / ROOM_PER_SLICE_BYTE)));
      const end = Math.min(data.length, pos + slice);
      inflater.push(data.subarray(pos, end), end === data.length);
      pos = end;
    }
  } catch {
    return "corrupt";
  }
  if (outcome !== undefined) return outcome;
  if (!ended) return "corrupt"; // no data at all for a non-empty deflate entry
  return delivered === declaredSize ? "complete" : "corrupt";
}

/** Reads an entry into one buffer (for small parts read whole or as a prefix). */
export function readEntryBytes(
  data: Uint8Array,
  method: number,
  declaredSize: number,
  budget: Budget,
  partCap: number,
): { readonly bytes: Uint8Array; readonly outcome: ReadOutcome } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const outcome = readEntry(data, method, declaredSize, budget, partCap, (c) => {
    chunks.push(c);
    total += c.length;
    return false;
  });
  if (chunks.length === 1 && chunks[0]) return { bytes: chunks[0], outcome };
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, outcome };
}
