import { langFor } from "../core/i18n/render";
import type { Lang } from "../core/i18n/types";
import { needsIncidentSteps, QUESTION_IDS, type Answer, type Answers } from "../core/suspicious/questions";
import type { Clock } from "../office/async";
import { supports } from "../office/capabilities";
import {
  readsPostProcessingAction,
  spamMoveOption,
  type AfterReport,
  type ClientDiagnostics,
  type MailboxDiagnostics,
} from "../office/report/after-report";
import { encodeReportContext } from "../office/report/report-context";
import { completionGuard, type CompletionGuard } from "./completion-guard";
import { REPORT_PANE_COMMAND_ID, type SendCheckConfig } from "./config";
import { REPORT_BUTTON_TEXTS } from "./report-texts";

/**
 * The integrated Report button (ReportPhishingCommandSurface, Mailbox 1.14). Outlook shows our pre-processing dialog
 * (the three questions as checkboxes, plus "not sure"), then raises the SpamReporting event here. Event handlers may
 * not open forms (display*Form is blocked in event runtimes), and this handler does not sign in: nested app
 * authentication needs MSAL.js, which would make this one classic ES2016 script large (classic Outlook loads it
 * whole for every event), and event code may only acquire tokens silently (Microsoft's Outlook-Event-SSO-NAA sample,
 * "event code cannot interact with UI"), which fails exactly for a user who has not consented yet. So the report
 * pane delivers: on 1.15 the handler opens it with the answers (commandId + contextData) and the pane reads the mail,
 * shows what looks wrong and sends at once through Graph (or opens the compose form when it cannot, and says why);
 * on 1.14 its post-processing dialog says how to finish in the pane.
 *
 * The handler itself therefore neither reads nor analyses the mail: that code (core/suspicious, the read-mode
 * reader) stays in the pane's bundle, out of the script every Outlook event loads. `deliverHere` is the seam for a
 * build that can deliver from the event (deliver-here.ts); when it reports "delivered", the handler applies the
 * policy's afterReport through moveItemTo (the only documented way to move the item from an event:
 * SpamReportingEventCompletedOptions, Mailbox 1.14).
 *
 * Which property names the move depends on the client (after-report.ts, readsPostProcessingAction): classic Outlook
 * on Windows before Version 2308 (Build 16724.10000) reads only `postProcessingAction` ("noMove", "moveToSpamFolder",
 * "delete", "moveToCustomFolder"); every other client reads only `moveItemTo` (Office.MailboxEnums.MoveSpamItemTo).
 * Every completion names the move in the property the client reads, "noMove" unless the report was delivered and the
 * policy says otherwise: the docs define no default for a completion without it (the only documented default sends
 * a custom-folder move without folderName to Junk), and the pane still needs the mail where it is. The fallback for a
 * client that refuses the options keeps that property too.
 */
/** The order of <Option> elements in manifest.xml's ReportingOptions: event.options[i] is the i-th checkbox. */
export const REPORT_OPTIONS = ["opened-attachment", "clicked-link", "entered-credentials", "unsure"] as const;

/** Whatever the time budget, Outlook gives up after five minutes; we decide long before that. */
const REPORT_BUDGET_MS = 60_000;
const MAX_FREE_TEXT = 1000;

/** What the handler knows when it could deliver from the event: the reported item and the user's answers. */
export interface ReportRequest {
  readonly office: ReportOfficeLike;
  readonly answers: Answers;
  readonly freeText: string;
  readonly lang: Lang;
}

/** Delivers the report from the event; resolves true only when the desk has it. */
export type DeliverHere = (request: ReportRequest) => Promise<boolean>;

export interface ReportOfficeLike {
  readonly context: {
    readonly displayLanguage?: string;
    readonly diagnostics?: ClientDiagnostics;
    readonly requirements?: { isSetSupported?(name: string, version?: string): boolean };
    readonly mailbox?: {
      readonly item?: unknown;
      readonly userProfile?: { readonly emailAddress?: string; readonly displayName?: string };
      readonly diagnostics?: MailboxDiagnostics;
    };
  };
}

export interface ReportDeps {
  readonly office: () => ReportOfficeLike;
  readonly config: SendCheckConfig;
  readonly clock: Clock;
  /** Not wired in the product's event script (see above): without it the pane delivers. */
  readonly deliverHere?: DeliverHere;
  /** Milliseconds before the handler stops waiting for Outlook and hands over; default 60 s (Outlook allows 5 min). */
  readonly budgetMs?: number;
}

interface ReportEvent {
  readonly options?: unknown;
  readonly freeText?: unknown;
  completed(options?: unknown): void;
}

