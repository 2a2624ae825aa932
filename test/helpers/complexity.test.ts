import { describeGrowth, expectLinear, measureGrowth } from "./complexity";

const sizes = [250, 500, 1000, 2000, 4000, 8000];

/** Sums over every pair (i, j): quadratic work with a tiny constant. */
function quadratic(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) for (let j = i; j < a.length; j++) s += (a[i] ?? 0) * (a[j] ?? 0);
  return s;
}

function linear(a: Float64Array): number {
  let s = 0;
  for (let k = 0; k < 200; k++) for (let i = 0; i < a.length; i++) s += a[i] ?? 0;
  return s;
}

const build = (n: number) => new Float64Array(n).fill(1.5);

describe("complexity helper", () => {
  test("flags quadratic work", () => {
    const r = measureGrowth(build, quadratic, { sizes, floorMs: 0.5 });
    expect(r.ok).toBe(false);
    expect(r.totalRatio).toBeGreaterThan(r.allowedRatio);
    expect(describeGrowth("pairs", r)).toContain("SUPERLINEAR");
    expect(() => expectLinear("pairs", build, quadratic, { sizes, floorMs: 0.5 })).toThrow(/faster than linearly/);
  });

  test("accepts linear work", () => {
    const r = expectLinear("sum", build, linear, { sizes, floorMs: 0.5 });
    expect(r.points.map((p) => p.size)).toEqual(sizes);
    expect(r.allowedRatio).toBeCloseTo((8000 / 1000) * 2.5, 5);
  });

  test("stops at the first run slower than stopAfterMs", () => {
    const r = measureGrowth(build, quadratic, { sizes: [1000, 16000, 32000], stopAfterMs: 5 });
    expect(r.stoppedEarly).toBe(true);
    expect(r.points).toHaveLength(2);
    expect(r.ok).toBe(false);
  });
});
