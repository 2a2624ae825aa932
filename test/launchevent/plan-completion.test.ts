/**
 * planCompletion: what Send writes and how it completes, for every combination that matters, as one table. The
 * handler tests (send-handler.test.ts) drive the same paths through the stand-in; this pins the rules themselves.
 */
import type { Finding } from "../../src/core/checks/types";
import type { DecisionAction } from "../../src/core/engine";
import { findingSetKey } from "../../src/office/finding-key";
import { SESSION_KEYS } from "../../src/office/session-keys";
import {
  errorCompletion,
  planCompletion,
  type CompletionInput,
  type CompletionPlan,
  type Outcome,
} from "../../src/launchevent/plan-completion";

const BCC: Finding = {
  check: "bcc-expected",
  action: "warn",
  guidance: "2章-4",
  messageId: "bcc-expected.organisations",
  data: { count: 2, domains: "contoso.co.jp, fabrikam.co.jp" },
};
const SECRET: Finding = {
  check: "external-confidential",
  action: "block",
  guidance: "1章-3",
  messageId: "external-confidential.level3",
  data: { level: "機密性３" },
};
const KEY = findingSetKey([BCC]);

const decided = (action: DecisionAction, findings: Finding[] = [], incomplete = false): Outcome => ({
  kind: "decided",
  action,
  findings,
  incomplete,
});
const FAILED: Outcome = { kind: "failed" };

type Client = "1.15" | "1.12" | "1.12-no-session";
const CAPS: Record<Client, CompletionInput["caps"]> = {
  "1.15": { promptUser: true, sessionData: true },
  "1.12": { promptUser: false, sessionData: true },
  "1.12-no-session": { promptUser: false, sessionData: false },
};

/** A compact picture of a plan: "audit / remember / completion [/ unremembered]". */
function summary(p: CompletionPlan): string {
  const audit =
    p.audit.kind === "set"
      ? `set:${p.audit.decision}${p.audit.marker ? "+marker" : ""}`
      : p.audit.kind === "remove"
        ? `remove${p.audit.marker ? "+marker" : ""}`
        : "none";
  const c = (x: CompletionPlan["completion"]) =>
    x.allow ? "allow" : `${x.kind}:${x.sendAnyway}${x.incomplete ? ":incomplete" : ""}`;
  const remember = p.remember === undefined ? "-" : p.remember === KEY ? "key" : p.remember;
  return [audit, remember, c(p.completion), ...(p.unremembered ? [c(p.unremembered)] : [])].join(" / ");
}

const plan = (
  outcome: Outcome,
  client: Client,
  session: Record<string, string> | undefined,
  onError: CompletionInput["onError"] = "warn",
  hasItem = true,
  headers = true,
) => summary(planCompletion({ outcome, caps: CAPS[client], session, onError, hasItem, headers }));

