import { decodeCp932 } from "./cp932";
import { decodeUtf16le } from "./utf16";
import { decodeUtf8, isValidUtf8 } from "./utf8";

/**
 * Bytes in an unstated 8-bit encoding, as Japanese Windows and its tools write them (legacy ZIP names, PT_STRING8
 * properties, text files without a BOM): read as UTF-8 when they are well-formed UTF-8 (ASCII included), else as
 * CP932. One rule for every reader, so a name reads the same wherever it is found.
 */
export function decodeUtf8OrCp932(b: Uint8Array, start = 0, end = b.length): string {
  return isValidUtf8(b, start, end) ? decodeUtf8(b, start, end) : decodeCp932(b, start, end);
}

/** A MAPI string property's value (.msg streams, TNEF property lists): PT_UNICODE is UTF-16LE, PT_STRING8 8-bit. */
export function decodeMapiString(b: Uint8Array, unicode: boolean): string {
  return unicode ? decodeUtf16le(b, 0, b.length - (b.length % 2)) : decodeUtf8OrCp932(b);
}
