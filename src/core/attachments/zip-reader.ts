/**
 * ZIP structure from the End Of Central Directory record and the central directory, which is what every unzipper
 * trusts; local headers are only used to find where an entry's data starts. Handles ZIP64, data prepended before
 * the archive (self-extractors), the UTF-8 flag, the Info-ZIP Unicode Path field and CP932 names. Never throws:
 * anything implausible becomes an error string.
 */

import { err, ok, type Result } from "../result";
import { u16, u32, u64 } from "./bytes";
import { decodeUtf8 } from "./utf8";
import { decodeUtf8OrCp932 } from "./legacy-text";

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const FLAG_CENTRAL_DIRECTORY_MASKED = 0x2000;

const EXTRA_ZIP64 = 0x0001;
const EXTRA_AES = 0x9901;
const EXTRA_UNICODE_PATH = 0x7075;

/** Method 99 is how WinZip-AES marks an entry; the real method sits in the 0x9901 field. */
export const METHOD_AES = 99;

export interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the local header from the start of the archive (before adding ZipDirectory.base). */
  readonly localHeaderOffset: number;
  /** ZipCrypto (flag bit 0), PKWARE strong encryption (bit 6) or WinZip AES (0x9901 / method 99). */
  readonly encrypted: boolean;
  readonly aes: boolean;
  readonly isDirectory: boolean;
}

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
  /** Entries the EOCD declares; may exceed entries.length when the entry cap stopped the listing. */
  readonly declaredEntries: number;
  /** True when maxEntries stopped the listing before the end of the central directory. */
  readonly listingCapped: boolean;
  /** Bytes before the archive proper (self-extractor stub or junk); added to every stored offset. */
  readonly base: number;
  /** Central directory encrypted (PKWARE SES bit 13): names are masked and every entry is encrypted. */
  readonly centralDirectoryEncrypted: boolean;
}

export type ZipOpen = Result<ZipDirectory>;

/** Whether the bytes end in something that looks like a ZIP (EOCD found), regardless of whether it parses. */
export function findEocd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let p = b.length - 22; p >= min; p--) {
    if (b[p] === 0x50 && b[p + 1] === 0x4b && b[p + 2] === 0x05 && b[p + 3] === 0x06 && u32(b, p) === SIG_EOCD) {
      // A comment that runs past the end means this is a stray signature inside the comment or data; keep looking.
      if (p + 22 + u16(b, p + 20) <= b.length) return p;
    }
  }
  return -1;
}

function decodeName(raw: Uint8Array, flags: number, unicodePath: string | undefined): string {
  if (flags & FLAG_UTF8) return decodeUtf8(raw);
  if (unicodePath !== undefined) return unicodePath;
  // Pure ASCII and well-formed UTF-8 are both read as UTF-8 (many tools omit the flag); otherwise assume CP932.
  return decodeUtf8OrCp932(raw);
}

