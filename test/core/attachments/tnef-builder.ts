/**
 * A small TNEF writer for tests: what classic Outlook puts in winmail.dat when it sends rich text (attTnefVersion,
 * attOemCodepage, attMessageClass, then per attachment attAttachRendData, attAttachTitle, attAttachData and
 * attAttachment with PR_ATTACH_LONG_FILENAME). Written from the layout in [MS-OXTNEF], not from any file.
 */

export interface TnefFileSpec {
  /** attAttachTitle: the short name, in the OEM code page (bytes, so a test can write CP932). */
  readonly title?: Uint8Array;
  /** PR_ATTACH_LONG_FILENAME as PT_UNICODE; a named property and a PT_LONG are written before it. */
  readonly longName?: string;
  readonly data?: Uint8Array;
}

const le32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const le16 = (v: number) => [v & 0xff, (v >>> 8) & 0xff];
const pad = (bytes: number[]) => bytes.concat(new Array<number>((4 - (bytes.length % 4)) % 4).fill(0));

function attribute(level: number, id: number, type: number, data: ArrayLike<number>): number[] {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum = (sum + (data[i] as number)) & 0xffff;
  return [level, ...le16(id), ...le16(type), ...le32(data.length), ...Array.from(data), ...le16(sum)];
}

function attachmentProps(longName: string): number[] {
  const name = Array.from(Buffer.from(longName + "\0", "utf16le"));
  return [
    ...le32(3),
    // PR_ATTACH_METHOD (PT_LONG) = 1, ATTACH_BY_VALUE.
    ...le16(0x0003),
    ...le16(0x3705),
    ...le32(1),
    // A named string property (PS_PUBLIC_STRINGS-style GUID, named by a string).
    ...le16(0x001f),
    ...le16(0x8001),
    ...new Array<number>(16).fill(0x11),
    ...le32(1),
    ...le32(10),
    ...pad(Array.from(Buffer.from("Tag\0\0", "utf16le"))),
    ...le32(1),
    ...le32(4),
    ...pad(Array.from(Buffer.from("x\0", "utf16le"))),
    // PR_ATTACH_LONG_FILENAME (PT_UNICODE).
    ...le16(0x001f),
    ...le16(0x3707),
    ...le32(1),
    ...le32(name.length),
    ...pad(name),
  ];
}

export function buildTnef(files: readonly TnefFileSpec[]): Uint8Array {
  const out: number[] = [0x78, 0x9f, 0x3e, 0x22, ...le16(0x1234)];
  out.push(...attribute(1, 0x9006, 0x0008, le32(0x00010000)));
  out.push(...attribute(1, 0x9007, 0x0006, [...le32(932), ...le32(0)]));
  out.push(...attribute(1, 0x8008, 0x0007, Array.from(Buffer.from("IPM.Microsoft Mail.Note\0", "latin1"))));
  for (const f of files) {
    out.push(...attribute(2, 0x9002, 0x0006, [...le16(1), ...le32(0xffffffff), ...new Array<number>(8).fill(0)]));
    if (f.title) out.push(...attribute(2, 0x8010, 0x0001, [...Array.from(f.title), 0]));
    if (f.data) out.push(...attribute(2, 0x800f, 0x0006, f.data));
    if (f.longName !== undefined) out.push(...attribute(2, 0x9005, 0x0006, attachmentProps(f.longName)));
  }
  return Uint8Array.from(out);
}
