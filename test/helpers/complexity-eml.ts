/**
 * Doubling test for hostile input shapes: time the work at n, 2n, 4n … and check it grows about linearly.
 * Written to hold on a loaded 2-core machine: each size takes the minimum of a few runs (noise only ever adds
 * time), tiny times are floored, and the verdict is on ranges rather than on single doublings (one slow sample is
 * common on a busy machine; a quadratic trend shows over several doublings). A failing verdict is measured again
 * (keeping the minimum) up to RETRIES times before it is believed: noise goes away on a second look, a trend stays.
 */
export interface DoublingResult {
  readonly sizes: readonly number[];
  /** Milliseconds: the minimum over all runs for each size. */
  readonly times: readonly number[];
  /** Mean growth per doubling (geometric) over the whole range: about 2 for linear work, 4 for quadratic. */
  readonly meanRatio: number;
  /** The same over the last three doublings only, where a superlinear term shows even if small sizes hide it. */
  readonly topRatio: number;
}

export interface DoublingOptions {
  readonly from?: number;
  readonly to?: number;
  readonly runs?: number;
  /** Times below this are measurement noise and count as this. */
  readonly floorMs?: number;
}

const RETRIES = 3;

/** Limit on the mean growth per doubling over the whole range. */
export const RATIO_LIMIT = 2.5;
/**
 * Limit over the top three doublings. Looser because the garbage collector grows the heap in steps, which can put
 * one ×3–×4 doubling into linear work; quadratic work is ×4 on every doubling and still fails.
 */
export const TOP_RATIO_LIMIT = 3;

async function minTime(work: () => unknown, runs: number, best = Infinity): Promise<number> {
  for (let r = 0; r < runs; r++) {
    const started = process.hrtime.bigint();
    await work();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

function growth(times: readonly number[], from: number, to: number, floorMs: number): number {
  const a = Math.max(times[from]!, floorMs);
  const b = Math.max(times[to]!, floorMs);
  return Math.pow(b / a, 1 / (to - from));
}

/** Builds the input for each size once, then times `run` on it. */
export async function measureDoubling<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  options: DoublingOptions = {},
): Promise<DoublingResult> {
  const { from = 10_000, to = 320_000, runs = 3, floorMs = 3 } = options;
  const sizes: number[] = [];
  for (let n = from; n <= to; n *= 2) sizes.push(n);
  const inputs = sizes.map(make);
  await run(inputs[0]!); // warm-up: JIT and lazy initialisation are not the input's fault
  const times: number[] = [];
  for (const input of inputs) times.push(await minTime(() => run(input), runs));
  const last = sizes.length - 1;
  const verdict = () => ({
    meanRatio: growth(times, 0, last, floorMs),
    topRatio: growth(times, Math.max(0, last - 3), last, floorMs),
  });
  let v = verdict();
  for (let attempt = 0; attempt < RETRIES && !isLinear(v); attempt++) {
    for (let i = 0; i < inputs.length; i++) times[i] = await minTime(() => run(inputs[i]!), runs, times[i]);
    v = verdict();
  }
  return { sizes, times, ...v };
}

export function isLinear(r: { meanRatio: number; topRatio: number }): boolean {
  return r.meanRatio <= RATIO_LIMIT && r.topRatio <= TOP_RATIO_LIMIT;
}

export function describeDoubling(r: DoublingResult): string {
  const points = r.sizes.map((n, i) => `${n}: ${r.times[i]!.toFixed(1)} ms`).join(", ");
  return `${points} (per doubling: ${r.meanRatio.toFixed(2)} overall, ${r.topRatio.toFixed(2)} at the top)`;
}
