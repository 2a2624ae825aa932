import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PaneBackend } from "../backend";
import { DELAY_STRINGS, holdTime } from "../delay-strings";

/**
 * Shows when the send check is holding this draft back (send.delayOutsideMinutes) and lets the user release the
 * hold. Renders nothing when the policy does not delay, the client cannot, or nothing is held.
 */
export function DelayNotice({ backend }: { backend: Pick<PaneBackend, "lang" | "heldUntil" | "releaseHold"> }) {
  const s = DELAY_STRINGS[backend.lang];
  const [until, setUntil] = useState(0);
  const [state, setState] = useState<"idle" | "busy" | "released" | "failed">("idle");
  useEffect(() => {
    let gone = false;
    void backend.heldUntil?.().then((t) => !gone && setUntil(t));
    return () => {
      gone = true;
    };
  }, [backend]);
  if (state === "released")
    return (
      <MessageBar intent="success">
        <MessageBarBody>{s.released}</MessageBarBody>
      </MessageBar>
    );
  if (until === 0 || !backend.releaseHold) return null;
  const release = backend.releaseHold;
  // After a failed release the button goes: trying again cannot work, and the text says what still does.
  return (
    <MessageBar intent={state === "failed" ? "warning" : "info"}>
      <MessageBarBody>
        {s.held(holdTime(until, backend.lang))} {s.why} {state === "failed" && s.failed}
        {state !== "failed" && (
          <div>
            <Button
              size="small"
              disabled={state === "busy"}
              onClick={() => {
                setState("busy");
                void release().then((r) => setState(r.ok ? "released" : "failed"));
              }}
            >
              {s.sendNow}
            </Button>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
