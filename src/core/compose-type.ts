import type { ComposeType } from "./message";

// FW:, Fwd:, 転送:, and the full-width forms Japanese clients write (ＦＷ：); NFKC folds those to ASCII first.
// Bracketed tags in front ([ext], 【ご参考】, 【重要】) do not change what the mail is; the first RE:/FW: after them
// does ("RE: FW: x" is a reply, "FW: RE: x" a forward). Each tag and the tag count are bounded: stays linear.
const PREFIX =
  /^[ \t]{0,8}(?:(?:\[[^\]\n]{0,40}\]|【[^】\n]{0,40}】|\([^)\n]{0,40}\)|〔[^〕\n]{0,40}〕)[ \t]{0,8}){0,6}/;
const FORWARD = /^(?:fwd?|転送)[ \t]{0,3}:/i;
const REPLY = /^(?:re|返信)[ \t]{0,3}:/i;

/** The sender's view of an .eml: a subject that starts like a forward is a forward. */
export function composeTypeFromSubject(subject: string): ComposeType {
  const s = subject.slice(0, 1000).normalize("NFKC");
  const rest = s.slice((PREFIX.exec(s) ?? [""])[0].length);
  if (FORWARD.test(rest)) return "forward";
  if (REPLY.test(rest)) return "reply";
  return "new";
}
