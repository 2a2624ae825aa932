import { defineCheck, type CheckOf, type CheckSettings } from "./define";
import type { LocatedMarking } from "../labels/marking";
import { strongest } from "./sources";

/**
 * 1章-1: information made from marked material inherits its 格付. An attachment marked higher than the mail's own
 * subject says so usually means the sender forgot to mark the mail, which is what recipients see first.
 */
const settings = {
  id: "label-inheritance",
  guidance: "1章-1",
  defaultAction: "warn",
  messageIds: ["label-inheritance.higher-attachment"],
  options: {},
} as const satisfies CheckSettings;

export const labelInheritance: CheckOf<typeof settings> = defineCheck(settings, {
  fixes: (f) => [{ kind: "mark-subject", level: typeof f.data.level === "number" ? f.data.level : 2 }],
  run(ctx) {
    if (ctx.outsideFor("label-inheritance").length === 0) return [];
    const inAttachments: LocatedMarking[] = ctx.markings.filter(
      (m) => (m.source.kind === "attachment-name" || m.source.kind === "attachment-content") && m.level >= 2,
    );
    if (inAttachments.length === 0) return [];
    const top = strongest(inAttachments);
    if (top.level <= ctx.subjectLevel) return [];
    return [
      {
        messageId: "label-inheritance.higher-attachment",
        data: {
          attachment: top.source.attachment ?? "",
          marking: top.text,
          level: top.level,
          subjectLevel: ctx.subjectLevel,
        },
      },
    ];
  },
});
