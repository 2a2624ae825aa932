/**
 * runtimeClock() finds the runtime's timers with a plain `typeof setTimeout` guard. It used to look them up on
 * `globalThis` (ES2020), which the oldest classic Outlook runtime lacks: there every deadline silently never fired.
 */
import * as vm from "node:vm";
import { transformSync } from "@swc/core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/mail";

/** src/office/async.ts as plain script, run in a context that has timers but no globalThis. */
function clockWithoutGlobalThis() {
  const ts = readFileSync(join(ROOT, "src", "office", "async.ts"), "utf8");
  const { code } = transformSync(ts, {
    jsc: { parser: { syntax: "typescript" }, target: "es2016" },
    module: { type: "commonjs" },
  });
  const exports: Record<string, any> = {};
  const context = vm.createContext({ exports, module: { exports }, setTimeout, clearTimeout, Promise, Date });
  vm.runInContext("delete globalThis.globalThis;", context);
  expect(vm.runInContext("typeof globalThis", context)).toBe("undefined");
  vm.runInContext(code, context);
  return exports;
}

test("deadlines fire in a runtime without globalThis", async () => {
  const { runtimeClock, withDeadline } = clockWithoutGlobalThis();
  const clock = runtimeClock();
  const never = new Promise(() => undefined);
  const start = Date.now();
  const r = await withDeadline(never, clock.now() + 50, clock);
  expect(r).toEqual({ ok: false, error: "Timeout: Outlook did not answer in time", code: "Timeout" });
  expect(Date.now() - start).toBeLessThan(1000);
});
