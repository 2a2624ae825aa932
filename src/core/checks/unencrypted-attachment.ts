import { defineCheck, type CheckOf, type CheckSettings } from "./define";
import { list } from "../fixes/fix-kinds";
import type { LocatedMarking } from "../labels/marking";
import { addressesOf, strongest } from "./sources";
import type { FindingDraft } from "./types";

/**
 * 2章-4: a 要機密 attachment going outside without encryption. An attachment is 要機密 when its own explicit
 * marking says 機密性２ or higher, or, when it has none, when the mail is marked so ("the highest level found
 * anywhere in the mail wins"); an attachment whose header says 機密性１ is 機密性１ (1章-1). A 暗号化必須 marking on
 * the mail or on the file asks for encryption whatever the level. Encryption is what byte-level inspection found;
 * an attachment it could not read or decide is reported separately as "could not confirm". An encrypting
 * sensitivity label on the mail (mapped in the policy) protects every attachment. Inline images are not
 * attachments here.
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
    const encrypt = ctx.markings.filter((m) => m.restriction === "encrypt");
    if (confidential.length === 0 && encrypt.length === 0) return [];
    // A 暗号化必須 on a file binds that file; on the subject or body it binds every attachment.
    const mailWideEncrypt = encrypt.filter((m) => m.source.attachment === undefined);

    /** The markings that make this attachment need encryption (none: it may go as it is). */
    const reasonsFor = (name: string): LocatedMarking[] => {
      const level = ctx.attachmentLevel(name);
      if (level >= 2) {
        const own = confidential.filter((m) => m.source.attachment === name && m.level === level);
        return own.length > 0 ? own : confidential.filter((m) => m.level === level);
      }
      const ownEncrypt = encrypt.filter((m) => m.source.attachment === name);
      return ownEncrypt.length > 0 ? ownEncrypt : mailWideEncrypt;
    };

    const plain: string[] = [];
    const unknown: string[] = [];
    const reasons: LocatedMarking[] = [];
    for (const a of ctx.snapshot.attachments) {
      if (a.inline) continue;
      const why = reasonsFor(a.name);
      const status = a.inspection?.encryption ?? "unknown";
      if (why.length === 0 || status === "encrypted") continue;
      (status === "not-encrypted" ? plain : unknown).push(a.name);
      for (const m of why) reasons.push(m);
    }
    if (reasons.length === 0) return [];
    const data = { marking: strongest(reasons).text, recipients: addressesOf(outside) };
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
