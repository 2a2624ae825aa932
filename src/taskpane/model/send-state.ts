import type { Card } from "./cards";
import { checklistKey } from "./cards";

export type SendState =
  | { readonly kind: "blocked"; readonly count: number }
  | { readonly kind: "todo"; readonly count: number }
  | { readonly kind: "ready" };

/**
 * A warning counts as handled when it has a checklist and every item of it is ticked. A card whose problem the
 * add-in can see for itself (an unencrypted file still attached) is handled only when the problem is gone.
 */
export function isSettled(card: Card, ticked: ReadonlySet<string>): boolean {
  if (card.action === "info") return true;
  if (card.action === "block") return false;
  if (card.fixes.some((f) => f.kind === "attachment-choices")) return false;
  const lists = card.fixes.filter((f) => f.kind === "checklist");
  if (lists.length === 0) return false;
  return lists.every((l) => l.kind === "checklist" && l.items.every((i) => ticked.has(checklistKey(card.key, i.id))));
}

/**
 * Whether the pane offers Send. A block finding must disappear from the mail itself (ticking cannot send
 * 機密性３ outside); a warning is handled by its fix (then it is gone from the list) or by ticking its checklist.
 */
export function sendState(cards: readonly Card[], ticked: ReadonlySet<string>): SendState {
  const blocked = cards.filter((c) => c.action === "block").length;
  if (blocked) return { kind: "blocked", count: blocked };
  const open = cards.filter((c) => c.action !== "info" && !isSettled(c, ticked)).length;
  return open ? { kind: "todo", count: open } : { kind: "ready" };
}
