/**
 * TNEF ([MS-OXTNEF], winmail.dat, application/ms-tnef): classic Outlook sending rich text through some gateways
 * wraps the whole message, attachments included, in one such file, so its name says nothing. The stream is a
 * signature, a 16-bit key, then attributes: level (1 message, 2 attachment), id (low 16 bits) and type (high 16),
 * length, data, a 16-bit checksum. Each attachment starts with attAttachRendData and then carries attAttachTitle
 * (a short name in the OEM code page), attAttachData (the file's bytes) and attAttachment (its MAPI properties,
 * among them the long file name). Only those are read; every length is checked against the bytes, so a damaged
 * file ends the walk instead of throwing.
 */

import type { EncryptionStatus } from "../message";
import { u16, u32 } from "./bytes";
import { inspectInnerFiles, type InnerFile, type InnerInspector, type InspectContext } from "./context";
import { decodeCp932 } from "./cp932";
import { decodeUtf16le } from "./utf16";
import { decodeUtf8, isValidUtf8 } from "./utf8";

/** 0x223E9F78, little-endian. */
export const TNEF_SIGNATURE = [0x78, 0x9f, 0x3e, 0x22];

const LEVEL_ATTACHMENT = 2;
const ATT_ATTACH_DATA = 0x800f;
const ATT_ATTACH_TITLE = 0x8010;
const ATT_ATTACH_REND_DATA = 0x9002;
const ATT_ATTACHMENT = 0x9005;
const PR_ATTACH_LONG_FILENAME = 0x3707;
/** MAPI properties read from one attachment's attAttachment before giving up on finding its long name. */
const MAX_PROPS = 256;

/** A name as stored: UTF-16LE for PT_UNICODE, else the sender's code page (CP932 on Japanese Windows) or UTF-8. */
function decodeName(b: Uint8Array, unicode: boolean): string {
  const s = unicode ? decodeUtf16le(b, 0, b.length - (b.length % 2)) : isValidUtf8(b) ? decodeUtf8(b) : decodeCp932(b);
  const nul = s.indexOf("\u0000");
  return (nul >= 0 ? s.slice(0, nul) : s).trim();
}

// Value sizes of the fixed-width MAPI types (PT_SHORT and PT_BOOLEAN are padded to 4 bytes in TNEF).
const FIXED: Record<number, number> = {
  2: 4,
  3: 4,
  4: 4,
  5: 8,
  6: 8,
  7: 8,
  0xa: 4,
  0xb: 4,
  0x14: 8,
  0x40: 8,
  0x48: 16,
};

const pad4 = (n: number): number => n + ((4 - (n % 4)) % 4);

/** PR_ATTACH_LONG_FILENAME from an attAttachment property list in `b[p, end)`, or undefined. */
function longFileName(b: Uint8Array, p: number, end: number): string | undefined {
  const count = Math.min(u32(b, p), MAX_PROPS);
  p += 4;
  for (let i = 0; i < count && p + 4 <= end; i++) {
    const type = u16(b, p);
    const id = u16(b, p + 2);
    p += 4;
    if (id >= 0x8000) {
      // A named property: its GUID, then a number or a length-prefixed UTF-16 name.
      p += 20;
      p += u32(b, p - 4) === 0 ? 4 : 4 + pad4(u32(b, p));
    }
    const base = type & 0x0fff;
    const variable = base === 0x1e || base === 0x1f || base === 0x0d || base === 0x102;
    const size = FIXED[base];
    if (!variable && size === undefined) return undefined;
    let values = 1;
    if (variable || type & 0x1000) {
      values = u32(b, p);
      p += 4;
    }
    for (let v = 0; v < values && p <= end; v++) {
      if (!variable) {
        p += size as number;
        continue;
      }
      const n = u32(b, p);
      p += 4;
      if (p + n > end) return undefined;
      if (id === PR_ATTACH_LONG_FILENAME && (base === 0x1e || base === 0x1f)) {
        return decodeName(b.subarray(p, p + n), base === 0x1f);
      }
      p += pad4(n);
    }
  }
  return undefined;
}

/** The attachments of a TNEF stream: names (long name preferred) and bytes, at most `maxFiles` of them. */
export function readTnef(b: Uint8Array, maxFiles: number): { files: InnerFile[]; complete: boolean } {
  const found: { title: string; long?: string; data?: Uint8Array }[] = [];
  let complete = true;
  let p = 6;
  while (p < b.length) {
    if (p + 9 > b.length) {
      complete = false;
      break;
    }
    const level = b[p];
    const id = u16(b, p + 1);
    const len = u32(b, p + 5);
    const start = p + 9;
    if (start + len > b.length) {
      complete = false;
      break;
    }
    if (level === LEVEL_ATTACHMENT) {
      if (id === ATT_ATTACH_REND_DATA || found.length === 0) {
        if (found.length >= maxFiles) {
          complete = false;
          break;
        }
        found.push({ title: "" });
      }
      const f = found[found.length - 1] as (typeof found)[number];
      const data = b.subarray(start, start + len);
      if (id === ATT_ATTACH_TITLE) f.title = decodeName(data, false);
      else if (id === ATT_ATTACH_DATA) f.data = data;
      else if (id === ATT_ATTACHMENT) f.long = longFileName(b, start, start + len);
    }
    p = start + len + 2;
  }
  return { files: found.map((f) => ({ name: f.long || f.title, data: f.data })), complete };
}

/**
 * A winmail.dat is as protected as what it carries: encrypted when every file in it is, not encrypted when any is
 * readable (or when it carries no file: the rich-text message itself travels in the clear).
 */
export function inspectTnef(b: Uint8Array, ctx: InspectContext, inspect: InnerInspector): EncryptionStatus {
  const { files, complete } = readTnef(b, ctx.limits.maxEntries);
  ctx.countEntries(files.length);
  ctx.note("TNEF (winmail.dat) with " + files.length + " attachment(s)" + (complete ? "" : ", damaged or capped"));
  const { encrypted, plain } = inspectInnerFiles(files, ctx, inspect);
  if (plain > 0 || (files.length === 0 && complete)) return "not-encrypted";
  return files.length > 0 && encrypted === files.length ? "encrypted" : "unknown";
}
