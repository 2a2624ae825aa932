import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Draft } from "../../office-stand-in/index";
import type { SimStrings } from "../strings";
import { formatRecipients } from "./RecipientField";

/** What went out: fields and the audit header the send check left on it. */
export function SentView({ draft, s, onNew }: { draft: Draft; s: SimStrings; onNew: () => void }) {
  const header = Object.entries(draft.headers).find(([k]) => k.toLowerCase() === "x-sendcheck");
  return (
    <section className="compose" aria-labelledby="sent-title" data-testid="sent">
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle id="sent-title">{s.sent}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <h2>{s.sentSummary}</h2>
      <dl className="sent-fields">
        <dt>{s.to}</dt>
        <dd data-testid="sent-to">{formatRecipients(draft.to) || s.none}</dd>
        <dt>{s.cc}</dt>
        <dd data-testid="sent-cc">{formatRecipients(draft.cc) || s.none}</dd>
        <dt>{s.bcc}</dt>
        <dd data-testid="sent-bcc">{formatRecipients(draft.bcc) || s.none}</dd>
        <dt>{s.subject}</dt>
        <dd data-testid="sent-subject">{draft.subject}</dd>
        <dt>{s.attachments}</dt>
        <dd>{draft.attachments.map((a) => a.name).join(", ") || s.none}</dd>
        <dt>{s.header}</dt>
        <dd>
          <code data-testid="sent-header">{header ? `${header[0]}: ${header[1]}` : s.none}</code>
        </dd>
      </dl>
      <Button appearance="primary" onClick={onNew}>
        {s.newMessage}
      </Button>
    </section>
  );
}
