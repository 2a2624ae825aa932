import { classifyAddress, type DomainClass } from "../domains/classify";
import { detectMarkings, type ExtraWord, type ScanOptions } from "../labels/detect";
import type { LocatedMarking, MarkingSource } from "../labels/marking";
import { placeOfWhere } from "../labels/place";
import type { Recipient, MessageSnapshot } from "../message";
import type { CompiledPolicy } from "../policy/compile";
import type { Policy } from "../policy/schema";
import type { CheckId } from "./ids";

export interface ClassifiedRecipient {
  readonly field: Recipient["field"];
  /** The real mailbox (normalised), whatever the display name said. */
  readonly address: string;
  readonly displayName?: string;
  readonly recipientType?: Recipient["recipientType"];
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
  /** Markings of this information: what the checks act on. */
  readonly markings: readonly LocatedMarking[];
  /** Classes and restrictions only named in running text (or demoted by an attachment's own marking): info only. */
  readonly mentions: readonly LocatedMarking[];
  /** Highest 機密性 level among all markings (0 when none). */
  readonly level: number;
  readonly subjectLevel: number;
  /** An attachment's level: its own explicit marking when it has one (1章-1), else the mail's highest level. */
  attachmentLevel(name: string): number;
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

interface Collected {
  readonly markings: LocatedMarking[];
  readonly mentions: LocatedMarking[];
  /** Attachments whose own explicit marking (name, header, title, label …) decides their level. */
  readonly decided: Map<string, number>;
}

function locate(
  text: string,
  source: MarkingSource,
  extra: readonly ExtraWord[],
  options: ScanOptions,
  out: LocatedMarking[],
): void {
  for (const m of detectMarkings(text, extra, options)) {
    out.push({ ...m, source: m.quoted ? { ...source, quoted: true } : source });
  }
}

/** Places of an attachment that name or label it, as opposed to its body text. */
function isExplicitSource(source: MarkingSource): boolean {
  return source.kind === "attachment-name" || placeOfWhere(source.part ?? "") === "explicit";
}

function collectMarkings(snapshot: MessageSnapshot, compiled: CompiledPolicy): Collected {
  const policy = compiled.policy;
  let extra = extraCache.get(policy);
  if (!extra) extraCache.set(policy, (extra = extraWordsOf(policy)));
  const all: LocatedMarking[] = [];
  locate(snapshot.subject, { kind: "subject" }, extra, { place: "subject" }, all);
  locate(snapshot.body, { kind: "body" }, extra, { place: "body", composeType: snapshot.composeType }, all);
  const decided = new Map<string, number>();
  for (const a of snapshot.attachments) {
    const own: LocatedMarking[] = [];
    locate(a.name, { kind: "attachment-name", attachment: a.name }, extra, { place: "explicit" }, own);
    for (const t of a.inspection?.texts ?? []) {
      const source: MarkingSource = { kind: "attachment-content", attachment: a.name, part: t.where };
      locate(t.text, source, extra, { place: placeOfWhere(t.where) }, own);
    }
    for (const l of a.inspection?.sensitivityLabels ?? []) {
      const level = labelLevel(compiled, l.id, l.name);
      if (level > 0)
        own.push({
          text: l.name ?? l.id,
          level,
          source: { kind: "attachment-content", attachment: a.name, part: "sensitivity label" },
        });
    }
    // 1章-1: an attachment's own explicit marking decides it. A header saying 機密性１ makes the file 機密性１, whatever its
    // body goes on to explain (a public guide showing 【機密性２】 as an example); the body's class words then count
    // as mentions. A file declared 要機密 is another matter: a part inside marked higher (an annex headed 【機密性３】)
    // raises it, as the highest level found anywhere wins.
    let explicitLevel = 0;
    for (const m of own)
      if (!m.mention && m.level > explicitLevel && isExplicitSource(m.source)) explicitLevel = m.level;
    if (explicitLevel === 1) {
      decided.set(a.name, explicitLevel);
      for (let i = 0; i < own.length; i++) {
        const m = own[i] as LocatedMarking;
        if (!m.mention && m.level > 0 && !isExplicitSource(m.source)) own[i] = { ...m, mention: true };
      }
    } else if (explicitLevel > 1) {
      let level = explicitLevel;
      for (const m of own) if (!m.mention && m.level > level) level = m.level;
      decided.set(a.name, level);
    }
    for (const m of own) all.push(m);
  }
  if (snapshot.sensitivityLabelId) {
    const level = labelLevel(compiled, snapshot.sensitivityLabelId);
    if (level > 0) all.push({ text: snapshot.sensitivityLabelId, level, source: { kind: "sensitivity-label" } });
  }
  const markings: LocatedMarking[] = [];
  const mentions: LocatedMarking[] = [];
  for (const m of all) (m.mention ? mentions : markings).push(m);
  return { markings, mentions, decided };
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
    return {
      field: r.field,
      address,
      ...(r.displayName ? { displayName: r.displayName } : {}),
      ...(r.recipientType ? { recipientType: r.recipientType } : {}),
      cls,
    };
  });
  const outside = recipients.filter((r) => r.cls.kind !== "organisation");
  const { markings, mentions, decided } = collectMarkings(snapshot, compiled);
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
    mentions,
    level,
    subjectLevel,
    attachmentLevel: (name) => decided.get(name) ?? level,
    outsideFor: (check) => outside.filter((r) => !r.cls.partner?.exemptFrom.has(check)),
  };
}
