import { z } from "zod";
import { isPlausibleDomain, normaliseDomain } from "../address/parse-address";
import { ACTIONS, CHECK_IDS, GUIDANCE_SECTIONS } from "../checks/ids";
import { DEFAULT_FREEMAIL_DOMAINS } from "./default-freemail";

/**
 * The single source of truth for the admin policy. The CLI, the build, the editor and the add-in all validate with
 * this schema; the TypeScript types are inferred from it so the two can never drift apart.
 */

const domainName = z.string().transform((raw, ctx) => {
  const d = normaliseDomain(raw);
  if (d === "" || !isPlausibleDomain(d)) {
    ctx.addIssue({ code: "custom", message: "sendcheck:domain", params: { raw } });
    return z.NEVER;
  }
  return d;
});

const httpsUrl = z.string().refine((u) => /^https:\/\/[^\s/?#]+[^\s]*$/i.test(u), {
  message: "sendcheck:https-url",
});

const emailAddress = z.string().refine((a) => /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(a), {
  message: "sendcheck:email",
});

const action = z.enum(ACTIONS);
const checkId = z.enum(CHECK_IDS);

const simpleCheck = (defaultAction: (typeof ACTIONS)[number]) =>
  z.strictObject({ action: action.default(defaultAction) }).default({ action: defaultAction });

const checksSchema = z
  .strictObject({
    "bcc-expected": z
      .strictObject({
        action: action.default("warn"),
        /** Visible outside organisations (registrable domains) in To/CC from which the check fires. */
        minOrganisations: z.number().int().min(2).max(100).default(2),
        /** Visible outside addresses in To/CC above which the check fires even for one organisation. */
        maxVisibleOutside: z.number().int().min(1).max(1000).default(10),
      })
      .default({ action: "warn", minOrganisations: 2, maxVisibleOutside: 10 }),
    "external-confidential": z
      .strictObject({ action: action.default("warn"), severeAction: action.default("block") })
      .default({ action: "warn", severeAction: "block" }),
    "unencrypted-attachment": simpleCheck("warn"),
    "handling-restriction": z
      .strictObject({ action: action.default("warn"), severeAction: action.default("block") })
      .default({ action: "warn", severeAction: "block" }),
    "lookalike-domain": z
      .strictObject({ action: action.default("warn"), maxDistance: z.number().int().min(0).max(3).default(2) })
      .default({ action: "warn", maxDistance: 2 }),
    "freemail-recipient": simpleCheck("warn"),
    "label-inheritance": simpleCheck("warn"),
    ppap: simpleCheck("warn"),
    "unlabelled-attachment": simpleCheck("off"),
  })
  .default(() => ({}) as never);

export const LABEL_MEANINGS = [
  "confidential-2",
  "confidential-3",
  "no-forward",
  "no-send",
  "limited",
  "no-external",
  "no-copy",
  "no-distribute",
  "encrypt",
  "needs-permission",
] as const;

const partnerSchema = z
  .strictObject({
    name: z.string().min(1),
    domain: domainName.optional(),
    domains: z.array(domainName).optional(),
    /** Checks for which this partner counts as inside the organisation (the milder treatment a contract allows). */
    exemptFrom: z.array(checkId).default([]),
  })
  .refine((p) => p.domain !== undefined || (p.domains !== undefined && p.domains.length > 0), {
    message: "sendcheck:partner-domain",
  });

const guidanceSchema = z.strictObject(
  Object.fromEntries(GUIDANCE_SECTIONS.map((s) => [s, httpsUrl.optional()])) as Record<
    (typeof GUIDANCE_SECTIONS)[number],
    z.ZodOptional<typeof httpsUrl>
  >,
);

export const policySchema = z.strictObject({
  version: z.literal(1),
  organisation: z.strictObject({
    name: z.string().min(1),
    domains: z.array(domainName).min(1),
  }),
  partners: z.array(partnerSchema).default([]),
  freemailDomains: z.array(domainName).default([...DEFAULT_FREEMAIL_DOMAINS]),
  labels: z
    .strictObject({
      extraWords: z
        .array(z.strictObject({ word: z.string().min(1).max(50), meaning: z.enum(LABEL_MEANINGS) }))
        .default([]),
    })
    .default({ extraWords: [] }),
  /** Microsoft Purview sensitivity labels: which 格付 each stands for, and whether it encrypts the mail. */
  sensitivityLabels: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        name: z.string().optional(),
        level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
        encrypts: z.boolean().default(false),
      }),
    )
    .default([]),
  checks: checksSchema,
  guidance: guidanceSchema.default({}),
  report: z
    .strictObject({
      mailbox: emailAddress,
      subjectPrefix: z.string().max(40).default("[不審メール報告]"),
      /** Use Microsoft Defender's "Phishing:" subject convention so existing desk rules pick reports up. */
      defenderConvention: z.boolean().default(false),
      afterReport: z.enum(["keep", "junk", "delete"]).default("keep"),
    })
    .optional(),
  send: z
    .strictObject({
      /**
       * Milliseconds the send handler may take before deciding by onError (Outlook warns after 5 s). 3000 by
       * default: on the web and in new Outlook a timer can fire 800-900 ms late (office-js #4826), so the decision
       * still lands by about 3.9 s there, before the "taking longer" notice.
       */
      timeBudgetMs: z.number().int().min(500).max(4500).default(3000),
    })
    .default({ timeBudgetMs: 3000 }),
  /** What a failure inside the send check means for the mail. */
  onError: z.enum(["allow", "warn", "block"]).default("warn"),
});

export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;
export type LabelMeaning = (typeof LABEL_MEANINGS)[number];
