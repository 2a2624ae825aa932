/**
 * The stand-in in read mode: a received message as `Office.context.mailbox.item` (Office.MessageRead), and
 * `mailbox.displayNewMessageFormAsync` recording every form it was asked to open. Built on createOfficeStandIn,
 * so the channel (latency, faults, call log), requirement sets, associate and events behave the same.
 */
import { createOfficeStandIn, type OfficeStandIn, type StandInOptions } from "./index";
import { createReadItem, validateMessageForm } from "./read-item";
import { emptyReceived, type MessageFormRecord, type ReceivedMessage } from "./read-types";

export { READ_LIMITS } from "./read-item";
export { emptyReceived, type MessageFormRecord, type ReceivedAttachmentInit, type ReceivedMessage } from "./read-types";

export interface ReadModeStandIn extends OfficeStandIn {
  readonly message: ReceivedMessage;
  /** Every new-message form opened, in order (what a user would see pop up). */
  readonly forms: MessageFormRecord[];
  /** Hears each form as it opens; returns the unsubscribe function. */
  onForm(listener: (form: MessageFormRecord) => void): () => void;
}

function versionNumber(v: string): number {
  const [major, minor] = v.split(".");
  return Number(major) + Number(minor) / 100;
}

export function createReadModeStandIn(
  init: Partial<ReceivedMessage> = {},
  options: StandInOptions = {},
): ReadModeStandIn {
  const base = createOfficeStandIn({}, options);
  const message = emptyReceived(init);
  const vnum = versionNumber(options.mailboxVersion ?? "1.15");
  const forms: MessageFormRecord[] = [];
  const listeners = new Set<(form: MessageFormRecord) => void>();
  const open = (form: MessageFormRecord) => {
    forms.push(form);
    for (const l of [...listeners]) l(form);
  };

  const office = base.Office as {
    context: { mailbox: Record<string, unknown> };
    MailboxEnums: Record<string, unknown>;
  };
  office.MailboxEnums.MoveSpamItemTo = {
    CustomFolder: "customFolder",
    DeletedItemsFolder: "deletedItemsFolder",
    JunkFolder: "junkFolder",
    NoMove: "noMove",
  };
  const mailbox = office.context.mailbox;
  mailbox.item = createReadItem(message, base.channel, vnum);
  // 1.6: the form opens at once, there is no callback.
  mailbox.displayNewMessageForm = (params: unknown) => {
    base.channel.checkPermission("displayNewMessageForm");
    base.channel.calls.push({ api: "displayNewMessageForm", arg: params, startedAt: base.channel.now() });
    open(validateMessageForm(params));
  };
  // versionNumber("1.9") is 1.09: minor versions are hundredths.
  if (vnum >= 1.09) {
    mailbox.displayNewMessageFormAsync = (...args: unknown[]) => {
      base.channel.checkPermission("displayNewMessageFormAsync");
      const form = validateMessageForm(args[0]);
      base.channel.call("displayNewMessageFormAsync", args, () => {
        open(form);
        return { ok: true, value: undefined };
      });
    };
  }

  return {
    ...base,
    message,
    forms,
    onForm(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
