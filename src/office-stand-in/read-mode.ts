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

/**
 * Which Outlook the stand-in pretends to be, as Office.context.diagnostics tells it (and mailbox.diagnostics, its
 * Mailbox 1.1 counterpart). Default: classic Outlook on Windows, Version 2408 (Build 17928.20114).
 */
export interface ReadClient {
  /** Office.PlatformType: "PC" (classic Windows), "Mac", "OfficeOnline" (the web and new Outlook on Windows). */
  readonly platform: "PC" | "Mac" | "OfficeOnline";
  /** On Windows "16.0.<build>.<revision>". */
  readonly version: string;
}

export interface ReadModeOptions extends StandInOptions {
  readonly client?: ReadClient;
}

/**
 * What happens to the reported item once the SpamReporting event completes (Office.SpamReportingEventCompletedOptions):
 * it stays, it moves, or the completion named no move this client understands, which the docs leave undefined.
 */
export type SpamItemOutcome =
  | { readonly kind: "stays" }
  | { readonly kind: "moved"; readonly to: "junk" | "deleted" | "custom"; readonly folderName?: string }
  | { readonly kind: "undocumented"; readonly why: string };

export type SpamMoveProperty = "moveItemTo" | "postProcessingAction";

/** Classic Outlook on Windows reads moveItemTo from Version 2308 (Build 16724.10000); before it, postProcessingAction. */
export function spamMovePropertyOf(client: ReadClient): SpamMoveProperty {
  const m = /^16\.0\.(\d+)\.(\d+)$/.exec(client.version);
  if (client.platform !== "PC" || !m) return "moveItemTo";
  const build = Number(m[1]);
  return build < 16724 || (build === 16724 && Number(m[2]) < 10000) ? "postProcessingAction" : "moveItemTo";
}

/** Each property's documented values; the other property is not read by a client that knows only one. */
const SPAM_MOVES: Record<SpamMoveProperty, Record<string, "stays" | "junk" | "deleted" | "custom">> = {
  moveItemTo: { noMove: "stays", junkFolder: "junk", deletedItemsFolder: "deleted", customFolder: "custom" },
  postProcessingAction: { noMove: "stays", moveToSpamFolder: "junk", delete: "deleted", moveToCustomFolder: "custom" },
};

export function spamReportingOutcome(options: unknown, property: SpamMoveProperty): SpamItemOutcome {
  const o = (options && typeof options === "object" ? options : {}) as Record<string, unknown>;
  const value = o[property];
  if (value === undefined) return { kind: "undocumented", why: `no ${property}` };
  const to = typeof value === "string" ? SPAM_MOVES[property][value] : undefined;
  if (to === undefined) return { kind: "undocumented", why: `${property}: ${String(value)}` };
  if (to === "stays") return { kind: "stays" };
  if (to !== "custom") return { kind: "moved", to };
  // Documented for both properties: a custom folder without folderName means the Junk Email folder.
  const folderName = o.folderName;
  return typeof folderName === "string" && folderName !== ""
    ? { kind: "moved", to: "custom", folderName }
    : { kind: "moved", to: "junk" };
}

export interface ReadModeStandIn extends OfficeStandIn {
  readonly message: ReceivedMessage;
  readonly client: ReadClient;
  /** The property this client reads from a SpamReporting completion. */
  readonly spamMoveProperty: SpamMoveProperty;
  /** What this client does with the reported item for a SpamReporting completion's options. */
  spamOutcome(options: unknown): SpamItemOutcome;
  /** Every new-message form opened, in order (what a user would see pop up). */
  readonly forms: MessageFormRecord[];
  /** Hears each form as it opens; returns the unsubscribe function. */
  onForm(listener: (form: MessageFormRecord) => void): () => void;
}

function versionNumber(v: string): number {
  const [major, minor] = v.split(".");
  return Number(major) + Number(minor) / 100;
}

const DEFAULT_CLIENT: ReadClient = { platform: "PC", version: "16.0.17928.20114" };

export function createReadModeStandIn(
  init: Partial<ReceivedMessage> = {},
  options: ReadModeOptions = {},
): ReadModeStandIn {
  const base = createOfficeStandIn({}, options);
  const client = options.client ?? DEFAULT_CLIENT;
  const spamMoveProperty = spamMovePropertyOf(client);
  const message = emptyReceived(init);
  const vnum = versionNumber(options.mailboxVersion ?? "1.15");
  const forms: MessageFormRecord[] = [];
  const listeners = new Set<(form: MessageFormRecord) => void>();
  const open = (form: MessageFormRecord) => {
    forms.push(form);
    for (const l of [...listeners]) l(form);
  };

  const office = base.Office as {
    context: { mailbox: Record<string, unknown>; diagnostics?: unknown };
    MailboxEnums: Record<string, unknown>;
  };
  office.MailboxEnums.MoveSpamItemTo = {
    CustomFolder: "customFolder",
    DeletedItemsFolder: "deletedItemsFolder",
    JunkFolder: "junkFolder",
    NoMove: "noMove",
  };
  office.context.diagnostics = { host: "Outlook", platform: client.platform, version: client.version };
  const mailbox = office.context.mailbox;
  // mailbox.diagnostics: "Outlook" for classic Windows and Mac, "OutlookWebApp" for the web (and the Exchange version).
  mailbox.diagnostics = {
    hostName: client.platform === "OfficeOnline" ? "OutlookWebApp" : "Outlook",
    hostVersion: client.version,
  };
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
    client,
    spamMoveProperty,
    spamOutcome: (o) => spamReportingOutcome(o, spamMoveProperty),
    onForm(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
