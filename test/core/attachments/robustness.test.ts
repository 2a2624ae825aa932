import fc from "fast-check";
import { inspectDetailed, type DetailedInspection } from "../../../src/core/attachments";
import type { InspectionLimits } from "../../../src/core/attachments";
import { allFixtureNames, fixture } from "./fixtures";

/** One push of the bounded inflater feeds room/256 compressed bytes (1-16 KiB), each expanding at most 1032×. */
const maxOutput = (limit: number) => limit + Math.min(16384, Math.max(1024, Math.floor(limit / 256))) * 1032 + 65536;
const LIMITS: InspectionLimits = { maxInflatedBytesPerAttachment: 256 * 1024, maxEntries: 200, maxTextChars: 3000 };

/** The invariants every inspection keeps, whatever the input. */
function checkInvariants(d: DetailedInspection, limits: InspectionLimits, ms: number): void {
  const r = d.inspection;
  // Readers must not throw: inspectDetailed would catch it, but say so in the note.
  expect(r.note ?? "").not.toContain("inspection failed");
  expect(["zip", "ooxml", "cfb", "pdf", "other"]).toContain(r.kind);
  expect(["encrypted", "not-encrypted", "unknown"]).toContain(r.encryption);
  expect(r.texts.reduce((n, t) => n + t.text.length, 0)).toBeLessThanOrEqual(limits.maxTextChars);
  const cap = limits.maxInflatedBytesPerAttachment;
  expect(d.stats.inflatedBytes).toBeLessThanOrEqual(maxOutput(cap));
  expect(d.stats.entriesSeen).toBeLessThanOrEqual(limits.maxEntries * 3);
  expect(ms).toBeLessThan(1000);
}

function timed(bytes: Uint8Array, limits: InspectionLimits): [DetailedInspection, number] {
  const t0 = performance.now();
  const d = inspectDetailed(bytes, limits);
  return [d, performance.now() - t0];
}

const fixtures = allFixtureNames().map((n) => ({ name: n, bytes: fixture(n) }));

describe("never throws, stays within caps", () => {
  test("arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (b) => {
        const [d, ms] = timed(b, LIMITS);
        checkInvariants(d, LIMITS, ms);
      }),
      { numRuns: 500 },
    );
  });

  test("arbitrary bytes behind each format's magic", () => {
    const magics = [
      [0x50, 0x4b, 0x03, 0x04],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      Array.from("%PDF-1.7\n", (c) => c.charCodeAt(0)),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...magics), fc.uint8Array({ minLength: 0, maxLength: 8192 }), (magic, rest) => {
        const b = new Uint8Array(magic.length + rest.length);
        b.set(magic);
        b.set(rest, magic.length);
        const [d, ms] = timed(b, LIMITS);
        checkInvariants(d, LIMITS, ms);
      }),
      { numRuns: 500 },
    );
  });

  test("real fixtures with random bytes overwritten", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 24 }),
        (f, edits) => {
          const b = f.bytes.slice();
          for (const [pos, value] of edits) b[pos % b.length] = value;
          const [d, ms] = timed(b, LIMITS);
          checkInvariants(d, LIMITS, ms);
        },
      ),
      { numRuns: 1500 },
    );
  });

  test("real fixtures with structural fields set to extreme values", () => {
    // Sizes, offsets and counts saturated or zeroed: the values a lying header would use.
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x00000000, 0xffffffff, 0x7fffffff, 0xfffffffe, 1)), {
          minLength: 1,
          maxLength: 8,
        }),
        (f, edits) => {
          const b = f.bytes.slice();
          const view = new DataView(b.buffer);
          for (const [pos, value] of edits) view.setUint32(pos % (b.length - 4), value, true);
          const [d, ms] = timed(b, LIMITS);
          checkInvariants(d, LIMITS, ms);
        },
      ),
      { numRuns: 1500 },
    );
  });

  test("real fixtures truncated anywhere or spliced", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.nat(), fc.nat(), fc.nat(), (f, a, b, c) => {
        const n = f.bytes.length;
        const cut = f.bytes.subarray(0, a % n);
        const spliced = new Uint8Array(n);
        spliced.set(f.bytes.subarray(0, b % n));
        spliced.set(f.bytes.subarray(c % n, (c % n) + (n - (b % n))), b % n);
        for (const bytes of [cut, spliced]) {
          const [d, ms] = timed(bytes, LIMITS);
          checkInvariants(d, LIMITS, ms);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("every fixture truncated by its last 1..64 bytes loses certainty rather than lying", () => {
    for (const f of fixtures) {
      for (let k = 1; k <= 64; k++) {
        const d = inspectDetailed(f.bytes.subarray(0, f.bytes.length - k), LIMITS);
        checkInvariants(d, LIMITS, 0);
        // A ZIP needs its end record: without it the answer is unknown (never "not-encrypted").
        if (f.name.endsWith(".zip") && k > 22) expect(d.inspection.encryption).not.toBe("not-encrypted");
      }
    }
  });
});
