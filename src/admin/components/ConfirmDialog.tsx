import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

export interface ConfirmRequest {
  readonly title: string;
  readonly body: string;
  readonly confirm: string;
  readonly onConfirm: () => void;
}

/** A yes/no question before a step that loses edits or loosens the policy; Cancel (or Esc) does nothing. */
export function ConfirmDialog(props: { request: ConfirmRequest | null; cancel: string; onClose: () => void }) {
  const { request, cancel, onClose } = props;
  return (
    <Dialog open={request !== null} modalType="alert" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{request?.title}</DialogTitle>
          <DialogContent>{request?.body}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                request?.onConfirm();
                onClose();
              }}
            >
              {request?.confirm}
            </Button>
            <Button onClick={onClose}>{cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
