/**
 * Compound File Binary ([MS-CFB], "OLE2") reading: header, FAT through the DIFAT, directory entries and bounded
 * reads of stream prefixes (including the mini stream). Only what the inspector needs: which streams exist at the
 * root and the first bytes of a few of them. Every sector chain walk is bounded by the number of sectors in the
 * file, so loops and cross-links in a corrupt FAT end the walk instead of hanging it. Never throws.
 */

import { err, ok, type Result } from "../result";
import { u16, u32, u64 } from "./bytes";
import { decodeUtf16le } from "./utf16";

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const NOSTREAM = 0xffffffff;
const MAX_REGULAR_SECTOR = 0xfffffffa;

/** Directory entry object types. */
export const CFB_STORAGE = 1;
export const CFB_STREAM = 2;
export const CFB_ROOT = 5;

export interface CfbEntry {
  readonly index: number;
  readonly name: string;
  readonly type: number;
  readonly left: number;
  readonly right: number;
  readonly child: number;
  readonly start: number;
  readonly size: number;
}

export interface Cfb {
  readonly entries: readonly CfbEntry[];
  /** True when maxEntries (or a broken chain) stopped the directory listing early. */
  readonly listingIncomplete: boolean;
  /** The root storage's direct children (streams and storages), found through the red-black sibling tree. */
  rootChildren(): CfbEntry[];
  /** A storage's direct children, the same way. */
  childrenOf(storage: CfbEntry): CfbEntry[];
  /** Up to maxBytes of a stream; undefined when its sector chain is broken before that point. */
  readStream(entry: CfbEntry, maxBytes: number): Uint8Array | undefined;
}

export type CfbOpen = Result<Cfb>;

