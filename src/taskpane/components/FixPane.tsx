import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import { checkTitle } from "../../core/i18n/render";
import type { Lang } from "../../core/i18n/types";
import type { Card } from "../model/cards";
import { isSettled } from "../model/send-state";
import { STRINGS, type Strings } from "../strings";
import type { PaneActions, PaneView } from "../use-fix-pane";
import { FindingCard } from "./FindingCard";
import { SendBar } from "./SendBar";

type Props = { lang: Lang; view: PaneView; actions: PaneActions; canSendFromPane: boolean };

/** The state of the mail now, in one line that changes as the user fixes things. */
function Headline({ s, view }: { s: Strings; view: PaneView }) {
  if (view.status !== "ready") return null;
  const state = view.send;
  const atSend = view.context?.findings.length ?? 0;
  const title =
    state.kind === "blocked"
      ? s.headline.blocked(state.count)
      : state.kind === "todo"
        ? s.headline.todo(state.count)
        : s.headline.ready;
  return (
    <MessageBar
      layout="multiline"
      className="headline"
      intent={state.kind === "blocked" ? "error" : state.kind === "todo" ? "warning" : "success"}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {atSend > 0 && <div>{s.openedFrom(atSend, view.resolved.length)}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

function CardList(props: { cards: readonly Card[]; s: Strings; view: PaneView; actions: PaneActions }) {
  const { cards, s, view, actions } = props;
  return (
    <>
      {cards.map((card) => (
        <FindingCard
          key={card.key}
          card={card}
          s={s}
          busy={view.busy !== undefined}
          settled={isSettled(card, view.ticked)}
          {...(view.cardErrors[card.key] ? { error: view.cardErrors[card.key] } : {})}
          ticked={view.ticked}
          actions={actions}
        />
      ))}
    </>
  );
}

/**
 * The whole pane: where the mail stands now, then what stops it (blocks), then the lesser findings grouped below,
 * then notes that need nothing done, what was already resolved, and the send bar.
 */
export function FixPane({ lang, view, actions, canSendFromPane }: Props) {
  const s = STRINGS[lang];
  const blocks = view.cards.filter((c) => c.action === "block");
  const warnings = view.cards.filter((c) => c.action === "warn");
  const notes = view.cards.filter((c) => c.action !== "block" && c.action !== "warn");
  return (
    <main className="pane" lang={lang}>
      {/* Outlook's pane header already shows the add-in's name: the heading is there for screen readers only. */}
      <h1 className="visually-hidden">{s.title}</h1>
      <Headline s={s} view={view} />
      {view.context?.truncated && <Text as="p">{s.fromDialogTruncated}</Text>}
      <div role="status" aria-live="polite" className="announcement">
        {view.announcement}
      </div>
      {view.status === "loading" && <Spinner label={s.loading} />}
      {view.status === "error" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {s.readFailed} {view.errors.join("; ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {view.status === "ready" && view.unread.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.unread}</MessageBarBody>
        </MessageBar>
      )}
      {view.status === "ready" && view.cards.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{s.clean}</MessageBarBody>
        </MessageBar>
      )}
      {blocks.length > 0 && (
        <section aria-labelledby="block-heading">
          <h2 id="block-heading">{s.blockHeading}</h2>
          <CardList cards={blocks} s={s} view={view} actions={actions} />
        </section>
      )}
      {warnings.length > 0 && (
        <section aria-labelledby="findings-heading">
          <h2 id="findings-heading">{blocks.length > 0 ? s.othersHeading : s.findingsHeading}</h2>
          {blocks.length > 0 && (
            <Text as="p" size={200} className="section-note">
              {s.othersNote}
            </Text>
          )}
          <CardList cards={warnings} s={s} view={view} actions={actions} />
        </section>
      )}
      {notes.length > 0 && (
        <section aria-labelledby="info-heading" className="notes">
          <h2 id="info-heading">{s.infoHeading}</h2>
          <ul>
            {notes.map((c) => (
              <li key={c.key} data-check={c.check}>
                <Text size={200} weight="semibold">
                  {c.title}
                </Text>{" "}
                <Text size={200}>{c.message}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.resolved.length > 0 && (
        <section aria-labelledby="resolved-heading">
          <h2 id="resolved-heading">{s.resolvedHeading}</h2>
          <ul className="resolved">
            {view.resolved.map((f) => (
              <li key={`${f.check}|${f.messageId}`}>{s.resolved(checkTitle(f.check, lang))}</li>
            ))}
          </ul>
        </section>
      )}
      {view.status !== "loading" && (
        <Button appearance="subtle" size="small" className="recheck" onClick={actions.recheck}>
          {s.retry}
        </Button>
      )}
      {view.status === "ready" && (
        <SendBar
          s={s}
          state={view.send}
          canSendFromPane={canSendFromPane}
          sending={view.sending}
          {...(view.sendError ? { error: view.sendError } : {})}
          onSend={actions.send}
        />
      )}
    </main>
  );
}
