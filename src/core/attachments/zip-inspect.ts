/**
 * ZIP archives: encryption from every central-directory entry, OOXML handed to the OOXML reader, and for other
 * archives the entry names (markings in names count) plus one level of nested archives and Office files.
 */

import type { AttachmentKind, EncryptionStatus } from "../message";
import { inspectCfb } from "./cfb-inspect";
import type { InspectContext } from "./context";
import { detectKind } from "./detect-kind";
import { inspectOoxmlParts, isOoxml } from "./ooxml-inspect";
import { readPartBytes } from "./part-reader";
import { readZipDirectory, type ZipDirectory, type ZipEntry } from "./zip-reader";

export interface ZipVerdict {
  readonly kind: AttachmentKind;
  readonly encryption: EncryptionStatus;
  /** Some files are protected (their own password or an encrypted nested file) and some are not. */
  readonly partlyEncrypted?: boolean;
}

/** Entries worth opening one level down, chosen by name only to decide what to spend the budget on. */
const NESTED_CANDIDATE =
  /\.(?:zip|docx|docm|dotx|dotm|xlsx|xlsm|xltx|xltm|pptx|pptm|potx|potm|ppsx|ppsm|doc|xls|ppt)$/i;

function encryptionNote(encrypted: readonly ZipEntry[], total: number): string {
  const how = encrypted.some((e) => e.aes) ? "AES" : "ZipCrypto";
  const scope =
    encrypted.length === total ? "all " + total + " entries" : encrypted.length + " of " + total + " entries";
  return "ZIP password protection (" + how + ") on " + scope;
}

export function inspectZip(bytes: Uint8Array, ctx: InspectContext): ZipVerdict {
  const opened = readZipDirectory(bytes, ctx.limits.maxEntries);
  if (!opened.ok) {
    ctx.note(opened.error);
    return { kind: "zip", encryption: "unknown" };
  }
  const dir = opened.value;
  ctx.countEntries(dir.entries.length);
  if (dir.base > 0) ctx.note(dir.base + " bytes before the archive (self-extractor or damaged file)");
  const files = dir.entries.filter((e) => !e.isDirectory);
  const encrypted = dir.entries.filter((e) => e.encrypted);

  if (isOoxml(dir)) {
    if (encrypted.length > 0) {
      // Office never does this (it encrypts into a compound file); someone zipped the parts with a password.
      ctx.note("OOXML parts inside a password-protected ZIP; " + encryptionNote(encrypted, files.length));
      return { kind: "zip", encryption: "encrypted" };
    }
    if (dir.listingCapped) ctx.note("entry cap reached; OOXML listing incomplete");
    inspectOoxmlParts(bytes, dir, ctx);
    return { kind: "ooxml", encryption: "not-encrypted" };
  }

  for (const e of dir.entries) if (!ctx.addText("zip entry name", e.name)) break;

  let encryption: EncryptionStatus;
  if (encrypted.length > 0 || dir.centralDirectoryEncrypted) {
    encryption = "encrypted";
    ctx.note(encryptionNote(encrypted, Math.max(files.length, encrypted.length)));
  } else if (dir.listingCapped) {
    ctx.note("entry cap reached after " + dir.entries.length + " of " + dir.declaredEntries + " entries");
    encryption = "unknown";
  } else {
    encryption = "not-encrypted";
    if (dir.entries.length === 0) ctx.note("empty archive");
  }

  // A file is protected by its own ZIP password or by being an encrypted archive or Office file itself.
  let protectedFiles = 0;
  for (const e of files) {
    if (e.encrypted) protectedFiles++;
    else if (ctx.depth === 0 && NESTED_CANDIDATE.test(e.name) && nestedIsEncrypted(bytes, dir, e, ctx)) {
      protectedFiles++;
      if (encryption === "not-encrypted") encryption = "encrypted";
    }
  }
  // Some files protected, others not (a password set on one file, a plain file added later, a locked .docx next
  // to a plain one): what is not protected travels in the clear, so the archive does not count as encrypted.
  if (!dir.centralDirectoryEncrypted && protectedFiles > 0 && protectedFiles < files.length) {
    ctx.note("only " + protectedFiles + " of " + files.length + " files protected; the others are not encrypted");
    return { kind: "zip", encryption: dir.listingCapped ? "unknown" : "not-encrypted", partlyEncrypted: true };
  }
  return { kind: "zip", encryption };
}

/** Opens one nested archive or Office file; returns true when it turns out to be encrypted. */
function nestedIsEncrypted(bytes: Uint8Array, dir: ZipDirectory, e: ZipEntry, ctx: InspectContext): boolean {
  const inner = readPartBytes(bytes, dir, e, ctx, ctx.budget.remaining, "whole");
  if (inner === undefined) return false;
  const sub = ctx.nested(e.name);
  const kind = detectKind(inner);
  let enc: EncryptionStatus = "unknown";
  if (kind === "zip") enc = inspectZip(inner, sub).encryption;
  else if (kind === "cfb") enc = inspectCfb(inner, sub).encryption;
  if (enc === "encrypted") ctx.note("nested " + e.name + " is encrypted");
  return enc === "encrypted";
}
