import { defineCheck, type CheckOf, type CheckSettings } from "./define";
import { removeMarkedThen } from "../fixes/fix-kinds";
import type { LocatedMarking, Restriction } from "../labels/marking";
import { addressesOf, sourcesOf } from "./sources";
import type { FindingDraft } from "./types";

// Restrictions that are broken by the mail leaving the organisation, grouped by the message that explains them.
const OUTSIDE_RULES: readonly [Message, readonly Restriction[]][] = [
  ["handling-restriction.limited", ["limited", "no-external"]],
  ["handling-restriction.no-distribute", ["no-copy", "no-distribute"]],
  ["handling-restriction.needs-permission", ["needs-permission"]],
];

function withRestriction(markings: readonly LocatedMarking[], kinds: readonly Restriction[]): LocatedMarking[] {
  return markings.filter((m) => m.restriction !== undefined && kinds.includes(m.restriction));
}

type Message =
  | "handling-restriction.no-send"
  | "handling-restriction.no-forward"
  | "handling-restriction.limited"
  | "handling-restriction.no-distribute"
  | "handling-restriction.needs-permission";

function finding(
  messageId: Message,
  marked: LocatedMarking[],
  extra: Record<string, readonly string[]>,
  severe = false,
): FindingDraft<Message> {
  return {
    messageId,
    severe,
    data: { marking: [...new Set(marked.map((m) => m.text))], where: sourcesOf(marked), ...extra },
  };
}

/**
 * 1章-2: the 取扱制限 written on the information. 送信禁止 forbids any sending (severe, even inside); 転送禁止 is
 * broken by a forward; ○○限り, 外部提供禁止, 複製・配付禁止 and 送信要許可 by a mail that leaves the organisation.
 */
const settings = {
  id: "handling-restriction",
  guidance: "1章-2",
  defaultAction: "warn",
  runsInternally: true,
  messageIds: [
    "handling-restriction.no-send",
    "handling-restriction.no-forward",
    "handling-restriction.limited",
    "handling-restriction.no-distribute",
    "handling-restriction.needs-permission",
  ],
  severeAction: "block",
  options: {},
} as const satisfies CheckSettings;

export const handlingRestriction: CheckOf<typeof settings> = defineCheck(settings, {
  fixes: (f) =>
    removeMarkedThen(
      f.data.where,
      f.action === "block" || f.messageId === "handling-restriction.no-send" ? [] : ["fix.get-permission"],
    ),
  run(ctx) {
    const restricted = ctx.markings.filter((m) => m.restriction !== undefined);
    if (restricted.length === 0) return [];
    const out: FindingDraft<Message>[] = [];
    const noSend = withRestriction(restricted, ["no-send"]);
    if (noSend.length > 0) out.push(finding("handling-restriction.no-send", noSend, {}, true));
    const outside = ctx.outsideFor("handling-restriction");
    if (outside.length === 0) return out;
    const recipients = addressesOf(outside);
    const noForward = withRestriction(restricted, ["no-forward"]);
    if (ctx.snapshot.composeType === "forward" && noForward.length > 0) {
      out.push(finding("handling-restriction.no-forward", noForward, { recipients }));
    }
    for (const [messageId, kinds] of OUTSIDE_RULES) {
      const marked = withRestriction(restricted, kinds);
      if (marked.length > 0) out.push(finding(messageId, marked, { recipients }));
    }
    return out;
  },
});
