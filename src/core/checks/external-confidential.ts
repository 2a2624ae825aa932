import { defineCheck, type CheckOf, type CheckSettings } from "./define";
import { removeMarkedThen } from "../fixes/fix-kinds";
import { addressesOf, mentionFinding, sourcesOf, strongest } from "./sources";

/**
 * 1章-3: 要機密情報 leaving the organisation. 機密性２ (or 取扱注意) may go out with the approval of whoever set the
 * 格付, so it warns; 機密性３ and the secret-document tiers are the severe case, blocked by default. Only markings
 * count (handbook 1章-1 明示); a class merely named in running text is shown as information, never warned about.
 */
const settings = {
  id: "external-confidential",
  guidance: "1章-3",
  defaultAction: "warn",
  messageIds: ["external-confidential.confidential", "external-confidential.secret", "external-confidential.mention"],
  severeAction: "block",
  options: {},
} as const satisfies CheckSettings;

export const externalConfidential: CheckOf<typeof settings> = defineCheck(settings, {
  fixes: (f) => removeMarkedThen(f.data.where, f.action === "block" ? [] : ["fix.ask-owner"]),
  run(ctx) {
    const outside = ctx.outsideFor("external-confidential");
    if (outside.length === 0) return [];
    if (ctx.level < 2) {
      const mentioned = ctx.mentions.filter((m) => m.level >= 2);
      return mentioned.length > 0 ? [mentionFinding("external-confidential.mention", mentioned)] : [];
    }
    const marked = ctx.markings.filter((m) => m.level >= 2);
    const top = strongest(marked);
    const severe = top.level >= 3;
    return [
      {
        messageId: severe ? "external-confidential.secret" : "external-confidential.confidential",
        severe,
        data: {
          marking: top.text,
          where: sourcesOf(marked.filter((m) => m.level === top.level)),
          recipients: addressesOf(outside),
        },
      },
    ];
  },
});