export function readZipDirectory(b: Uint8Array, maxEntries: number): ZipOpen {
  const eocd = findEocd(b);
  if (eocd < 0) return err("no end-of-central-directory record (truncated or not a ZIP)");

  let declared = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  let dirEnd = eocd; // where the central directory must end

  if (declared === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && u32(b, loc) === SIG_ZIP64_LOCATOR) {
      const z = u64(b, loc + 8);
      // The ZIP64 record is just before the locator; a self-extractor shifts it, so also try that position.
      const candidates = [z, loc - 56];
      const at = candidates.find((c) => c >= 0 && c + 56 <= loc && u32(b, c) === SIG_ZIP64_EOCD);
      if (at === undefined) return err("ZIP64 end-of-central-directory record missing");
      declared = u64(b, at + 32);
      cdSize = u64(b, at + 40);
      cdOffset = u64(b, at + 48);
      dirEnd = at;
    }
  }

  if (cdSize > dirEnd) return err("central directory larger than the file");
  // Normally the directory sits where the EOCD says; with prepended data it sits right before the EOCD instead.
  let base = 0;
  if (!(cdOffset + cdSize <= dirEnd && (cdSize === 0 || u32(b, cdOffset) === SIG_CENTRAL))) {
    const shifted = dirEnd - cdSize;
    if (cdSize > 0 && u32(b, shifted) === SIG_CENTRAL) base = shifted - cdOffset;
    else return err("central directory not where the end record says");
  }
  // An end record followed by extra bytes whose directory is also displaced is most likely an archive stored inside
  // a truncated outer one; reading it would describe the wrong archive.
  if (base > 0 && eocd + 22 + u16(b, eocd + 20) < b.length) {
    return err("end-of-central-directory record not at the end of the file (truncated?)");
  }
  const cdStart = cdOffset + base;
  const cdEnd = cdStart + cdSize;

  const entries: ZipEntry[] = [];
  let capped = false;
  let p = cdStart;
  while (p + 46 <= cdEnd) {
    if (u32(b, p) !== SIG_CENTRAL) return err("corrupt central directory entry");
    if (entries.length >= maxEntries) {
      capped = true;
      break;
    }
    const flags = u16(b, p + 8);
    let method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let uncompressedSize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeaderOffset = u32(b, p + 42);
    const nameStart = p + 46;
    const extraStart = nameStart + nameLen;
    const next = extraStart + extraLen + commentLen;
    if (next > cdEnd) return err("central directory entry runs past the directory");

    let aes = false;
    let unicodePath: string | undefined;
    for (let q = extraStart; q + 4 <= extraStart + extraLen;) {
      const id = u16(b, q);
      const size = u16(b, q + 2);
      const data = q + 4;
      if (data + size > extraStart + extraLen) break;
      if (id === EXTRA_ZIP64) {
        // Only the fields whose 32-bit slot is saturated are present, in this fixed order.
        let r = data;
        if (uncompressedSize === 0xffffffff && r + 8 <= data + size) {
          uncompressedSize = u64(b, r);
          r += 8;
        }
        if (compressedSize === 0xffffffff && r + 8 <= data + size) {
          compressedSize = u64(b, r);
          r += 8;
        }
        if (localHeaderOffset === 0xffffffff && r + 8 <= data + size) localHeaderOffset = u64(b, r);
      } else if (id === EXTRA_AES && size >= 7) {
        aes = true;
        method = u16(b, data + 5);
      } else if (id === EXTRA_UNICODE_PATH && size > 5 && b[data] === 1) {
        unicodePath = decodeUtf8(b, data + 5, data + size);
      }
      q = data + size;
    }
    if (u16(b, p + 10) === METHOD_AES) aes = true;

    const name = decodeName(b.subarray(nameStart, extraStart), flags, unicodePath);
    entries.push({
      name,
      flags,
      method,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      encrypted: (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0 || aes,
      aes,
      isDirectory: name.length > 0 && (name.charAt(name.length - 1) === "/" || name.charAt(name.length - 1) === "\\"),
    });
    p = next;
  }
  const masked = entries.some((e) => (e.flags & FLAG_CENTRAL_DIRECTORY_MASKED) !== 0);
  return ok({ entries, declaredEntries: declared, listingCapped: capped, base, centralDirectoryEncrypted: masked });
}

export type EntryData = Result<Uint8Array>;

/** The entry's stored (compressed) bytes, located through its local header but sized by the central directory. */
export function entryData(b: Uint8Array, dir: ZipDirectory, e: ZipEntry): EntryData {
  const lho = e.localHeaderOffset + dir.base;
  if (lho + 30 > b.length || u32(b, lho) !== SIG_LOCAL) return err("missing local header");
  const start = lho + 30 + u16(b, lho + 26) + u16(b, lho + 28);
  const end = start + e.compressedSize;
  if (end > b.length) return err("entry data runs past the end of the file (truncated)");
  return ok(b.subarray(start, end));
}
