import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { checkTitle, decisionLabel } from "../../core/i18n/render";
import type { Lang } from "../../core/i18n/types";
import { STRINGS } from "../strings";
import type { PaneActions, PaneView } from "../use-fix-pane";
import { FindingCard } from "./FindingCard";
import { SendBar } from "./SendBar";

type Props = { lang: Lang; view: PaneView; actions: PaneActions; canSendFromPane: boolean };

/** The whole pane: how it was opened, one card per finding, what was already resolved, and the send bar. */
export function FixPane({ lang, view, actions, canSendFromPane }: Props) {
  const s = STRINGS[lang];
  const decision = view.context?.decision;
  return (
    <main className="pane" lang={lang}>
      <h1>{s.title}</h1>
      {decision && (
        <Text as="p" className="opened-from">
          {s.openedFrom(
            decision === "error" ? decisionLabel("warn", lang) : decisionLabel(decision, lang),
            view.context?.findings.length ?? 0,
          )}
        </Text>
      )}
      {view.context?.truncated && <Text as="p">{s.fromDialogTruncated}</Text>}
      <div role="status" aria-live="polite" className="announcement">
        {view.announcement}
      </div>
      {view.status === "loading" && <Spinner label={s.loading} />}
      {view.status === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>
            {s.readFailed} {view.errors.join("; ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {view.status !== "loading" && (
        <Button appearance="subtle" size="small" onClick={actions.recheck}>
          {s.retry}
        </Button>
      )}
      {view.status === "ready" && view.unread.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.unread}</MessageBarBody>
        </MessageBar>
      )}
      {view.status === "ready" && view.cards.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{s.clean}</MessageBarBody>
        </MessageBar>
      )}
      {view.cards.length > 0 && (
        <section aria-labelledby="findings-heading">
          <h2 id="findings-heading">{s.findingsHeading}</h2>
          {view.cards.map((card) => (
            <FindingCard
              key={card.key}
              card={card}
              s={s}
              busy={view.busy !== undefined}
              {...(view.cardErrors[card.key] ? { error: view.cardErrors[card.key] } : {})}
              ticked={view.ticked}
              actions={actions}
            />
          ))}
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
