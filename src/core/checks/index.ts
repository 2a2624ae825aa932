import { bccExpected } from "./bcc-expected";
import { externalConfidential } from "./external-confidential";
import { freemailRecipient } from "./freemail-recipient";
import { handlingRestriction } from "./handling-restriction";
import { labelInheritance } from "./label-inheritance";
import { lookalikeDomain } from "./lookalike-domain";
import { newDomainInReply } from "./new-domain-in-reply";
import { ppap } from "./ppap";
import type { Check } from "./types";
import { unencryptedAttachment } from "./unencrypted-attachment";
import { unlabelledAttachment } from "./unlabelled-attachment";

const REGISTRY = [
  handlingRestriction,
  externalConfidential,
  unencryptedAttachment,
  ppap,
  lookalikeDomain,
  newDomainInReply,
  bccExpected,
  freemailRecipient,
  labelInheritance,
  unlabelledAttachment,
] as const;

/** The one registry every surface lists checks from, in the order findings are shown. */
export const CHECKS: readonly Check[] = REGISTRY;

/** Any check of the registry with its literal settings: what the policy schema's types are derived from. */
export type RegisteredCheck = (typeof REGISTRY)[number];
