import type { Check, FindingDraft } from "./types";

/**
 * 2章-4: a recipient domain that imitates the organisation's or a partner's (exarnple.go.jp, an IDN homograph,
 * example-go-jp.com). One finding per imitating domain, so the fix pane can remove exactly those recipients.
 */
export const lookalikeDomain: Check = {
  id: "lookalike-domain",
  guidance: "2章-4",
  defaultAction: "warn",
  messageIds: ["lookalike-domain.imitates"],
  run(ctx) {
    const byDomain = new Map<string, { of: string; reason: string; recipients: string[] }>();
    for (const r of ctx.outside) {
      const l = r.cls.lookalike;
      if (!l) continue;
      const entry = byDomain.get(r.cls.domain) ?? { of: l.of, reason: l.reason, recipients: [] };
      entry.recipients.push(r.address);
      byDomain.set(r.cls.domain, entry);
    }
    const out: FindingDraft[] = [];
    for (const [domain, e] of byDomain) {
      out.push({
        messageId: "lookalike-domain.imitates",
        data: { domain, of: e.of, reason: e.reason, recipients: e.recipients },
      });
    }
    return out;
  },
};
