import { Button } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";

export interface ConfirmRequest {
  readonly title: string;
  readonly body: string;
  readonly confirm: string;
  readonly onConfirm: () => void;
}

/**
 * A yes/no question before a step that loses edits or loosens the policy; Cancel (or Esc) does nothing. A native
 * modal <dialog>: the browser makes the page behind it inert and restores it on close, with no focus sentinels
 * or aria-hidden left behind when it goes away.
 */
export function ConfirmDialog(props: { request: ConfirmRequest; cancel: string; onClose: () => void }) {
  const { request, cancel, onClose } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="confirm"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{request.title}</h2>
      <p id={bodyId}>{request.body}</p>
      <div className="confirm-actions">
        <Button
          appearance="primary"
          onClick={() => {
            request.onConfirm();
            onClose();
          }}
        >
          {request.confirm}
        </Button>
        <Button onClick={onClose}>{cancel}</Button>
      </div>
    </dialog>
  );
}
