import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Finding } from "../core/checks/types";
import type { PaneContext } from "../office/init-context";
import type { RecipientFailure } from "../office/fixes";
import type { PaneBackend } from "./backend";
import { buildCards, resolvedSince, type Card } from "./model/cards";
import { sendState, type SendState } from "./model/send-state";
import { STRINGS } from "./strings";

/** A problem one card's fix ran into; it stays on the card until the next fix there. */
export interface CardError {
  readonly text: string;
  readonly failures?: readonly RecipientFailure[];
}

export interface PaneView {
  readonly status: "loading" | "ready" | "error";
  readonly errors: readonly string[];
  readonly context?: PaneContext;
  readonly cards: readonly Card[];
  readonly resolved: readonly Pick<Finding, "check" | "messageId">[];
  readonly unread: readonly string[];
  readonly ticked: ReadonlySet<string>;
  readonly busy?: string;
  readonly cardErrors: Readonly<Record<string, CardError>>;
  /** The last outcome worth announcing to a screen reader (and showing). */
  readonly announcement: string;
  readonly send: SendState;
  readonly sending: boolean;
  readonly sendError?: string;
}

export interface PaneActions {
  moveToBcc(card: string, addresses: readonly string[]): void;
  /** Writes `to` as the subject, only if the live subject is still `from` (the preview's base). */
  markSubject(card: string, from: string, to: string): void;
  removeAttachment(card: string, id: string): void;
  removeRecipients(card: string, addresses: readonly string[]): void;
  tick(key: string, on: boolean): void;
  send(): void;
  recheck(): void;
}

/** Re-evaluations triggered by a burst of events (a 300-recipient paste) collapse into one. */
const RECHECK_DELAY_MS = 150;

/**
 * The fix pane's state over a backend: reads how the pane was opened, evaluates the live draft on open, on every
 * recipients/attachments change and after every fix, and runs the fixes. Stale evaluations are dropped.
 */
export function useFixPane(backend: PaneBackend): { view: PaneView; actions: PaneActions } {
  const s = STRINGS[backend.lang];
  const [status, setStatus] = useState<PaneView["status"]>("loading");
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [context, setContext] = useState<PaneContext | undefined>();
  const [findings, setFindings] = useState<readonly Finding[]>([]);
  const [draft, setDraft] = useState<Parameters<typeof buildCards>[1]>({
    recipients: [],
    subject: "",
    attachments: [],
  });
  const [unread, setUnread] = useState<readonly string[]>([]);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | undefined>();
  const [cardErrors, setCardErrors] = useState<Record<string, CardError>>({});
  const [announcement, setAnnouncement] = useState("");
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | undefined>();
  const seq = useRef(0);
  // What Send will re-evaluate: read at send time, so the marker matches the latest check, not a stale closure.
  const latestFindings = useRef<readonly Finding[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const evaluateNow = useCallback(async () => {
    const mine = ++seq.current;
    const r = await backend.check();
    if (mine !== seq.current) return;
    if (!r.ok) {
      setErrors(r.errors);
      setStatus("error");
      return;
    }
    setErrors([]);
    setFindings(r.findings);
    latestFindings.current = r.findings;
    setDraft(r.draft);
    setUnread(r.unread);
    setStatus("ready");
  }, [backend]);

  const recheck = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void evaluateNow(), RECHECK_DELAY_MS);
  }, [evaluateNow]);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    void backend.context().then((c) => !gone && setContext(c));
    void evaluateNow();
    void backend.watch(recheck).then((unsubscribe) => (gone ? unsubscribe() : (stop = unsubscribe)));
    // Send pressed again with the pane open (1.15): the same pane shows the new findings, it is not relaunched.
    let stopContext: (() => void) | undefined;
    void backend
      .watchContext?.((c) => {
        if (gone) return;
        setContext(c);
        void evaluateNow();
      })
      .then((unsubscribe) => (gone ? unsubscribe() : (stopContext = unsubscribe)));
    // Subject and body edits raise no Office event; coming back to the pane is the next best moment.
    const onFocus = () => recheck();
    window.addEventListener("focus", onFocus);
    return () => {
      gone = true;
      stop?.();
      stopContext?.();
      window.removeEventListener("focus", onFocus);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [backend, evaluateNow, recheck]);

  /** Runs one fix on one card: busy while it runs, its error kept on the card, then a fresh evaluation. */
  const run = useCallback(
    async (card: string, work: () => Promise<CardError | string>) => {
      setBusy(card);
      setCardErrors(({ [card]: _dropped, ...rest }) => rest);
      try {
        const outcome = await work();
        if (typeof outcome === "string") setAnnouncement(outcome);
        else {
          setCardErrors((all) => ({ ...all, [card]: outcome }));
          setAnnouncement(outcome.text);
        }
      } finally {
        setBusy(undefined);
        await evaluateNow();
      }
    },
    [evaluateNow],
  );

  const actions: PaneActions = useMemo(
    () => ({
      moveToBcc: (card, addresses) =>
        void run(card, async () => {
          const r = await backend.moveToBcc(addresses);
          if (r.failed.length === 0) return s.moveToBcc.done(r.moved.length);
          return { text: s.moveToBcc.failed, failures: r.failed };
        }),
      markSubject: (card, from, to) =>
        void run(card, async () => {
          // Subject edits raise no Office event: read the live subject so the pane never overwrites a newer one
          // with a preview the user has not seen.
          const now = await backend.check();
          if (now.ok && now.draft.subject !== from) return { text: s.subject.changed };
          const r = await backend.setSubject(to);
          return r.ok ? s.subject.done : { text: s.failed(r.error) };
        }),
      removeAttachment: (card, id) =>
        void run(card, async () => {
          const r = await backend.removeAttachment(id);
          return r.ok ? s.removeAttachment.done : { text: s.failed(r.error) };
        }),
      removeRecipients: (card, addresses) =>
        void run(card, async () => {
          const failed = await backend.removeRecipients(addresses);
          return failed.length === 0 ? s.removeRecipients.done : { text: s.removeRecipients.failed, failures: failed };
        }),
      tick: (key, on) =>
        setTicked((prev) => {
          const next = new Set(prev);
          if (on) next.add(key);
          else next.delete(key);
          return next;
        }),
      send: () => {
        setSending(true);
        setSendError(undefined);
        // Send is only offered when no block remains and every warning's checklist is ticked.
        const acknowledged = latestFindings.current.some((f) => f.action === "warn") ? latestFindings.current : [];
        void backend.send(acknowledged).then((r) => {
          // After a successful send the pane usually closes with the item; if it is still here, say so.
          setSending(false);
          if (!r.ok) setSendError(s.send.notSent);
          void evaluateNow();
        });
      },
      recheck: () => void evaluateNow(),
    }),
    [backend, run, s, evaluateNow],
  );

  const cards = useMemo(
    () => buildCards(findings, draft, backend.lang, (section) => backend.guidanceUrl(section)),
    [findings, draft, backend],
  );
  const view: PaneView = {
    status,
    errors,
    ...(context ? { context } : {}),
    cards,
    resolved: context && status === "ready" ? resolvedSince(context.findings, findings) : [],
    unread,
    ticked,
    ...(busy ? { busy } : {}),
    cardErrors,
    announcement,
    send: sendState(cards, ticked),
    sending,
    ...(sendError ? { sendError } : {}),
  };
  return { view, actions };
}
