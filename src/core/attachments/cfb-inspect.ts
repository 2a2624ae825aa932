/**
 * What a compound file is and whether it is encrypted:
 * - EncryptedPackage with EncryptionInfo: a password-encrypted OOXML file (Office's "Encrypt with Password");
 *   EncryptedPackage with \u0006DataSpaces but no EncryptionInfo: rights-management (IRM / encrypting sensitivity
 *   label) protection. Both are "encrypted".
 * - WordDocument: legacy .doc, FIB flag fEncrypted. Workbook/Book: legacy .xls, a FILEPASS record before the first
 *   sheet. PowerPoint Document: legacy .ppt, the Current User atom's header token.
 * - Outlook .msg: "unknown"; its subject and the start of its body are read for markings.
 * - Anything else (Visio, MSI …): "unknown", with a note.
 * Legacy files also yield title/subject/keywords from SummaryInformation and MSIP labels from the user-defined
 * properties, all read as bounded stream prefixes.
 */

import type { EncryptionStatus } from "../message";
import { u16, u32 } from "./bytes";
import { CFB_STORAGE, openCfb, type Cfb, type CfbEntry } from "./cfb-reader";
import { inspectInnerFiles, type InnerFile, type InnerInspector, type InspectContext } from "./context";
import { msipLabels } from "./ooxml-text";
import { readPropertySet } from "./property-set";
import { decodeMapiString } from "./legacy-text";

export interface CfbVerdict {
  readonly encryption: EncryptionStatus;
}

const FIB_IDENT = 0xa5ec;
const FIB_ENCRYPTED = 0x0100;
const FIB_OBFUSCATED = 0x8000;
const BIFF_FILEPASS = 0x002f;
const BIFF_EOF = 0x000a;
const BIFF_BOUNDSHEET = 0x0085;
const BIFF_BOF = [0x0809, 0x0409, 0x0209, 0x0009];
const PPT_TOKEN_ENCRYPTED = 0xf3d1c4df;
const PPT_TOKEN_PLAIN = 0xe391c05f;
const PROPERTY_STREAM_PREFIX = 64 * 1024;
const WORKBOOK_SCAN_PREFIX = 64 * 1024;

function find(children: readonly CfbEntry[], name: string): CfbEntry | undefined {
  const want = name.toLowerCase();
  return children.find((e) => e.name.toLowerCase() === want);
}

function wordEncryption(cfb: Cfb, stream: CfbEntry, ctx: InspectContext): EncryptionStatus {
  const fib = cfb.readStream(stream, 32);
  if (fib === undefined || fib.length < 12 || u16(fib, 0) !== FIB_IDENT) {
    ctx.note("legacy Word file with an unreadable FIB");
    return "unknown";
  }
  const flags = u16(fib, 0x0a);
  if (flags & FIB_ENCRYPTED) {
    if (flags & FIB_OBFUSCATED) ctx.note("legacy Word XOR obfuscation (weak protection)");
    return "encrypted";
  }
  return "not-encrypted";
}

function workbookEncryption(cfb: Cfb, stream: CfbEntry, ctx: InspectContext): EncryptionStatus {
  const data = cfb.readStream(stream, WORKBOOK_SCAN_PREFIX);
  if (data === undefined || data.length < 4 || BIFF_BOF.indexOf(u16(data, 0)) < 0) {
    ctx.note("legacy Excel file without a readable BOF record");
    return "unknown";
  }
  // FILEPASS, when present, sits in the workbook globals before any sheet is declared.
  for (let p = 0; p + 4 <= data.length; p += 4 + u16(data, p + 2)) {
    const type = u16(data, p);
    if (type === BIFF_FILEPASS) return "encrypted";
    if (type === BIFF_EOF || type === BIFF_BOUNDSHEET) return "not-encrypted";
  }
  ctx.note("legacy Excel globals longer than the scanned prefix");
  return "unknown";
}

function powerPointEncryption(cfb: Cfb, children: readonly CfbEntry[], ctx: InspectContext): EncryptionStatus {
  const currentUser = find(children, "Current User");
  const atom = currentUser ? cfb.readStream(currentUser, 16) : undefined;
  const token = atom && atom.length >= 16 ? u32(atom, 12) : -1;
  if (token === PPT_TOKEN_ENCRYPTED) return "encrypted";
  if (token === PPT_TOKEN_PLAIN) return "not-encrypted";
  if (find(children, "EncryptedSummary")) return "encrypted";
  ctx.note("legacy PowerPoint file without a readable Current User atom");
  return "unknown";
}

const SUMMARY_FIELDS: readonly [number, string][] = [
  [2, "title"],
  [3, "subject"],
  [5, "keywords"],
  [6, "comments"],
];

/** Characters of an attached Outlook message's body read for markings (they sit at the top). */
const MSG_BODY_CHARS = 4000;

/**
 * An Outlook message saved as a file (.msg, what dragging a mail out of Outlook makes): its subject and the start of
 * its plain-text body are MAPI property streams of the root storage, PT_UNICODE (…001F, UTF-16LE) or, from older
 * clients, PT_STRING8 (…001E, the message's ANSI code page: CP932 for Japanese Windows). The files attached to it sit
 * in __attach_version1.0_#… storages: their names are read for markings and their bytes (PR_ATTACH_DATA_BIN), when
 * they fit the budget, are inspected one level down. The encryption of the whole stays "unknown".
 */
