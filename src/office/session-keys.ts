/**
 * Names this add-in uses in item.sessionData. The quota is per add-in, so every key here is ours; a prefix keeps
 * them recognisable when a developer dumps sessionData in the simulator.
 */
export const SESSION_KEYS = {
  /** Prefix of one cached attachment inspection, followed by a hash of name and size. */
  attachmentPrefix: "sc.att.",
  /** The finding set a pre-1.14 client was last warned about ("press Send again to send anyway"). */
  warned: "sc.warned",
  /** The finding set the user confirmed item by item in the fix pane before sending from it: no second dialog. */
  acknowledged: "sc.ack",
  /** Set when we wrote the audit header, so an allow knows it must remove it. */
  header: "sc.hdr",
  /** The delivery time (ms) this add-in set for delayed delivery, so a later Send can tell it from the user's own. */
  delay: "sc.delay",
  /** For a reply: the addresses of the message it answers, captured when it opened (new-domain-in-reply). */
  answered: "sc.answered",
  /** The user chose "send now" in the fix pane: Send must not hold this draft again. */
  noDelay: "sc.nodelay",
} as const;
