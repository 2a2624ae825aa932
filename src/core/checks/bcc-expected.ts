import { defineCheck, type CheckOf, type CheckSettings } from "./define";
import { list } from "../fixes/fix-kinds";
import { addressesOf } from "./sources";

/**
 * 2章-4: outside recipients who can see each other in To/CC when they should have been in BCC. The classic
 * incident is two outside organisations in CC; a long list of outside addresses from one organisation is the other.
 * Each free-mail or carrier address counts as an organisation of its own (a private person).
 */
const settings = {
  id: "bcc-expected",
  guidance: "2章-4",
  defaultAction: "warn",
  messageIds: ["bcc-expected.organisations", "bcc-expected.many"],
  options: {
    minOrganisations: {
      min: 2,
      max: 100,
      default: 2,
      doc: "Visible outside organisations (registrable domains) in To/CC from which the check fires.",
    },
    maxVisibleOutside: {
      min: 1,
      max: 1000,
      default: 10,
      doc: "Visible outside addresses in To/CC above which the check fires even for one organisation.",
    },
  },
} as const satisfies CheckSettings;

export const bccExpected: CheckOf<typeof settings> = defineCheck(settings, {
  fixes: (f) => [{ kind: "move-to-bcc", addresses: list(f.data.recipients) }],
  run(ctx) {
    const config = ctx.policy.checks["bcc-expected"];
    const visible = ctx.outsideFor("bcc-expected").filter((r) => r.field !== "bcc" && r.cls.kind !== "invalid");
    if (visible.length < 2) return [];
    // Who each party is and how the message names it: an organisation by its domain; a free-mail or carrier
    // mailbox is one private person, so three citizens at gmail.com are three parties, named by address.
    const organisations = new Map<string, string>();
    for (const r of visible) {
      const personal = r.cls.kind === "freemail";
      const key = personal ? "person:" + r.address.toLowerCase() : r.cls.orgKey;
      if (!organisations.has(key)) organisations.set(key, personal ? r.address : r.cls.domain);
    }
    // One person in both To and CC is one visible address, not two.
    const recipients = addressesOf(visible);
    if (organisations.size >= config.minOrganisations) {
      return [
        {
          messageId: "bcc-expected.organisations",
          data: { count: organisations.size, domains: [...organisations.values()], recipients },
        },
      ];
    }
    if (recipients.length > config.maxVisibleOutside) {
      return [
        {
          messageId: "bcc-expected.many",
          data: { count: recipients.length, max: config.maxVisibleOutside, recipients },
        },
      ];
    }
    return [];
  },
});
