// Only what the event bundle uses of fflate: required lazily by lazy-fflate.ts, so webpack still drops the rest.
export { Inflate } from "fflate";
