import { EventRuntime } from "./event-runtime";
import {
  createOfficeStandIn,
  ERRORS,
  launchEventFor,
  type Draft,
  type DraftChange,
  type Fault,
  type MailboxVersion,
  type OfficeStandIn,
  type ThemeName,
  type PermissionLevel,
} from "../office-stand-in/index";

declare const __SENDCHECK_MANIFEST_PERMISSIONS__: PermissionLevel;

/** Function names from manifest.xml (launchevent/config.ts holds the same; the simulator only needs the strings). */
const SEND = "onMessageSendHandler";
const ATTACHMENTS_CHANGED = "onMessageAttachmentsChangedHandler";
const RECIPIENTS_CHANGED = "onMessageRecipientsChangedHandler";
/** Control@id of the fix pane button; a Smart Alert naming any other command just cancels the send. */
export const FIX_PANE_COMMAND = "SendCheck.FixPane";
/** Outlook shows "taking longer than expected" after 5 seconds. */
export const SLOW_AFTER_MS = 5000;

export const FAULT_PRESETS = {
  none: [],
  "body-fails": [{ api: "body.getAsync", fault: { kind: "fail" } }],
  "body-hangs": [{ api: "body.getAsync", fault: { kind: "hang" } }],
  "attachment-fails": [{ api: "getAttachmentContentAsync", fault: { kind: "fail" } }],
  "session-full": [{ api: "sessionData.setAsync", fault: { kind: "fail", ...ERRORS.sessionDataFull } }],
  "bcc-add-fails": [{ api: "bcc.addAsync", fault: { kind: "fail" } }],
} as const satisfies Record<string, readonly Fault[]>;

export type FaultPreset = keyof typeof FAULT_PRESETS;

export interface ClientSettings {
  readonly mailboxVersion: MailboxVersion;
  readonly displayLanguage: "ja-JP" | "en-US";
  readonly latencyMs: number;
  readonly fault: FaultPreset;
  readonly theme: ThemeName;
}

export const DEFAULT_SETTINGS: ClientSettings = {
  mailboxVersion: "1.15",
  displayLanguage: "ja-JP",
  latencyMs: 0,
  fault: "none",
  theme: "light",
};

export type DialogChoice = "send-anyway" | "dont-send" | "take-action";

export interface LogEntry {
  readonly at: number;
  readonly text: string;
}

export interface SessionState {
  readonly settings: ClientSettings;
  readonly phase: "composing" | "checking" | "dialog" | "sent";
  /** The send check has run longer than Outlook's 5 seconds. */
  readonly slow: boolean;
  /** What the send handler passed to event.completed when it stopped the send. */
  readonly dialog?: Office.SmartAlertsEventCompletedOptions;
  readonly paneOpen: boolean;
  /** Changes whenever the pane must (re)load: a new stand-in, or opened again from the dialog. */
  readonly paneKey: number;
  readonly log: readonly LogEntry[];
  /** Bumped on every draft change, so views re-read the draft. */
  readonly revision: number;
}

function copyDraft(d: Draft): Partial<Draft> {
  return JSON.parse(JSON.stringify({ ...d, sent: false })) as Partial<Draft>;
}

/**
 * One compose window in the simulator: the draft, the pretend client (requirement set, language, latency, faults)
 * and the send pipeline: OnMessageSend through the real bundle, then the Smart Alerts dialog and the user's choice.
 * React views subscribe to it; tests and the pane reach it through `window.sendcheckSimulator`.
 */
export class SimulatorSession {
  standIn: OfficeStandIn;
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private readonly faults: Fault[] = [];
  private choose: ((c: DialogChoice) => void) | undefined;
  private stopObserving: () => void = () => undefined;
  private readonly started = Date.now();

  constructor(
    private readonly runtime: EventRuntime,
    initial: Partial<Draft> = {},
    settings: ClientSettings = DEFAULT_SETTINGS,
  ) {
    this.state = { settings, phase: "composing", slow: false, paneOpen: false, paneKey: 1, log: [], revision: 0 };
    this.standIn = this.createStandIn(initial);
  }

  private createStandIn(draft: Partial<Draft>): OfficeStandIn {
    const s = this.state.settings;
    this.faults.splice(0, this.faults.length, ...FAULT_PRESETS[s.fault].map((f) => ({ ...f })));
    const standIn = createOfficeStandIn(draft, {
      // manifest.xml's <Permissions>, embedded by the build: an API above it throws here as it would in Outlook.
      permissions: __SENDCHECK_MANIFEST_PERMISSIONS__,
      mailboxVersion: s.mailboxVersion,
      displayLanguage: s.displayLanguage,
      theme: s.theme,
      // Read at call time, so the latency control applies to the next call without a new stand-in.
      latencyMs: () => this.state.settings.latencyMs,
      faults: this.faults,
      sendPipeline: () => this.sendPipeline(),
    });
    this.stopObserving();
    this.stopObserving = standIn.observe((change) => this.onDraftChange(change));
    return standIn;
  }

  get snapshot(): SessionState {
    return this.state;
  }