function outlookMessage(cfb: Cfb, children: readonly CfbEntry[], ctx: InspectContext, inner?: InnerInspector): void {
  const text = (children: readonly CfbEntry[], tag: string, maxChars: number): string | undefined => {
    const unicode = find(children, "__substg1.0_" + tag + "001F");
    const stream = unicode || find(children, "__substg1.0_" + tag + "001E");
    const bytes = stream ? cfb.readStream(stream, Math.min(stream.size, maxChars * 2)) : undefined;
    return bytes ? decodeMapiString(bytes, unicode !== undefined) : undefined;
  };
  const subject = text(children, "0037", 1000);
  if (subject) ctx.addText("Outlook message subject", subject);
  const body = text(children, "1000", MSG_BODY_CHARS);
  if (body) ctx.addText("Outlook message body", body);
  const files: InnerFile[] = [];
  for (const storage of children) {
    if (storage.type !== CFB_STORAGE || !/^__attach_version1\.0_#/i.test(storage.name)) continue;
    const own = cfb.childrenOf(storage);
    // The long file name, else the 8.3 one, else the display name (an attached mail has only that).
    const name = text(own, "3707", 260) || text(own, "3704", 260) || text(own, "3001", 260) || "";
    const bin = find(own, "__substg1.0_37010102");
    let data: Uint8Array | undefined;
    // Copying a stream costs like inflating it: only files that fit what is left of the budget are read.
    if (bin && inner && ctx.depth === 0 && bin.size <= ctx.budget.remaining) {
      data = cfb.readStream(bin, bin.size);
      ctx.budget.charge(bin.size);
    }
    files.push(data ? { name, data } : { name });
  }
  inspectInnerFiles(files, ctx, inner);
  ctx.note("Outlook message (.msg) with " + files.length + " attachment(s): subject, body and attachments read");
}

function legacyProperties(cfb: Cfb, children: readonly CfbEntry[], ctx: InspectContext): void {
  const summary = find(children, "\u0005SummaryInformation");
  const summaryBytes = summary ? cfb.readStream(summary, PROPERTY_STREAM_PREFIX) : undefined;
  const first = summaryBytes ? readPropertySet(summaryBytes)[0] : undefined;
  if (first) {
    for (const [pid, label] of SUMMARY_FIELDS) {
      const value = first.strings.get(pid);
      if (value) ctx.addText("SummaryInformation " + label, value);
    }
  }
  const docSummary = find(children, "\u0005DocumentSummaryInformation");
  const docBytes = docSummary ? cfb.readStream(docSummary, PROPERTY_STREAM_PREFIX) : undefined;
  const userDefined = docBytes ? readPropertySet(docBytes)[1] : undefined;
  if (userDefined) {
    const props: { name: string; value: string }[] = [];
    userDefined.names.forEach((name, pid) => {
      const value = userDefined.strings.get(pid);
      if (value !== undefined) props.push({ name, value });
    });
    for (const label of msipLabels(props)) {
      ctx.addLabel(label);
      if (label.name) ctx.addText("DocumentSummaryInformation sensitivity label", label.name);
    }
  }
}

/** `inner` inspects the files attached to an Outlook message; without it only their names are read. */
export function inspectCfb(bytes: Uint8Array, ctx: InspectContext, inner?: InnerInspector): CfbVerdict {
  const opened = openCfb(bytes, ctx.limits.maxEntries);
  if (!opened.ok) {
    ctx.note(opened.error);
    return { encryption: "unknown" };
  }
  const cfb = opened.value;
  ctx.countEntries(cfb.entries.length);
  const children = cfb.rootChildren();
  if (cfb.listingIncomplete) ctx.note("compound file directory incomplete (entry cap or broken chain)");

  if (find(children, "EncryptedPackage")) {
    const info = find(children, "EncryptionInfo");
    if (info) {
      const head = cfb.readStream(info, 4);
      const major = head && head.length === 4 ? u16(head, 0) : 0;
      const minor = head && head.length === 4 ? u16(head, 2) : 0;
      ctx.note(
        "password-encrypted Office document (" +
          (major === 4 && minor === 4 ? "agile" : minor === 2 ? "standard" : "version " + major + "." + minor) +
          " encryption)",
      );
      return { encryption: "encrypted" };
    }
    if (find(children, "\u0006DataSpaces")) {
      ctx.note("rights-management protected Office document (IRM / sensitivity label encryption)");
      return { encryption: "encrypted" };
    }
    ctx.note("EncryptedPackage stream without EncryptionInfo or DataSpaces");
    return { encryption: "unknown" };
  }

  let encryption: EncryptionStatus | undefined;
  const word = find(children, "WordDocument");
  const workbook = find(children, "Workbook") ?? find(children, "Book");
  if (word) encryption = wordEncryption(cfb, word, ctx);
  else if (workbook) encryption = workbookEncryption(cfb, workbook, ctx);
  else if (find(children, "PowerPoint Document")) encryption = powerPointEncryption(cfb, children, ctx);

  if (encryption === undefined) {
    const msg = find(children, "__properties_version1.0");
    if (msg) outlookMessage(cfb, children, ctx, inner);
    else ctx.note("compound file of an unrecognised kind");
    return { encryption: "unknown" };
  }
  // Property streams of an encrypted legacy file may themselves be encrypted; reading them is harmless either way.
  legacyProperties(cfb, children, ctx);
  return { encryption };
}