describe("planCompletion", () => {
  test.each<[string, Outcome, Client, Record<string, string> | undefined, CompletionInput["onError"], string]>([
    // allow: a header an earlier warning left is removed, unless sessionData says there is none
    ["allow, fresh draft", decided("allow"), "1.15", {}, "warn", "none / - / allow"],
    [
      "allow after a warning",
      decided("allow"),
      "1.15",
      { [SESSION_KEYS.header]: "1" },
      "warn",
      "remove+marker / - / allow",
    ],
    ["allow, sessionData unknown", decided("allow"), "1.15", undefined, "warn", "remove / - / allow"],
    // block: never a way past it, never an audit header
    ["block on 1.15", decided("block", [SECRET]), "1.15", {}, "warn", "none / - / block:none"],
    [
      "block on 1.12 with a matching marker",
      decided("block", [SECRET]),
      "1.12",
      { [SESSION_KEYS.warned]: findingSetKey([SECRET]) },
      "allow",
      "none / - / block:none",
    ],
    // warn on 1.15: Send Anyway, unless the fix pane already confirmed exactly these warnings
    ["warn on 1.15", decided("warn", [BCC]), "1.15", {}, "warn", "set:warn+marker / - / warn:button"],
    [
      "warn on 1.15, confirmed in the pane",
      decided("warn", [BCC]),
      "1.15",
      { [SESSION_KEYS.acknowledged]: KEY },
      "warn",
      "set:warn+marker / - / allow",
    ],
    [
      "warn on 1.15, other warnings confirmed",
      decided("warn", [BCC]),
      "1.15",
      { [SESSION_KEYS.acknowledged]: "1-x" },
      "warn",
      "set:warn+marker / - / warn:button",
    ],
    [
      "warn, incomplete: the confirmation does not cover it",
      decided("warn", [BCC], true),
      "1.15",
      { [SESSION_KEYS.acknowledged]: KEY },
      "warn",
      "set:warn+marker / - / warn:button:incomplete",
    ],
    // warn on 1.12: "press Send again", remembered per finding set
    [
      "warn on 1.12, first Send",
      decided("warn", [BCC]),
      "1.12",
      {},
      "warn",
      "set:warn+marker / key / warn:press-again / warn:none",
    ],
    [
      "warn on 1.12, Send pressed again",
      decided("warn", [BCC]),
      "1.12",
      { [SESSION_KEYS.warned]: KEY },
      "warn",
      "set:warn+marker / - / allow",
    ],
    [
      "warn on 1.12, marker full, onError allow",
      decided("warn", [BCC]),
      "1.12",
      {},
      "allow",
      "set:warn+marker / key / warn:press-again / allow",
    ],
    [
      "warn without sessionData",
      decided("warn", [BCC]),
      "1.12-no-session",
      undefined,
      "warn",
      "set:warn / - / warn:none",
    ],
    [
      "warn without sessionData, onError allow",
      decided("warn", [BCC]),
      "1.12-no-session",
      undefined,
      "allow",
      "set:warn / - / allow",
    ],
    // the check failed: onError decides
    ["failed, onError allow", FAILED, "1.15", {}, "allow", "none / - / allow"],
    ["failed, onError block", FAILED, "1.12", {}, "block", "none / - / error:none"],
    ["failed, onError warn on 1.15", FAILED, "1.15", {}, "warn", "set:error / - / error:button"],
    ["failed, onError warn on 1.12", FAILED, "1.12", {}, "warn", "set:error / error / error:press-again / error:none"],
    [
      "failed, onError warn on 1.12, pressed again",
      FAILED,
      "1.12",
      { [SESSION_KEYS.warned]: "error" },
      "warn",
      "set:error / - / allow",
    ],
    [
      "failed, onError warn, no sessionData",
      FAILED,
      "1.12-no-session",
      undefined,
      "warn",
      "set:error / - / error:none",
    ],
  ])("%s", (_name, outcome, client, session, onError, expected) => {
    expect(plan(outcome, client, session, onError)).toBe(expected);
  });

  test("no item: nothing is written, onError decides", () => {
    expect(plan(FAILED, "1.12", {}, "warn", false)).toBe("none / - / error:none");
    expect(plan(FAILED, "1.15", {}, "warn", false)).toBe("none / - / error:button");
  });

  test("a meeting invitation has no internet headers: the same decisions, no audit header", () => {
    expect(plan(decided("warn", [BCC]), "1.15", {}, "warn", true, false)).toBe("none / - / warn:button");
    expect(plan(decided("warn", [BCC]), "1.12", {}, "warn", true, false)).toBe(
      "none / key / warn:press-again / warn:none",
    );
    expect(plan(decided("allow"), "1.15", { [SESSION_KEYS.header]: "1" }, "warn", true, false)).toBe(
      "none / - / allow",
    );
    expect(plan(FAILED, "1.12", {}, "warn", true, false)).toBe("none / error / error:press-again / error:none");
  });

  test("the hard deadline's completion is onError without a remembered marker", () => {
    expect(errorCompletion("warn", { promptUser: false }, false)).toEqual({
      allow: false,
      kind: "error",
      findings: [],
      sendAnyway: "none",
      incomplete: false,
    });
    expect(errorCompletion("allow", { promptUser: true }, false)).toEqual({ allow: true });
    expect(errorCompletion("block", { promptUser: true }, true)).toMatchObject({ sendAnyway: "none" });
  });

  test("a dialog carries its findings", () => {
    const p = planCompletion({
      outcome: decided("warn", [BCC]),
      caps: CAPS["1.15"],
      session: {},
      onError: "warn",
      hasItem: true,
      headers: true,
    });
    expect(p.completion).toEqual({
      allow: false,
      kind: "warn",
      findings: [BCC],
      sendAnyway: "button",
      incomplete: false,
    });
  });
});
