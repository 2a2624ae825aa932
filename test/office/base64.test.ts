import fc from "fast-check";
import { decodeBase64 } from "../../src/office/base64";

describe("decodeBase64 (no atob in the JavaScript-only runtime)", () => {
  test("matches Node's decoder for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = Buffer.from(bytes).toString("base64");
        expect(Buffer.from(decodeBase64(text) as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
      }),
    );
  });

  test("skips line breaks, accepts the URL-safe alphabet, rejects garbage", () => {
    expect(Buffer.from(decodeBase64("aGVs\r\nbG8=") as Uint8Array).toString()).toBe("hello");
    expect(Array.from(decodeBase64("-_8=") as Uint8Array)).toEqual([0xfb, 0xff]);
    expect(decodeBase64("aGV*bG8=")).toBeNull();
    expect(Buffer.from(decodeBase64("aGVsbG8") as Uint8Array).toString()).toBe("hello");
    expect(decodeBase64("a")).toBeNull();
    expect(decodeBase64("")?.length).toBe(0);
  });
});
