/**
 * fflate for the event bundle, evaluated on first use instead of at load. fflate builds its Huffman tables when its
 * module is evaluated (tens of milliseconds in a cold engine), and classic Outlook starts a fresh runtime for every
 * event: most sends never inflate anything (attachments are inspected when added, and cached), so they should not
 * pay for it. webpack.config.js points `fflate` here for launchevent.js only; `require` inside a function makes
 * webpack evaluate the real module on the first call. It requires ./fflate-inflate, which re-exports Inflate alone,
 * so the rest of fflate is still left out of the bundle.
 */
import type * as Fflate from "fflate";

declare const require: (id: string) => unknown;

let real: Pick<typeof Fflate, "Inflate"> | undefined;

function fflate(): Pick<typeof Fflate, "Inflate"> {
  if (!real) real = require("./fflate-inflate") as Pick<typeof Fflate, "Inflate">;
  return real;
}

type InflateArgs = ConstructorParameters<typeof Fflate.Inflate>;

/** `new Inflate(ondata)`: a constructor that returns the real fflate Inflate, created on demand. */
export const Inflate = function LazyInflate(...args: InflateArgs) {
  const Real = fflate().Inflate;
  return new Real(...args);
} as unknown as typeof Fflate.Inflate;
