/** The public face of the pure core: what adapters (Outlook, CLI, simulator, editor) may use. */
export * from "./message";
export { evaluate, type Decision, type DecisionAction } from "./engine";
export { CHECKS } from "./checks/index";
export { CHECK_IDS, GUIDANCE_SECTIONS, ACTIONS, type Action, type CheckId, type GuidanceSection } from "./checks/ids";
export type { Finding, FindingData, FindingValue, Check } from "./checks/types";
export { policySchema, type Policy, type PolicyInput } from "./policy/schema";
export {
  validatePolicy,
  parsePolicyText,
  formatPolicyErrors,
  type PolicyError,
  type PolicyResult,
} from "./policy/validate";
export { compilePolicy } from "./policy/compile";
export { classifyAddress, classifyDomain, type DomainClass, type DomainKind } from "./domains/classify";
export { parseAddress, normaliseDomain, extractMailbox } from "./address/parse-address";
export { detectMarkings, highestLevel } from "./labels/detect";
export type { Marking, Restriction, LocatedMarking } from "./labels/marking";
export { renderFinding, checkTitle, decisionLabel, langFor, CATALOGS, type RenderOptions } from "./i18n/render";
export type { Lang } from "./i18n/types";
export { fixesFor, type FixOption, type ChecklistItem } from "./fixes/fix-options";
export { planMoveToBcc, MAX_RECIPIENTS_PER_CALL, type BccMovePlan } from "./fixes/move-to-bcc";
export { subjectWithMarking, markingText } from "./fixes/subject-marking";
export { explainAddress, type AddressExplanation } from "./domains/explain";
export { diffPolicies, type PolicyChange } from "./policy/diff";
