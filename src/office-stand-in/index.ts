/**
 * One in-browser stand-in for the slice of Office.js that sendcheck uses, shared by the simulator, the unit tests
 * and the bench. Pure TypeScript: no Node APIs, no DOM. Its semantics follow the documentation (see README.md in
 * this folder): callbacks always run asynchronously with an AsyncResult {status, value, error}; bad arguments throw
 * synchronously; recipient writes take at most 100 entries per call; sessionData holds 50,000 characters per add-in
 * before Mailbox 1.16; requirement sets can be capped to mimic an older client; latency and failures (including a
 * callback that never comes) are injectable per API.
 */
import { Channel, type ChannelOptions } from "./channel";
import { createAppointmentItem } from "./appointment-item";
import { attachmentDetails, createComposeItem, type SendPipeline } from "./compose-item";
import { createMailboxEvent, type StandInEvent } from "./events";
import { ItemEvents, type DraftChange } from "./item-events";
import { officeTheme, type ThemeName } from "./theme";
import { emptyDraft, type Draft, type DraftAttachment, type DraftRecipient, type MailboxVersion } from "./types";

export * from "./types";
export * from "./permissions";
export { ERRORS, type StandInAsyncResult, type StandInError } from "./async-result";
export { StandInArgumentError, type CallRecord, type Scheduler } from "./channel";
export { LIMITS, sessionDataSize } from "./compose-item";
export { COMPLETED_LIMITS, createMailboxEvent, type StandInEvent, type Completion } from "./events";
export type { Fault, FaultKind } from "./faults";
export { ITEM_EVENT_TYPES, launchEventFor, type DraftChange } from "./item-events";
export {
  NOTIFICATION_LIMITS,
  NOTIFICATION_TYPES,
  NOTIFICATIONS_EXCEEDED,
  type StandInNotification,
} from "./notifications";
export type { SendPipeline } from "./compose-item";
export type { ThemeName } from "./theme";

export interface StandInOptions extends ChannelOptions {
  /** Highest Mailbox requirement set the pretend client supports. Default "1.15". */
  mailboxVersion?: MailboxVersion;
  /** Office.context.displayLanguage. Default "ja-JP". */
  displayLanguage?: string;
  userEmail?: string;
  /** Office.context.officeTheme (Mailbox 1.14+). Default "light". */
  theme?: ThemeName;
  /**
   * What sending means for this host: the simulator runs OnMessageSend and the Smart Alerts dialog here. Default:
   * the item is simply sent. item.sendAsync (1.15) and `userSend` both go through it.
   */
  sendPipeline?: SendPipeline;
  /** "appointment": the organizer composes a meeting invitation (AppointmentCompose). Default "message". */
  itemType?: "message" | "appointment";
}

/** Changes a user makes in the compose window; they raise the same item events an add-in's calls do. */
export interface UserEdits {
  setRecipients(field: "to" | "cc" | "bcc", list: DraftRecipient[]): void;
  setSubject(subject: string): void;
  setBody(body: string): void;
  addAttachment(attachment: DraftAttachment): void;
  removeAttachment(id: string): void;
}

function versionNumber(v: string): number {
  const [major, minor] = v.split(".");
  return Number(major) + Number(minor) / 100;
}

export interface OfficeStandIn {
  /** Assign to globalThis.Office (or pass into a vm context). Typed loosely: it is only the slice we use. */
  readonly Office: Record<string, unknown>;
  readonly draft: Draft;
  readonly channel: Channel;
  /** Handlers registered with Office.actions.associate, keyed upper-case as office.js stores them. */
  readonly associated: Map<string, (event: unknown) => unknown>;
  /** Names exactly as passed to associate, in call order. */
  readonly associatedNames: string[];
  event(type: string, extras?: Record<string, unknown>): StandInEvent;
  /** Runs the handler registered under `name` (case-insensitive, as office.js) with a fresh event. */
  dispatch(name: string, type: string, extras?: Record<string, unknown>): StandInEvent;
  /** Hears every change to the draft, whoever made it; returns the unsubscribe function. */
  observe(listener: (change: DraftChange) => void): () => void;
  readonly edit: UserEdits;
  /** The user pressed Send: runs the send pipeline; resolves true when the item went out. */
  userSend(): Promise<boolean>;
  /**
   * The Smart Alert's button opens the add-in's pane with `contextData`. From Mailbox 1.15, a pane that is already
   * open and handles InitializationContextChanged gets the event instead of being relaunched ("refreshed"); else
   * the host must launch the pane ("launch"), which then reads the context with getInitializationContextAsync.
   */
  openPaneWithContext(contextData: string): "refreshed" | "launch";
}

