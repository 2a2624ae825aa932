import { Button } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import type { DialogChoice } from "../session";
import type { SimStrings } from "../strings";
import { MarkdownView } from "./MarkdownView";

type Props = {
  options: Office.SmartAlertsEventCompletedOptions | undefined;
  /** Mailbox requirement set as a number (1.12 → 1.12): which options this client honours. */
  version: number;
  s: SimStrings;
  onChoose: (choice: DialogChoice) => void;
};

/**
 * The Smart Alerts dialog as Outlook draws it: the add-in's name as title (not customisable), the Markdown body on
 * 1.15+ (plain errorMessage otherwise), Send Anyway only for sendModeOverride PromptUser (1.14+), the cancelLabel
 * button only when commandId is set (1.14+), and Don't Send always. A native modal <dialog> makes the page behind
 * it inert and gives it back on close; Escape means Don't Send.
 */
export function SmartAlertDialog({ options, version, s, onChoose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const open = !!options;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const markdown = version >= 1.15 && typeof options?.errorMessageMarkdown === "string";
  const sendAnyway = version >= 1.14 && options?.sendModeOverride === "promptUser";
  const takeAction = version >= 1.14 && typeof options?.commandId === "string" && options.commandId !== "";
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="smart-alert"
      data-testid="smart-alert"
      onCancel={(e) => {
        e.preventDefault();
        onChoose("dont-send");
      }}
    >
      {open && (
        <>
          <h2 id={titleId}>{s.dialog.title}</h2>
          <div id={bodyId}>
            {markdown ? (
              <MarkdownView source={options?.errorMessageMarkdown ?? ""} />
            ) : (
              <p className="plain-alert">{options?.errorMessage ?? ""}</p>
            )}
          </div>
          <div className="smart-alert-actions">
            {sendAnyway && <Button onClick={() => onChoose("send-anyway")}>{s.dialog.sendAnyway}</Button>}
            {takeAction && (
              <Button appearance="primary" onClick={() => onChoose("take-action")}>
                {options?.cancelLabel || s.dialog.takeAction}
              </Button>
            )}
            <Button appearance={takeAction ? "secondary" : "primary"} onClick={() => onChoose("dont-send")}>
              {s.dialog.dontSend}
            </Button>
          </div>
        </>
      )}
    </dialog>
  );
}
