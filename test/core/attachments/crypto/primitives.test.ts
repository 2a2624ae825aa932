/**
 * The hand-written primitives behind the PDF password check, against Node's crypto as the oracle: lengths around
 * every block and padding boundary, and random contents.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { aes128CbcEncrypt, aesCbcDecrypt } from "../../../../src/core/attachments/crypto/aes";
import { md5 } from "../../../../src/core/attachments/crypto/md5";
import { rc4 } from "../../../../src/core/attachments/crypto/rc4";
import { sha256, sha384, sha512 } from "../../../../src/core/attachments/crypto/sha2";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
/** 0 … 300 bytes (every boundary of 64- and 128-byte blocks and their length fields), then a few large ones. */
const LENGTHS = [...Array.from({ length: 301 }, (_, i) => i), 1000, 4096, 65537];

describe("hashes agree with node:crypto", () => {
  test.each([
    ["md5", md5],
    ["sha256", sha256],
    ["sha384", sha384],
    ["sha512", sha512],
  ] as const)("%s", (name, hash) => {
    for (const n of LENGTHS) {
      const m = new Uint8Array(randomBytes(n));
      expect([n, hex(hash(m))]).toEqual([n, createHash(name).update(m).digest("hex")]);
    }
  });

  test("known answers (FIPS 180-4 / RFC 1321 examples)", () => {
    const abc = Uint8Array.from("abc", (c) => c.charCodeAt(0));
    expect(hex(md5(abc))).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(hex(sha256(new Uint8Array(0)))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(sha512(abc)).slice(0, 16)).toBe("ddaf35a193617aba");
  });
});

test("rc4 agrees with node:crypto (where OpenSSL still offers it) and is its own inverse", () => {
  for (const keyLength of [1, 5, 16, 32]) {
    const key = new Uint8Array(randomBytes(keyLength));
    const data = new Uint8Array(randomBytes(1000));
    const out = rc4(key, data);
    expect(hex(rc4(key, out))).toBe(hex(data));
    expect(hex(out)).not.toBe(hex(data));
    let oracle: string | undefined;
    try {
      const c = createCipheriv("rc4", key, null);
      oracle = Buffer.concat([c.update(data), c.final()]).toString("hex");
    } catch {
      oracle = undefined; // OpenSSL 3 without the legacy provider: the known answer below still checks it
    }
    if (oracle !== undefined) expect(hex(out)).toBe(oracle);
  }
  // RFC 6229, key 0x0102030405, first output bytes (keystream over zeros).
  expect(hex(rc4(Uint8Array.of(1, 2, 3, 4, 5), new Uint8Array(8)))).toBe("b2396305f03dc027");
});

test("aes128CbcEncrypt agrees with node:crypto (no padding)", () => {
  for (const blocks of [1, 2, 3, 64, 256]) {
    const key = new Uint8Array(randomBytes(16));
    const iv = new Uint8Array(randomBytes(16));
    const data = new Uint8Array(randomBytes(blocks * 16));
    const c = createCipheriv("aes-128-cbc", key, iv).setAutoPadding(false);
    expect(hex(aes128CbcEncrypt(key, iv, data))).toBe(Buffer.concat([c.update(data), c.final()]).toString("hex"));
  }
  // FIPS 197 Appendix C.1 (one block, zero IV).
  const key = Uint8Array.from({ length: 16 }, (_, i) => i);
  const pt = Uint8Array.from({ length: 16 }, (_, i) => i * 0x11);
  expect(hex(aes128CbcEncrypt(key, new Uint8Array(16), pt))).toBe("69c4e0d86a7b0430d8cdb78070b4c55a");
});

test.each([16, 32])("aesCbcDecrypt with a %i-byte key agrees with node:crypto (no padding)", (keyLength) => {
  const algorithm = keyLength === 16 ? "aes-128-cbc" : "aes-256-cbc";
  for (const blocks of [0, 1, 2, 3, 64, 256]) {
    const key = new Uint8Array(randomBytes(keyLength));
    const iv = new Uint8Array(randomBytes(16));
    const data = new Uint8Array(randomBytes(blocks * 16));
    const d = createDecipheriv(algorithm, key, iv).setAutoPadding(false);
    const expected = Buffer.concat([d.update(data), d.final()]).toString("hex");
    expect([blocks, hex(aesCbcDecrypt(key, iv, data))]).toEqual([blocks, expected]);
    // A trailing partial block is dropped, not read past the end.
    const ragged = new Uint8Array(Buffer.concat([data, randomBytes(7)]));
    expect([blocks, hex(aesCbcDecrypt(key, iv, ragged))]).toEqual([blocks, expected]);
    // And it inverts node's encryption.
    const c = createCipheriv(algorithm, key, iv).setAutoPadding(false);
    expect(hex(aesCbcDecrypt(key, iv, new Uint8Array(Buffer.concat([c.update(data), c.final()]))))).toBe(hex(data));
  }
});

test("AES-256 known answer (FIPS 197 Appendix C.3)", () => {
  const key = Uint8Array.from({ length: 32 }, (_, i) => i);
  const ct = Uint8Array.from(Buffer.from("8ea2b7ca516745bfeafc49904b496089", "hex"));
  expect(hex(aesCbcDecrypt(key, new Uint8Array(16), ct))).toBe("00112233445566778899aabbccddeeff");
});

test("computed constants sit far from a rounding boundary (an engine's sin or pow a few ulps off changes nothing)", () => {
  // MD5: floor(|sin(i)| · 2^32); a unit in the 32nd bit is 2^-32, a double's ulp near 1 is 2^-53.
  const margin = (x: number) => {
    const f = x * 4294967296;
    return Math.min(f - Math.floor(f), Math.ceil(f) - f);
  };
  const sines = Array.from({ length: 64 }, (_, i) => margin(Math.abs(Math.sin(i + 1))));
  expect(Math.min(...sines)).toBeGreaterThan(1e-4); // about 200 ulps of room

  // SHA-2: the first 64 fraction bits of cube and square roots. The computed value is good to about 2^-20 of the
  // last bit (a few ulps of Math.pow are corrected by the Newton step), so the exact root must not come closer
  // than that to a multiple of 2^-64. Checked exactly with BigInt: root · 2^64 is at least 2^-16 from an integer.
  const primes: number[] = [];
  for (let n = 2; primes.length < 80; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  /** floor(v^(1/k)) by Newton's method on integers (from above, so it decreases to the answer). */
  const iroot = (v: bigint, k: bigint): bigint => {
    let x = 1n << (BigInt(v.toString(2).length) / k + 1n);
    for (;;) {
      const next = ((k - 1n) * x + v / x ** (k - 1n)) / k;
      if (next >= x) return x;
      x = next;
    }
  };
  const scale = 16n; // extra bits below the 64th
  for (const [k, count] of [
    [3n, 80],
    [2n, 16],
  ] as const) {
    for (const p of primes.slice(0, count)) {
      const extra = iroot(BigInt(p) << ((64n + scale) * k), k) & ((1n << scale) - 1n);
      expect([k, p, extra === 0n || extra === (1n << scale) - 1n]).toEqual([k, p, false]);
    }
  }
});
