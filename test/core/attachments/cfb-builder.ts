/**
 * A tiny compound-file writer for synthetic test files (huge directories, long sibling chains, oversized property
 * streams) that Office would not write. 512-byte sectors, every stream in regular sectors (mini stream cutoff 0),
 * at most 109 FAT sectors (files up to ~7 MB). Real Office files live in test/fixtures/attachments.
 */

export interface CfbStream {
  readonly name: string;
  readonly data: Uint8Array;
}

const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const FREE = 0xffffffff;
const NOSTREAM = 0xffffffff;

function sectorsFor(bytes: number): number {
  return Math.ceil(bytes / SECTOR);
}

export interface CfbStorage {
  readonly name: string;
  readonly streams: readonly CfbStream[];
}

/**
 * Root storage whose children are `streams` and then `storages` (each holding streams of its own), every sibling
 * list linked as one long right-sibling chain (a degenerate but legal red-black tree shape for a reader that only
 * walks it).
 */
export function buildCfb(streams: readonly CfbStream[], storages: readonly CfbStorage[] = []): Uint8Array {
  const all = [...streams, ...storages.reduce<CfbStream[]>((a, st) => a.concat(st.streams), [])];
  const dirEntries = 1 + streams.length + storages.length + all.length - streams.length;
  const dirSectors = sectorsFor(dirEntries * 128);
  const dataSectors = all.reduce((n, s) => n + Math.max(1, sectorsFor(s.data.length)), 0);
  let fatSectors = 1;
  while (fatSectors * 128 < fatSectors + dirSectors + dataSectors) fatSectors++;
  if (fatSectors > 109) throw new Error("buildCfb: file too large for a header-only DIFAT");
  const total = fatSectors + dirSectors + dataSectors;
  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);
  const u32 = (at: number, v: number) => view.setUint32(at, v, true);
  const u16 = (at: number, v: number) => view.setUint16(at, v, true);
  const fat = new Array<number>(fatSectors * 128).fill(FREE);
  for (let i = 0; i < fatSectors; i++) fat[i] = FAT_SECTOR;
  const chain = (start: number, count: number) => {
    for (let i = 0; i < count; i++) fat[start + i] = i === count - 1 ? END_OF_CHAIN : start + i + 1;
  };
  const dirStart = fatSectors;
  chain(dirStart, dirSectors);

  // Header.
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  u16(0x18, 0x3e);
  u16(0x1a, 3);
  u16(0x1c, 0xfffe);
  u16(0x1e, 9);
  u16(0x20, 6);
  u32(0x2c, fatSectors);
  u32(0x30, dirStart);
  u32(0x38, 0); // mini stream cutoff: every stream is a regular one
  u32(0x3c, END_OF_CHAIN);
  u32(0x44, END_OF_CHAIN);
  for (let i = 0; i < 109; i++) u32(0x4c + i * 4, i < fatSectors ? i : FREE);

  const offsetOf = (s: number) => (s + 1) * SECTOR;
  const entry = (
    index: number,
    name: string,
    type: number,
    right: number,
    child: number,
    start: number,
    size: number,
  ) => {
    const at = offsetOf(dirStart) + index * 128;
    const n = Math.min(name.length, 31);
    for (let i = 0; i < n; i++) u16(at + i * 2, name.charCodeAt(i));
    u16(at + 0x40, (n + 1) * 2);
    out[at + 0x42] = type;
    out[at + 0x43] = 1;
    u32(at + 0x44, NOSTREAM);
    u32(at + 0x48, right);
    u32(at + 0x4c, child);
    u32(at + 0x74, start);
    u32(at + 0x78, size);
  };
  let next = dirStart + dirSectors;
  let index = 1;
  /** Writes a sibling list of streams from `index` on; `after` is the entry that follows the last one. */
  const writeStreams = (list: readonly CfbStream[], after: number) => {
    list.forEach((s, i) => {
      const count = Math.max(1, sectorsFor(s.data.length));
      chain(next, count);
      out.set(s.data, offsetOf(next));
      entry(index, s.name, 2, i + 1 < list.length ? index + 1 : after, NOSTREAM, next, s.data.length);
      index++;
      next += count;
    });
  };
  const rootChildren = streams.length + storages.length;
  entry(0, "Root Entry", 5, NOSTREAM, rootChildren > 0 ? 1 : NOSTREAM, END_OF_CHAIN, 0);
  writeStreams(streams, storages.length > 0 ? index + streams.length : NOSTREAM);
  storages.forEach((st, k) => {
    const self = index;
    const following = self + 1 + st.streams.length;
    entry(
      self,
      st.name,
      1,
      k + 1 < storages.length ? following : NOSTREAM,
      st.streams.length > 0 ? self + 1 : NOSTREAM,
      0,
      0,
    );
    index++;
    writeStreams(st.streams, NOSTREAM);
  });
  fat.forEach((v, i) => u32(offsetOf(Math.floor(i / 128)) + (i % 128) * 4, v));
  return out;
}

/** A Word FIB prefix (wIdent 0xA5EC) with the given flags word, for a WordDocument stream. */
export function wordFib(flags = 0): Uint8Array {
  const b = new Uint8Array(64);
  b[0] = 0xec;
  b[1] = 0xa5;
  b[0x0a] = flags & 0xff;
  b[0x0b] = flags >> 8;
  return b;
}

/** A SummaryInformation-style property set stream with one section holding the given CP932/ASCII strings. */
export function propertySet(strings: readonly [number, Uint8Array][]): Uint8Array {
  const headerLen = 48;
  const sectionHead = 8 + strings.length * 8;
  const values = strings.map(([, s]) => {
    const padded = 8 + s.length + 1 + ((4 - ((s.length + 1) % 4)) % 4);
    return { s, padded };
  });
  const sectionLen = sectionHead + values.reduce((n, v) => n + v.padded, 0);
  const out = new Uint8Array(headerLen + sectionLen);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfffe, true);
  view.setUint32(24, 1, true);
  view.setUint32(28 + 16, headerLen, true);
  view.setUint32(headerLen, sectionLen, true);
  view.setUint32(headerLen + 4, strings.length, true);
  let at = sectionHead;
  strings.forEach(([pid], i) => {
    const v = values[i];
    if (!v) return;
    view.setUint32(headerLen + 8 + i * 8, pid, true);
    view.setUint32(headerLen + 12 + i * 8, at, true);
    view.setUint16(headerLen + at, 0x1e, true);
    view.setUint32(headerLen + at + 4, v.s.length + 1, true);
    out.set(v.s, headerLen + at + 8);
    at += v.padded;
  });
  return out;
}
