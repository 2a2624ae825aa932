import type { Catalog } from "./types";

export const en: Catalog = {
  findings: {
    "bcc-expected.organisations": (d, s) =>
      `Recipients from ${s.str(d.count)} outside organisation${d.count === 1 ? "" : "s"} (${s.list(d.domains)}) see each other in To/Cc. Move them to Bcc.`,
    "bcc-expected.many": (d, s) =>
      `${s.str(d.count)} outside recipients see each other in To/Cc (the limit is ${s.str(d.max)}). Move them to Bcc.`,
    "bcc-expected.group": (d, s) =>
      `The group${d.count === 1 ? "" : "s"} in To/Cc (${s.list(d.groups)}) show${d.count === 1 ? "s" : ""} members each other's addresses and let them reply to all. ${d.count === 1 ? "If it includes people outside, move it" : "If they include people outside, move them"} to Bcc.`,
    "external-confidential.confidential": (d, s) =>
      `"${s.str(d.marking)}" is marked in the ${s.where(d.where)}. Check that whoever classified it agrees to sending it outside${s.recipients(d.recipients)}.`,
    "external-confidential.secret": (d, s) =>
      `"${s.str(d.marking)}" in the ${s.where(d.where)}: information of this class cannot be e-mailed outside the organisation${s.recipients(d.recipients)}.`,
    "external-confidential.mention": (d, s) =>
      `In the ${s.where(d.where)}, "${s.list(d.marking)}" is named in running text, not a classification marking of this information (for reference).`,
    "handling-restriction.mention": (d, s) =>
      `In the ${s.where(d.where)}, "${s.list(d.marking)}" is named in running text, not a handling restriction on this information (for reference).`,
    "handling-restriction.no-send": (d, s) =>
      `"${s.list(d.marking)}" in the ${s.where(d.where)}: this must not be sent by e-mail.`,
    "handling-restriction.no-forward": (d, s) =>
      `You are forwarding content marked "${s.list(d.marking)}" (${s.where(d.where)}).`,
    "handling-restriction.limited": (d, s) =>
      `Some recipients${s.recipients(d.recipients)} are outside the circle "${s.list(d.marking)}" allows (${s.where(d.where)}).`,
    "handling-restriction.no-distribute": (d, s) =>
      `"${s.list(d.marking)}" in the ${s.where(d.where)}: check that it may go outside the organisation${s.recipients(d.recipients)}.`,
    "handling-restriction.needs-permission": (d, s) =>
      `"${s.list(d.marking)}" in the ${s.where(d.where)}: get permission before sending.`,
    "lookalike-domain.imitates": (d, s) =>
      `The recipient domain ${s.str(d.domain)} looks like ${s.str(d.of)} but is a different domain${s.recipients(d.recipients)}. Check the address.`,
    "freemail-recipient.confidential": (d, s) =>
      `Information marked "${s.str(d.marking)}" is addressed to a free or personal mailbox${s.recipients(d.recipients)}.`,
    "new-domain-in-reply.added": (d, s) =>
      `This reply adds outside recipients${s.recipients(d.recipients)} who were not on the message you are answering. The earlier exchange goes with it: check that they should get it.`,
    "label-inheritance.higher-attachment": (d, s) =>
      `The attachment "${s.str(d.attachment)}" is marked "${s.str(d.marking)}" but the subject ${d.subjectLevel ? `says 機密性${s.str(d.subjectLevel)}` : "carries no classification"}. Mark the subject the same.`,
    "unencrypted-attachment.not-encrypted": (d, s) =>
      `Attachments of this "${s.str(d.marking)}" mail (${s.list(d.attachments)}) go outside unencrypted${s.recipients(d.recipients)}.`,
    "unencrypted-attachment.unknown": (d, s) =>
      `Could not confirm that the attachments (${s.list(d.attachments)}) of this "${s.str(d.marking)}" mail are encrypted. Check before sending outside${s.recipients(d.recipients)}.`,
    "ppap.password-separately": (d, s) =>
      `The password for the protected ZIP ${s.list(d.attachments)} is to follow by e-mail (PPAP). A password sent the same way as the file protects nothing.`,
    "ppap.password-in-mail": (d, s) =>
      `The password for the protected ZIP ${s.list(d.attachments)} is written in the same mail, so the encryption protects nothing.`,
    "unlabelled-attachment.missing": (d, s) =>
      `No classification marking on the attachment(s) ${s.list(d.attachments)}.`,
    "engine.check-failed": (d, s) => `A check could not finish (${s.str(d.error)}).`,
  },
  checkTitles: {
    "bcc-expected": "Recipients that belong in BCC",
    "external-confidential": "Confidential information leaving the organisation",
    "unencrypted-attachment": "Unencrypted attachment",
    "handling-restriction": "Handling restriction",
    "lookalike-domain": "Look-alike recipient domain",
    "freemail-recipient": "Free-mail recipient",
    "label-inheritance": "Classification of derived information",
    ppap: "Password-protected ZIP (PPAP)",
    "unlabelled-attachment": "Attachment without classification",
    "new-domain-in-reply": "New outside organisation in a reply",
  },
  decisions: { allow: "OK to send", warn: "Check before sending", block: "Cannot be sent" },
  checklist: {
    "fix.ask-owner": "I confirmed with whoever set the classification that it may go outside",
    "fix.encrypt-file": "I encrypted the attachment (the password goes by another channel)",
    "fix.use-storage-link": "I switched to a share link on the organisation's approved storage",
    "fix.password-other-route": "I will give the password by phone or another channel, not by e-mail",
    "fix.get-permission": "I got the permission the handling restriction asks for",
    "fix.check-recipients": "I checked the address against a business card or earlier mail",
    "fix.move-group-by-hand":
      "I moved the contact group from To/Cc to Bcc in Outlook (a group without an address cannot be moved from this pane)",
    "fix.use-work-address": "I will send to the recipient's work address instead",
    "fix.do-not-send": "I will not send this by e-mail and will hand it over the approved way",
  },
  sources: {
    subject: "subject",
    body: "body",
    label: "sensitivity label",
    attachment: (name) => `attachment "${name}"`,
    and: " and ",
  },
  listSeparator: ", ",
  aside: (text) => ` (${text})`,
  more: (count) => `and ${count} more`,
  unknownMessage: "Something needs checking.",
};
