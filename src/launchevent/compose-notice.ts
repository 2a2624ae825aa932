import type { Finding } from "../core/checks/types";
import type { DecisionAction } from "../core/engine";
import { checkTitle, langFor } from "../core/i18n/render";
import type { Lang } from "../core/i18n/types";
import { officeCall, withDeadline, type Clock } from "../office/async";
import { detectCapabilities } from "../office/capabilities";
import { evaluateDraft } from "../office/evaluate-draft";
import type { Inspector } from "../office/inspect-attachments";
import { readDraft } from "../office/read-draft";
import { entriesThatFit, setSession } from "../office/session";
import { completionGuard } from "./completion-guard";
import type { SendCheckConfig } from "./config";
import { confirmedInPane } from "./plan-completion";
import type { OfficeLike } from "./send-check";

/**
 * Early warning while composing: after recipients or attachments change, the draft is evaluated exactly as Send
 * will evaluate it (office/evaluate-draft.ts) and one notification above the body says what Send would say, or is
 * removed when nothing is left. Event handlers may use InformationalMessage and ErrorMessage only (an
 * InsightMessage's actions belong to task panes), at most 150 characters, one fixed key so a newer verdict
 * replaces the older one instead of stacking up to Outlook's five-notification limit.
 */

/** The one notification key (documented limit: 32 characters). */
export const NOTICE_KEY = "sendcheck.presend";
/** Documented maximum of NotificationMessageDetails.message. */
export const NOTICE_MAX_CHARS = 150;
/** manifest.xml <bt:Image id>: InformationalMessage requires an icon defined in the manifest. */
export const NOTICE_ICON = "Icon.16x16";

const NOTICE_TEXTS: Readonly<Record<Lang, { warn: string; block: string; more: (n: number) => string }>> = {
  ja: {
    warn: "送信時に確認を求められます: ",
    block: "このままでは送信できません: ",
    more: (n) => `（ほか${n}件）`,
  },
  en: {
    warn: "Send will ask you to check: ",
    block: "This cannot be sent as it is: ",
    more: (n) => ` (+${n} more)`,
  },
};

/** The notice's text for a warn or block verdict: the first finding's check title, within the 150-character limit. */
export function noticeText(action: "warn" | "block", findings: readonly Finding[], lang: Lang): string {
  const t = NOTICE_TEXTS[lang];
  const relevant = findings.filter((f) => f.action === action);
  const shown = relevant.length > 0 ? relevant : findings;
  const titles: string[] = [];
  for (const f of shown) {
    const title = checkTitle(f.check, lang);
    if (title && titles.indexOf(title) < 0) titles.push(title);
  }
  const head = (action === "block" ? t.block : t.warn) + (titles[0] || "");
  const text = head + (titles.length > 1 ? t.more(titles.length - 1) : "");
  return text.length <= NOTICE_MAX_CHARS ? text : text.slice(0, NOTICE_MAX_CHARS - 1) + "…";
}

export interface ComposeNoticeDeps {
  readonly office: () => OfficeLike;
  readonly config: SendCheckConfig;
  readonly clock: Clock;
  readonly inspect: Inspector;
}

interface NotificationApi {
  replaceAsync(key: string, details: unknown, callback: (r: Office.AsyncResult<void>) => void): void;
  removeAsync(key: string, callback: (r: Office.AsyncResult<void>) => void): void;
}

/** What the notice shows: undefined removes it. Unread attachments leave it as it is (nothing certain to say). */
export type NoticePlan =
  | { readonly kind: "show"; readonly action: "warn" | "block"; readonly message: string }
  | { readonly kind: "remove" }
  | { readonly kind: "keep" };

export function planNotice(
  action: DecisionAction,
  findings: readonly Finding[],
  unread: readonly string[],
  lang: Lang,
  session?: Readonly<Record<string, string>>,
): NoticePlan {
  // Warnings the user already confirmed item by item in the fix pane go out without a dialog: a notice saying Send
  // will ask would be wrong. Send's own rule decides, so the two cannot disagree.
  if (confirmedInPane(action, findings, unread.length > 0, session)) return { kind: "remove" };
  // A verdict raised only because an attachment could not be read yet is Send's business, not a warning to show.
  if (unread.length > 0 && !findings.some((f) => f.action === "warn" || f.action === "block")) return { kind: "keep" };
  if (action === "warn" || action === "block")
    return { kind: "show", action, message: noticeText(action, findings, lang) };
  return { kind: "remove" };
}

