import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AttachmentSnapshot, ComposeType, MessageSnapshot, Recipient } from "../../src/core/message";
import type { Policy, PolicyInput } from "../../src/core/policy/schema";
import { validatePolicy } from "../../src/core/policy/validate";

export const ROOT = join(__dirname, "..", "..");

export function examplePolicyInput(): PolicyInput {
  return JSON.parse(readFileSync(join(ROOT, "config", "policy.example.json"), "utf8")) as PolicyInput;
}

/** The example policy, optionally changed; fails the test loudly if the change makes it invalid. */
export function policyWith(change: (p: Record<string, any>) => void = () => {}): Policy {
  const input = examplePolicyInput() as Record<string, any>;
  change(input);
  const result = validatePolicy(input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

export const POLICY = policyWith();

export interface MailSpec {
  to?: string[];
  cc?: string[];
  bcc?: string[];
  subject?: string;
  body?: string;
  attachments?: (string | AttachmentSnapshot)[];
  composeType?: ComposeType;
  sensitivityLabelId?: string;
}

export function mail(spec: MailSpec): MessageSnapshot {
  const recipients: Recipient[] = [
    ...(spec.to ?? []).map((address) => ({ field: "to" as const, address })),
    ...(spec.cc ?? []).map((address) => ({ field: "cc" as const, address })),
    ...(spec.bcc ?? []).map((address) => ({ field: "bcc" as const, address })),
  ];
  return {
    sender: "yamada@example.go.jp",
    recipients,
    subject: spec.subject ?? "",
    body: spec.body ?? "",
    composeType: spec.composeType ?? "new",
    attachments: (spec.attachments ?? []).map((a) =>
      typeof a === "string" ? { name: a, size: 1000, inline: false } : a,
    ),
    ...(spec.sensitivityLabelId ? { sensitivityLabelId: spec.sensitivityLabelId } : {}),
  };
}

/** Three outside organisations in To/CC of a 機密性２・配布禁止 mail with an attachment. */
export const SHARED_OUTSIDE = ["tanaka@contoso.co.jp", "suzuki@fabrikam.co.jp", "sato@northwind.or.jp"] as const;

/**
 * A mail whose findings (external-confidential, handling-restriction, unencrypted-attachment, bcc-expected) name
 * the same three outside recipients: the case for "each recipient list named once" wherever findings are listed.
 */
export function sharedRecipientsMail(): MessageSnapshot {
  return mail({
    to: [SHARED_OUTSIDE[0]],
    cc: SHARED_OUTSIDE.slice(1),
    subject: "【機密性２・配布禁止】共同研究の進捗資料",
    body: "進捗資料をお送りします。ご確認ください。",
    attachments: ["進捗資料.docx"],
  });
}
