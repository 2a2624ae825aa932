/**
 * Does the empty user password open a PDF encrypted with the standard security handler? Then the encryption only
 * carries permissions ("owner password"): any reader opens the file without asking, so it protects nothing.
 * ISO 32000-1 §7.6.3.4 Algorithm 2 with Algorithm 4 (revision 2) or 5 (revisions 3 and 4); ISO 32000-2 Algorithm
 * 2.A with 2.B (revision 6) and Adobe's deprecated revision 5 (plain SHA-256). Anything missing or unknown gives
 * no key, and so does any computing error: a wrong result can only keep a file counted as encrypted.
 */

import { concatBytes } from "../bytes";
import { nameOf, numberOf, stringOf, type PdfDict } from "../pdf-syntax";
import { aes128CbcEncrypt, aesCbcDecrypt } from "./aes";
import { md5 } from "./md5";
import { rc4 } from "./rc4";
import { sha256, sha384, sha512 } from "./sha2";

/** The password padding string of Algorithm 2 (step a): the empty password padded is exactly this. */
// prettier-ignore
const PAD = Uint8Array.of(
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
);
const EMPTY = new Uint8Array(0);

/** The first n bytes of a and b are equal (and both have them). */
function samePrefix(a: Uint8Array, b: Uint8Array, n: number): boolean {
  let diff = a.length < n || b.length < n ? 1 : 0;
  for (let i = 0; i < n && diff === 0; i++) diff = a[i]! ^ b[i]!;
  return diff === 0;
}

/**
 * ISO 32000-2 Algorithm 2.B: the revision-6 hash of a password with a salt and (for an owner password) the /U
 * string. At least 64 rounds and at most 64 + 256: the exit test compares one byte with the round number.
 */
function hash2B(password: Uint8Array, salt: Uint8Array, userKey: Uint8Array): Uint8Array {
  let k = sha256(concatBytes([password, salt, userKey]));
  for (let round = 0; ; round++) {
    const unit = concatBytes([password, k, userKey]);
    const k1 = new Uint8Array(unit.length * 64);
    for (let i = 0; i < 64; i++) k1.set(unit, i * unit.length);
    const e = aes128CbcEncrypt(k.subarray(0, 16), k.subarray(16, 32), k1);
    // The first 16 bytes of E as a big-endian number, modulo 3: 256 ≡ 1 (mod 3), so the byte sum will do.
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i]!;
    const hash = [sha256, sha384, sha512][sum % 3]!;
    k = hash(e);
    if (round >= 63 && e[e.length - 1]! <= round - 31) return k.subarray(0, 32);
  }
}

/** Gives the file key of a dictionary the empty password opens (undefined when its key cannot be had). */
export type KeyOf = () => Uint8Array | undefined;

/**
 * Whether the empty user password opens `d`, a standard security handler dictionary: undefined when it does not,
 * else what gives the file key. `id` is the first element of the trailer's /ID (revisions 2–4 mix it into the
 * key). Revisions 5 and 6 take one hash to check /U and a second one for the key, which is left to the call that
 * asks for the key: the probe only needs the check, and the contents reader the key of one dictionary.
 */
