import { defineCheck, type CheckOf, type CheckSettings } from "./define";
import { list, type FixOption } from "../fixes/fix-kinds";
import type { ClassifiedRecipient, EvaluationContext } from "./context";
import type { FindingDraft } from "./types";
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
  messageIds: ["bcc-expected.organisations", "bcc-expected.many", "bcc-expected.group"],
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

/**
 * A contact group in To/CC that Outlook gave without an address (連絡先グループ, office-js #4661): its members are
 * unknown to us, and Outlook writes each of them into the field when it sends, so they see each other's addresses.
 * A distribution list with an address is judged by that address like any recipient: its members see the list's
 * address, not each other's, and a list at the organisation's own domain is the organisation's to manage (warning
 * on every mail to all-staff@ or to a partner's project list would teach staff to press Send Anyway).
 */
function isOutsideGroup(r: ClassifiedRecipient): boolean {
  if (r.recipientType !== "distributionList" && r.recipientType !== "other") return false;
  return r.cls.kind === "invalid" && r.address.trim() === "";
}

/** What the fix pane offers: moving the lists that have an address; a group without one only by hand. */
function groupFixes(data: Record<string, unknown>): FixOption[] {
  const movable = list(data.recipients);
  const fixes: FixOption[] = movable.length ? [{ kind: "move-to-bcc", addresses: movable }] : [];
  // office.js can only write addresses: rewriting To/CC would drop a contact group that has none, so the pane
  // never moves one; the user moves it in Outlook (the checklist item says why).
  if (list(data.unmovable).length) fixes.push({ kind: "checklist", items: ["fix.move-group-by-hand"] });
  return fixes;
}

export const bccExpected: CheckOf<typeof settings> = defineCheck(settings, {
  fixes: (f) =>
    f.messageId === "bcc-expected.group"
      ? groupFixes(f.data)
      : [{ kind: "move-to-bcc", addresses: list(f.data.recipients) }],
  run(ctx) {
    const findings = countVisible(ctx);
    const groups = ctx.outsideFor("bcc-expected").filter((r) => r.field !== "bcc" && isOutsideGroup(r));
    if (groups.length === 0) return findings;
    const unmovable = groups.filter((r) => r.cls.kind === "invalid");
    const named = (r: ClassifiedRecipient) => r.displayName || r.address;
    return [
      ...findings,
      {
        messageId: "bcc-expected.group",
        data: {
          count: groups.length,
          groups: [...new Set(groups.map(named))],
          recipients: addressesOf(groups.filter((r) => r.cls.kind !== "invalid")),
          unmovable: [...new Set(unmovable.map(named))],
        },
      },
    ];
  },
});

/** The visible outside addresses: two organisations or more, or more addresses than the policy allows. */
function countVisible(ctx: EvaluationContext): FindingDraft<"bcc-expected.organisations" | "bcc-expected.many">[] {
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
}
