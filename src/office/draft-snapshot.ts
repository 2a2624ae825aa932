import type { AttachmentInspection, AttachmentSnapshot, MessageSnapshot } from "../core/message";
import { decodeAnswered } from "./answered";
import type { DraftRead } from "./read-draft";
import { SESSION_KEYS } from "./session-keys";

/**
 * The engine's view of a draft: what was read in the first round trip plus the attachment inspections by id. The
 * send handler and the fix pane both build it here, so the pane shows exactly what Send will decide.
 */
export function draftSnapshot(
  draft: DraftRead,
  inspections: ReadonlyMap<string, AttachmentInspection>,
  session?: Readonly<Record<string, string>>,
): MessageSnapshot {
  const answered = decodeAnswered(session && session[SESSION_KEYS.answered]);
  const attachments: AttachmentSnapshot[] = draft.attachments.map((a) => {
    const inspection = inspections.get(a.id);
    return { name: a.name, size: a.size, inline: a.inline, ...(inspection ? { inspection } : {}) };
  });
  return {
    ...(draft.sender ? { sender: draft.sender } : {}),
    recipients: draft.recipients,
    subject: draft.subject,
    body: draft.body,
    composeType: draft.composeType,
    attachments,
    ...(draft.sensitivityLabelId ? { sensitivityLabelId: draft.sensitivityLabelId } : {}),
    ...(answered ? { answeredAddresses: answered } : {}),
  };
}