export function openCfb(b: Uint8Array, maxEntries: number): CfbOpen {
  if (b.length < 512) return err("compound file shorter than its header");
  const shift = u16(b, 0x1e);
  const miniShift = u16(b, 0x20);
  if ((shift !== 9 && shift !== 12) || miniShift !== 6 || u16(b, 0x1c) !== 0xfffe) {
    return err("compound file header is corrupt");
  }
  const major = u16(b, 0x1a);
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  // Sectors that at least start inside the file (some writers leave the last one short).
  const sectorCount = Math.max(0, Math.ceil((b.length - sectorSize) / sectorSize));
  const offsetOf = (s: number): number => (s + 1) * sectorSize;
  const valid = (s: number): boolean => s <= MAX_REGULAR_SECTOR && s < sectorCount;

  // FAT sector numbers: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const numFat = Math.min(u32(b, 0x2c), sectorCount);
  for (let i = 0; i < 109 && fatSectors.length < numFat; i++) fatSectors.push(u32(b, 0x4c + i * 4));
  let difat = u32(b, 0x44);
  for (let guard = 0; fatSectors.length < numFat && valid(difat) && guard < sectorCount; guard++) {
    const at = offsetOf(difat);
    for (let i = 0; i < perSector - 1 && fatSectors.length < numFat; i++) fatSectors.push(u32(b, at + i * 4));
    difat = u32(b, at + (perSector - 1) * 4);
  }

  const next = (s: number): number => {
    const fs = fatSectors[Math.floor(s / perSector)];
    if (fs === undefined || !valid(fs)) return NOSTREAM;
    return u32(b, offsetOf(fs) + (s % perSector) * 4);
  };
  /** Sector numbers of a chain, stopping at maxLength sectors, the end of chain, or any invalid/looping link. */
  const chain = (start: number, maxLength: number): { sectors: number[]; complete: boolean } => {
    const sectors: number[] = [];
    let s = start;
    const limit = Math.min(maxLength, sectorCount);
    while (valid(s) && sectors.length < limit) {
      sectors.push(s);
      s = next(s);
    }
    return { sectors, complete: s === 0xfffffffe || sectors.length >= maxLength };
  };

  // Directory entries, 128 bytes each.
  const entriesPerSector = sectorSize / 128;
  const dirChain = chain(u32(b, 0x30), Math.ceil(maxEntries / entriesPerSector) + 1);
  const entries: CfbEntry[] = [];
  let incomplete = !dirChain.complete;
  outer: for (const s of dirChain.sectors) {
    for (let k = 0; k < entriesPerSector; k++) {
      if (entries.length >= maxEntries) {
        incomplete = true;
        break outer;
      }
      const at = offsetOf(s) + k * 128;
      if (at + 128 > b.length) {
        incomplete = true;
        break outer;
      }
      const nameLen = Math.min(u16(b, at + 0x40), 64);
      entries.push({
        index: entries.length,
        name: nameLen >= 2 ? decodeUtf16le(b, at, at + nameLen - 2) : "",
        type: b[at + 0x42] ?? 0,
        left: u32(b, at + 0x44),
        right: u32(b, at + 0x48),
        child: u32(b, at + 0x4c),
        start: u32(b, at + 0x74),
        // Version 3 files may leave garbage in the high half of the size; the spec says to ignore it.
        size: major === 3 ? u32(b, at + 0x78) : u64(b, at + 0x78),
      });
    }
  }
  const root = entries[0];
  if (root === undefined || root.type !== CFB_ROOT) return err("compound file has no root entry");

  const miniCutoff = u32(b, 0x38);
  let miniFat: number[] | undefined;
  let miniStreamSectors: number[] | undefined;

  const readRegular = (start: number, want: number): Uint8Array | undefined => {
    const c = chain(start, Math.ceil(want / sectorSize));
    const out = new Uint8Array(want);
    let got = 0;
    for (const s of c.sectors) {
      const at = offsetOf(s);
      const take = Math.min(sectorSize, want - got, b.length - at);
      if (take <= 0) break;
      out.set(b.subarray(at, at + take), got);
      got += take;
    }
    return got === want ? out : undefined;
  };

  const readMini = (start: number, want: number): Uint8Array | undefined => {
    if (miniFat === undefined) miniFat = chain(u32(b, 0x3c), sectorCount).sectors;
    if (miniStreamSectors === undefined) miniStreamSectors = chain(root.start, sectorCount).sectors;
    const fat = miniFat;
    const stream = miniStreamSectors;
    const miniNext = (m: number): number => {
      const fs = fat[Math.floor(m / perSector)];
      return fs === undefined ? NOSTREAM : u32(b, offsetOf(fs) + (m % perSector) * 4);
    };
    const out = new Uint8Array(want);
    let got = 0;
    let m = start;
    for (let guard = 0; got < want && m <= MAX_REGULAR_SECTOR && guard <= stream.length * (sectorSize / 64); guard++) {
      const pos = m * 64;
      const sector = stream[Math.floor(pos / sectorSize)];
      if (sector === undefined) return undefined;
      const at = offsetOf(sector) + (pos % sectorSize);
      const take = Math.min(64, want - got, b.length - at);
      if (take <= 0) return undefined;
      out.set(b.subarray(at, at + take), got);
      got += take;
      m = miniNext(m);
    }
    return got === want ? out : undefined;
  };

  const cfb: Cfb = {
    entries,
    listingIncomplete: incomplete,
    rootChildren(): CfbEntry[] {
      return cfb.childrenOf(root);
    },
    childrenOf(storage: CfbEntry): CfbEntry[] {
      const found: CfbEntry[] = [];
      const seen: boolean[] = [];
      const stack = [storage.child];
      while (stack.length > 0) {
        const i = stack.pop() as number;
        const e = entries[i];
        if (e === undefined || seen[i]) continue;
        seen[i] = true;
        found.push(e);
        stack.push(e.left, e.right);
      }
      return found;
    },
    readStream(entry: CfbEntry, maxBytes: number): Uint8Array | undefined {
      const want = Math.min(entry.size, maxBytes);
      if (want <= 0) return new Uint8Array(0);
      return entry.size < miniCutoff && entry.type === CFB_STREAM
        ? readMini(entry.start, want)
        : readRegular(entry.start, want);
    },
  };
  return ok(cfb);
}
