import type { ComposeType } from "./message";

// FW:, Fwd:, 転送:, and the full-width forms Japanese clients write (ＦＷ：); NFKC folds those to ASCII first.
const FORWARD = /^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|転送)\s*:/i;
const REPLY = /^\s*(?:\[[^\]]*\]\s*)?(?:re|返信)\s*:/i;

/** The sender's view of an .eml: a subject that starts like a forward is a forward. */
export function composeTypeFromSubject(subject: string): ComposeType {
  const s = subject.normalize("NFKC");
  if (FORWARD.test(s)) return "forward";
  if (REPLY.test(s)) return "reply";
  return "new";
}
