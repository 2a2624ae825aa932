import type { GuidanceSection } from "../core/checks/ids";
import type { Finding } from "../core/checks/types";
import type { Lang } from "../core/i18n/types";
import type { OfficeResult } from "../office/async";
import type { PaneContext } from "../office/init-context";
import type { MoveResult, RecipientFailure } from "../office/fixes";
import type { PaneDraft } from "./model/cards";

export type PaneCheck =
  | {
      readonly ok: true;
      readonly draft: PaneDraft;
      readonly findings: readonly Finding[];
      readonly unread: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Everything the pane needs from its host. The Office adapter implements it over Office.js (or the simulator's
 * stand-in); unit tests implement it with plain objects.
 */
export interface PaneBackend {
  readonly lang: Lang;
  /** item.sendAsync exists (Mailbox 1.15): the pane can send; otherwise it tells the user to press Send. */
  readonly canSendFromPane: boolean;
  guidanceUrl(section: GuidanceSection): string;
  context(): Promise<PaneContext | undefined>;
  /**
   * Calls back when the open pane is handed a new context (the Smart Alert's button pressed again, Mailbox 1.15);
   * resolves to the unsubscribe function. Optional: hosts without the event simply relaunch the pane.
   */
  watchContext?(onContext: (context: PaneContext | undefined) => void): Promise<() => void>;
  check(): Promise<PaneCheck>;
  /** Calls back when recipients or attachments change; resolves to the unsubscribe function. */
  watch(onChange: () => void): Promise<() => void>;
  moveToBcc(addresses: readonly string[]): Promise<MoveResult>;
  setSubject(subject: string): Promise<OfficeResult<void>>;
  removeAttachment(id: string): Promise<OfficeResult<void>>;
  removeRecipients(addresses: readonly string[]): Promise<RecipientFailure[]>;
  /**
   * Delayed delivery (policy send.delayOutsideMinutes, Mailbox 1.13): when the draft is held, the time in ms it
   * will be delivered, else 0. Optional: absent when the policy does not delay or the client cannot.
   */
  heldUntil?(): Promise<number>;
  /** Releases the hold and keeps Send from setting it again for this draft ("send now"). */
  releaseHold?(): Promise<OfficeResult<void>>;
  /** Sends from the pane; `acknowledged` are the warnings whose checklists the user ticked (remembered for Send). */
  send(acknowledged: readonly Finding[]): Promise<OfficeResult<void>>;
}
