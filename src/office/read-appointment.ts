import { officeCall } from "./async";
import type { Capabilities } from "./capabilities";
import { assembleDraft, startCommonReads, type DraftReadResult } from "./read-draft";

/**
 * The organizer's meeting invitation (AppointmentCompose) read like a draft mail, in one round trip: required
 * attendees count as To, optional attendees as CC (an invitation has no BCC), the organizer as the sender. The
 * checks then judge the invitation exactly as they judge a mail: its subject, body and attachments reach every
 * attendee.
 */
export async function readAppointment(item: Office.AppointmentCompose, caps: Capabilities): Promise<DraftReadResult> {
  const attendees = (field: "requiredAttendees" | "optionalAttendees") =>
    officeCall<Office.EmailAddressDetails[]>((cb) => item[field].getAsync(cb));
  const [required, optional, common] = await Promise.all([
    attendees("requiredAttendees"),
    attendees("optionalAttendees"),
    startCommonReads(item, caps, item.organizer),
  ]);
  return assembleDraft(
    [
      ["to", "requiredAttendees", required],
      ["cc", "optionalAttendees", optional],
    ],
    common,
    () => "new",
  );
}
