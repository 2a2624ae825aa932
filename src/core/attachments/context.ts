/**
 * Per-attachment working state shared by the format inspectors: the caps, the inflate budget, the texts and notes
 * collected so far. Nested archives get a child context that shares the budget and the text allowance but
 * prefixes every `where` with the nested entry's name.
 */

import type { EncryptionStatus, InnerText } from "../message";
import type { Budget, InspectionLimits } from "./limits";

export interface SensitivityLabelRef {
  readonly id: string;
  readonly name?: string;
}

/** Inspects a file found inside a container (passed in, so container readers need not import the dispatcher). */
export type InnerInspector = (bytes: Uint8Array, ctx: InspectContext) => { readonly encryption: EncryptionStatus };

/** A file inside a container: its name and, when it could be read within the limits, its bytes. */
export interface InnerFile {
  readonly name: string;
  readonly data?: Uint8Array;
}

interface Shared {
  readonly texts: InnerText[];
  readonly labels: SensitivityLabelRef[];
  readonly notes: string[];
  textChars: number;
  entriesSeen: number;
}

export class InspectContext {
  private readonly shared: Shared;

  constructor(
    readonly limits: InspectionLimits,
    readonly budget: Budget,
    readonly depth = 0,
    private readonly prefix = "",
    shared?: Shared,
  ) {
    this.shared = shared ?? { texts: [], labels: [], notes: [], textChars: 0, entriesSeen: 0 };
  }

  /** A context for an archive nested inside this one (one level only: callers check depth). */
  nested(entryName: string): InspectContext {
    return new InspectContext(this.limits, this.budget, this.depth + 1, this.prefix + entryName + ": ", this.shared);
  }

  get texts(): readonly InnerText[] {
    return this.shared.texts;
  }

  get labels(): readonly SensitivityLabelRef[] {
    return this.shared.labels;
  }

  get notes(): readonly string[] {
    return this.shared.notes;
  }

  get textRoom(): number {
    return Math.max(0, this.limits.maxTextChars - this.shared.textChars);
  }

  /** Adds text (trimmed to what is left of maxTextChars); returns false once the allowance is used up. */
  addText(where: string, text: string): boolean {
    const room = this.textRoom;
    if (room <= 0) return false;
    const t = text.trim();
    if (t === "") return true;
    const kept = t.length > room ? t.slice(0, room) : t;
    this.shared.texts.push({ where: this.prefix + where, text: kept });
    this.shared.textChars += kept.length;
    return kept.length === t.length;
  }

  addLabel(label: SensitivityLabelRef): void {
    if (!this.shared.labels.some((l) => l.id === label.id)) this.shared.labels.push(label);
  }

  note(message: string): void {
    const m = this.prefix + message;
    if (this.shared.notes.indexOf(m) < 0 && this.shared.notes.length < 20) this.shared.notes.push(m);
  }

  countEntries(n: number): void {
    this.shared.entriesSeen += n;
  }

  get entriesSeen(): number {
    return this.shared.entriesSeen;
  }
}

/**
 * The files a container holds (a winmail.dat's attachments, an attached .msg's attachments): each name is read for
 * markings and, given an inspector and one level down only, each file is inspected like an attachment of its own. Returns how many were
 * found encrypted and how many not.
 */
export function inspectInnerFiles(
  files: readonly InnerFile[],
  ctx: InspectContext,
  inspect?: InnerInspector,
): { encrypted: number; plain: number } {
  let encrypted = 0;
  let plain = 0;
  files.forEach((f, i) => {
    if (f.name !== "") ctx.addText("attachment name", f.name);
    if (f.data === undefined || inspect === undefined || ctx.depth > 0) return;
    const status = inspect(f.data, ctx.nested(f.name || "attachment " + (i + 1))).encryption;
    if (status === "encrypted") encrypted++;
    else if (status === "not-encrypted") plain++;
  });
  return { encrypted, plain };
}
