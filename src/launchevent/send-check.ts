import { actionRank } from "../core/checks/ids";
import type { Finding } from "../core/checks/types";
import { evaluate, type DecisionAction } from "../core/engine";
import { langFor } from "../core/i18n/render";
import type { Lang } from "../core/i18n/types";
import { compilePolicy } from "../core/policy/compile";
import { guidanceUrlFor } from "../guidance/slug";
import { officeCall, withDeadline, type Clock, type OfficeResult } from "../office/async";
import { auditHeaderValue, removeAuditHeader, setAuditHeader } from "../office/audit-header";
import { leavesOrganisation, planDelay } from "../core/delay";
import type { MessageSnapshot } from "../core/message";
import { detectCapabilities, supports, type Capabilities } from "../office/capabilities";
import { canDelay, readDelay, setDelay } from "../office/delay-delivery";
import { findingSetKey } from "../office/finding-key";
import { inspectAttachments, type Inspector } from "../office/inspect-attachments";
import { draftSnapshot } from "../office/draft-snapshot";
import { readAppointment } from "../office/read-appointment";
import { readDraft, type DraftRead } from "../office/read-draft";
import { SESSION_KEYS } from "../office/session-keys";
import { removeSession, sessionSize, setSession } from "../office/session";
import { blockingOptions } from "./completed-options";
import { completionGuard, type CompletionGuard } from "./completion-guard";
import type { SendCheckConfig } from "./config";

/** The slice of the Office global the handler touches; office.js and the stand-in both provide it. */
export interface OfficeLike {
  readonly context: {
    readonly displayLanguage?: string;
    readonly requirements?: { isSetSupported?(name: string, version?: string): boolean };
    readonly mailbox?: { readonly item?: unknown };
  };
  readonly MailboxEnums?: { readonly SendModeOverride?: { readonly PromptUser?: string } };
}

export interface SendCheckDeps {
  readonly office: () => OfficeLike;
  readonly config: SendCheckConfig;
  readonly clock: Clock;
  readonly inspect: Inspector;
}

/** Time kept back from the budget so a decision reached late still has room for its last Office call. */
function reserveFor(budget: number): number {
  return Math.min(400, Math.floor(budget / 5));
}

function onlyReportMailbox(draft: DraftRead, mailbox: string | undefined): boolean {
  if (!mailbox || draft.recipients.length === 0) return false;
  const target = mailbox.toLowerCase();
  return draft.recipients.every((r) => {
    const a = r.address.trim().toLowerCase();
    return a === target || a.endsWith(`<${target}>`);
  });
}

function maxDecision(a: DecisionAction, b: DecisionAction): DecisionAction {
  const rank = (x: DecisionAction) => actionRank(x === "allow" ? "info" : x);
  return rank(a) >= rank(b) ? a : b;
}

/**
 * One run of the send check. Reads the draft in one round trip, reuses cached attachment inspections, evaluates
 * the policy, writes the audit header, then completes: exactly once, on every path, within policy.send.timeBudgetMs.
 * Anything that fails or runs out of time is decided by policy.onError.
 */
class SendRun {
  private readonly guard: CompletionGuard;
  private readonly start: number;
  private readonly budget: number;
  private caps: Capabilities = {
    promptUser: false,
    markdown: false,
    sensitivityLabel: false,
    sessionData: false,
    sessionDataQuota: 50_000,
  };
  private lang: Lang = "ja";
  private item: Office.MessageCompose | undefined;
  /** sessionData as read at the start (undefined until the read answers, or if it fails). */
  private session: Record<string, string> | undefined;
  private failing = false;
  /** The draft's delivery time, read with everything else when the policy holds outside mail back. */
  private delayRead: Promise<OfficeResult<number>> | undefined;
  failure: string | undefined;
  private readonly timers: unknown[] = [];

  constructor(
    private readonly deps: SendCheckDeps,
    event: { completed(options?: unknown): void },
    /**
     * "appointment": OnAppointmentSend, the organizer's meeting invitation. Same checks; but an appointment has
     * no internet headers (no audit header), no delayed delivery, and no compose task pane button to open.
     */
    private readonly kind: "message" | "appointment" = "message",
  ) {
    this.guard = completionGuard(event);
    this.start = deps.clock.now();
    this.budget = deps.config.policy.send.timeBudgetMs;
  }

