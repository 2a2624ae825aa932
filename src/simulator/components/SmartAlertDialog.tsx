import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
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
 * button only when commandId is set (1.14+), and Don't Send always.
 */
export function SmartAlertDialog({ options, version, s, onChoose }: Props) {
  const open = !!options;
  const markdown = version >= 1.15 && typeof options?.errorMessageMarkdown === "string";
  const sendAnyway = version >= 1.14 && options?.sendModeOverride === "promptUser";
  const takeAction = version >= 1.14 && typeof options?.commandId === "string" && options.commandId !== "";
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onChoose("dont-send")}>
      <DialogSurface aria-describedby="smart-alert-body" data-testid="smart-alert">
        <DialogBody>
          <DialogTitle>{s.dialog.title}</DialogTitle>
          <DialogContent id="smart-alert-body">
            {markdown ? (
              <MarkdownView source={options?.errorMessageMarkdown ?? ""} />
            ) : (
              <p className="plain-alert">{options?.errorMessage ?? ""}</p>
            )}
          </DialogContent>
          <DialogActions>
            {sendAnyway && <Button onClick={() => onChoose("send-anyway")}>{s.dialog.sendAnyway}</Button>}
            {takeAction && (
              <Button appearance="primary" onClick={() => onChoose("take-action")}>
                {options?.cancelLabel || s.dialog.takeAction}
              </Button>
            )}
            <Button appearance={takeAction ? "secondary" : "primary"} onClick={() => onChoose("dont-send")}>
              {s.dialog.dontSend}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
