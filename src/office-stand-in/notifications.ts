import { StandInArgumentError, type Channel } from "./channel";

/**
 * `item.notificationMessages` (Mailbox 1.3) as documented in the API reference (Office.NotificationMessages,
 * Office.NotificationMessageDetails): a key of at most 32 characters, a message of at most 150 characters (longer
 * throws ArgumentOutOfRange), at most five notifications per item (more fails with
 * NumberOfNotificationMessagesExceeded), replaceAsync adds when the key is missing, an icon is required for
 * InformationalMessage and InsightMessage and refused for the others, `persistent` only for InformationalMessage,
 * `actions` only for InsightMessage (one at most).
 */

export const NOTIFICATION_LIMITS = { keyChars: 32, messageChars: 150, perItem: 5, actions: 1 } as const;

export const NOTIFICATION_TYPES = {
  ProgressIndicator: "progressIndicator",
  InformationalMessage: "informationalMessage",
  ErrorMessage: "errorMessage",
  InsightMessage: "insightMessage",
} as const;

/** A notification as the item holds it (and getAllAsync returns it, with its key). */
export interface StandInNotification {
  readonly key: string;
  readonly type: string;
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
  readonly actions?: readonly unknown[];
}

/** The error name is documented; no code is, so the number is the stand-in's own (callers look at the name). */
export const NOTIFICATIONS_EXCEEDED = {
  code: 9100,
  name: "NumberOfNotificationMessagesExceeded",
  message: "The maximum number of notification messages has been reached for this item.",
} as const;

function validKey(api: string, key: unknown): string {
  if (typeof key !== "string" || key.length === 0) throw new StandInArgumentError(api, "key is a non-empty string");
  if (key.length > NOTIFICATION_LIMITS.keyChars) {
    throw new StandInArgumentError(api, `key is longer than ${NOTIFICATION_LIMITS.keyChars} characters`);
  }
  return key;
}

function validDetails(api: string, key: string, raw: unknown): StandInNotification {
  if (!raw || typeof raw !== "object") throw new StandInArgumentError(api, "JSONmessage is an object");
  const d = raw as Record<string, unknown>;
  const types = Object.keys(NOTIFICATION_TYPES).map((k) => NOTIFICATION_TYPES[k as keyof typeof NOTIFICATION_TYPES]);
  if (typeof d.type !== "string" || types.indexOf(d.type as (typeof types)[number]) < 0) {
    throw new StandInArgumentError(api, `unknown notification type ${String(d.type)}`);
  }
  if (typeof d.message !== "string") throw new StandInArgumentError(api, "message is a string");
  if (d.message.length > NOTIFICATION_LIMITS.messageChars) {
    throw new StandInArgumentError(
      api,
      `ArgumentOutOfRange: message is longer than ${NOTIFICATION_LIMITS.messageChars}`,
    );
  }
  const iconed = d.type === NOTIFICATION_TYPES.InformationalMessage || d.type === NOTIFICATION_TYPES.InsightMessage;
  if (iconed && typeof d.icon !== "string") throw new StandInArgumentError(api, `an icon is required for ${d.type}`);
  if (!iconed && d.icon !== undefined) throw new StandInArgumentError(api, `ArgumentException: no icon for ${d.type}`);
  if (d.persistent !== undefined && d.type !== NOTIFICATION_TYPES.InformationalMessage) {
    throw new StandInArgumentError(api, `ArgumentException: persistent is only for informationalMessage`);
  }
  if (d.actions !== undefined) {
    if (d.type !== NOTIFICATION_TYPES.InsightMessage) {
      throw new StandInArgumentError(api, "actions are only for insightMessage");
    }
    if (!Array.isArray(d.actions) || d.actions.length > NOTIFICATION_LIMITS.actions) {
      throw new StandInArgumentError(api, `at most ${NOTIFICATION_LIMITS.actions} action`);
    }
  }
  return {
    key,
    type: d.type,
    message: d.message,
    ...(typeof d.icon === "string" ? { icon: d.icon } : {}),
    ...(typeof d.persistent === "boolean" ? { persistent: d.persistent } : {}),
    ...(Array.isArray(d.actions) ? { actions: d.actions } : {}),
  };
}

/** Builds `item.notificationMessages` over `list` (the item's notifications, in the order they were added). */
export function notificationMessagesApi(list: StandInNotification[], ch: Channel, changed: () => void) {
  const at = (key: string) => list.findIndex((n) => n.key === key);
  const put = (n: StandInNotification, mayReplace: boolean) => {
    const i = at(n.key);
    if (i >= 0 && mayReplace) {
      list[i] = n;
    } else {
      // addAsync with a key in use is not documented to replace; the stand-in refuses it (replaceAsync is for that).
      if (i >= 0) return { ok: false as const, error: { code: 9101, name: "DuplicateKey", message: "Key in use." } };
      if (list.length >= NOTIFICATION_LIMITS.perItem) return { ok: false as const, error: NOTIFICATIONS_EXCEEDED };
      list.push(n);
    }
    changed();
    return { ok: true as const, value: undefined };
  };
  return {
    addAsync: (...args: unknown[]) => {
      const api = "notificationMessages.addAsync";
      let n: StandInNotification | undefined;
      ch.call(
        api,
        args,
        () => put(n as StandInNotification, false),
        () => (n = validDetails(api, validKey(api, args[0]), args[1])),
      );
    },
    replaceAsync: (...args: unknown[]) => {
      const api = "notificationMessages.replaceAsync";
      let n: StandInNotification | undefined;
      ch.call(
        api,
        args,
        () => put(n as StandInNotification, true),
        () => (n = validDetails(api, validKey(api, args[0]), args[1])),
      );
    },
    // Removing a key that is not there is not documented as an error; the stand-in treats it as done.
    removeAsync: (...args: unknown[]) => {
      const api = "notificationMessages.removeAsync";
      ch.call(
        api,
        args,
        () => {
          const i = at(args[0] as string);
          if (i >= 0) {
            list.splice(i, 1);
            changed();
          }
          return { ok: true as const, value: undefined };
        },
        () => validKey(api, args[0]),
      );
    },
    getAllAsync: (...args: unknown[]) =>
      ch.call("notificationMessages.getAllAsync", args, () => ({
        ok: true as const,
        value: list.map((n) => ({ ...n })),
      })),
  };
}
