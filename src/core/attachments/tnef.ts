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
import { decodeMapiString } from "./legacy-text";

/** 0x223E9F78, little-endian. */
export const TNEF_SIGNATURE = [0x78, 0x9f, 0x3e, 0x22];

const LEVEL_ATTACHMENT = 2;
const ATT_ATTACH_DATA = 0x800f;
const ATT_ATTACH_TITLE = 0x8010;
const ATT_ATTACH_REND_DATA = 0x9002;
const ATT_ATTACHMENT = 0x9005;

/** A name as stored: UTF-16LE for PT_UNICODE, else the sender's code page (CP932 on Japanese Windows) or UTF-8. */
function decodeName(b: Uint8Array, unicode: boolean): string {
  const s = decodeMapiString(b, unicode);
  const nul = s.indexOf("\u0000");
  return (nul >= 0 ? s.slice(0, nul) : s).trim();
}

/**
 * PR_ATTACH_LONG_FILENAME from an attAttachment property list, or undefined. Every property tag
 * in the list sits at a multiple of 4 from its start (values and names are padded to 4), so the tag (0x3707 with type
 * PT_UNICODE or PT_STRING8) is looked for at those offsets instead of decoding each value type; a value count of 1
 * and a length that fits confirm it.
 */
function longFileName(b: Uint8Array): string | undefined {
  const end = b.length;
  for (let p = 4; p + 12 <= end; p += 4) {
    const t = b[p];
    if ((t !== 0x1f && t !== 0x1e) || u16(b, p + 1) !== 0x0700 || b[p + 3] !== 0x37 || u32(b, p + 4) !== 1) continue;
    const n = u32(b, p + 8);
    if (p + 12 + n <= end) return decodeName(b.subarray(p + 12, p + 12 + n), t === 0x1f);
  }
  return undefined;
}

/** The attachments of a TNEF stream: names (long name preferred) and bytes, at most `maxFiles` of them. */
export function readTnef(b: Uint8Array, maxFiles: number): { files: InnerFile[]; complete: boolean } {
  const files: { name: string; data?: Uint8Array }[] = [];
  let p = 6;
  // A record is level (1), id and type (4), length (4), data, checksum (2); one that does not fit ends the walk.
  for (let len = 0; p + 9 <= b.length && p + 9 + (len = u32(b, p + 5)) <= b.length; p += 11 + len) {
    if (b[p] !== LEVEL_ATTACHMENT) continue;
    const id = u16(b, p + 1);
    if (id === ATT_ATTACH_REND_DATA || files.length === 0) {
      if (files.length >= maxFiles) break;
      files.push({ name: "" });
    }
    const f = files[files.length - 1] as (typeof files)[number];
    const data = b.subarray(p + 9, p + 9 + len);
    // The title (a short name) comes first; the long name in the MAPI properties, when there is one, replaces it.
    if (id === ATT_ATTACH_TITLE) f.name = decodeName(data, false);
    else if (id === ATT_ATTACH_DATA) f.data = data;
    else if (id === ATT_ATTACHMENT) f.name = longFileName(data) || f.name;
  }
  return { files, complete: p >= b.length };
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
