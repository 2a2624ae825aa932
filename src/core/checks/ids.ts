/** Check ids are a public contract: policies, the CLI's JSON and audit headers use them. Never rename one. */
export const CHECK_IDS = [
  "bcc-expected",
  "external-confidential",
  "unencrypted-attachment",
  "handling-restriction",
  "lookalike-domain",
  "freemail-recipient",
  "label-inheritance",
  "ppap",
  "unlabelled-attachment",
  "new-domain-in-reply",
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/** Sections of the staff handbook the product links to. */
export const GUIDANCE_SECTIONS = ["1章-1", "1章-2", "1章-3", "1章-4", "2章-4", "3章-2", "4章-4", "4章-5"] as const;

export type GuidanceSection = (typeof GUIDANCE_SECTIONS)[number];

export const ACTIONS = ["off", "info", "warn", "block"] as const;

export type Action = (typeof ACTIONS)[number];

const RANK: Record<Action, number> = { off: 0, info: 1, warn: 2, block: 3 };

export function actionRank(action: Action): number {
  return RANK[action];
}
