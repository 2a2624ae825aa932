/**
 * Reading one ZIP entry for the inspectors: checks it can be read (not encrypted, data in range, supported
 * method, size within the part cap when the whole part is needed), decompresses within the budget and turns every
 * problem into a note rather than an exception.
 */

import type { InspectContext } from "./context";
import { readEntry, readEntryBytes, type ReadOutcome, type Sink } from "./inflate-bounded";
import { decodeUtf16le } from "./utf16";
import { decodeUtf8 } from "./utf8";
import { entryData, type ZipDirectory, type ZipEntry } from "./zip-reader";

export type PartMode = "whole" | "prefix";

function describe(outcome: ReadOutcome): string | undefined {
  switch (outcome) {
    case "budget":
      return "inflate cap reached";
    case "corrupt":
      return "corrupt or truncated data";
    case "unsupported":
      return "unsupported compression method";
    default:
      return undefined;
  }
}

function usable(bytes: Uint8Array, dir: ZipDirectory, e: ZipEntry, ctx: InspectContext): Uint8Array | undefined {
  if (e.encrypted) return undefined;
  const located = entryData(bytes, dir, e);
  if (!located.ok) {
    ctx.note(e.name + ": " + located.error);
    return undefined;
  }
  return located.value;
}

/**
 * The entry's bytes: all of it ("whole", skipped with a note when its declared size exceeds `cap`) or its first
 * `cap` bytes ("prefix"). Returns undefined when nothing usable was read.
 */
export function readPartBytes(
  bytes: Uint8Array,
  dir: ZipDirectory,
  e: ZipEntry,
  ctx: InspectContext,
  cap: number,
  mode: PartMode,
): Uint8Array | undefined {
  if (mode === "whole" && e.uncompressedSize > ctx.budget.remaining) {
    ctx.budget.exhausted = true;
    ctx.note(e.name + ": inflate cap reached, not read");
    return undefined;
  }
  if (mode === "whole" && e.uncompressedSize > cap) {
    ctx.note(e.name + ": larger than the " + cap + "-byte part cap, not read");
    return undefined;
  }
  const data = usable(bytes, dir, e, ctx);
  if (data === undefined) return undefined;
  const read = readEntryBytes(data, e.method, e.uncompressedSize, ctx.budget, cap);
  const problem = describe(read.outcome);
  if (problem !== undefined) ctx.note(e.name + ": " + problem);
  if (read.outcome === "unsupported") return undefined;
  // A whole part that was cut short is still worth scanning: the prefix of a header is still a header.
  return read.bytes.length > 0 ? read.bytes : undefined;
}

export function readPartText(
  bytes: Uint8Array,
  dir: ZipDirectory,
  e: ZipEntry,
  ctx: InspectContext,
  cap: number,
  mode: PartMode,
): string | undefined {
  const b = readPartBytes(bytes, dir, e, ctx, cap, mode);
  if (b === undefined) return undefined;
  // XML parts are UTF-8 in practice; UTF-16 is allowed by XML and announced by its byte-order mark.
  if (b[0] === 0xff && b[1] === 0xfe) return decodeUtf16le(b, 2);
  return decodeUtf8(b);
}

/** Streams an entry through `sink` within the budget; returns the outcome (problems are noted). */
export function streamPart(
  bytes: Uint8Array,
  dir: ZipDirectory,
  e: ZipEntry,
  ctx: InspectContext,
  cap: number,
  sink: Sink,
): ReadOutcome | undefined {
  const data = usable(bytes, dir, e, ctx);
  if (data === undefined) return undefined;
  const outcome = readEntry(data, e.method, e.uncompressedSize, ctx.budget, cap, sink);
  const problem = describe(outcome);
  if (problem !== undefined) ctx.note(e.name + ": " + problem);
  return outcome;
}
