/**
 * The manifest's <Permissions> level, enforced the way office.js does it: every API checks the add-in's level
 * first and throws synchronously ("Elevated permission is required to call the method: '…'") when the manifest
 * asks for less than the API's documented minimum. The minimums are those of the API reference (the "Minimum
 * permission level" line of each method in @types/office-js, which is generated from it); test/office/
 * permissions.test.ts reads them from there and compares.
 */

/** Manifest names, lowest first (learn.microsoft.com: "Understanding Outlook add-in permissions"). */
export const PERMISSION_LEVELS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

const READ: PermissionLevel = "ReadItem";
const WRITE: PermissionLevel = "ReadWriteItem";
const MAILBOX: PermissionLevel = "ReadWriteMailbox";

/** Documented minimum per API, keyed by the names the stand-in logs calls under. */
export const MINIMUM_PERMISSION: Readonly<Record<string, PermissionLevel>> = {
  "to.getAsync": READ,
  "cc.getAsync": READ,
  "bcc.getAsync": READ,
  "to.setAsync": WRITE,
  "cc.setAsync": WRITE,
  "bcc.setAsync": WRITE,
  "to.addAsync": WRITE,
  "cc.addAsync": WRITE,
  "bcc.addAsync": WRITE,
  "from.getAsync": READ,
  "requiredAttendees.getAsync": READ,
  "requiredAttendees.setAsync": WRITE,
  "requiredAttendees.addAsync": WRITE,
  "optionalAttendees.getAsync": READ,
  "optionalAttendees.setAsync": WRITE,
  "optionalAttendees.addAsync": WRITE,
  "organizer.getAsync": READ,
  "subject.getAsync": READ,
  "subject.setAsync": READ,
  "body.getAsync": READ,
  "internetHeaders.getAsync": READ,
  "internetHeaders.setAsync": WRITE,
  "internetHeaders.removeAsync": WRITE,
  "sessionData.getAsync": READ,
  "sessionData.setAsync": READ,
  "sessionData.getAllAsync": WRITE,
  "sessionData.removeAsync": WRITE,
  "sessionData.clearAsync": WRITE,
  "sensitivityLabel.getAsync": WRITE,
  "delayDeliveryTime.getAsync": READ,
  "delayDeliveryTime.setAsync": WRITE,
  getAttachmentsAsync: READ,
  getAttachmentContentAsync: READ,
  removeAttachmentAsync: WRITE,
  getComposeTypeAsync: READ,
  getInitializationContextAsync: READ,
  addHandlerAsync: READ,
  removeHandlerAsync: READ,
  sendAsync: MAILBOX,
  getAllInternetHeadersAsync: READ,
  getAsFileAsync: READ,
  displayNewMessageForm: READ,
  displayNewMessageFormAsync: READ,
};

export function permissionRank(level: PermissionLevel): number {
  return PERMISSION_LEVELS.indexOf(level);
}

export function isPermissionLevel(v: unknown): v is PermissionLevel {
  return typeof v === "string" && (PERMISSION_LEVELS as readonly string[]).indexOf(v) >= 0;
}

/** What office.js throws, synchronously, for a call above the add-in's level. */
export function checkPermission(api: string, granted: PermissionLevel): void {
  const needed = MINIMUM_PERMISSION[api];
  if (needed === undefined) return;
  if (permissionRank(granted) < permissionRank(needed)) {
    throw new Error(`Elevated permission is required to call the method: '${api}'.`);
  }
}
