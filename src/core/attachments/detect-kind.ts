/** Format identification from the bytes alone (magic numbers and structure), never from the file name. */

import { latin1, startsWith } from "./bytes";
import { CFB_MAGIC } from "./cfb-reader";
import { isPdf } from "./pdf-probe";
import { TNEF_SIGNATURE } from "./tnef";
import { findEocd } from "./zip-reader";

export type ContainerKind = "zip" | "cfb" | "pdf" | "tnef" | "other";

const ZIP_STARTS = [
  [0x50, 0x4b, 0x03, 0x04], // local file header
  [0x50, 0x4b, 0x05, 0x06], // empty archive
  [0x50, 0x4b, 0x07, 0x08], // spanned-archive marker
];

export function detectKind(b: Uint8Array): ContainerKind {
  if (startsWith(b, CFB_MAGIC)) return "cfb";
  if (ZIP_STARTS.some((sig) => startsWith(b, sig))) return "zip";
  if (isPdf(b)) return "pdf";
  if (startsWith(b, TNEF_SIGNATURE)) return "tnef";
  // Self-extractors and files with junk in front still end in a ZIP directory; the caller confirms it parses.
  if (findEocd(b) >= 0) return "zip";
  return "other";
}

/** A hint for files we do not open, so the CLI can say what it saw. */
export function describeOther(b: Uint8Array): string | undefined {
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return "7z archive (not inspected)";
  if (startsWith(b, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return "RAR archive (not inspected)";
  if (startsWith(b, [0x1f, 0x8b])) return "gzip data (not inspected)";
  if (latin1(b, 0, Math.min(b.length, 64)).indexOf("-----BEGIN PGP MESSAGE-----") >= 0) return "OpenPGP message";
  return undefined;
}

/** ASCII-armoured OpenPGP messages are encrypted by construction (signed-only data uses other armour headers). */
export function isPgpMessage(b: Uint8Array): boolean {
  return latin1(b, 0, Math.min(b.length, 64)).indexOf("-----BEGIN PGP MESSAGE-----") >= 0;
}

// id-envelopedData (1.2.840.113549.1.7.3) as a DER object identifier.
const ENVELOPED_DATA_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03];

/**
 * CMS EnvelopedData: an S/MIME-encrypted message (smime.p7m) or file (.p7m). A DER SEQUENCE whose content type,
 * within its first bytes, is id-envelopedData; encrypted by construction (signed-only data is id-signedData).
 */
export function isCmsEnveloped(b: Uint8Array): boolean {
  if (b[0] !== 0x30) return false;
  const stop = Math.min(b.length - ENVELOPED_DATA_OID.length, 24);
  for (let i = 1; i <= stop; i++) {
    let k = 0;
    while (k < ENVELOPED_DATA_OID.length && b[i + k] === ENVELOPED_DATA_OID[k]) k++;
    if (k === ENVELOPED_DATA_OID.length) return true;
  }
  return false;
}