export function createOfficeStandIn(draftInit: Partial<Draft> = {}, options: StandInOptions = {}): OfficeStandIn {
  const draft = emptyDraft(draftInit);
  const channel = new Channel(options);
  const version = options.mailboxVersion ?? "1.15";
  const vnum = versionNumber(version);
  const associated = new Map<string, (event: unknown) => unknown>();
  const associatedNames: string[] = [];
  const events = new ItemEvents(channel);
  const pipeline: SendPipeline = options.sendPipeline ?? (async () => true);
  const send = async () => {
    if (draft.sent) return true;
    const sent = await pipeline();
    if (sent && !draft.sent) {
      draft.sent = true;
      events.changed({ kind: "sent" });
    }
    return sent;
  };
  const message = createComposeItem(draft, channel, vnum, events, send);
  const item = options.itemType === "appointment" ? createAppointmentItem(message, draft, channel, events) : message;

  const Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    EventType: {
      AttachmentsChanged: "olkAttachmentsChanged",
      RecipientsChanged: "olkRecipientsChanged",
      ...(vnum >= 1.15 ? { InitializationContextChanged: "olkInitializationContextChanged" } : {}),
    },
    MailboxEnums: {
      SendModeOverride: { PromptUser: "promptUser" },
      AttachmentStatus: { Added: "added", Removed: "removed" },
      ItemNotificationMessageType: {
        ProgressIndicator: "progressIndicator",
        InformationalMessage: "informationalMessage",
        ErrorMessage: "errorMessage",
        InsightMessage: "insightMessage",
      },
      AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
      AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
      ComposeType: { NewMail: "newMail", Reply: "reply", Forward: "forward" },
      RecipientType: {
        User: "user",
        ExternalUser: "externalUser",
        DistributionList: "distributionList",
        Other: "other",
      },
    },
    actions: {
      associate(name: unknown, fn: unknown) {
        if (typeof name !== "string" || typeof fn !== "function") {
          throw new TypeError("Office.actions.associate(name: string, handler: function)");
        }
        associated.set(name.toUpperCase(), fn as (event: unknown) => unknown);
        associatedNames.push(name);
      },
    },
    context: {
      displayLanguage: options.displayLanguage ?? "ja-JP",
      ...(vnum >= 1.14 ? { officeTheme: officeTheme(options.theme ?? "light") } : {}),
      requirements: {
        isSetSupported(name: unknown, minVersion?: unknown) {
          if (typeof name !== "string" || name.toLowerCase() !== "mailbox") return false;
          if (minVersion === undefined) return true;
          return versionNumber(String(minVersion)) <= vnum;
        },
      },
      mailbox: {
        item,
        userProfile: { emailAddress: options.userEmail ?? "user@example.go.jp", displayName: "利用者" },
      },
    },
    onReady(cb?: (info: unknown) => void) {
      const info = { host: "Outlook", platform: "PC" };
      if (cb) cb(info);
      return Promise.resolve(info);
    },
  };

  const event = (type: string, extras?: Record<string, unknown>) => createMailboxEvent(type, extras, channel.now, vnum);
  return {
    Office,
    draft,
    channel,
    associated,
    associatedNames,
    event,
    observe: (listener) => events.observe(listener),
    userSend: send,
    openPaneWithContext(contextData) {
      draft.initializationContext = contextData;
      return vnum >= 1.15 && events.initializationContextChanged(contextData) ? "refreshed" : "launch";
    },
    edit: {
      setRecipients(field, list) {
        draft[field] = list.map((r) => ({ ...r }));
        events.changed({ kind: "recipients", fields: [field] });
      },
      setSubject(subject) {
        draft.subject = subject;
        events.changed({ kind: "subject" });
      },
      setBody(body) {
        draft.body = body;
        events.changed({ kind: "body" });
      },
      addAttachment(a) {
        draft.attachments = [...draft.attachments, a];
        events.changed({ kind: "attachments", status: "added", details: attachmentDetails(a) });
      },
      removeAttachment(id) {
        const a = draft.attachments.find((x) => x.id === id);
        if (!a) return;
        draft.attachments = draft.attachments.filter((x) => x !== a);
        events.changed({ kind: "attachments", status: "removed", details: attachmentDetails(a) });
      },
    },
    dispatch(name, type, extras) {
      const handler = associated.get(name.toUpperCase());
      if (!handler) throw new Error(`no handler associated for ${name}`);
      const e = event(type, extras);
      handler(e);
      return e;
    },
  };
}
