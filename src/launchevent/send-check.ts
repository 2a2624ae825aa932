import { leavesOrganisation, planDelay } from "../core/delay";
import { langFor } from "../core/i18n/render";
import type { Lang } from "../core/i18n/types";
import type { MessageSnapshot } from "../core/message";
import { compilePolicy } from "../core/policy/compile";
import { guidanceUrlFor } from "../guidance/slug";
import { withDeadline, type Clock, type OfficeResult } from "../office/async";
import { auditHeaderValue, removeAuditHeader, setAuditHeader } from "../office/audit-header";
import { detectCapabilities, NO_CAPABILITIES, supports, type Capabilities } from "../office/capabilities";
import { canDelay, readDelay, setDelay, shortenDelay } from "../office/delay-delivery";
import { evaluateDraft } from "../office/evaluate-draft";
import type { Inspector } from "../office/inspect-attachments";
import { readAppointment } from "../office/read-appointment";
import { readDraft } from "../office/read-draft";
import { SESSION_KEYS } from "../office/session-keys";
import { entriesThatFit, readSession, removeSession, setSession } from "../office/session";
import { blockingOptions } from "./completed-options";
import { completionGuard, type CompletionGuard } from "./completion-guard";
import type { SendCheckConfig } from "./config";
import { errorCompletion, planCompletion, type Completion, type Outcome } from "./plan-completion";

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

/** An Office write whose result changes nothing but must finish (or time out) before the completion. */
type Write = Promise<OfficeResult<unknown>>;

/** Time kept back from the budget so a decision reached late still has room for its last Office call. */
function reserveFor(budget: number): number {
  return Math.min(400, Math.floor(budget / 5));
}

/**
 * One run of the send check: read the draft in one round trip, evaluate it (office/evaluate-draft.ts, the same
 * evaluation as the fix pane's), plan the completion (plan-completion.ts, pure), carry the plan out. Exactly one
 * completion on every path, within policy.send.timeBudgetMs; whatever fails or runs out of time is decided by
 * policy.onError.
 */
