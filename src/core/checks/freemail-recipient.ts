import { addressesOf, strongest } from "./sources";
import type { Check } from "./types";

/** 3章-2: 要機密情報 (機密性２ and above) addressed to a free-mail or personal mailbox. */
export const freemailRecipient: Check = {
  id: "freemail-recipient",
  guidance: "3章-2",
  defaultAction: "warn",
  messageIds: ["freemail-recipient.confidential"],
  run(ctx) {
    if (ctx.level < 2) return [];
    const personal = ctx.outsideFor("freemail-recipient").filter((r) => r.cls.kind === "freemail");
    if (personal.length === 0) return [];
    const top = strongest(ctx.markings.filter((m) => m.level >= 2));
    return [
      { messageId: "freemail-recipient.confidential", data: { marking: top.text, recipients: addressesOf(personal) } },
    ];
  },
};
