import { defineCheck, type CheckOf, type CheckSettings } from "./define";
import { removeRecipients } from "../fixes/fix-kinds";
import type { FindingDraft } from "./types";

/**
 * 2章-4: a recipient domain that imitates the organisation's or a partner's (exarnple.go.jp, an IDN homograph,
 * example-go-jp.com). One finding per imitating domain, so the fix pane can remove exactly those recipients.
 */
const settings = {
  id: "lookalike-domain",
  guidance: "2章-4",
  defaultAction: "warn",
  messageIds: ["lookalike-domain.imitates"],
  options: {
    maxDistance: {
      min: 0,
      max: 3,
      default: 2,
      doc: "Edit distance up to which a domain counts as imitating the organisation's or a partner's.",
    },
  },
} as const satisfies CheckSettings;

export const lookalikeDomain: CheckOf<typeof settings> = defineCheck(settings, {
  fixes: (f) => removeRecipients(f.data.recipients, "fix.check-recipients"),
  run(ctx) {
    const byDomain = new Map<string, { of: string; reason: string; recipients: string[] }>();
    for (const r of ctx.outside) {
      const l = r.cls.lookalike;
      if (!l) continue;
      const entry = byDomain.get(r.cls.domain) ?? { of: l.of, reason: l.reason, recipients: [] };
      entry.recipients.push(r.address);
      byDomain.set(r.cls.domain, entry);
    }
    const out: FindingDraft<"lookalike-domain.imitates">[] = [];
    for (const [domain, e] of byDomain) {
      out.push({
        messageId: "lookalike-domain.imitates",
        data: { domain, of: e.of, reason: e.reason, recipients: e.recipients },
      });
    }
    return out;
  },
});
