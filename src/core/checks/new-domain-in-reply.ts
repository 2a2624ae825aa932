import { defineCheck, type CheckOf, type CheckSettings } from "./define";
import { removeRecipients } from "../fixes/fix-kinds";
import { classifyAddress, type DomainClass } from "../domains/classify";
import { addressesOf } from "./sources";

/**
 * What counts as "the same party" when comparing a reply with the message it answers: an organisation (a partner's
 * name, else the registrable domain), but for free-mail every address on its own, since two gmail.com addresses
 * are two unrelated people.
 */
function partyKey(cls: DomainClass & { address?: string }, address: string): string {
  return cls.kind === "freemail" ? `mail:${address.toLowerCase()}` : `org:${cls.orgKey}`;
}

/**
 * 2章-4 (宛先の確認): a reply or reply-all that brings in an outside organisation nobody on the answered message
 * belonged to. Typing a new address into a running thread is how a mistaken autocomplete reaches a stranger, and
 * the earlier exchange, quoted below, goes with it. Silent when the answered message is unknown.
 */
const settings = {
  id: "new-domain-in-reply",
  guidance: "2章-4",
  defaultAction: "warn",
  messageIds: ["new-domain-in-reply.added"],
  options: {},
} as const satisfies CheckSettings;

export const newDomainInReply: CheckOf<typeof settings> = defineCheck(settings, {
  fixes: (f) => removeRecipients(f.data.recipients, "fix.check-recipients"),
  run(ctx) {
    const answered = ctx.snapshot.answeredAddresses;
    if (!answered || ctx.snapshot.composeType === "forward") return [];
    const known = new Set<string>();
    for (const a of answered) {
      const cls = classifyAddress(a, ctx.compiled);
      if (cls.kind !== "invalid") known.add(partyKey(cls, cls.address));
    }
    const added = ctx
      .outsideFor("new-domain-in-reply")
      .filter((r) => r.cls.kind !== "invalid" && !known.has(partyKey(r.cls, r.address)));
    if (added.length === 0) return [];
    const domains: string[] = [];
    for (const r of added) if (domains.indexOf(r.cls.domain) < 0) domains.push(r.cls.domain);
    return [{ messageId: "new-domain-in-reply.added", data: { domains, recipients: addressesOf(added) } }];
  },
});
