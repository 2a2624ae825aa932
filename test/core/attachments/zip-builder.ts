/**
 * A tiny ZIP writer for synthetic test archives (lying sizes, flags, many entries, bombs) that no real tool would
 * produce on purpose. Real-tool archives live in test/fixtures/attachments.
 */
import { deflateSync } from "fflate";

export interface BuildEntry {
  name: string;
  /** Uncompressed content; deflated unless method is 0. Ignored when `raw` is given. */
  data?: Uint8Array | string;
  /** Already-compressed bytes to store as the entry's data. */
  raw?: Uint8Array;
  method?: number;
  flags?: number;
  /** Uncompressed size to declare (defaults to the real one). */
  declaredSize?: number;
  extra?: Uint8Array;
  /** Name bytes to store instead of UTF-8 of `name`. */
  nameBytes?: Uint8Array;
}

const enc = new TextEncoder();

function le(n: number, bytes: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes; i++) out.push(Math.floor(n / 2 ** (8 * i)) & 0xff);
  return out;
}

export function buildZip(entries: BuildEntry[], prefix: Uint8Array = new Uint8Array(0)): Uint8Array {
  const chunks: number[][] = [];
  const central: number[][] = [];
  let offset = 0;
  for (const e of entries) {
    const content = typeof e.data === "string" ? enc.encode(e.data) : (e.data ?? new Uint8Array(0));
    const method = e.method ?? 8;
    const stored = e.raw ?? (method === 0 ? content : deflateSync(content));
    const name = e.nameBytes ?? enc.encode(e.name);
    const extra = e.extra ?? new Uint8Array(0);
    const flags = e.flags ?? 0x0800;
    const size = e.declaredSize ?? content.length;
    const common = [
      ...le(20, 2),
      ...le(flags, 2),
      ...le(method, 2),
      ...le(0, 4),
      ...le(0, 4),
      ...le(stored.length, 4),
      ...le(size, 4),
      ...le(name.length, 2),
      ...le(extra.length, 2),
    ];
    const local = [...le(0x04034b50, 4), ...common, ...name, ...extra, ...stored];
    central.push([
      ...le(0x02014b50, 4),
      ...le(0x031e, 2),
      ...common,
      ...le(0, 2),
      ...le(0, 2),
      ...le(0, 2),
      ...le(0, 4),
      ...le(offset, 4),
      ...name,
      ...extra,
    ]);
    chunks.push(local);
    offset += local.length;
  }
  const cd = central.flat();
  const eocd = [
    ...le(0x06054b50, 4),
    ...le(0, 2),
    ...le(0, 2),
    ...le(entries.length, 2),
    ...le(entries.length, 2),
    ...le(cd.length, 4),
    ...le(offset, 4),
    ...le(0, 2),
  ];
  const body = Uint8Array.from([...chunks.flat(), ...cd, ...eocd]);
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix);
  out.set(body, prefix.length);
  return out;
}

/** A minimal OOXML (Word) package around the given parts. */
export function buildDocx(parts: { [name: string]: string | Uint8Array }, extra: BuildEntry[] = []): Uint8Array {
  const entries: BuildEntry[] = [
    { name: "[Content_Types].xml", data: '<?xml version="1.0"?><Types/>' },
    ...Object.keys(parts).map((name) => ({ name, data: parts[name] })),
    ...extra,
  ];
  if (!entries.some((e) => e.name === "word/document.xml")) {
    entries.push({ name: "word/document.xml", data: "<w:document><w:body/></w:document>" });
  }
  return buildZip(entries);
}

/** Deflate stream of n zero bytes: a zip-bomb payload (about 1 KB of output per compressed byte). */
export function zerosDeflated(n: number): Uint8Array {
  return deflateSync(new Uint8Array(n), { level: 9 });
}