  get draft(): Draft {
    return this.standIn.draft;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  log(text: string): void {
    const entry = { at: Date.now() - this.started, text };
    this.set({ log: [...this.state.log.slice(-199), entry] });
  }

  /** Latency and faults apply at once; a different requirement set, language or theme is a different client. */
  configure(next: Partial<ClientSettings>): void {
    const old = this.state.settings;
    const settings = { ...old, ...next };
    this.set({ settings });
    this.faults.splice(0, this.faults.length, ...FAULT_PRESETS[settings.fault].map((f) => ({ ...f })));
    const newClient =
      settings.mailboxVersion !== old.mailboxVersion ||
      settings.displayLanguage !== old.displayLanguage ||
      settings.theme !== old.theme;
    if (newClient) {
      this.standIn = this.createStandIn(copyDraft(this.standIn.draft));
      this.set({
        paneOpen: false,
        paneKey: this.state.paneKey + 1,
        phase: "composing",
        revision: this.state.revision + 1,
      });
      this.log(`client: Mailbox ${settings.mailboxVersion}, ${settings.displayLanguage}, ${settings.theme}`);
    }
  }

  /** Starts over with a new draft (a sample, or an empty message). */
  load(draft: Partial<Draft>): void {
    this.choose?.("dont-send");
    this.standIn = this.createStandIn(draft);
    this.set({
      phase: "composing",
      dialog: undefined,
      paneOpen: false,
      paneKey: this.state.paneKey + 1,
      revision: this.state.revision + 1,
    });
    for (const a of this.standIn.draft.attachments) {
      void this.attachmentsChanged("added", { id: a.id, name: a.name, size: a.size, attachmentType: "file" });
    }
  }

  private onDraftChange(change: DraftChange): void {
    this.set({ revision: this.state.revision + 1 });
    if (change.kind === "attachments") void this.attachmentsChanged(change.status, change.details);
    if (change.kind === "recipients") void this.recipientsChanged(change);
  }

  /** OnMessageRecipientsChanged: the early-warning notice (its text is logged; the window shows no infobar yet). */
  private async recipientsChanged(change: DraftChange): Promise<void> {
    const launch = launchEventFor(change);
    if (!launch) return;
    try {
      const event = await this.runtime.dispatch(this.standIn, RECIPIENTS_CHANGED, launch.type, launch.extras);
      const start = Date.now();
      await event.done;
      const notices = (this.standIn.draft.notifications ?? []).map((n) => n.message);
      this.log(
        `${launch.type}: completed in ${Date.now() - start} ms${notices.length ? `; notice: ${notices.join(" / ")}` : ""}`,
      );
    } catch (e) {
      this.log(`${launch.type} failed to run: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** OnMessageAttachmentsChanged fires once per attachment added or removed, in a fresh runtime each time. */
  private async attachmentsChanged(status: string, details: Record<string, unknown>): Promise<void> {
    try {
      const event = await this.runtime.dispatch(this.standIn, ATTACHMENTS_CHANGED, "OnMessageAttachmentsChanged", {
        attachmentStatus: status,
        attachmentDetails: details,
      });
      const start = Date.now();
      await event.done;
      this.log(
        `OnMessageAttachmentsChanged (${status} ${String(details.name)}): completed in ${Date.now() - start} ms`,
      );
    } catch (e) {
      this.log(`OnMessageAttachmentsChanged failed to run: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** The user pressed Send in the compose window. */
  send(): Promise<boolean> {
    return this.standIn.userSend();
  }

  /**
   * What Outlook does on Send: run OnMessageSend, wait for completed (showing "taking longer" after 5 s), then
   * either send or show the Smart Alerts dialog and act on the user's choice. sendAsync from the pane comes
   * through here too.
   */
  private async sendPipeline(): Promise<boolean> {
    if (this.state.phase !== "composing") return false;
    this.set({ phase: "checking", slow: false });
    const slow = setTimeout(() => this.set({ slow: true }), SLOW_AFTER_MS);
    let options: Office.SmartAlertsEventCompletedOptions | undefined;
    const start = Date.now();
    try {
      const event = await this.runtime.dispatch(this.standIn, SEND, "OnMessageSend");
      const done = await event.done;
      options = (done.options ?? undefined) as Office.SmartAlertsEventCompletedOptions | undefined;
      this.log(`OnMessageSend: completed in ${Date.now() - start} ms ${JSON.stringify(options ?? {})}`);
    } catch (e) {
      // The add-in could not run at all: Outlook then applies the manifest's SoftBlock ("unavailable").
      options = {
        allowEvent: false,
        errorMessage: `The add-in is unavailable: ${e instanceof Error ? e.message : String(e)}`,
      };
      this.log(`OnMessageSend could not run: ${options.errorMessage}`);
    } finally {
      clearTimeout(slow);
    }
    if (!options || options.allowEvent !== false) {
      this.set({ phase: "sent", slow: false, paneOpen: false });
      return true;
    }
    this.set({ phase: "dialog", slow: false, dialog: options });
    const choice = await new Promise<DialogChoice>((resolve) => (this.choose = resolve));
    this.choose = undefined;
    this.log(`Smart Alerts dialog: ${choice}`);
    if (choice === "send-anyway") {
      this.set({ phase: "sent", dialog: undefined, paneOpen: false });
      return true;
    }
    this.set({ phase: "composing", dialog: undefined });
    if (choice === "take-action" && options.commandId === FIX_PANE_COMMAND) {
      const data =
        typeof options.contextData === "string" ? options.contextData : JSON.stringify(options.contextData ?? "");
      // An open pane on Mailbox 1.15 is refreshed through InitializationContextChanged, not relaunched.
      const how = this.state.paneOpen ? this.standIn.openPaneWithContext(data) : "launch";
      if (how === "launch") {
        this.standIn.draft.initializationContext = data;
        this.set({ paneOpen: true, paneKey: this.state.paneKey + 1 });
      }
    }
    return false;
  }

  answerDialog(choice: DialogChoice): void {
    this.choose?.(choice);
  }

  /** The ribbon button: the pane opens with no initialization context. */
  openPane(): void {
    delete this.standIn.draft.initializationContext;
    this.set({ paneOpen: true, paneKey: this.state.paneKey + 1 });
  }

  closePane(): void {
    this.set({ paneOpen: false });
  }
}