  /** Office calls must be answered by then; after it only the completion is left. */
  private get workDeadline(): number {
    return this.start + this.budget - reserveFor(this.budget);
  }

  private get hardDeadline(): number {
    return this.start + this.budget;
  }

  async run(): Promise<void> {
    const { clock } = this.deps;
    // Two timers: at the work deadline the onError path starts (it may still remember a "press Send again"); at
    // the hard deadline whatever is decided by then is completed without waiting for anything.
    this.timers.push(clock.setTimeout(() => void this.fail("timeout"), this.workDeadline - clock.now()));
    this.timers.push(clock.setTimeout(() => this.complete(this.errorOptions(false)), this.hardDeadline - clock.now()));
    try {
      await this.check();
    } catch (e) {
      await this.fail(e instanceof Error ? e.message : String(e));
    } finally {
      for (const t of this.timers) clock.clearTimeout(t);
    }
  }

  private complete(options: Office.SmartAlertsEventCompletedOptions): void {
    this.guard.complete(options);
  }

  private get promptUserValue(): string {
    const o = this.deps.office();
    return (
      (o.MailboxEnums && o.MailboxEnums.SendModeOverride && o.MailboxEnums.SendModeOverride.PromptUser) || "promptUser"
    );
  }

  private guidanceUrl() {
    return guidanceUrlFor(this.deps.config.policy.guidance, this.deps.config.baseUrl, this.lang);
  }

  /** The onError decision as dialog options; `remembered` says a "press Send again" marker was stored. */
  private errorOptions(remembered: boolean): Office.SmartAlertsEventCompletedOptions {
    const onError = this.deps.config.policy.onError;
    if (onError === "allow") return { allowEvent: true };
    const sendAnyway =
      onError === "block" ? "none" : this.caps.promptUser ? "button" : remembered ? "press-again" : "none";
    return blockingOptions({
      kind: "error",
      findings: [],
      lang: this.lang,
      caps: this.caps,
      guidanceUrl: this.guidanceUrl(),
      sendAnyway,
      promptUserValue: this.promptUserValue,
    });
  }

  /** `reason` is kept for the simulator's log; the user sees only the onError decision. */
  private async fail(reason: string): Promise<void> {
    if (this.guard.done || this.failing) return;
    this.failing = true;
    this.failure = reason;
    const onError = this.deps.config.policy.onError;
    // A Send Anyway after a failed check should leave a trace too; best effort, bounded by the budget.
    const trace =
      onError === "warn" && this.item && this.kind === "message"
        ? withDeadline(
            setAuditHeader(
              this.item,
              auditHeaderValue({
                decision: "error",
                findings: [],
                policyHash: this.deps.config.policyHash,
                version: this.deps.config.version,
              }),
            ),
            this.hardDeadline - 30,
            this.deps.clock,
          )
        : Promise.resolve();
    if (onError !== "warn" || this.caps.promptUser || !this.item || !this.caps.sessionData) {
      await trace;
      this.complete(this.errorOptions(false));
      return;
    }
    // An older client has no Send Anyway: remember that this draft was told about the failure, so pressing Send
    // again goes through, as the policy's "warn" promises.
    if (this.session && this.session[SESSION_KEYS.warned] === "error") {
      this.complete({ allowEvent: true });
      return;
    }
    const [written] = await Promise.all([
      withDeadline(setSession(this.item, SESSION_KEYS.warned, "error"), this.hardDeadline - 30, this.deps.clock),
      trace,
    ]);
    this.complete(this.errorOptions(written.ok));
  }