export function emptyPasswordOpener(d: PdfDict, id: Uint8Array): KeyOf | undefined {
  const r = numberOf(d.get("R"));
  const o = stringOf(d.get("O"));
  const u = stringOf(d.get("U"));
  if (nameOf(d.get("Filter")) !== "Standard" || o === undefined || u === undefined) return undefined;
  if (r === 5 || r === 6) {
    // /U: 32 bytes of hash, an 8-byte validation salt, an 8-byte key salt. The file key is /UE decrypted with the
    // hash of the password and the key salt (Algorithm 2.A, steps a and e: CBC with a zero IV, no padding).
    const hash = (salt: Uint8Array) => (r === 5 ? sha256(salt) : hash2B(EMPTY, salt, EMPTY));
    const salt = u.subarray(32, 40);
    if (salt.length !== 8 || !samePrefix(hash(salt), u, 32)) return undefined;
    return () => {
      const ue = stringOf(d.get("UE"));
      const keySalt = u.subarray(40, 48);
      if (keySalt.length !== 8 || ue === undefined || ue.length < 32) return undefined;
      return aesCbcDecrypt(hash(keySalt), new Uint8Array(16), ue.subarray(0, 32));
    };
  }
  const p = numberOf(d.get("P"));
  // Key length: 40 bits in revision 2; /Length (in bits) in 3 and 4, where writers of revision 4 put 128 (the
  // crypt filter's length is not consulted: without /Length, a revision-4 key other than 128 bits fails to match).
  const n = r === 2 ? 5 : (numberOf(d.get("Length")) ?? (r === 4 ? 128 : 40)) / 8;
  if ((r !== 2 && r !== 3 && r !== 4) || p === undefined || o.length < 32 || !(n >= 5 && n <= 16 && n % 1 === 0)) {
    return undefined;
  }
  // Algorithm 2: MD5 of the padded password, /O, /P (4 bytes, low first), the file ID and, when revision 4
  // leaves the metadata in clear, four 0xFF bytes; revisions 3 and 4 hash the key's n bytes 50 more times.
  let key = md5(
    concatBytes([
      PAD,
      o.subarray(0, 32),
      Uint8Array.of(p, p >> 8, p >> 16, p >> 24),
      id,
      r === 4 && metadataInClear(d) ? Uint8Array.of(255, 255, 255, 255) : EMPTY,
    ]),
  );
  for (let i = 0; r > 2 && i < 50; i++) key = md5(key.subarray(0, n));
  key = key.subarray(0, n);
  // Algorithm 4: /U is the padding encrypted with the key. Algorithm 5: MD5 of the padding and the ID, encrypted
  // 20 times with the key XOR-ed with the round number; only the first 16 bytes of /U count.
  if (r === 2) return samePrefix(rc4(key, PAD), u, 32) ? () => key : undefined;
  let x = md5(concatBytes([PAD, id]));
  for (let i = 0; i < 20; i++) {
    const roundKey = key.map((byte) => byte ^ i);
    x = rc4(roundKey, x);
  }
  return samePrefix(x, u, 16) ? () => key : undefined;
}

/** /EncryptMetadata false: the XMP metadata stream is stored in clear. */
function metadataInClear(d: PdfDict): boolean {
  const em = d.get("EncryptMetadata");
  return em !== undefined && em.t === "bool" && !em.v;
}

/**
 * How data under the crypt filter `name` is encrypted: that filter's /CFM in /CF for V4 and V5 (/Identity: not at
 * all), RC4 before V4, which has no crypt filters (qpdf, too, ignores a stream's /Crypt filter there). A /CF entry
 * without /CFM means /None (ISO 32000-1 §7.6.5, Table 25: "default value: None"; pdf.js and qpdf read it so). A name
 * /CF lacks, an entry that is not a dictionary, or a /CFM that is not one of the four names gives undefined: qpdf
 * calls such a filter unknown, and so do we (pdf.js would read a missing name as /None, which could present
 * ciphertext as plain text).
 */
function methodOf(d: PdfDict, v: number | undefined, name: string): string | undefined {
  if (v !== 4 && v !== 5) return "V2";
  if (name === "Identity") return "None";
  const cf = d.get("CF");
  const filter = cf !== undefined && cf.t === "dict" ? cf.v.get(name) : undefined;
  if (filter === undefined || filter.t !== "dict") return undefined;
  return filter.v.has("CFM") ? nameOf(filter.v.get("CFM")) : "None";
}

const METHODS = ["None", "V2", "AESV2", "AESV3"];

/**
 * Decrypts one string, or at most the first `max` bytes of a stream that its reader needs (never more bytes than
 * it was given); undefined for data it cannot decrypt, which is then left unread.
 */
export type PdfCipher = (data: Uint8Array, max: number) => Uint8Array | undefined;