class SendRun {
  private readonly guard: CompletionGuard;
  private readonly start: number;
  private readonly budget: number;
  private caps: Capabilities = NO_CAPABILITIES;
  private lang: Lang = "ja";
  private item: Office.MessageCompose | undefined;
  /** sessionData as read at the start (undefined until the read answers, or if it fails). */
  private session: Record<string, string> | undefined;
  /** Subject, body and attachment names as the user wrote them: the dialog quotes markings in their own characters. */
  private written: readonly string[] = [];
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
    this.timers.push(
      clock.setTimeout(
        () => this.complete(errorCompletion(this.deps.config.policy.onError, this.caps, false)),
        this.hardDeadline - clock.now(),
      ),
    );
    try {
      await this.check();
    } catch (e) {
      await this.fail(e instanceof Error ? e.message : String(e));
    } finally {
      for (const t of this.timers) clock.clearTimeout(t);
    }
  }

  private get promptUserValue(): string {
    const o = this.deps.office();
    return (
      (o.MailboxEnums && o.MailboxEnums.SendModeOverride && o.MailboxEnums.SendModeOverride.PromptUser) || "promptUser"
    );
  }

  /** The one place a completion becomes Outlook's options and is handed over. */
  private complete(c: Completion): void {
    if (this.guard.done) return;
    if (c.allow) {
      this.guard.complete({ allowEvent: true });
      return;
    }
    this.guard.complete(
      blockingOptions({
        kind: c.kind,
        findings: c.findings,
        lang: this.lang,
        caps: this.caps,
        guidanceUrl: guidanceUrlFor(this.deps.config.policy.guidance, this.deps.config.baseUrl, this.lang),
        sendAnyway: c.sendAnyway,
        incomplete: c.incomplete,
        promptUserValue: this.promptUserValue,
        paneAvailable: this.kind === "message",
        written: this.written,
      }),
    );
  }

  /** `reason` is kept for the simulator's log; the user sees only the onError decision. */
  private async fail(reason: string): Promise<void> {
    if (this.guard.done || this.failing) return;
    this.failing = true;
    this.failure = reason;
    await this.conclude({ kind: "failed" }, [], this.hardDeadline - 30);
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
      ? readSession(item).then((r) => {
          if (r.ok) this.session = r.value;
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
    this.written = [read.draft.subject, ...read.draft.attachments.map((a) => a.name), read.draft.body];

    const evaluation = await evaluateDraft(
      item,
      read.draft,
      this.session,
      config.policy,
      this.deps.inspect,
      this.workDeadline,
      clock,
    );
    if (this.guard.done) return;
    const { action, findings, unread, snapshot } = evaluation;
    // Only mail that may still go out (allowed, or warned with a way to send anyway) is held back.
    const delay = action === "block" || !snapshot ? [] : await this.delayWrites(item, snapshot);
    if (this.guard.done) return;
    await this.conclude(
      { kind: "decided", action, findings, incomplete: unread.length > 0 },
      [...delay, ...this.cacheWrites(item, evaluation.fresh)],
      this.workDeadline,
    );
  }

  /**
   * Delayed delivery (policy send.delayOutsideMinutes): the writes that hold outside mail back, or release a hold
   * this add-in set on an earlier Send once the mail no longer leaves. Best effort: a failure changes no decision.
   */
  private async delayWrites(item: Office.MessageCompose, snapshot: MessageSnapshot): Promise<Write[]> {
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
    if (plan.kind === "set") {
      const writes: Write[] = [setDelay(item, plan.at)];
      if (this.caps.sessionData) writes.push(setSession(item, SESSION_KEYS.delay, String(plan.at)));
      return writes;
    }
    if (plan.kind === "clear") return [shortenDelay(item, clock.now()), removeSession(item, SESSION_KEYS.delay)];
    return [];
  }

  /** Cache what Send had to inspect itself, if it fits the quota; a failure here changes nothing. */
  private cacheWrites(item: Office.MessageCompose, fresh: readonly [string, string][]): Write[] {
    if (!this.caps.sessionData || !this.session || fresh.length === 0) return [];
    return entriesThatFit(this.session, fresh, this.caps.sessionDataQuota).map(([k, v]) => setSession(item, k, v));
  }

  /**
   * Round trip 2, the only way to the end: the plan's writes (audit header, "press Send again" marker) and any
   * `extra` writes together, each bounded by `until`, then the completion. A step every send needs before it
   * completes belongs here.
   */
  private async conclude(outcome: Outcome, extra: Write[], until: number): Promise<void> {
    const { config, clock } = this.deps;
    const item = this.item;
    const plan = planCompletion({
      outcome,
      onError: config.policy.onError,
      caps: this.caps,
      session: this.session,
      hasItem: !!item,
      headers: this.kind === "message",
    });
    const bounded = <T>(p: Promise<OfficeResult<T>>) => withDeadline(p, until, clock);
    const writes: Promise<unknown>[] = extra.map((p) => bounded(p));
    const audit = plan.audit;
    if (item && audit.kind === "set") {
      const findings = outcome.kind === "decided" ? outcome.findings : [];
      const value = auditHeaderValue({
        decision: audit.decision,
        findings,
        policyHash: config.policyHash,
        version: config.version,
      });
      writes.push(bounded(setAuditHeader(item, value)));
      if (audit.marker) writes.push(bounded(setSession(item, SESSION_KEYS.header, "1")));
    } else if (item && audit.kind === "remove") {
      writes.push(bounded(removeAuditHeader(item)));
      if (audit.marker) writes.push(bounded(removeSession(item, SESSION_KEYS.header)));
    }
    if (item && plan.remember !== undefined) {
      const [remembered] = await Promise.all([
        bounded(setSession(item, SESSION_KEYS.warned, plan.remember)),
        ...writes,
      ]);
      this.complete(remembered.ok ? plan.completion : (plan.unremembered ?? plan.completion));
      return;
    }
    await Promise.all(writes);
    this.complete(plan.completion);
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
