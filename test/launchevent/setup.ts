import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inspectAttachment } from "../../src/core/attachments/index";
import type { Policy } from "../../src/core/policy/schema";
import { createAttachmentsChangedHandler } from "../../src/launchevent/attachments-changed";
import type { SendCheckConfig } from "../../src/launchevent/config";
import { createSendHandler, type OfficeLike } from "../../src/launchevent/send-check";
import { runtimeClock } from "../../src/office/async";
import {
  createOfficeStandIn,
  isPermissionLevel,
  type Draft,
  type PermissionLevel,
  type StandInEvent,
  type StandInOptions,
} from "../../src/office-stand-in/index";
import { policyWith, ROOT } from "../helpers/mail";

export const POLICY_HASH = "0123456789ab";
export const VERSION = "9.9.9-test";
export const BASE_URL = "https://addin.example.go.jp/sendcheck/";

/** manifest.xml's <Permissions>, comments ignored: the level the stand-in enforces in these tests, as office.js would. */
export function manifestPermissions(): PermissionLevel {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
  const m = /<Permissions>\s*([A-Za-z]+)\s*<\/Permissions>/.exec(xml);
  if (!m || !isPermissionLevel(m[1])) throw new Error("manifest.xml has no valid <Permissions>");
  return m[1];
}

export function testPolicy(change: (p: Record<string, any>) => void = () => {}): Policy {
  return policyWith((p) => {
    p.send = { timeBudgetMs: 500 };
    change(p);
  });
}

export function fixtureBase64(name: string): string {
  return readFileSync(join(ROOT, "test", "fixtures", "attachments", name)).toString("base64");
}

export const ORG = (local: string) => ({ emailAddress: `${local}@example.go.jp` });
export const PARTNER = (local: string) => ({ emailAddress: `${local}@partner.example.co.jp` });
export const OTHER = (local: string, domain: string) => ({ emailAddress: `${local}@${domain}` });

export interface Harness {
  standIn: ReturnType<typeof createOfficeStandIn>;
  config: SendCheckConfig;
  inspected: number;
  /** Replaces the real attachment inspector (the handlers' injection point), e.g. with an artificially slow one. */
  inspectWith?: (bytes: Uint8Array) => ReturnType<typeof inspectAttachment>;
  send(): Promise<{ event: StandInEvent; elapsed: number; options: any }>;
  attachmentsChanged(extras: Record<string, unknown>): Promise<StandInEvent>;
}

/** The real handlers wired to one stand-in, with the real clock and the real attachment inspector. */
export function harness(draft: Partial<Draft>, options: StandInOptions = {}, policy: Policy = testPolicy()): Harness {
  const standIn = createOfficeStandIn(draft, { permissions: manifestPermissions(), ...options });
  const config: SendCheckConfig = { policy, policyHash: POLICY_HASH, version: VERSION, baseUrl: BASE_URL };
  const h: Harness = {
    standIn,
    config,
    inspected: 0,
    async send() {
      const deps = {
        office: () => standIn.Office as unknown as OfficeLike,
        config,
        clock: runtimeClock(),
        inspect: (bytes: Uint8Array) => {
          h.inspected++;
          return (h.inspectWith ?? inspectAttachment)(bytes);
        },
      };
      const event = standIn.event("OnMessageSend");
      const start = Date.now();
      void createSendHandler(deps)(event as unknown as Office.MailboxEvent);
      const done = await settle(event.done);
      return { event, elapsed: done.at - start, options: done.options };
    },
    async attachmentsChanged(extras) {
      const deps = {
        office: () => standIn.Office as unknown as OfficeLike,
        config,
        clock: runtimeClock(),
        inspect: (bytes: Uint8Array) => {
          h.inspected++;
          return (h.inspectWith ?? inspectAttachment)(bytes);
        },
      };
      const event = standIn.event("OnMessageAttachmentsChanged", extras);
      await settle(createAttachmentsChangedHandler(deps)(event));
      return event;
    },
  };
  return h;
}

/**
 * Whether Jest's modern fake timers are installed (they mark the functions they install with their clock). Handler
 * tests run on that virtual clock: a 500 ms budget, a hanging call or a 900 ms timer lag costs no real time, and
 * timers still fire in the order and at the times the code asked for.
 */
/** Jest's fake timers for handler tests; promise jobs stay real so awaiting works as in the runtime. */
export const VIRTUAL_CLOCK: Parameters<typeof jest.useFakeTimers>[0] = { doNotFake: ["nextTick", "queueMicrotask"] };

export function onVirtualClock(): boolean {
  return typeof (setTimeout as unknown as { clock?: unknown }).clock === "object";
}

/**
 * Awaits `work`; on the virtual clock, by firing the next due timer until it settles (Date.now moves with each).
 * On the real clock this is a plain await.
 */
export async function settle<T>(work: Promise<T>): Promise<T> {
  if (!onVirtualClock()) return work;
  let done = false;
  void work.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; !done; i++) {
    if (i > 10_000) throw new Error("settle: still pending after 10,000 timers");
    await jest.advanceTimersToNextTimerAsync();
  }
  return work;
}

/** Lets `ms` pass: on the virtual clock, firing every timer due meanwhile. */
export const sleep = (ms: number): Promise<unknown> =>
  onVirtualClock() ? jest.advanceTimersByTimeAsync(Math.max(0, ms)) : new Promise((r) => setTimeout(r, ms));

/**
 * `ms` of synchronous work, as a pathological attachment would take: the CPU is busy and no timer can fire. On the
 * virtual clock the time just jumps (setSystemTime fires nothing), on the real clock it spins.
 */
export function busy(ms: number): void {
  if (onVirtualClock()) {
    jest.setSystemTime(Date.now() + ms);
    return;
  }
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy: synchronous work cannot be interrupted, only not started
  }
}
