import { z } from "zod";
import { isPlausibleDomain, normaliseDomain } from "../address/parse-address";
import { domainParts } from "../domains/registrable";
import type { CheckConfigInputOf, CheckConfigOf, CheckSettings, IntOption } from "../checks/define";
import { ACTIONS, CHECK_IDS, GUIDANCE_SECTIONS } from "../checks/ids";
import { CHECKS, type RegisteredCheck } from "../checks/index";
import { DEFAULT_FREEMAIL_DOMAINS } from "./default-freemail";

/**
 * The single source of truth for the admin policy. The CLI, the build, the editor and the add-in all validate with
 * this schema; the TypeScript types are inferred from it so the two can never drift apart.
 */

/**
 * Longest inputs worth reading. A domain name is at most 253 characters once encoded; its raw form may be a little
 * longer before NFKC and IDNA, never this long. An address is at most 254 (RFC 5321 path limit), a URL we link to at
 * most 2,048 (what browsers and Outlook's dialog reliably keep). Anything longer is invalid: say so before any
 * normalisation or pattern runs on it, so a huge value costs nothing and gets a clear message.
 */
export const MAX_DOMAIN_INPUT = 1024;
export const MAX_EMAIL = 254;
export const MAX_URL = 2048;

const tooLong = (ctx: z.core.$RefinementCtx<string>, raw: string, max: number): boolean => {
  if (raw.length <= max) return false;
  ctx.addIssue({ code: "custom", message: "sendcheck:too-long", params: { max, length: raw.length } });
  return true;
};

const domainName = z.string().transform((raw, ctx) => {
  if (tooLong(ctx, raw, MAX_DOMAIN_INPUT)) return z.NEVER;
  const d = normaliseDomain(raw);
  if (d === "" || !isPlausibleDomain(d)) {
    ctx.addIssue({ code: "custom", message: "sendcheck:domain", params: { raw } });
    return z.NEVER;
  }
  return d;
});

/**
 * A domain that stands for one organisation: not a public suffix (go.jp, lg.jp, co.jp, com) and not a whole place
 * under lg.jp (kyoto.lg.jp holds the prefecture and every city in it). Each entry matches its subdomains, so "go.jp"
 * among the organisation's domains would make every ministry internal and silence the checks for all of them.
 */
const organisationDomain = domainName.superRefine((d, ctx) => {
  const parts = domainParts(d);
  const placeUnderLgJp = parts.suffix === "lg.jp" && d.split(".").length === 3;
  if (parts.suffix === d || placeUnderLgJp) {
    ctx.addIssue({ code: "custom", message: "sendcheck:shared-suffix", params: { domain: d } });
  }
});

