import { analyseReceivedMail } from "../core/suspicious/analyse";
import { buildReportMessage, type ReportMessage } from "../core/suspicious/report-message";
import type { Answers } from "../core/suspicious/questions";
import type { SuspicionSign } from "../core/suspicious/types";
import { officeCall } from "../office/async";
import { readReceivedMail, type ArchiveInspector, type MessageReadLike } from "../office/report/read-received";
import type { SendCheckConfig } from "./config";
import type { DeliverHere } from "./report-button";

/**
 * Delivering a report from the SpamReporting event itself, for a runtime that can reach the desk without signing
 * in interactively. The product's event script does not wire it (report-button.ts says why), so none of this, nor
 * the analysis it runs, is in dist/launchevent.js; the handler's tests wire it to prove the event path end to end.
 */
export interface ReportDelivery {
  readonly report: ReportMessage;
  /** The original as Outlook gives it (getAsFileAsync): base64 of the EML, unmodified. */
  readonly emlBase64: string;
  readonly answers: Answers;
  readonly signs: readonly SuspicionSign[];
  readonly freeText: string;
}

/** Sends a report; resolves true only when the desk has it. */
export type Deliverer = (delivery: ReportDelivery) => Promise<boolean>;

export function createDeliverHere(
  config: SendCheckConfig,
  deliver: Deliverer,
  inspect?: ArchiveInspector,
): DeliverHere {
  return async ({ office, answers, freeText, lang }) => {
    const mailbox = office.context.mailbox;
    const item = (mailbox && mailbox.item) as MessageReadLike | undefined;
    if (!item || !config.policy.report || typeof item.getAsFileAsync !== "function") return false;
    const read = await readReceivedMail(item, inspect);
    const signs = analyseReceivedMail(read.mail, config.policy);
    const report = buildReportMessage({
      policy: config.policy,
      answers,
      signs,
      reporter: {
        emailAddress: (mailbox && mailbox.userProfile && mailbox.userProfile.emailAddress) || "",
        displayName: mailbox && mailbox.userProfile ? mailbox.userProfile.displayName : undefined,
      },
      originalSubject: read.subject,
      lang,
      freeText,
    });
    const getFile = item.getAsFileAsync.bind(item);
    const eml = await officeCall<string>((cb) => getFile(cb));
    if (!report || !eml.ok || typeof eml.value !== "string" || eml.value === "") return false;
    return deliver({ report, emlBase64: eml.value, answers, signs, freeText });
  };
}
