import type { AttachmentInspection } from "../core/message";
import { officeCall, withDeadline, yieldToRuntime, type Clock } from "./async";
import { attachmentKey, decodeInspection, encodeInspection } from "./attachment-cache";
import { decodeBase64 } from "./base64";
import type { ListedAttachment } from "./read-draft";

export type Inspector = (bytes: Uint8Array) => AttachmentInspection;

export interface InspectResult {
  /** By attachment id. */
  readonly inspections: Map<string, AttachmentInspection>;
  /** Attachments whose bytes could not be read or decoded in time: the check is incomplete. */
  readonly failures: string[];
  /** Fresh cache entries worth writing back to sessionData (key → value). */
  readonly fresh: [string, string][];
}

/** File attachments carry bytes worth inspecting; inline images, cloud links and attached items do not. */
export function needsInspection(a: ListedAttachment): boolean {
  return a.type === "file" && !a.inline;
}

type Content = { bytes?: Uint8Array; failure?: string };

/**
 * A message or meeting attached by drag-and-drop (or Attach Item) is of type "file" in Outlook on the web and new
 * Outlook, named with its extension, and getAttachmentContentAsync throws for it there (AttachmentDetailsCompose and
 * AttachmentContent reference). Classic Outlook lists the same attachment as an "item", which is never inspected, so
 * an unreadable one of these is "nothing to inspect" too, not an incomplete check that onError would escalate.
 */
const ATTACHED_ITEM_NAME = /\.(?:eml|msg|ics)$/i;

/** Reads one attachment's bytes; no bytes and no failure means "nothing to inspect" (cloud file and the like). */
async function readContent(
  item: Office.MessageCompose,
  a: ListedAttachment,
  until: number,
  clock: Clock,
): Promise<Content> {
  if (typeof a.id !== "string" || a.id === "") return { failure: `${a.name}: no attachment id` };
  const r = await withDeadline(
    officeCall<Office.AttachmentContent>((cb) => item.getAttachmentContentAsync(a.id, cb)),
    until,
    clock,
  );
  if (!r.ok) {
    // Outlook says so for "upload and share" files and similar: there are no bytes we could ever read.
    if (r.code === "AttachmentTypeNotSupported") return {};
    // An attached mail or meeting the web and new Outlook list as a file: its content cannot be read there.
    if (ATTACHED_ITEM_NAME.test(a.name)) return {};
    return { failure: `${a.name}: ${r.error}` };
  }
  if (!r.value || r.value.format !== "base64") return {};
  const bytes = decodeBase64(String(r.value.content));
  if (!bytes) return { failure: `${a.name}: content is not valid base64` };
  return { bytes };
}

function inspectContent(
  a: ListedAttachment,
  content: Content,
  inspect: Inspector,
): { inspection?: AttachmentInspection; failure?: string } {
  if (content.failure !== undefined) return { failure: content.failure };
  if (!content.bytes) return {};
  try {
    return { inspection: inspect(content.bytes) };
  } catch (e) {
    return { failure: `${a.name}: inspection failed (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** Reads and inspects one attachment; `undefined` inspection with no failure means "nothing to inspect". */
export async function readAndInspect(
  item: Office.MessageCompose,
  a: ListedAttachment,
  inspect: Inspector,
  until: number,
  clock: Clock,
): Promise<{ inspection?: AttachmentInspection; failure?: string }> {
  const content = await readContent(item, a, until, clock);
  // Decoding and inspecting are synchronous: give the runtime a turn first, so a deadline that is due fires.
  await yieldToRuntime(clock);
  if (content.bytes && clock.now() >= until) return { failure: `${a.name}: Timeout: no time left to inspect` };
  return inspectContent(a, content, inspect);
}

/**
 * Uses the inspections cached by OnMessageAttachmentsChanged and reads only the missing ones within the deadline.
 * Send therefore costs no extra round trip when every attachment was precomputed. The bytes are fetched all at
 * once (one round trip); the inspections, which are synchronous CPU work, run one attachment at a time with a turn
 * of the event loop before each and stop at the deadline: the send handler's timers can always fire between two
 * attachments, so one slow or hostile file delays the decision by at most its own inspection, never the sum.
 */
export async function inspectAttachments(
  item: Office.MessageCompose,
  listed: readonly ListedAttachment[],
  session: Record<string, string> | undefined,
  inspect: Inspector,
  until: number,
  clock: Clock,
  extraWords: readonly string[],
): Promise<InspectResult> {
  const inspections = new Map<string, AttachmentInspection>();
  const failures: string[] = [];
  const fresh: [string, string][] = [];
  const missing: ListedAttachment[] = [];
  for (const a of listed) {
    if (!needsInspection(a)) continue;
    const hit = decodeInspection(a.name, session ? session[attachmentKey(a.name, a.size)] : undefined);
    if (hit) inspections.set(a.id, hit);
    else missing.push(a);
  }
  const contents = await Promise.all(missing.map((a) => readContent(item, a, until, clock)));
  for (let i = 0; i < missing.length; i++) {
    const a = missing[i] as ListedAttachment;
    const content = contents[i] as Content;
    if (content.bytes) {
      await yieldToRuntime(clock);
      if (clock.now() >= until) {
        failures.push(`${a.name}: Timeout: no time left to inspect`);
        continue;
      }
    }
    const r = inspectContent(a, content, inspect);
    if (r.failure) failures.push(r.failure);
    if (r.inspection) {
      inspections.set(a.id, r.inspection);
      const encoded = encodeInspection(a.name, r.inspection, extraWords);
      if (encoded !== undefined) fresh.push([attachmentKey(a.name, a.size), encoded]);
    }
  }
  return { inspections, failures, fresh };
}