// Linear by construction: one character class then one run, no two quantifiers that can trade characters.
const HTTPS_URL = /^https:\/\/[^\s/?#]\S*$/i;

const httpsUrl = z.string().superRefine((u, ctx) => {
  if (tooLong(ctx, u, MAX_URL)) return;
  if (!HTTPS_URL.test(u)) ctx.addIssue({ code: "custom", message: "sendcheck:https-url" });
});

/** local@domain.tld with no spaces, angle brackets or quotes, one `@`, and a dot inside the domain; no regex. */
export function isPlainEmailAddress(a: string): boolean {
  if (a.length > MAX_EMAIL || /[\s<>"]/.test(a)) return false;
  const at = a.indexOf("@");
  if (at <= 0 || at !== a.lastIndexOf("@")) return false;
  // A dot with something on both sides of it, within the domain.
  return a.slice(at + 2, -1).indexOf(".") >= 0;
}

const emailAddress = z.string().superRefine((a, ctx) => {
  if (tooLong(ctx, a, MAX_EMAIL)) return;
  if (!isPlainEmailAddress(a)) ctx.addIssue({ code: "custom", message: "sendcheck:email" });
});

/** An Entra ID application or tenant id: a GUID, as the Azure portal shows it. */
const guid = z.string().refine((v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v), {
  message: "sendcheck:guid",
});

/** A phone number as people write it: digits with +, spaces, hyphens or brackets (a tel: link is made from it). */
const phoneNumber = z
  .string()
  .refine((v) => /^\+?[0-9(][0-9 ()-]{1,24}\d$/.test(v) && v.replace(/\D/g, "").length >= 3, {
    message: "sendcheck:phone",
  });

const action = z.enum(ACTIONS);
const checkId = z.enum(CHECK_IDS);

/*
 * Every optional section is `prefault({})`: an omitted section is parsed as if it were written empty, so its fields
 * take the defaults declared once, on the fields themselves. (A zod `.default(value)` would return `value` as is,
 * unparsed: that is how an omitted `checks` once became `{}` and every evaluation threw.)
 */
/** One check's configuration, made from what the check file declares: its action, severe tier and options. */
function checkSchema(c: CheckSettings) {
  const shape: Record<string, z.ZodType> = { action: action.default(c.defaultAction) };
  if (c.severeAction !== undefined) shape.severeAction = action.default(c.severeAction);
  for (const key of Object.keys(c.options)) {
    const o = c.options[key] as IntOption;
    shape[key] = z.number().int().min(o.min).max(o.max).default(o.default).describe(o.doc);
  }
  return z.strictObject(shape).prefault({});
}

/** `checks`: one entry per registered check (checks/index.ts), typed from the check definitions. */
type ChecksConfig = { readonly [C in RegisteredCheck as C["id"]]: CheckConfigOf<C> };
type ChecksConfigInput = { readonly [C in RegisteredCheck as C["id"]]?: CheckConfigInputOf<C> };

/** Object.fromEntries (ES2019) for the ES2016 core: key/value pairs into a plain object. */
function objectOf<V>(pairs: readonly (readonly [string, V])[]): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [k, v] of pairs) out[k] = v;
  return out;
}

const checksSchema = z
  .strictObject(objectOf(CHECKS.map((c) => [c.id, checkSchema(c)])))
  .prefault({}) as unknown as z.ZodType<ChecksConfig, ChecksConfigInput>;

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
    domain: organisationDomain.optional(),
    domains: z.array(organisationDomain).optional(),
    /** Checks for which this partner counts as inside the organisation (the milder treatment a contract allows). */
    exemptFrom: z.array(checkId).default(() => []),
  })
  .refine((p) => p.domain !== undefined || (p.domains !== undefined && p.domains.length > 0), {
    message: "sendcheck:partner-domain",
  });

const guidanceSchema = z.strictObject(
  objectOf(GUIDANCE_SECTIONS.map((s) => [s, httpsUrl.optional()])) as Record<
    (typeof GUIDANCE_SECTIONS)[number],
    z.ZodOptional<typeof httpsUrl>
  >,
);

export const policySchema = z.strictObject({
  version: z.literal(1),
  organisation: z.strictObject({
    name: z.string().min(1),
    domains: z.array(organisationDomain).min(1),
  }),
  partners: z.array(partnerSchema).default(() => []),
  freemailDomains: z.array(domainName).default(() => [...DEFAULT_FREEMAIL_DOMAINS]),
  labels: z
    .strictObject({
      extraWords: z
        .array(z.strictObject({ word: z.string().min(1).max(50), meaning: z.enum(LABEL_MEANINGS) }))
        .default(() => []),
    })
    .prefault({}),
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
    .default(() => []),
  checks: checksSchema,
  guidance: guidanceSchema.prefault({}),
  report: z
    .strictObject({
      mailbox: emailAddress,
      subjectPrefix: z.string().max(40).default("[不審メール報告]"),
      /** Use Microsoft Defender's "Phishing:" subject convention so existing desk rules pick reports up. */
      defenderConvention: z.boolean().default(false),
      afterReport: z.enum(["keep", "junk", "delete"]).default("keep"),
      /** The desk's phone number, shown where the 4章-5 steps say to call (and as a tel: link). */
      phone: phoneNumber.optional(),
      /** When the phone is staffed, one short line ("平日 9:30〜18:15"). */
      hours: z.string().min(1).max(60).optional(),
      /**
       * Delivery without a compose window: the report pane sends the report through Microsoft Graph (sendMail) with
       * nested app authentication. clientId is the organisation's own Entra ID app registration (Mail.Send,
       * delegated); tenantId pins sign-in to the organisation's tenant (needed for a single-tenant registration).
       */
      graph: z.strictObject({ clientId: guid, tenantId: guid.optional() }).optional(),
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
      /**
       * Minutes by which mail that leaves the organisation is held on the server before delivery (Mailbox 1.13
       * delayDeliveryTime), so a mistaken send can still be pulled back from Drafts; 0 (the default) sends at once.
       */
      delayOutsideMinutes: z.number().int().min(0).max(10).default(0),
    })
    .prefault({}),
  /** What a failure inside the send check means for the mail. */
  onError: z.enum(["allow", "warn", "block"]).default("warn"),
});

export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;
export type LabelMeaning = (typeof LABEL_MEANINGS)[number];
