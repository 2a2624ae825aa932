/**
 * The simulator's read view loads .eml files with the CLI's parser, so its charset repairs apply there too: a mail
 * the CLI reads correctly must look the same in the simulator.
 */
import { emlToReceived } from "../../src/simulator/read/eml-to-received";

const sjis = (s: string) => {
  // Shift_JIS bytes for the few characters used below (no encoder in the platform: a small table is enough).
  const table: Record<string, number[]> = {
    会: [0x89, 0xef],
    議: [0x8b, 0x63],
    資: [0x8e, 0x91],
    料: [0x97, 0xbf],
    送: [0x91, 0x97],
    付: [0x95, 0x74],
    し: [0x82, 0xb5],
    ま: [0x82, 0xdc],
    す: [0x82, 0xb7],
    を: [0x82, 0xf0],
    "。": [0x81, 0x42],
  };
  const out: number[] = [];
  for (const ch of s) {
    const bytes = table[ch];
    if (bytes) out.push(...bytes);
    else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else throw new Error(`no Shift_JIS bytes for ${ch} in the test table`);
  }
  return out;
};

function mail(parts: (string | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === "string") for (const ch of p) out.push(ch.charCodeAt(0));
    else out.push(...p);
  }
  return new Uint8Array(out);
}

describe("emlToReceived (simulator read view)", () => {
  test("a raw Shift_JIS subject and an unlabelled Shift_JIS body are read as Japanese, not mojibake", async () => {
    const bytes = mail([
      "From: Tanaka <tanaka@example.co.jp>\r\nTo: staff@example.go.jp\r\nSubject: ",
      sjis("会議資料"),
      "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n",
      sjis("会議資料を送付します。"),
      "\r\n",
    ]);
    const { message, text } = await emlToReceived(bytes);
    expect(message.subject).toBe("会議資料");
    expect(text).toContain("会議資料を送付します。");
    expect(message.from).toEqual({ emailAddress: "tanaka@example.co.jp", displayName: "Tanaka" });
  });

  test("a plain UTF-8 mail is unchanged", async () => {
    const bytes = new TextEncoder().encode(
      "From: a@example.co.jp\r\nTo: b@example.go.jp\r\nSubject: =?UTF-8?B?5Lya6K2w?=\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n本文です。\r\n",
    );
    const { message, text } = await emlToReceived(bytes);
    expect(message.subject).toBe("会議");
    expect(text.trim()).toBe("本文です。");
  });
});