  private async check(): Promise<void> {
    const { config, clock } = this.deps;
    const office = this.deps.office();
    this.caps = detectCapabilities(office);
    this.lang = langFor(office.context.displayLanguage);
    const item = office.context.mailbox && (office.context.mailbox.item as Office.MessageCompose | undefined);
    if (!item) return this.fail("no item");
    this.item = item;
    if (config.policy.send.delayOutsideMinutes > 0 && canDelay(supports(office, "1.13"), item))
      this.delayRead = withDeadline(readDelay(item), this.workDeadline, clock);

    // Round trip 1: every read at once; sessionData apart so a hang elsewhere still lets its answer arrive.
    const sessionRead = this.caps.sessionData
      ? officeCall<Record<string, string>>((cb) =>
          item.sessionData.getAllAsync(cb as (r: Office.AsyncResult<unknown>) => void),
        ).then((r) => {
          if (r.ok && r.value && typeof r.value === "object") this.session = r.value;
        })
      : Promise.resolve();
    const read =
      this.kind === "appointment"
        ? await readAppointment(item as unknown as Office.AppointmentCompose, { ...this.caps, sessionData: false })
        : await readDraft(item, { ...this.caps, sessionData: false });
    await withDeadline(
      sessionRead.then(() => ({ ok: true as const, value: undefined })),
      this.workDeadline,
      clock,
    );
    if (this.guard.done) return;
    if (!read.ok) return this.fail(read.errors.join("; "));
    const draft = read.draft;
    const policy = config.policy;

    // Reports to the security desk are forwarded through our own check; they must always go.
    if (onlyReportMailbox(draft, policy.report && policy.report.mailbox)) {
      this.complete({ allowEvent: true });
      return;
    }

    const extraWords = policy.labels.extraWords.map((w) => w.word);
    const inspected = await inspectAttachments(
      item,
      draft.attachments,
      this.session,
      this.deps.inspect,
      this.workDeadline,
      clock,
      extraWords,
    );
    if (this.guard.done) return;

    const snapshot = draftSnapshot(draft, inspected.inspections, this.session);
    const decision = evaluate(snapshot, policy);
    const incomplete = inspected.failures.length > 0;
    // An attachment we could not read is a failure of the check: onError may raise the decision, never lower it.
    const action = incomplete ? maxDecision(decision.action, policy.onError) : decision.action;
    await this.finish(item, action, decision.findings, incomplete, inspected.fresh, snapshot);
  }

  /**
   * Delayed delivery (policy send.delayOutsideMinutes): the writes that hold outside mail back, or release a hold
   * this add-in set on an earlier Send once the mail no longer leaves. Best effort: a failure changes no decision.
   */
  private async delayWrites(item: Office.MessageCompose, snapshot: MessageSnapshot): Promise<Promise<unknown>[]> {
    if (!this.delayRead) return [];
    const { config, clock } = this.deps;
    const current = await this.delayRead;
    if (!current.ok) return [];
    const session = this.session || {};
    const oursText = session[SESSION_KEYS.delay];
    const plan = planDelay({
      now: clock.now(),
      minutes: config.policy.send.delayOutsideMinutes,
      outside: leavesOrganisation(snapshot, config.policy),
      current: current.value,
      ...(oursText ? { ours: Number(oursText) } : {}),
      declined: session[SESSION_KEYS.noDelay] === "1",
    });
    const bounded = <T>(p: Promise<OfficeResult<T>>) => withDeadline(p, this.workDeadline, clock);
    if (plan.kind === "set") {
      const writes: Promise<unknown>[] = [bounded(setDelay(item, plan.at))];
      if (this.caps.sessionData) writes.push(bounded(setSession(item, SESSION_KEYS.delay, String(plan.at))));
      return writes;
    }
    if (plan.kind === "clear") {
      return [bounded(setDelay(item, clock.now())), bounded(removeSession(item, SESSION_KEYS.delay))];
    }
    return [];
  }

