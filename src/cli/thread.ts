import { readFileSync } from "node:fs";
import { readEml } from "../eml/read-eml";
import { parseHeaders } from "./audit";
import { expandInputs } from "./files";

/**
 * The CLI's view of a thread, for new-domain-in-reply: which message a sent reply answers (In-Reply-To, else the
 * nearest References entry) and who was on it. Outlook captures that when the reply opens; here the earlier mail
 * must be among the files given (`--thread DIR`, and the checked files themselves).
 */

/** Enough of a mail to hold its header block; bodies and attachments are not needed to find Message-IDs. */
const HEADER_BYTES = 256 * 1024;

/** `<id@host>` tokens of a header value, in order, lower-cased (Message-IDs compare case-insensitively in practice). */
export function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  const re = /<([^<>\s]+)>/g;
  for (let m = re.exec(value); m !== null; m = re.exec(value)) out.push(m[1]!.toLowerCase());
  return out;
}

export interface ThreadRefs {
  readonly messageId?: string;
  /** Candidates for the answered message, nearest first: In-Reply-To, then References from the end. */
  readonly answers: readonly string[];
}

export function threadRefs(raw: string): ThreadRefs {
  const h = parseHeaders(raw);
  const first = (name: string) => (h.get(name) ?? [])[0];
  const own = messageIds(first("message-id"))[0];
  const answers = [...messageIds(first("in-reply-to")), ...messageIds(first("references")).reverse()];
  return { ...(own ? { messageId: own } : {}), answers };
}

/** Message-ID → every address on that mail (sender, To, CC). */
export type ThreadIndex = Map<string, string[]>;

/** Indexes the .eml files under the given paths; unreadable files are skipped (they are reported elsewhere). */
export async function indexThread(paths: readonly string[]): Promise<ThreadIndex> {
  const index: ThreadIndex = new Map();
  for (const file of expandInputs(paths)) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    const { messageId } = threadRefs(Buffer.from(bytes.subarray(0, HEADER_BYTES)).toString("utf8"));
    if (!messageId || index.has(messageId)) continue;
    try {
      const { snapshot } = await readEml(bytes);
      const addresses = [
        ...(snapshot.sender ? [snapshot.sender] : []),
        ...snapshot.recipients.filter((r) => r.field !== "bcc").map((r) => r.address),
      ];
      index.set(messageId, addresses);
    } catch {
      // A mail we cannot parse answers nothing.
    }
  }
  return index;
}

/** The addresses on the message `bytes` answers, when that message is in the index. */
export function answeredAddresses(bytes: Uint8Array, index: ThreadIndex): string[] | undefined {
  const { answers } = threadRefs(Buffer.from(bytes.subarray(0, HEADER_BYTES)).toString("utf8"));
  for (const id of answers) {
    const found = index.get(id);
    if (found) return found;
  }
  return undefined;
}
