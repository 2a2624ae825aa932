/**
 * The inspection entry point: identify the container, hand it to its reader, assemble the result. Any exception
 * from a reader (a bug, or an allocation failure on absurd input) is turned into an "unknown" result, so inspection
 * can never break Send.
 */

import type { AttachmentInspection, AttachmentKind, EncryptionStatus } from "../message";
import { inspectCfb } from "./cfb-inspect";
import { InspectContext } from "./context";
import { describeOther, detectKind, isCmsEnveloped, isPgpMessage } from "./detect-kind";
import { Budget, resolveLimits, type InspectionLimits } from "./limits";
import { inspectPdfContents } from "./pdf-content";
import { EmptyPasswordKeys, probePdf } from "./pdf-probe";
import { plainTextStart } from "./text-file";
import { inspectTnef } from "./tnef";
import { inspectZip } from "./zip-inspect";

/** What inspection cost, for tests, the bench and logs. */
export interface InspectionStats {
  /** Decompressed bytes produced (charged to the budget), including any overshoot of the last slice. */
  readonly inflatedBytes: number;
  /** True when some read stopped because the attachment's or the mail's inflate cap ran out. */
  readonly budgetExhausted: boolean;
  /** Directory entries listed (ZIP central directory, CFB directory; nested archives included). */
  readonly entriesSeen: number;
}

export interface DetailedInspection {
  readonly inspection: AttachmentInspection;
  readonly stats: InspectionStats;
}

/** Characters read from the start of a plain-text attachment (.txt, .csv). */
const TEXT_FILE_CHARS = 4000;

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** PDF contents are extra: a failure there must not turn a decided encryption status into "unknown". */
function readPdfContents(bytes: Uint8Array, ctx: InspectContext, keys: EmptyPasswordKeys): void {
  try {
    inspectPdfContents(bytes, ctx, keys);
  } catch (e) {
    ctx.note("PDF contents not read: " + errorMessage(e));
  }
}

/** What the format readers decided about one file. */
export interface Verdict {
  readonly kind: AttachmentKind;
  readonly encryption: EncryptionStatus;
  readonly partlyEncrypted?: boolean;
}

/**
 * Identifies one file and hands it to its reader, collecting texts and notes into `ctx`. Also used for the files
 * inside a container (a winmail.dat, an attached .msg), with a nested context that names the inner file.
 */
export function inspectInto(bytes: Uint8Array, ctx: InspectContext): Verdict {
  const detected = detectKind(bytes);
  if (detected === "zip") {
    const v = inspectZip(bytes, ctx);
    // Junk that merely ends in a ZIP signature and does not parse is not a ZIP.
    if (v.encryption === "unknown" && !(bytes[0] === 0x50 && bytes[1] === 0x4b) && ctx.entriesSeen === 0) {
      return { kind: "other", encryption: "unknown" };
    }
    return v;
  }
  if (detected === "cfb") return { kind: "cfb", encryption: inspectCfb(bytes, ctx, inspectInto).encryption };
  if (detected === "tnef") return { kind: "other", encryption: inspectTnef(bytes, ctx, inspectInto) };
  if (detected === "pdf") {
    // The empty-password checks the probe runs serve the contents reader, which would otherwise run them again.
    const keys = new EmptyPasswordKeys();
    const probe = probePdf(bytes, ctx, keys);
    // An encrypted PDF's strings and streams are ciphertext: reading them would only produce noise. One the empty
    // password opens but that cannot be fully decrypted is "unknown" and still read in part (pdf-probe.ts).
    if (probe.readable) readPdfContents(bytes, ctx, keys);
    return { kind: "pdf", encryption: probe.encryption };
  }
  const hint = describeOther(bytes);
  if (hint !== undefined) ctx.note(hint);
  if (isPgpMessage(bytes)) return { kind: "other", encryption: "encrypted" };
  if (isCmsEnveloped(bytes)) {
    ctx.note("S/MIME encrypted (CMS enveloped data)");
    return { kind: "other", encryption: "encrypted" };
  }
  const text = plainTextStart(bytes, Math.min(ctx.textRoom, TEXT_FILE_CHARS));
  if (text !== undefined) ctx.addText("text file start", text);
  return { kind: "other", encryption: "unknown" };
}

/** Inspects one attachment; `budget` (from inspectAll) overrides the per-attachment inflate cap. */
export function inspectDetailed(
  bytes: Uint8Array,
  limits?: Partial<InspectionLimits>,
  budget?: Budget,
): DetailedInspection {
  const resolved = resolveLimits(limits);
  const b = budget ?? new Budget(resolved.maxInflatedBytesPerAttachment);
  const ctx = new InspectContext(resolved, b);
  let kind: AttachmentKind = "other";
  let encryption: EncryptionStatus = "unknown";
  let partlyEncrypted = false;
  try {
    const v = inspectInto(bytes, ctx);
    kind = v.kind;
    encryption = v.encryption;
    partlyEncrypted = v.partlyEncrypted === true;
  } catch (e) {
    encryption = "unknown";
    ctx.note("inspection failed: " + errorMessage(e));
  }
  if (b.exhausted && encryption !== "encrypted") ctx.note("inflate cap reached; result may be partial");

  const labels = ctx.labels;
  const notes = ctx.notes;
  const inspection: AttachmentInspection = {
    kind,
    encryption,
    texts: ctx.texts.slice(),
    ...(labels.length > 0 ? { sensitivityLabels: labels.slice() } : {}),
    ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
    ...(partlyEncrypted ? { partlyEncrypted } : {}),
  };
  return {
    inspection,
    stats: { inflatedBytes: b.spent, budgetExhausted: b.exhausted, entriesSeen: ctx.entriesSeen },
  };
}
