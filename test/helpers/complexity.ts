/**
 * Growth tests for parsers that read hostile input: build the same hostile shape at doubling sizes, time the
 * parser on each, and fail when time grows clearly faster than linearly (a backtracking regex, a rescan per
 * character). Built to stay green on a loaded 2-core machine and to fail fast on a real regression:
 * - each size is run once untimed (garbage left by building the input is collected then), then timed `runs` times
 *   and the minimum kept (scheduling noise only ever adds time);
 * - the verdict compares the third size against the largest (40k → 320k by default: 8× the input) and allows
 *   `tolerance` (2.5) times the linear expectation, so 8× the input may take up to 20× the time — a quadratic
 *   reader takes 64×, and the two smaller sizes serve as JIT warm-up;
 * - times under `floorMs` (5 ms) count as `floorMs`: below that, one garbage collection or a neighbour's burst
 *   is a large share of the time, and real superlinear code is far slower than that at 320k anyway (a quadratic
 *   scan of 320k characters takes seconds);
 * - a single run slower than `stopAfterMs` stops the measurement at once (quadratic code at 320k would take
 *   minutes), and the shape fails.
 *
 * Usage:
 *   expectLinear("long attribute", (n) => "<a " + "x".repeat(n) + ">", (input) => parse(input));
 * or measureGrowth(...) for the figures without asserting.
 */

export interface GrowthOptions {
  /** Input sizes measured, ascending (default 10k … 320k, doubling; the sizes before baseIndex warm up). */
  readonly sizes?: readonly number[];
  /** Timed runs per size; the minimum is kept (default 3). */
  readonly runs?: number;
  /** How many times the linear expectation the base-to-largest time ratio may reach (default 2.5). */
  readonly tolerance?: number;
  /** Index into sizes of the base point of the verdict (default 2, i.e. 40k; earlier sizes warm the JIT up). */
  readonly baseIndex?: number;
  /** Times below this count as this many ms (default 5). */
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
  /** Floored time of the largest size over the floored time of the base size. */
  readonly totalRatio: number;
  /** What totalRatio may be: (largest size / base size) × tolerance. */
  readonly allowedRatio: number;
  /** True when some run exceeded stopAfterMs (the remaining sizes were not measured). */
  readonly stoppedEarly: boolean;
  readonly ok: boolean;
}

export const DEFAULT_SIZES: readonly number[] = [10_000, 20_000, 40_000, 80_000, 160_000, 320_000];

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

/** Times `run(input)` `runs` times and keeps the fastest; stops early past stopAfterMs. */
function timeBest<T>(input: T, run: (input: T) => unknown, runs: number, stopAfterMs: number): number {
  // One untimed run first: building the input leaves garbage whose collection would otherwise land in the timed
  // runs, and the reader's code for this input's shape gets compiled.
  const t0 = now();
  run(input);
  if (now() - t0 > stopAfterMs) return now() - t0;
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = now();
    run(input);
    const ms = now() - t0;
    if (ms < best) best = ms;
    if (ms > stopAfterMs) break;
  }
  return best;
}

/** Judges measured points (see the file comment); `previous` points are merged in by taking the faster time. */
function judge(points: GrowthPoint[], stoppedEarly: boolean, options: GrowthOptions): GrowthResult {
  const tolerance = options.tolerance ?? 2.5;
  const floorMs = options.floorMs ?? 5;
  const floored = points.map((p) => Math.max(floorMs, p.ms));
  const ratios: number[] = [];
  for (let i = 1; i < floored.length; i++) ratios.push((floored[i] ?? 0) / (floored[i - 1] ?? 1));
  // The smallest sizes double as JIT warm-up, so the verdict starts at the base index.
  const base = Math.max(0, Math.min(options.baseIndex ?? 2, points.length - 2));
  const first = points[base];
  const last = points[points.length - 1];
  const allowedRatio = first && last ? (last.size / first.size) * tolerance : tolerance;
  const totalRatio = (floored[floored.length - 1] ?? 0) / (floored[base] ?? 1);
  return { points, ratios, totalRatio, allowedRatio, stoppedEarly, ok: !stoppedEarly && totalRatio <= allowedRatio };
}

/** Times `run(build(n))` for every size (building is not timed) and judges the growth. */
export function measureGrowth<T>(
  build: (n: number) => T,
  run: (input: T) => unknown,
  options: GrowthOptions = {},
  previous?: GrowthResult,
): GrowthResult {
  const sizes = options.sizes ?? DEFAULT_SIZES;
  const runs = options.runs ?? 3;
  const stopAfterMs = options.stopAfterMs ?? 3000;
  const points: GrowthPoint[] = [];
  let stoppedEarly = false;
  sizes.forEach((size, i) => {
    if (stoppedEarly) return;
    const ms = timeBest(build(size), run, runs, stopAfterMs);
    const before = previous?.points[i];
    points.push({ size, ms: before && before.size === size ? Math.min(before.ms, ms) : ms });
    if (ms > stopAfterMs) stoppedEarly = true;
  });
  return judge(points, stoppedEarly, options);
}

/** One line for a test log or a report: sizes, times, per-doubling ratios and the verdict. */
export function describeGrowth(name: string, r: GrowthResult): string {
  const pts = r.points.map((p) => `${p.size / 1000}k:${p.ms.toFixed(1)}ms`).join(" ");
  const ratios = r.ratios.map((x) => x.toFixed(2)).join(" ");
  const verdict = r.stoppedEarly ? "STOPPED (too slow)" : r.ok ? "ok" : "SUPERLINEAR";
  return `${name}: ${pts} | ratios ${ratios} | total ${r.totalRatio.toFixed(2)} ≤ ${r.allowedRatio.toFixed(1)} ${verdict}`;
}

/**
 * Measures and asserts near-linear growth; a failure message carries every figure. On an unlucky attempt (a GC
 * or a neighbour's burst inflating one point) the shape is measured again, up to twice, each point keeping its
 * fastest time over all attempts: noise only ever adds time, a superlinear reader stays superlinear.
 */
export function expectLinear<T>(
  name: string,
  build: (n: number) => T,
  run: (input: T) => unknown,
  options: GrowthOptions = {},
): GrowthResult {
  let r = measureGrowth(build, run, options);
  for (let attempt = 0; attempt < 2 && !r.ok && !r.stoppedEarly; attempt++) r = measureGrowth(build, run, options, r);
  if (!r.ok) throw new Error("time grows faster than linearly: " + describeGrowth(name, r));
  return r;
}
