import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { SendState } from "../model/send-state";
import type { Strings } from "../strings";

type Props = {
  s: Strings;
  state: SendState;
  canSendFromPane: boolean;
  sending: boolean;
  error?: string;
  onSend: () => void;
};

/** Where the mail stands: what still stops it, or how to send it now. */
export function SendBar({ s, state, canSendFromPane, sending, error, onSend }: Props) {
  const text =
    state.kind === "blocked"
      ? s.send.blocked(state.count)
      : state.kind === "todo"
        ? s.send.todo(state.count)
        : `${s.send.ready} ${canSendFromPane ? s.send.readySendAsync : s.send.pressSend}`;
  return (
    <div className="send-bar">
      <MessageBar
        layout="multiline"
        intent={state.kind === "blocked" ? "error" : state.kind === "todo" ? "warning" : "success"}
      >
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "ready" && canSendFromPane && (
        <Button appearance="primary" disabled={sending} onClick={onSend}>
          {sending ? <Spinner size="tiny" label={s.send.sending} /> : s.send.button}
        </Button>
      )}
    </div>
  );
}