export interface PdfDecryptor {
  /**
   * The cipher of object (num, gen)'s strings or its stream. `filter` is the crypt filter a stream names itself
   * (the /Name of its /Crypt filter, ISO 32000-1 §7.4.10), which replaces /StmF for that stream; a name that is
   * not in /CF, or whose method is unknown, gets a cipher that decrypts nothing.
   */
  cipher(num: number, gen: number, stream: boolean, filter?: string): PdfCipher;
  /** The XMP metadata stream is not encrypted (/EncryptMetadata false). */
  readonly metadataInClear: boolean;
}

/** The cipher of data stored in clear (crypt filter /Identity): callers compare with it to skip the work. */
export const inClear: PdfCipher = (data) => data;
const unreadable: PdfCipher = () => undefined;

/** What a file's document-level crypt filters leave unreadable: its strings (/StrF), its streams (/StmF). */
export interface Undecryptable {
  readonly strings: boolean;
  readonly streams: boolean;
}

function documentMethods(d: PdfDict): { strings: string | undefined; streams: string | undefined } {
  const v = numberOf(d.get("V"));
  return {
    strings: methodOf(d, v, nameOf(d.get("StrF")) ?? "Identity"),
    streams: methodOf(d, v, nameOf(d.get("StmF")) ?? "Identity"),
  };
}

const known = (method: string | undefined) => METHODS.indexOf(method ?? "") >= 0;

/**
 * Whether the document's strings or streams are under a crypt filter whose method no reader of the standard
 * security handler knows (or that /CF does not define): then the key the empty password gives cannot undo them.
 */
export function undecryptable(d: PdfDict): Undecryptable {
  const m = documentMethods(d);
  return { strings: !known(m.strings), streams: !known(m.streams) };
}

/**
 * What opens the strings and streams of a file encrypted with an empty user password, given the file `key` that
 * password gives (ISO 32000-1 §7.6.2 Algorithm 1 and the crypt filters of §7.6.5). When the method of /StrF or
 * /StmF is unknown (see `undecryptable`), every string or every stream it covers gets a cipher that decrypts
 * nothing, and the other kind is still decrypted: page text in a stream is read even when the strings cannot be.
 */
export function emptyPasswordDecryptor(d: PdfDict, key: Uint8Array): PdfDecryptor {
  const v = numberOf(d.get("V"));
  const { strings, streams } = documentMethods(d);
  const cipher = (num: number, gen: number, stream: boolean, filter?: string): PdfCipher => {
    const method = !stream ? strings : filter === undefined ? streams : methodOf(d, v, filter);
    if (method === "None") return inClear;
    if (!known(method)) return unreadable;
    // Algorithm 1: MD5 of the file key, the object number (3 bytes) and generation (2 bytes), low bytes first,
    // and "sAlT" for AES, cut to the key length plus 5 (at most 16); AESV3 uses the file key itself.
    const objectKey =
      method === "AESV3"
        ? key
        : md5(
            concatBytes([
              key,
              Uint8Array.of(num, num >> 8, num >> 16, gen, gen >> 8),
              method === "AESV2" ? Uint8Array.of(0x73, 0x41, 0x6c, 0x54) : EMPTY,
            ]),
          ).subarray(0, Math.min(key.length + 5, 16));
    if (method === "V2") return (data, max) => rc4(objectKey, data.subarray(0, max));
    return (data, max) => {
      // AES-CBC: a 16-byte IV, then whole blocks; PKCS#5 padding is removed only when the data was read to its end.
      if (objectKey.length !== 16 && objectKey.length !== 32) return undefined;
      const body = data.subarray(16, max + 32);
      const out = aesCbcDecrypt(objectKey, data.subarray(0, 16), body);
      const pad = out[out.length - 1] ?? 0;
      return body.length === data.length - 16 && pad <= 16 ? out.subarray(0, out.length - pad) : out;
    };
  };
  return { cipher, metadataInClear: metadataInClear(d) };
}
