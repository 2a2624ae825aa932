/**
 * Measures how the time of `run` grows as its input doubles, robustly enough for a loaded 2-core machine:
 * - time is this process's CPU time (user + system), not the wall clock: on a shared machine the wall clock also
 *   counts the time other processes held the CPU, which has nothing to do with the code under test;
 * - each input is built once, outside the timing;
 * - small inputs are run in a loop until a sample lasts at least `minSampleMs`, so the timer's granularity and
 *   one-off pauses do not dominate;
 * - each size keeps the fastest of `repeats` samples (interference only ever adds time).
 * The verdict looks at whole ranges, never at one doubling (crossing a cache size or a GC can make a single step of
 * linear code cost 3x): the average ratio per doubling over the whole range, and over the last three doublings,
 * which catches a quadratic tail that the whole-range average would dilute.
 */
export interface Growth {
  readonly sizes: readonly number[];
  /** CPU milliseconds per call, fastest sample, per size. */
  readonly times: readonly number[];
  /** times[i + 1] / times[i]. */
  readonly ratios: readonly number[];
  /** (times[last] / times[0]) ^ (1 / doublings). */
  readonly meanRatio: number;
  /** The same over the last three doublings (or fewer when the range is shorter). */
  readonly tailRatio: number;
  /** The largest single ratio: reported, not judged. */
  readonly worstRatio: number;
}

export interface GrowthOptions {
  readonly from?: number;
  readonly to?: number;
  readonly repeats?: number;
  readonly minSampleMs?: number;
  /**
   * A single call slower than this ends the measurement: the shape is far from linear (or the code far too slow for
   * a send or a pane), and waiting for the larger sizes of a quadratic would take minutes.
   */
  readonly maxCallMs?: number;
}

export class TooSlow extends Error {}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function timeOnce<T>(input: T, run: (input: T) => unknown, minSampleMs: number): number {
  let calls = 0;
  const start = cpuMs();
  let elapsed = 0;
  do {
    run(input);
    calls++;
    elapsed = cpuMs() - start;
  } while (elapsed < minSampleMs);
  return elapsed / calls;
}

export function measureGrowth<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  { from = 10_000, to = 320_000, repeats = 3, minSampleMs = 8, maxCallMs = 1000 }: GrowthOptions = {},
): Growth {
  const sizes: number[] = [];
  for (let n = from; n <= to; n *= 2) sizes.push(n);
  const inputs = sizes.map(make);
  run(inputs[0]!); // warm up the JIT on the shape before anything is timed
  const times = inputs.map((input, i) => {
    let best = Infinity;
    for (let r = 0; r < repeats; r++) {
      best = Math.min(best, timeOnce(input, run, minSampleMs));
      if (best > maxCallMs) throw new TooSlow(`one call took ${best.toFixed(0)} ms at ${sizes[i]} characters`);
    }
    return best;
  });
  const ratios = times.slice(1).map((t, i) => t / times[i]!);
  const last = times.length - 1;
  const tail = Math.min(3, ratios.length);
  const meanRatio = Math.pow(times[last]! / times[0]!, 1 / ratios.length);
  const tailRatio = Math.pow(times[last]! / times[last - tail]!, 1 / tail);
  return { sizes, times, ratios, meanRatio, tailRatio, worstRatio: Math.max(...ratios) };
}

/**
 * Near-linear: on average at most `maxMeanRatio` per doubling over the whole range (linear is 2, quadratic 4), and
 * at most `maxTailRatio` over the last three doublings. A shape that misses is measured once more before it counts,
 * since a burst of load can slow one size; a real quadratic misses every time.
 */
export function expectNearLinear<T>(
  label: string,
  make: (n: number) => T,
  run: (input: T) => unknown,
  options: GrowthOptions & { maxMeanRatio?: number; maxTailRatio?: number } = {},
): Growth {
  const { maxMeanRatio = 2.5, maxTailRatio = 2.9 } = options;
  const ok = (g: Growth) => g.meanRatio <= maxMeanRatio && g.tailRatio <= maxTailRatio;
  let g: Growth;
  try {
    g = measureGrowth(make, run, options);
    if (!ok(g)) g = measureGrowth(make, run, options);
  } catch (e) {
    if (e instanceof TooSlow) throw new Error(`${label} grows faster than linear: ${e.message}`);
    throw e;
  }
  if (!ok(g)) {
    const detail = g.sizes.map((n, i) => `${n}: ${g.times[i]!.toFixed(3)} ms`).join(", ");
    throw new Error(
      `${label} grows faster than linear: mean ratio ${g.meanRatio.toFixed(2)} per doubling, ` +
        `last doublings ${g.tailRatio.toFixed(2)} (${detail})`,
    );
  }
  return g;
}

/** One line for a report: sizes tried, the slowest time, and the growth. */
export function describeGrowth(label: string, g: Growth): string {
  const slowest = Math.max(...g.times);
  return (
    `${label}: ${g.sizes[0]}–${g.sizes[g.sizes.length - 1]} chars, slowest ${slowest.toFixed(2)} ms, ` +
    `ratio per doubling ${g.meanRatio.toFixed(2)} (last three ${g.tailRatio.toFixed(2)}, worst single ` +
    `${g.worstRatio.toFixed(2)})`
  );
}
