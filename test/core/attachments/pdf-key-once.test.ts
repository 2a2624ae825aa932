/**
 * The empty-password check runs once per file: the probe runs it while deciding whether the PDF counts as
 * encrypted, and inspect.ts hands the result (what gives the file key) to the contents reader, which used to run the
 * same check again (for revision 6 a slow hash, which a module-level cache of salts used to hide). Counted through
 * module mocks that wrap the real functions: the check itself, and SHA-256 for a revision-5 file, where the check of
 * /U and the key from /UE take exactly one SHA-256 each (ISO 32000-2 Algorithm 2.A with Adobe's revision-5 hash).
 */
import { inspectDetailed } from "../../../src/core/attachments";
import { InspectContext } from "../../../src/core/attachments/context";
import { emptyPasswordOpener } from "../../../src/core/attachments/crypto/pdf-standard";
import { sha256 } from "../../../src/core/attachments/crypto/sha2";
import { Budget, resolveLimits } from "../../../src/core/attachments/limits";
import { inspectPdfContents } from "../../../src/core/attachments/pdf-content";
import { EmptyPasswordKeys } from "../../../src/core/attachments/pdf-probe";
import { PdfLexer, type PdfDict } from "../../../src/core/attachments/pdf-syntax";
import { fixture } from "./fixtures";
import { bytesOf } from "./pdf-builder";

jest.mock("../../../src/core/attachments/crypto/pdf-standard", () => {
  const actual = jest.requireActual("../../../src/core/attachments/crypto/pdf-standard");
  return { ...actual, emptyPasswordOpener: jest.fn(actual.emptyPasswordOpener) };
});
jest.mock("../../../src/core/attachments/crypto/sha2", () => {
  const actual = jest.requireActual("../../../src/core/attachments/crypto/sha2");
  return { ...actual, sha256: jest.fn(actual.sha256) };
});

const derive = emptyPasswordOpener as jest.MockedFunction<typeof emptyPasswordOpener>;
const sha = sha256 as jest.MockedFunction<typeof sha256>;
const titles = (texts: readonly { where: string; text: string }[]) =>
  texts.filter((t) => t.where === "pdf /Info Title").map((t) => t.text);

beforeEach(() => {
  derive.mockClear();
  sha.mockClear();
});

describe("one empty-password check per PDF", () => {
  test.each([
    ["pdf-owner-only-rc4-40.pdf", "R2"],
    ["pdf-owner-only-rc4-128.pdf", "R3"],
    ["pdf-owner-only-aes128.pdf", "R4"],
    ["pdf-owner-only-aes256-r5.pdf", "R5"],
    ["pdf-owner-only-aes256.pdf", "R6"],
  ])("%s (%s): the check runs once, and the contents are still read with its key", (name) => {
    const r = inspectDetailed(fixture(name)).inspection;
    expect(r.encryption).toBe("not-encrypted");
    expect(titles(r.texts)).toEqual(["【機密性２】検討資料"]);
    expect(derive).toHaveBeenCalledTimes(1);
  });

  test("written by qpdf with object streams: once as well", () => {
    const r = inspectDetailed(fixture("pdf-marked-owner-only-objstm.pdf")).inspection;
    expect(titles(r.texts)).toEqual(["【機密性２】予算要求資料"]);
    expect(derive).toHaveBeenCalledTimes(1);
  });

  test("revision 5: one SHA-256 checks /U and one more gives the key (the reader used to check /U again)", () => {
    const r = inspectDetailed(fixture("pdf-owner-only-aes256-r5.pdf")).inspection;
    expect(titles(r.texts)).toEqual(["【機密性２】検討資料"]);
    expect(sha).toHaveBeenCalledTimes(2);
  });

  test("a real user password: checked once by the probe, and the contents are not read", () => {
    const r = inspectDetailed(fixture("pdf-user-password-aes256.pdf")).inspection;
    expect(r).toMatchObject({ encryption: "encrypted", texts: [] });
    expect(derive).toHaveBeenCalledTimes(1);
  });

  test("no state outlives a file: inspecting it again checks again", () => {
    const bytes = fixture("pdf-owner-only-aes256.pdf");
    inspectDetailed(bytes);
    inspectDetailed(bytes);
    expect(derive).toHaveBeenCalledTimes(2);
  });

  test("the contents reader on its own (no probe before it) runs the check itself", () => {
    const ctx = new InspectContext(resolveLimits(), new Budget(8 * 1024 * 1024));
    inspectPdfContents(fixture("pdf-owner-only-aes128.pdf"), ctx);
    expect(titles(ctx.texts)).toEqual(["【機密性２】検討資料"]);
    expect(derive).toHaveBeenCalledTimes(1);
  });
});

describe("EmptyPasswordKeys shares a check only between dictionaries that derive the same key", () => {
  const text = Buffer.from(fixture("pdf-owner-only-rc4-128.pdf")).toString("latin1");
  const start = text.indexOf("\n7 0 obj\n") + 9;
  const source = text.slice(start, text.indexOf("\nendobj", start));
  const parse = (s: string): PdfDict => {
    const v = new PdfLexer(bytesOf(s)).value();
    if (v.t !== "dict") throw new Error("not a dictionary");
    return v.v;
  };
  const id = Uint8Array.from(Buffer.from(/\/ID \[<([0-9a-f]+)>/.exec(text)![1]!, "hex"));

  test("the same dictionary parsed twice (as the probe and the reader each do): one check", () => {
    const keys = new EmptyPasswordKeys();
    const first = keys.opener(parse(source), id);
    expect(first?.()).toHaveLength(16);
    expect(keys.opener(parse(source), id)).toBe(first);
    expect(derive).toHaveBeenCalledTimes(1);
  });

  test("any input of the derivation that differs (/P, /O, the file ID, a type) is checked again", () => {
    const keys = new EmptyPasswordKeys();
    const key = keys.opener(parse(source), id);
    expect(keys.opener(parse(source.replace("/P -3904", "/P -3908")), id)).toBeUndefined();
    expect(keys.opener(parse(source.replace("/O <6e", "/O <6f")), id)).toBeUndefined();
    expect(keys.opener(parse(source), id.slice(1))).toBeUndefined();
    expect(keys.opener(parse(source.replace("/R 3", "/R (3)")), id)).toBeUndefined();
    expect(keys.opener(parse(source), id)).toBe(key);
    expect(derive).toHaveBeenCalledTimes(5);
  });

  test("entries the derivation does not read (/CF, /StmF) share the key", () => {
    const keys = new EmptyPasswordKeys();
    const key = keys.opener(parse(source), id);
    expect(keys.opener(parse(source.replace("/V 2", "/V 2 /StmF /Identity /CF << >>")), id)).toBe(key);
    expect(derive).toHaveBeenCalledTimes(1);
  });
});
