import { defineCheck, type CheckOf, type CheckSettings } from "./define";
import { removeMarkedThen } from "../fixes/fix-kinds";
import { hasEarlierMessage } from "../labels/detect";
import type { LocatedMarking, Restriction } from "../labels/marking";
import { addressesOf, mentionFinding, sourcesOf } from "./sources";
import type { FindingDraft } from "./types";

// Restrictions that are broken by the mail leaving the organisation, grouped by the message that explains them.
const OUTSIDE_RULES: readonly [Message, readonly Restriction[]][] = [
  ["handling-restriction.limited", ["limited", "no-external"]],
  // 持出禁止: the information may not leave the office; a mail to an outside address takes it out.
  ["handling-restriction.no-distribute", ["no-copy", "no-distribute", "no-takeout"]],
  ["handling-restriction.needs-permission", ["needs-permission"]],
];

function withRestriction(markings: readonly LocatedMarking[], kinds: readonly Restriction[]): LocatedMarking[] {
  return markings.filter((m) => m.restriction !== undefined && kinds.indexOf(m.restriction) >= 0);
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
 * 転送禁止 markings a forward breaks: the forwarded content's (subject, attachments, the forwarded part of the
 * body). A 転送禁止 the forwarder writes in their own new text above the forwarded mail restricts the recipients of
 * this forward instead, so it does not fire; without a recognisable separator the whole body is the content.
 */
function forwardedNoForward(markings: readonly LocatedMarking[], body: string): LocatedMarking[] {
  const all = withRestriction(markings, ["no-forward"]);
  const inNewText = (m: LocatedMarking) => m.source.kind === "body" && !m.source.quoted;
  if (!all.some(inNewText) || !hasEarlierMessage(body)) return all;
  return all.filter((m) => !inNewText(m));
}

/**
 * 1章-2: the 取扱制限 written on the information. 送信禁止 forbids any sending (severe, even inside); 転送禁止 is
 * broken by any forward, inside the organisation too (a forward is a forward; a reply or a new mail is not);
 * ○○限り, 外部提供禁止, 複製・配付禁止, 持出禁止 and 送信要許可 by a mail that leaves the organisation. Restriction words only
 * named in running text (「メール送信不可のため」) are shown as information.
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
    "handling-restriction.mention",
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
    const mentioned = ctx.mentions.filter((m) => m.restriction !== undefined);
    if (restricted.length === 0 && mentioned.length === 0) return [];
    const out: FindingDraft<Message | "handling-restriction.mention">[] = [];
    const outside = ctx.outsideFor("handling-restriction");
    const recipients = addressesOf(outside);
    const forward = ctx.snapshot.composeType === "forward";

    const noSend = withRestriction(restricted, ["no-send"]);
    if (noSend.length > 0) out.push(finding("handling-restriction.no-send", noSend, {}, true));
    if (forward) {
      const noForward = forwardedNoForward(restricted, ctx.snapshot.body);
      if (noForward.length > 0) {
        out.push(finding("handling-restriction.no-forward", noForward, outside.length > 0 ? { recipients } : {}));
      }
    }
    if (outside.length > 0) {
      for (const [messageId, kinds] of OUTSIDE_RULES) {
        const marked = withRestriction(restricted, kinds);
        if (marked.length > 0) out.push(finding(messageId, marked, { recipients }));
      }
    }
    if (out.length === 0 && mentioned.length > 0) {
      // Only mentions of restrictions this mail could break are worth showing.
      const relevant: Restriction[] = ["no-send"];
      if (forward) relevant.push("no-forward");
      if (outside.length > 0) for (const [, kinds] of OUTSIDE_RULES) for (const k of kinds) relevant.push(k);
      const shown = withRestriction(mentioned, relevant);
      if (shown.length > 0) out.push(mentionFinding("handling-restriction.mention", shown));
    }
    return out;
  },
});
