import { defineCheck, type CheckOf, type CheckSettings } from "./define";
import { list } from "../fixes/fix-kinds";
import { addressesOf, strongest } from "./sources";

/** 3章-2: 要機密情報 (機密性２ and above) addressed to a free-mail or personal mailbox. */
const settings = {
  id: "freemail-recipient",
  guidance: "3章-2",
  defaultAction: "warn",
  messageIds: ["freemail-recipient.confidential"],
  options: {},
} as const satisfies CheckSettings;

export const freemailRecipient: CheckOf<typeof settings> = defineCheck(settings, {
  // "I will use their work address" cannot be ticked while the personal address is still in the mail.
  fixes: (f) => [{ kind: "remove-recipients", addresses: list(f.data.recipients) }],
  run(ctx) {
    if (ctx.level < 2) return [];
    const personal = ctx.outsideFor("freemail-recipient").filter((r) => r.cls.kind === "freemail");
    if (personal.length === 0) return [];
    const top = strongest(ctx.markings.filter((m) => m.level >= 2));
    return [
      { messageId: "freemail-recipient.confidential", data: { marking: top.text, recipients: addressesOf(personal) } },
    ];
  },
});
