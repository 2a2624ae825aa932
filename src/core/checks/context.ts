import { classifyAddress, type DomainClass } from "../domains/classify";
import { detectMarkings, type ExtraWord } from "../labels/detect";
import type { LocatedMarking, MarkingSource } from "../labels/marking";
import type { Recipient, MessageSnapshot } from "../message";
import type { CompiledPolicy } from "../policy/compile";
import type { Policy } from "../policy/schema";
import type { CheckId } from "./ids";

export interface ClassifiedRecipient {
  readonly field: Recipient["field"];
  /** The real mailbox (normalised), whatever the display name said. */
  readonly address: string;
  readonly displayName?: string;
  readonly cls: DomainClass;
}

/** Everything the checks share, computed once per evaluation so nine checks do not classify the same addresses. */
export interface EvaluationContext {
  readonly snapshot: MessageSnapshot;
  readonly policy: Policy;
  readonly compiled: CompiledPolicy;
  readonly recipients: readonly ClassifiedRecipient[];
  /** Recipients not inside the organisation (partners, other ministries, free mail, unparseable addresses). */
  readonly outside: readonly ClassifiedRecipient[];
  readonly markings: readonly LocatedMarking[];
  /** Highest 機密性 level among all markings (0 when none). */
  readonly level: number;
  readonly subjectLevel: number;
  /** Outside recipients, less the partners the policy exempts from `check`. */
  outsideFor(check: CheckId): readonly ClassifiedRecipient[];
}

function extraWordsOf(policy: Policy): ExtraWord[] {
  return policy.labels.extraWords.map((w) => ({
    word: w.word.normalize("NFKC"),
    level: w.meaning === "confidential-3" ? 3 : w.meaning === "confidential-2" ? 2 : 0,
    ...(w.meaning.startsWith("confidential")
      ? {}
      : { restriction: w.meaning as Exclude<typeof w.meaning, `confidential-${string}`> }),
  }));
}

const extraCache = new WeakMap<Policy, ExtraWord[]>();

function locate(text: string, source: MarkingSource, extra: readonly ExtraWord[], out: LocatedMarking[]): void {
  for (const m of detectMarkings(text, extra)) out.push({ ...m, source });
}

function collectMarkings(snapshot: MessageSnapshot, compiled: CompiledPolicy): LocatedMarking[] {
  const policy = compiled.policy;
  let extra = extraCache.get(policy);
  if (!extra) extraCache.set(policy, (extra = extraWordsOf(policy)));
  const out: LocatedMarking[] = [];
  locate(snapshot.subject, { kind: "subject" }, extra, out);
  locate(snapshot.body, { kind: "body" }, extra, out);
  for (const a of snapshot.attachments) {
    locate(a.name, { kind: "attachment-name", attachment: a.name }, extra, out);
    for (const t of a.inspection?.texts ?? []) {
      locate(t.text, { kind: "attachment-content", attachment: a.name, part: t.where }, extra, out);
    }
    for (const l of a.inspection?.sensitivityLabels ?? []) {
      const level = labelLevel(compiled, l.id, l.name);
      if (level > 0)
        out.push({
          text: l.name ?? l.id,
          level,
          source: { kind: "attachment-content", attachment: a.name, part: "sensitivity label" },
        });
    }
  }
  if (snapshot.sensitivityLabelId) {
    const level = labelLevel(compiled, snapshot.sensitivityLabelId);
    if (level > 0) out.push({ text: snapshot.sensitivityLabelId, level, source: { kind: "sensitivity-label" } });
  }
  return out;
}

function labelLevel(compiled: CompiledPolicy, id: string, name?: string): number {
  return (
    compiled.labelLevels.get(id.toLowerCase()) ??
    (name ? compiled.labelLevels.get(name.normalize("NFKC").toLowerCase()) : undefined) ??
    0
  );
}

export function buildContext(snapshot: MessageSnapshot, compiled: CompiledPolicy): EvaluationContext {
  const recipients: ClassifiedRecipient[] = snapshot.recipients.map((r) => {
    const c = classifyAddress(r.address, compiled);
    const { address, ...cls } = c;
    return { field: r.field, address, ...(r.displayName ? { displayName: r.displayName } : {}), cls };
  });
  const outside = recipients.filter((r) => r.cls.kind !== "organisation");
  const markings = collectMarkings(snapshot, compiled);
  let level = 0;
  let subjectLevel = 0;
  for (const m of markings) {
    if (m.level > level) level = m.level;
    if (m.source.kind === "subject" && m.level > subjectLevel) subjectLevel = m.level;
  }
  return {
    snapshot,
    policy: compiled.policy,
    compiled,
    recipients,
    outside,
    markings,
    level,
    subjectLevel,
    outsideFor: (check) => outside.filter((r) => !r.cls.partner?.exemptFrom.has(check)),
  };
}
