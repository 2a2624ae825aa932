import fc from "fast-check";

// Property tests run on a fixed seed so a CI run is reproducible; FC_SEED=random (or a number) explores further.
const requested = process.env.FC_SEED;
const seed = requested === "random" ? Date.now() : requested ? Number(requested) : 20261126;
fc.configureGlobal({ seed });
