import { defineCheck, type CheckOf, type CheckSettings } from "./define";
import { list } from "../fixes/fix-kinds";
import { addressesOf, strongest } from "./sources";
import type { FindingDraft } from "./types";

/**
 * 2章-4: a 要機密 attachment (marked 機密性２ or higher itself, or sent in a mail that is) going outside without
 * encryption. Encryption is what byte-level inspection found; an attachment it could not read or decide is
 * reported separately as "could not confirm", so the user knows why. An encrypting sensitivity label on the mail
 * (mapped in the policy) protects every attachment, so nothing fires then. Inline images are not attachments here.
 */
const settings = {
  id: "unencrypted-attachment",
  guidance: "2章-4",
  defaultAction: "warn",
  messageIds: ["unencrypted-attachment.not-encrypted", "unencrypted-attachment.unknown"],
  options: {},
} as const satisfies CheckSettings;

export const unencryptedAttachment: CheckOf<typeof settings> = defineCheck(settings, {
  fixes: (f) => [
    {
      kind: "attachment-choices",
      attachments: list(f.data.attachments ?? f.data.attachment),
      choices: ["replace-encrypted", "share-link", "remove"],
    },
  ],
  run(ctx) {
    const outside = ctx.outsideFor("unencrypted-attachment");
    if (outside.length === 0) return [];
    const label = ctx.snapshot.sensitivityLabelId;
    if (label !== undefined && ctx.compiled.encryptingLabels.has(label.toLowerCase())) return [];

    const confidential = ctx.markings.filter((m) => m.level >= 2);
    if (confidential.length === 0) return [];
    // The mail's own level covers every attachment: "the highest level found anywhere in the mail wins".
    const top = strongest(confidential);

    const plain: string[] = [];
    const unknown: string[] = [];
    for (const a of ctx.snapshot.attachments) {
      if (a.inline) continue;
      const status = a.inspection?.encryption ?? "unknown";
      if (status === "not-encrypted") plain.push(a.name);
      else if (status === "unknown") unknown.push(a.name);
    }
    const data = { marking: top.text, recipients: addressesOf(outside) };
    const findings: FindingDraft<"unencrypted-attachment.not-encrypted" | "unencrypted-attachment.unknown">[] = [];
    if (plain.length > 0) {
      findings.push({ messageId: "unencrypted-attachment.not-encrypted", data: { ...data, attachments: plain } });
    }
    if (unknown.length > 0) {
      findings.push({ messageId: "unencrypted-attachment.unknown", data: { ...data, attachments: unknown } });
    }
    return findings;
  },
});
