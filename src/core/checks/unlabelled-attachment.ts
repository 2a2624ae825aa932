import { defineCheck, type CheckOf, type CheckSettings } from "./define";

/** 1章-1: an attachment going outside with no 格付 marking in its name or content (off unless the policy asks). */
const settings = {
  id: "unlabelled-attachment",
  guidance: "1章-1",
  defaultAction: "off",
  messageIds: ["unlabelled-attachment.missing"],
  options: {},
} as const satisfies CheckSettings;

export const unlabelledAttachment: CheckOf<typeof settings> = defineCheck(settings, {
  fixes: () => [{ kind: "checklist", items: ["fix.ask-owner"] }],
  run(ctx) {
    if (ctx.outsideFor("unlabelled-attachment").length === 0) return [];
    const labelled = new Set<string>();
    for (const m of ctx.markings)
      if (m.level >= 1 && m.source.attachment !== undefined) labelled.add(m.source.attachment);
    const missing = ctx.snapshot.attachments.filter((a) => !a.inline && !labelled.has(a.name)).map((a) => a.name);
    return missing.length > 0 ? [{ messageId: "unlabelled-attachment.missing", data: { attachments: missing } }] : [];
  },
});
