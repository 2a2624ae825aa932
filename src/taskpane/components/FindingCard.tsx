import { Badge, Button, Link, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useId } from "react";
import type { Card } from "../model/cards";
import type { Strings } from "../strings";
import type { CardError, PaneActions } from "../use-fix-pane";
import { AttachmentChoices } from "./AttachmentChoices";
import { ChecklistFix } from "./ChecklistFix";
import { MoveToBccFix } from "./MoveToBccFix";
import { SubjectFix } from "./SubjectFix";

type Props = {
  card: Card;
  s: Strings;
  busy: boolean;
  /** A warning whose checklist is all ticked: shown as confirmed. */
  settled: boolean;
  error?: CardError;
  ticked: ReadonlySet<string>;
  actions: PaneActions;
};

/** One finding: what was found, why it matters, where to read more, and the fixes that exist for it. */
export function FindingCard({ card, s, busy, settled, error, ticked, actions }: Props) {
  const titleId = useId();
  const progress = card.action === "block" ? "blocked" : settled ? "done" : "open";
  return (
    <section
      className={`card ${card.action}${settled ? " settled" : ""}`}
      aria-labelledby={titleId}
      data-check={card.check}
      data-progress={progress}
    >
      <div className="card-head">
        <h3 id={titleId}>{card.title}</h3>
        <Badge
          appearance={progress === "done" ? "tint" : "filled"}
          color={progress === "blocked" ? "danger" : progress === "done" ? "success" : "warning"}
        >
          {s.progress[progress]}
        </Badge>
      </div>
      <Text as="p" className="message">
        {card.message}
      </Text>
      <Text as="p" size={200} className="why">
        {card.why}
      </Text>
      {card.instead && (
        <div className="instead">
          <Text as="p" weight="semibold">
            {s.insteadHeading}
          </Text>
          <Text as="p" size={200}>
            {card.instead}
          </Text>
        </div>
      )}
      <Link href={card.guidanceUrl} target="_blank" rel="noopener noreferrer" className="guidance">
        {s.guidance(card.section)}
        <span className="visually-hidden">{s.opensNewWindow}</span>
      </Link>
      {card.fixes.map((fix, i) => {
        switch (fix.kind) {
          case "move-to-bcc":
            return <MoveToBccFix key={i} fix={fix} s={s} busy={busy} onMove={(a) => actions.moveToBcc(card.key, a)} />;
          case "mark-subject":
            return (
              <SubjectFix
                key={i}
                fix={fix}
                s={s}
                busy={busy}
                onMark={(from, to) => actions.markSubject(card.key, from, to)}
              />
            );
          case "remove-attachment":
            return (
              <div key={i} className="fix">
                {fix.attachments.map((a) => (
                  <Button key={a.id} disabled={busy} onClick={() => actions.removeAttachment(card.key, a.id)}>
                    {s.removeAttachment.button(a.name)}
                  </Button>
                ))}
              </div>
            );
          case "attachment-choices":
            return (
              <AttachmentChoices
                key={i}
                fix={fix}
                s={s}
                busy={busy}
                onRemove={(id) => actions.removeAttachment(card.key, id)}
              />
            );
          case "remove-recipients":
            return (
              <div key={i} className="fix">
                <Text as="p" size={200}>
                  {fix.addresses.join(", ")}
                </Text>
                <Button disabled={busy} onClick={() => actions.removeRecipients(card.key, fix.addresses)}>
                  {s.removeRecipients.button(fix.addresses.length)}
                </Button>
              </div>
            );
          case "checklist":
            return <ChecklistFix key={i} card={card.key} fix={fix} s={s} ticked={ticked} onTick={actions.tick} />;
        }
      })}
      {error && (
        <MessageBar intent="error" layout="multiline" className="fix">
          <MessageBarBody>
            {error.text}
            {error.failures && (
              <ul>
                {error.failures.map((f) => (
                  <li key={f.address}>
                    {f.address}: {f.error}
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