/**
 * Reads the draft in one round trip, evaluates it as Send does, writes the attachment inspections it had to make
 * into sessionData (so Send does not read those files again) and shows, replaces or removes the notice. Every
 * Office call is bounded by `until`; failures are swallowed (the notice is advice, Send still decides).
 */
export async function refreshNotice(deps: ComposeNoticeDeps, until: number): Promise<NoticePlan | undefined> {
  const { clock, config } = deps;
  const office = deps.office();
  const item = office.context.mailbox && (office.context.mailbox.item as Office.MessageCompose | undefined);
  const notices = item && (item.notificationMessages as unknown as NotificationApi | undefined);
  // Meeting invitations (OnAppointmentAttachmentsChanged shares the attachments handler) get no notice.
  if (!item || !notices || (item as { itemType?: unknown }).itemType === "appointment") return undefined;
  const caps = detectCapabilities(office);
  const lang = langFor(office.context.displayLanguage);
  const read = await withDeadline(
    readDraft(item, caps).then((r) => ({ ok: true as const, value: r })),
    until,
    clock,
  );
  if (!read.ok || !read.value.ok) return undefined;
  const draft = read.value.draft;
  const evaluation = await evaluateDraft(item, draft, draft.session, config.policy, deps.inspect, until, clock);
  const plan = planNotice(evaluation.action, evaluation.findings, evaluation.unread, lang, draft.session);
  const writes: Promise<unknown>[] = [];
  if (draft.session && evaluation.fresh.length > 0) {
    for (const [k, v] of entriesThatFit(draft.session, evaluation.fresh, caps.sessionDataQuota)) {
      writes.push(withDeadline(setSession(item, k, v), until, clock));
    }
  }
  if (plan.kind === "show") {
    const type = plan.action === "block" ? "errorMessage" : "informationalMessage";
    const details =
      plan.action === "block"
        ? { type, message: plan.message }
        : { type, message: plan.message, icon: NOTICE_ICON, persistent: true };
    writes.push(
      withDeadline(
        officeCall<void>((cb) => notices.replaceAsync(NOTICE_KEY, details, cb)),
        until,
        clock,
      ),
    );
  } else if (plan.kind === "remove") {
    // Removing a key that is not there fails harmlessly; asking first would cost a round trip.
    writes.push(
      withDeadline(
        officeCall<void>((cb) => notices.removeAsync(NOTICE_KEY, cb)),
        until,
        clock,
      ),
    );
  }
  await Promise.all(writes);
  return plan;
}

/** The time a compose-time handler may take: no dialog waits on it, but the runtime should not linger. */
export function composeBudget(config: SendCheckConfig): number {
  return Math.min(20_000, config.policy.send.timeBudgetMs * 4);
}

/**
 * OnMessageRecipientsChanged (Mailbox 1.11; XML manifest): refresh the notice. Recipients need no precomputation
 * of their own (the recipient checks are pure and cheap once the lists are read, and Send reads the lists anyway);
 * the inspections of attachments not yet cached are stored, which is what Send would otherwise have to compute.
 * `event.completed` exactly once, on every path, within the budget.
 */
export function createRecipientsChangedHandler(deps: ComposeNoticeDeps): (event: unknown) => Promise<void> {
  return async (raw) => {
    const event = raw as { completed(options?: unknown): void };
    const guard = completionGuard(event);
    const { clock } = deps;
    const until = clock.now() + composeBudget(deps.config);
    const timer = clock.setTimeout(() => guard.complete(), until - clock.now() + 50);
    try {
      await refreshNotice(deps, until);
    } catch {
      // Advice only: Send checks the draft whatever happened here.
    } finally {
      clock.clearTimeout(timer);
      guard.complete();
    }
  };
}
