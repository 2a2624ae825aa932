import { performance } from "node:perf_hooks";

/**
 * Measures how the time of `run` grows as its input doubles, robustly enough for a loaded 2-core machine:
 * - each input is built once, outside the timing;
 * - small inputs are run in a loop until a sample lasts at least `minSampleMs`, so the timer's granularity and
 *   one-off pauses do not dominate;
 * - each size keeps the fastest of `repeats` samples (interference only ever adds time).
 * The verdict looks at the whole range: the average ratio per doubling (geometric, from the first size to the
 * last) and the worst single doubling, which catches a quadratic tail that the average would dilute.
 */
export interface Growth {
  readonly sizes: readonly number[];
  /** Milliseconds per call, fastest sample, per size. */
  readonly times: readonly number[];
  /** times[i + 1] / times[i]. */
  readonly ratios: readonly number[];
  /** (times[last] / times[0]) ^ (1 / doublings). */
  readonly meanRatio: number;
  readonly worstRatio: number;
}

export interface GrowthOptions {
  readonly from?: number;
  readonly to?: number;
  readonly repeats?: number;
  readonly minSampleMs?: number;
}

function timeOnce<T>(input: T, run: (input: T) => unknown, minSampleMs: number): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    run(input);
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minSampleMs);
  return elapsed / calls;
}

export function measureGrowth<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  { from = 10_000, to = 320_000, repeats = 3, minSampleMs = 8 }: GrowthOptions = {},
): Growth {
  const sizes: number[] = [];
  for (let n = from; n <= to; n *= 2) sizes.push(n);
  const inputs = sizes.map(make);
  run(inputs[0]!); // warm up the JIT on the shape before anything is timed
  const times = inputs.map((input) => {
    let best = Infinity;
    for (let r = 0; r < repeats; r++) best = Math.min(best, timeOnce(input, run, minSampleMs));
    return best;
  });
  const ratios = times.slice(1).map((t, i) => t / times[i]!);
  const meanRatio = Math.pow(times[times.length - 1]! / times[0]!, 1 / ratios.length);
  return { sizes, times, ratios, meanRatio, worstRatio: Math.max(...ratios) };
}

/**
 * Near-linear: on average at most `maxMeanRatio` per doubling (linear is 2, quadratic 4), and no single doubling
 * above `maxWorstRatio`. A shape that misses is measured once more before it counts, since a burst of load on
 * the machine can slow one size; a real quadratic misses every time.
 */
export function expectNearLinear<T>(
  label: string,
  make: (n: number) => T,
  run: (input: T) => unknown,
  options: GrowthOptions & { maxMeanRatio?: number; maxWorstRatio?: number } = {},
): Growth {
  const { maxMeanRatio = 2.5, maxWorstRatio = 3.2 } = options;
  const ok = (g: Growth) => g.meanRatio <= maxMeanRatio && g.worstRatio <= maxWorstRatio;
  let g = measureGrowth(make, run, options);
  if (!ok(g)) g = measureGrowth(make, run, options);
  if (!ok(g)) {
    const detail = g.sizes.map((n, i) => `${n}: ${g.times[i]!.toFixed(3)} ms`).join(", ");
    throw new Error(
      `${label} grows faster than linear: mean ratio ${g.meanRatio.toFixed(2)} per doubling, ` +
        `worst ${g.worstRatio.toFixed(2)} (${detail})`,
    );
  }
  return g;
}

/** One line for a report: sizes tried, the slowest time, and the growth. */
export function describeGrowth(label: string, g: Growth): string {
  const slowest = Math.max(...g.times);
  return (
    `${label}: ${g.sizes[0]}–${g.sizes[g.sizes.length - 1]} chars, slowest ${slowest.toFixed(2)} ms, ` +
    `mean ratio ${g.meanRatio.toFixed(2)}, worst ${g.worstRatio.toFixed(2)}`
  );
}
