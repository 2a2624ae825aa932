import type { SignData } from "./types";
import type { SignSay, SuspiciousCatalog } from "./catalog-types";

function domainOf(d: SignData, s: SignSay): string {
  const ascii = s.str(d.ascii);
  const shown = s.str(d.domain);
  return ascii && ascii !== shown ? `${shown} (${ascii})` : shown;
}

/** "looks like X", or for a name carried inside another domain "carries a name made to look like X". */
function resembles(d: SignData, s: SignSay): string {
  return `${d.reason === "embedded" ? "carries a name made to look like" : "looks like"} ${s.str(d.of)}`;
}

const who = (d: SignData) => (d.role === "sender" ? "The Sender" : "The sender");

/** English, for staff whose Outlook is set to English. Same rule as Japanese: state facts, decide nothing. */
export const en: SuspiciousCatalog = {
  signs: {
    "auth.from-unverified": (d, s) =>
      `The receiving mail server could not confirm that this mail really comes from ${s.str(d.domain)} (${s.list(d.results, 4)}).`,
    "auth.from-unverified-internal": (d, s) =>
      `The sender address is inside the organisation (${s.str(d.domain)}), but the receiving mail server could not confirm that the mail was sent from inside (${s.list(d.results, 4)}).`,
    "auth.spf-fail": (d, s) =>
      `The server that delivered this mail is not registered as allowed to send mail for ${s.str(d.domain) || "the sending domain"} (SPF).`,
    "auth.dkim-fail": (d, s) =>
      `The digital signature (DKIM) of ${s.str(d.domain) || "the sender"} could not be confirmed as valid.`,
    "auth.not-verified": (d, s) =>
      `The checks that confirm a sender (SPF, DKIM, DMARC) could not confirm who sent this mail (${s.list(d.results, 4)}).`,
    "from.display-name-address": (d, s) =>
      `The sender's display name shows "${s.str(d.shown)}", but the real sender address is ${s.str(d.actual)}.`,
    "from.display-name-organisation": (d, s) =>
      `The sender's display name says "${s.str(d.organisation)}", but the address is on an outside domain, ${s.str(d.domain)}.`,
    "from.display-name-government": (d, s) =>
      `The sender calls themselves "${s.str(d.name)}", a public body, but the address is on ${s.str(d.domain)}, not a government (go.jp or lg.jp) domain.`,
    "from.freemail-official": (d, s) =>
      `The sender calls themselves "${s.str(d.name)}", but the address is on a free-mail service anyone can sign up to (${s.str(d.domain)}).`,
    "from.lookalike": (d, s) => `${who(d)} domain ${domainOf(d, s)} ${resembles(d, s)} but is a different domain.`,
    "from.gov-imitation": (d, s) =>
      `${who(d)} domain ${domainOf(d, s)} is made to look like "go.jp" but is not a government (go.jp) domain.`,
    "from.on-behalf": (d, s) => `This mail was sent by ${s.str(d.sender)} in the name of ${s.str(d.from)}.`,
    "reply-to.other-organisation": (d, s) =>
      `Replies to this mail are set to go to ${s.list(d.replyTo)}, an organisation other than the sender's (${s.str(d.from)}).`,
    "return-path.other-organisation": (d, s) =>
      `The address for delivery errors (Return-Path) is on ${s.str(d.returnPath)}, a different domain from the sender's ${s.str(d.from)}.`,
    "attachment.bidi-control": (d, s) =>
      `The name of attachment ${s.list(d.names)} contains a control character that shows text backwards, so the extension you see is not the real file type.`,
    "attachment.double-extension": (d, s) =>
      `Attachment ${s.list(d.names)} is named like a document, but the last extension, which decides the real file type, is not a document.`,
    "attachment.executable": (d, s) =>
      `Attachment ${s.list(d.names)} is a kind of file that runs as a program when opened (a program, script or shortcut).`,
    "attachment.disk-image": (d, s) =>
      `Attachment ${s.list(d.names)} is a disk image; opening it makes the files inside ready to run.`,
    "attachment.html": (d, s) =>
      `Attachment ${s.list(d.names)} is a web page file; opening it can show a sign-in page or similar in the browser.`,
    "attachment.macro": (d, s) =>
      `Attachment ${s.list(d.names)} is an Office file that can contain macros; pressing "Enable Content" runs the program inside.`,
    "attachment.password-zip": (d, s) =>
      `Attachment ${s.list(d.names)} is a password-protected archive, so virus scanners cannot check its contents in transit.`,
    "link.text-mismatch": (d, s) =>
      `A link in the mail shows "${s.str(d.shown)}", but really leads to ${s.str(d.target)}.`,
    "link.lookalike": (d, s) =>
      `A link in the mail leads to ${s.str(d.target)}, which ${resembles(d, s)} but is a different domain.`,
  },
  severity: { high: "Caution", warn: "Note", info: "For reference" },
  questions: {
    "opened-attachment": "Did you open an attachment of this mail?",
    "clicked-link": "Did you click a link in this mail?",
    "entered-credentials": "Did you enter a password or personal data on a page it opened?",
  },
  answers: { yes: "Yes", no: "No", unsure: "Not sure", unanswered: "Not answered" },
  steps: {
    "disconnect-network":
      "Unplug the network (LAN) cable now. On wireless, switch the wireless off so the computer cannot communicate.",
    "keep-power-on": "Do not shut down or restart the computer. Stop using it and leave it as it is.",
    "call-desk": "Call the reporting desk by phone now and follow its instructions.",
    "tell-desk-credentials": "Tell the desk that you entered a password or personal data.",
    "report-now": "Report this mail to the reporting desk and follow its instructions.",
    "do-not-open": "Do not open the attachments or click the links in this mail.",
    "keep-mail": "Do not delete this mail before it is reported, and forward it to no one but the reporting desk.",
  },
  headings: {
    incident: "Your computer may be infected. Do these things first",
    report: "What to do with this mail",
    phoneFirst: "A computer taken off the network cannot send the report mail. Send it when the desk tells you to.",
  },
  reportMail: {
    intro: "I am reporting a suspicious mail I received. The original is attached unmodified, with all its headers.",
    reporter: "Reporter",
    originalSubject: "Subject of the original mail",
    answers: "The reporter's answers",
    signs: "What sendcheck found automatically",
    noSigns: "The automatic checks found nothing in particular (this does not mean the mail is safe).",
    footer: "This mail was created by sendcheck's report feature.",
  },
  listSeparator: ", ",
  more: (count) => `and ${count} more`,
  unknownSign: "Something needs checking.",
};