  /** Round trip 2: audit header, "press Send again" marker and fresh cache entries together, then complete. */
  private async finish(
    item: Office.MessageCompose,
    action: DecisionAction,
    findings: readonly Finding[],
    incomplete: boolean,
    fresh: [string, string][],
    snapshot: MessageSnapshot,
  ): Promise<void> {
    const { config, clock } = this.deps;
    // Only mail that may still go out (allowed, or warned with a way to send anyway) is held back.
    const writes: Promise<unknown>[] = action === "block" ? [] : await this.delayWrites(item, snapshot);
    if (this.guard.done) return;
    const bounded = <T>(p: Promise<T>) => withDeadline(p as never, this.workDeadline, clock);

    // Cache what Send had to inspect itself, if it fits the quota; a failure here changes nothing.
    if (this.caps.sessionData && this.session && fresh.length) {
      let size = sessionSize(this.session);
      for (const [k, v] of fresh) {
        size += k.length + v.length + 6;
        if (size < this.caps.sessionDataQuota - 2000) writes.push(bounded(setSession(item, k, v)));
      }
    }

    if (action === "allow") {
      // Clear a header left by an earlier warning, unless we know none was set.
      if (this.kind === "message" && (!this.session || this.session[SESSION_KEYS.header])) {
        writes.push(bounded(removeAuditHeader(item)));
        if (this.session) writes.push(bounded(removeSession(item, SESSION_KEYS.header)));
      }
      await Promise.all(writes);
      this.complete({ allowEvent: true });
      return;
    }

    const header = auditHeaderValue({
      decision: action,
      findings,
      policyHash: config.policyHash,
      version: config.version,
    });
    if (action === "warn" && this.kind === "message") {
      writes.push(bounded(setAuditHeader(item, header)));
      if (this.caps.sessionData) writes.push(bounded(setSession(item, SESSION_KEYS.header, "1")));
    }

    let sendAnyway: "button" | "press-again" | "none" = "none";
    if (action === "warn") {
      const key = findingSetKey(findings) + (incomplete ? "+incomplete" : "");
      if (this.session && this.session[SESSION_KEYS.acknowledged] === key) {
        // The user ticked every item of exactly these warnings in the fix pane and sent from there: asking again
        // would only train them to click through. The audit header still records what they were warned about.
        await Promise.all(writes);
        this.complete({ allowEvent: true });
        return;
      }
      if (this.caps.promptUser) sendAnyway = "button";
      else {
        if (this.session && this.session[SESSION_KEYS.warned] === key) {
          // Warned about exactly this before and pressed Send again: that is this client's Send Anyway.
          await Promise.all(writes);
          this.complete({ allowEvent: true });
          return;
        }
        const remembered = this.caps.sessionData
          ? bounded(setSession(item, SESSION_KEYS.warned, key))
          : Promise.resolve({ ok: false });
        const [r] = await Promise.all([remembered, ...writes]);
        if (this.guard.done) return;
        if (!(r as { ok: boolean }).ok) {
          // sessionData is full or failing: without the marker Send again would warn forever. onError decides.
          this.complete(this.failedRememberOptions(findings, incomplete));
          return;
        }
        sendAnyway = "press-again";
      }
    }
    await Promise.all(writes);
    this.complete(
      blockingOptions({
        kind: action,
        findings,
        lang: this.lang,
        caps: this.caps,
        guidanceUrl: this.guidanceUrl(),
        sendAnyway,
        incomplete,
        promptUserValue: this.promptUserValue,
        paneAvailable: this.kind === "message",
      }),
    );
  }

  private failedRememberOptions(findings: readonly Finding[], incomplete: boolean) {
    const onError = this.deps.config.policy.onError;
    if (onError === "allow") return { allowEvent: true };
    return blockingOptions({
      kind: "warn",
      findings,
      lang: this.lang,
      caps: this.caps,
      guidanceUrl: this.guidanceUrl(),
      sendAnyway: "none",
      incomplete,
      promptUserValue: this.promptUserValue,
      paneAvailable: this.kind === "message",
    });
  }
}

/** The OnMessageSend handler. It returns a promise only for tests; Outlook ignores it and waits for completed. */
export function createSendHandler(deps: SendCheckDeps): (event: Office.MailboxEvent) => Promise<void> {
  // Compile once per runtime: classic Outlook starts a fresh runtime per event, the browser runtime reuses it.
  compilePolicy(deps.config.policy);
  return (event) => new SendRun(deps, event).run();
}

/**
 * The OnAppointmentSend handler: the organizer's meeting invitation gets the same checks as a mail (attendees are
 * its recipients; its subject, body and attachments reach every one of them).
 */
export function createAppointmentSendHandler(deps: SendCheckDeps): (event: Office.MailboxEvent) => Promise<void> {
  compilePolicy(deps.config.policy);
  return (event) => new SendRun(deps, event, "appointment").run();
}
