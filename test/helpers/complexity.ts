/**
 * Growth tests for parsers that read hostile input: build the same hostile shape at doubling sizes, time the
 * parser on each, and fail when time grows clearly faster than linearly (a backtracking regex, a rescan per
 * character). Built to stay green on a loaded 2-core machine and to fail fast on a real regression:
 * - each size is timed `runs` times and the minimum kept (scheduling noise only ever adds time);
 * - the verdict compares the smallest measured size against the largest (40k → 320k by default, 8× the input),
 *   allowing `perDoubling` (2.5) per doubling, so 8× the input may take up to 2.5³ ≈ 15.6× the time;
 * - times under `floorMs` count as `floorMs` (timer resolution and JIT warm-up dominate there);
 * - a single run slower than `stopAfterMs` stops the measurement at once (quadratic code at 320k would take
 *   minutes), and the shape fails.
 *
 * Usage:
 *   expectLinear("long attribute", (n) => "<a " + "x".repeat(n) + ">", (input) => parse(input));
 * or measureGrowth(...) for the figures without asserting.
 */

export interface GrowthOptions {
  /** Input sizes measured, ascending (default 10k … 320k, doubling; the first is warm-up only). */
  readonly sizes?: readonly number[];
  /** Timed runs per size; the minimum is kept (default 3). */
  readonly runs?: number;
  /** Allowed time factor per doubling of the input (default 2.5). */
  readonly perDoubling?: number;
  /** Times below this count as this many ms (default 2). */
  readonly floorMs?: number;
  /** Any single run slower than this ends the measurement as a failure (default 3000). */
  readonly stopAfterMs?: number;
}

export interface GrowthPoint {
  readonly size: number;
  /** Minimum over the runs, in ms. */
  readonly ms: number;
}

export interface GrowthResult {
  readonly points: readonly GrowthPoint[];
  /** Time ratio between consecutive sizes (floored times), for reports. */
  readonly ratios: readonly number[];
  /** Floored time of the largest size over the floored time of the second-smallest size. */
  readonly totalRatio: number;
  /** What totalRatio may be: perDoubling ** (doublings between those two sizes). */
  readonly allowedRatio: number;
  /** True when some run exceeded stopAfterMs (the remaining sizes were not measured). */
  readonly stoppedEarly: boolean;
  readonly ok: boolean;
}

export const DEFAULT_SIZES: readonly number[] = [10_000, 20_000, 40_000, 80_000, 160_000, 320_000];

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

/** Times `run(build(n))` for every size (building is not timed) and judges the growth. */
export function measureGrowth<T>(
  build: (n: number) => T,
  run: (input: T) => unknown,
  options: GrowthOptions = {},
): GrowthResult {
  const sizes = options.sizes ?? DEFAULT_SIZES;
  const runs = options.runs ?? 3;
  const perDoubling = options.perDoubling ?? 2.5;
  const floorMs = options.floorMs ?? 2;
  const stopAfterMs = options.stopAfterMs ?? 3000;
  const points: GrowthPoint[] = [];
  let stoppedEarly = false;
  for (const size of sizes) {
    const input = build(size);
    let best = Infinity;
    for (let r = 0; r < runs; r++) {
      const t0 = now();
      run(input);
      const ms = now() - t0;
      if (ms < best) best = ms;
      if (ms > stopAfterMs) {
        stoppedEarly = true;
        break;
      }
    }
    points.push({ size, ms: best });
    if (stoppedEarly) break;
  }
  const floored = points.map((p) => Math.max(floorMs, p.ms));
  const ratios: number[] = [];
  for (let i = 1; i < floored.length; i++) ratios.push((floored[i] ?? 0) / (floored[i - 1] ?? 1));
  // The smallest size doubles as JIT warm-up, so the verdict starts at the second one.
  const base = points.length > 2 ? 1 : 0;
  const first = points[base];
  const last = points[points.length - 1];
  const doublings = first && last ? Math.log2(last.size / first.size) : 0;
  const allowedRatio = Math.pow(perDoubling, doublings);
  const totalRatio = (floored[floored.length - 1] ?? 0) / (floored[base] ?? 1);
  return {
    points,
    ratios,
    totalRatio,
    allowedRatio,
    stoppedEarly,
    ok: !stoppedEarly && totalRatio <= allowedRatio,
  };
}

/** One line for a test log or a report: sizes, times, per-doubling ratios and the verdict. */
export function describeGrowth(name: string, r: GrowthResult): string {
  const pts = r.points.map((p) => `${p.size / 1000}k:${p.ms.toFixed(1)}ms`).join(" ");
  const ratios = r.ratios.map((x) => x.toFixed(2)).join(" ");
  const verdict = r.stoppedEarly ? "STOPPED (too slow)" : r.ok ? "ok" : "SUPERLINEAR";
  return `${name}: ${pts} | ratios ${ratios} | total ${r.totalRatio.toFixed(2)} ≤ ${r.allowedRatio.toFixed(1)} ${verdict}`;
}

/**
 * Measures and asserts near-linear growth; a failure message carries every figure. On an unlucky first attempt
 * (a GC or a neighbour's burst inflating one point) the shape is measured once more before failing.
 */
export function expectLinear<T>(
  name: string,
  build: (n: number) => T,
  run: (input: T) => unknown,
  options: GrowthOptions = {},
): GrowthResult {
  let r = measureGrowth(build, run, options);
  if (!r.ok && !r.stoppedEarly) r = measureGrowth(build, run, options);
  if (!r.ok) throw new Error("time grows faster than linearly: " + describeGrowth(name, r));
  return r;
}