/** Checked boxes are "yes"; "not sure" turns every unchecked question into "unsure"; otherwise unchecked is "no". */
export function answersFromOptions(options: unknown): Answers {
  const list = Array.isArray(options) ? options : [];
  const unsure = list[REPORT_OPTIONS.indexOf("unsure")] === true;
  const out: Partial<Record<(typeof QUESTION_IDS)[number], Answer>> = {};
  for (const q of QUESTION_IDS) out[q] = list[REPORT_OPTIONS.indexOf(q)] === true ? "yes" : unsure ? "unsure" : "no";
  return out;
}

function timeout<T>(clock: Clock, ms: number, value: T): { promise: Promise<T>; cancel(): void } {
  let handle: unknown;
  const promise = new Promise<T>((resolve) => {
    handle = clock.setTimeout(() => resolve(value), ms);
  });
  return { promise, cancel: () => clock.clearTimeout(handle) };
}

function dialog(lang: Lang, parts: readonly string[]) {
  const t = REPORT_BUTTON_TEXTS[lang];
  // Japanese sentences run on without spaces; English ones need one.
  const description = parts.filter((p) => p !== "").join(lang === "ja" ? "" : " ");
  return { title: t.title, description: description.length <= 500 ? description : description.slice(0, 499) + "…" };
}

type ReportCompletion = Record<string, unknown>;

/** If Outlook refuses the options, the smallest documented set: leave the mail where it is, said as it was said. */
const leaveInPlace = (options: ReportCompletion): ReportCompletion =>
  spamMoveOption(options.postProcessingAction !== undefined, "keep");

/** Whether this client reads postProcessingAction; reading diagnostics must never stop the completion. */
function oldMoveProperty(office: ReportOfficeLike): boolean {
  try {
    const mailbox = office.context.mailbox;
    return readsPostProcessingAction(office.context.diagnostics, mailbox && mailbox.diagnostics);
  } catch {
    return false;
  }
}

class ReportRun {
  private lang: Lang = "ja";
  private oldProperty = false;
  private readonly guard: CompletionGuard<ReportCompletion>;

  constructor(
    private readonly deps: ReportDeps,
    private readonly event: ReportEvent,
  ) {
    this.guard = completionGuard<ReportCompletion>(event, leaveInPlace);
  }

  private complete(options: ReportCompletion): void {
    this.guard.complete(options);
  }

  private move(choice: AfterReport): ReportCompletion {
    return spamMoveOption(this.oldProperty, choice);
  }

  async run(): Promise<void> {
    const office = this.deps.office();
    try {
      this.lang = langFor(office.context.displayLanguage);
    } catch {
      this.lang = "ja";
    }
    this.oldProperty = oldMoveProperty(office);
    const t = REPORT_BUTTON_TEXTS[this.lang];
    const answers = answersFromOptions(this.event.options);
    const freeText = typeof this.event.freeText === "string" ? this.event.freeText.slice(0, MAX_FREE_TEXT) : "";
    const report = this.deps.config.policy.report;
    const phone = report && report.phone ? t.deskPhone(report.phone, report.hours) : "";
    const gap = this.lang === "ja" ? "" : " ";
    const incident = needsIncidentSteps(answers) ? t.incidentFirst + (phone ? gap + phone : "") : "";
    const deliverHere = this.deps.deliverHere;
    const budget = timeout(this.deps.clock, this.deps.budgetMs ?? REPORT_BUDGET_MS, false);
    try {
      if (!deliverHere || !report) {
        this.handOver(office, answers, freeText, incident);
        return;
      }
      const request: ReportRequest = { office, answers, freeText, lang: this.lang };
      const delivered = await Promise.race([deliverHere(request), budget.promise]);
      if (delivered === true) {
        this.complete({
          ...this.move(report.afterReport ?? "keep"),
          onErrorDeleteItem: false,
          showPostProcessingDialog: dialog(this.lang, [incident, t.delivered]),
        });
        return;
      }
      this.handOver(office, answers, freeText, incident);
    } catch {
      this.complete({ ...this.move("keep"), showPostProcessingDialog: dialog(this.lang, [incident, t.failed]) });
    } finally {
      budget.cancel();
    }
  }

  /** The report could not be delivered from here: the pane finishes it (1.15) or the dialog says how (1.14). */
  private handOver(office: ReportOfficeLike, answers: Answers, freeText: string, incident: string) {
    const t = REPORT_BUTTON_TEXTS[this.lang];
    if (supports(office, "1.15")) {
      // moveItemTo must be NoMove for the pane to open; the mail must stay until the report is sent anyway.
      this.complete({
        ...this.move("keep"),
        commandId: REPORT_PANE_COMMAND_ID,
        contextData: encodeReportContext({ answers, freeText }),
      });
      return;
    }
    const report = this.deps.config.policy.report;
    this.complete({
      ...this.move("keep"),
      showPostProcessingDialog: dialog(this.lang, [
        incident,
        report && report.graph ? t.finishInPaneDirect : t.finishInPane,
      ]),
    });
  }
}

export function createReportHandler(deps: ReportDeps): (event: ReportEvent) => Promise<void> {
  return (event) => new ReportRun(deps, event).run();
}
