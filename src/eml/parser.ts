import PostalMime, { type Email } from "postal-mime";
import { concatBytes } from "../core/attachments/bytes";
import {
  BASE64_VALUE,
  decodeTextPart,
  normaliseLineEndings,
  repairEncodedWords,
  headerLineToUtf8,
  trimLeadingNoise,
} from "./charset";

/**
 * postal-mime with the repairs it has no option for. It is pinned (package.json), and test/eml covers each change,
 * so a version that renames these internals fails the tests instead of silently parsing differently:
 * - Header lines in raw Shift_JIS, EUC-JP or ISO-2022-JP are turned into UTF-8 before the parser reads them.
 * - Text parts are decoded by us when their label cannot be trusted: UTF-7 (no platform decodes it) and Japanese
 *   text without a label or under a wrong one. Each leaf's getTextContent is wrapped as the tree is collected.
 * - Plain and base64 bodies are collected into one growing buffer. postal-mime keeps every body line as its own
 *   object and joins them through a Blob, which Node reads back part by part: a 10 MB body of short lines took
 *   seconds and 700 MB of memory. Quoted-printable keeps postal-mime's decoder (it buffers already), joined
 *   without the Blob.
 */
export async function parseMime(bytes: Uint8Array): Promise<Email> {
  const prepared = repairEncodedWords(normaliseLineEndings(trimLeadingNoise(bytes)));
  // Attached mail is always an attachment (read-eml reads it, within its budget), never folded into the body.
  const parser = new RepairingParser({ attachmentEncoding: "arraybuffer", forceRfc822Attachments: true });
  return parser.parse(prepared);
}

interface Decoder {
  update(line: Uint8Array): void;
  finalize(): Promise<ArrayBuffer>;
  chunks?: (Uint8Array | ArrayBuffer | string)[];
  flushBuffer?(): void;
}

interface NodeInternals {
  state: "header" | "body" | "finished";
  content: ArrayBuffer | null;
  contentType: { parsed: { params: Record<string, string | undefined> }; multipart: string | false };
  contentTransferEncoding: { encoding: string };
  contentDecoder: Decoder | null;
  getTextContent(): string;
  decodeFlowedText(text: string, delSp: boolean): string;
}

interface ParserInternals {
  currentNode: NodeInternals;
  collectNode(node: NodeInternals, alternative: unknown, related: boolean): Promise<void>;
  processLine(line: Uint8Array, isFinal: boolean): Promise<void>;
}

class RepairingParser extends PostalMime {}

const base = PostalMime.prototype as unknown as Partial<ParserInternals>;
const patched = RepairingParser.prototype as unknown as ParserInternals;
const baseCollectNode = base.collectNode;
const baseProcessLine = base.processLine;
if (typeof baseCollectNode === "function" && typeof baseProcessLine === "function") {
  patched.collectNode = function (node, alternative, related) {
    if (node.contentType.multipart === false) wrapTextDecoding(node);
    return baseCollectNode.call(this, node, alternative, related);
  };
  patched.processLine = function (this: ParserInternals, line, isFinal) {
    // Every node that receives lines is the current node when it does, so each decoder is seen here first.
    const node = this.currentNode;
    if (node.contentDecoder && !replaced.has(node.contentDecoder)) replaceDecoder(node);
    const utf8 = node.state === "header" ? headerLineToUtf8(line) : undefined;
    return baseProcessLine.call(this, utf8 ?? line, isFinal);
  };
}

const replaced = new WeakSet<object>();

function replaceDecoder(node: NodeInternals): void {
  const encoding = node.contentTransferEncoding.encoding;
  const original = node.contentDecoder!;
  let decoder: Decoder;
  if (/base64/i.test(encoding)) decoder = new Base64Sink();
  else if (/quoted-printable/i.test(encoding)) decoder = joinedWithoutBlob(original);
  else decoder = new PlainSink();
  replaced.add(decoder);
  node.contentDecoder = decoder;
}

/** postal-mime's own decoder, finishing with one copy instead of a Blob round trip. */
function joinedWithoutBlob(decoder: Decoder): Decoder {
  if (!Array.isArray(decoder.chunks)) return decoder;
  decoder.finalize = function (this: Decoder): Promise<ArrayBuffer> {
    if (typeof this.flushBuffer === "function") this.flushBuffer();
    const parts = (this.chunks ?? []).map((c) =>
      typeof c === "string" ? new TextEncoder().encode(c) : c instanceof Uint8Array ? c : new Uint8Array(c),
    );
    return Promise.resolve(concatBytes(parts).buffer as ArrayBuffer);
  };
  return decoder;
}

/** A byte buffer that doubles as it fills: amortised linear, one object however many lines arrive. */
class GrowingBuffer {
  private bytes = new Uint8Array(4096);
  private length = 0;

  reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  push(byte: number): void {
    this.reserve(1);
    this.bytes[this.length++] = byte;
  }

  append(chunk: Uint8Array): void {
    this.reserve(chunk.length);
    this.bytes.set(chunk, this.length);
    this.length += chunk.length;
  }

  result(): ArrayBuffer {
    return this.bytes.slice(0, this.length).buffer;
  }
}

/** 7bit, 8bit, binary and unknown encodings: the lines as they came, each ended by LF (as postal-mime does). */
class PlainSink implements Decoder {
  private readonly out = new GrowingBuffer();

  update(line: Uint8Array): void {
    this.out.append(line);
    this.out.push(0x0a);
  }

  finalize(): Promise<ArrayBuffer> {
    return Promise.resolve(this.out.result());
  }
}

/**
 * Streaming base64 with postal-mime's rules: characters outside the alphabet are skipped, "=" ends a unit (some
 * mailers pad every line), and the incomplete bits of a unit are dropped.
 */
class Base64Sink implements Decoder {
  private readonly out = new GrowingBuffer();
  private bits = 0;
  private nbits = 0;

  update(line: Uint8Array): void {
    this.out.reserve(line.length);
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === 0x3d) {
        this.bits = 0;
        this.nbits = 0;
        continue;
      }
      const v = BASE64_VALUE[c]!;
      if (v < 0) continue;
      this.bits = ((this.bits << 6) | v) & 0xffffff;
      this.nbits += 6;
      if (this.nbits >= 8) {
        this.nbits -= 8;
        this.out.push((this.bits >> this.nbits) & 0xff);
      }
    }
  }

  finalize(): Promise<ArrayBuffer> {
    return Promise.resolve(this.out.result());
  }
}

function wrapTextDecoding(node: NodeInternals): void {
  const original = node.getTextContent;
  node.getTextContent = function (this: NodeInternals): string {
    if (!this.content) return original.call(this);
    const params = this.contentType.parsed.params;
    const decoded = decodeTextPart(new Uint8Array(this.content), params.charset);
    if (decoded === undefined) return original.call(this);
    return /^flowed$/i.test(params.format ?? "")
      ? this.decodeFlowedText(decoded, /^yes$/i.test(params.delsp ?? ""))
      : decoded;
  };
}
