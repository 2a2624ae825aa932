import type { LocatedMarking, MarkingSource } from "../labels/marking";
import type { ClassifiedRecipient } from "./context";
import type { FindingDraft } from "./types";

/**
 * Encodes where a marking was found as a short token the catalogs know how to say:
 * `subject`, `body`, `label`, `attachment:<name>`.
 */
export function sourceToken(source: MarkingSource): string {
  switch (source.kind) {
    case "subject":
      return "subject";
    case "body":
      return "body";
    case "sensitivity-label":
      return "label";
    default:
      return `attachment:${source.attachment ?? ""}`;
  }
}

/** The distinct places a set of markings came from, in the order found. */
export function sourcesOf(markings: readonly LocatedMarking[]): string[] {
  return [...new Set(markings.map((m) => sourceToken(m.source)))];
}

/** The marking with the highest level, or the first one when levels tie; callers pass a non-empty list. */
export function strongest(markings: readonly LocatedMarking[]): LocatedMarking {
  let best = markings[0]!;
  for (const m of markings) if (m.level > best.level) best = m;
  return best;
}

export function addressesOf(recipients: readonly ClassifiedRecipient[]): string[] {
  return [...new Set(recipients.map((r) => r.address))];
}

/** An info-only finding listing words that were named in running text but are not markings (1章-1). */
export function mentionFinding<M extends string>(messageId: M, mentions: readonly LocatedMarking[]): FindingDraft<M> {
  return {
    messageId,
    info: true,
    data: { marking: [...new Set(mentions.map((m) => m.text))], where: sourcesOf(mentions) },
  };
}
