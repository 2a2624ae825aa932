import { parseContextObject } from "../context-json";
import { QUESTION_IDS, type Answer, type Answers, type QuestionId } from "../../core/suspicious/questions";
import { officeCall } from "../async";

/**
 * What the integrated Report button hands the report pane (Mailbox 1.15: event.completed with commandId and
 * contextData): the answers given in its pre-processing dialog and the user's free text, so the pane does not ask
 * again. A string, because classic Outlook before 2402 accepts only strings as contextData.
 */
export interface ReportContext {
  readonly answers: Answers;
  readonly freeText: string;
}

const MAX_FREE_TEXT = 1000;

export function encodeReportContext(ctx: ReportContext): string {
  return JSON.stringify({ v: 1, kind: "report", answers: ctx.answers, freeText: ctx.freeText.slice(0, MAX_FREE_TEXT) });
}

const isAnswer = (v: unknown): v is Answer => v === "yes" || v === "no" || v === "unsure";

/** Anything unexpected means "no context" (the pane was opened by hand), never an exception. */
export function parseReportContext(raw: unknown): ReportContext | undefined {
  const o = parseContextObject(raw);
  if (!o) return undefined;
  if (o.v !== 1 || o.kind !== "report") return undefined;
  const given = (o.answers && typeof o.answers === "object" ? o.answers : {}) as Record<string, unknown>;
  const answers: Partial<Record<QuestionId, Answer>> = {};
  for (const q of QUESTION_IDS) {
    const a = given[q];
    if (isAnswer(a)) answers[q] = a;
  }
  const freeText = typeof o.freeText === "string" ? o.freeText.slice(0, MAX_FREE_TEXT) : "";
  return { answers, freeText };
}

export async function readReportContext(item: {
  getInitializationContextAsync?(callback: (r: Office.AsyncResult<string>) => void): void;
}): Promise<ReportContext | undefined> {
  const get = item.getInitializationContextAsync?.bind(item);
  if (!get) return undefined;
  const r = await officeCall<string>((cb) => get(cb));
  return r.ok ? parseReportContext(r.value) : undefined;
}

/** Office.EventType.InitializationContextChanged at run time. */
const CONTEXT_CHANGED = "olkInitializationContextChanged";

interface ItemWithHandlers {
  addHandlerAsync?(type: string, handler: (args: unknown) => void, callback?: (r: unknown) => void): void;
  removeHandlerAsync?(type: string, callback?: (r: unknown) => void): void;
}

/**
 * The Report button pressed again while the pane is open (Mailbox 1.15): Outlook hands the new contextData to the
 * open pane through InitializationContextChanged instead of relaunching it, when the pane listens. Returns the
 * unsubscribe function; a client without the event simply never calls the listener.
 */
export function onReportContextChanged(item: unknown, listener: (ctx: ReportContext) => void): () => void {
  const it = (item ?? {}) as ItemWithHandlers;
  if (typeof it.addHandlerAsync !== "function") return () => undefined;
  try {
    it.addHandlerAsync(CONTEXT_CHANGED, (args) => {
      const data = args && typeof args === "object" ? (args as { initializationContextData?: unknown }) : {};
      const ctx = parseReportContext(data.initializationContextData);
      if (ctx) listener(ctx);
    });
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      if (typeof it.removeHandlerAsync === "function") it.removeHandlerAsync(CONTEXT_CHANGED);
    } catch {
      // The pane is going away anyway.
    }
  };
}
