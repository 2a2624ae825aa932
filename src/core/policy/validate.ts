import type { z } from "zod";
import { en as zodEn, ja as zodJa } from "zod/locales";
import type { Lang } from "../i18n/types";
import { err, ok, type Result } from "../result";
import { policySchema, type Policy } from "./schema";

export interface PolicyError {
  /** JSON path of the offending value, e.g. `$.partners[0].domain`. */
  readonly path: string;
  readonly message: string;
}

/** The policy with every default filled in, or every problem found (each with its JSON path). */
export type PolicyResult = Result<Policy, PolicyError[]>;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[a-z_$][\w$]*$/i.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

// The schema's own checks carry a key ("sendcheck:domain"), said here in each language; zod's built-in messages
// come from its locale of the same language.
const CUSTOM: Record<Lang, Record<string, (params: Record<string, unknown>) => string>> = {
  en: {
    domain: (p) => `expected a domain name such as example.go.jp, got "${String(p.raw)}"`,
    "https-url": () => "expected an https:// URL",
    email: () => "expected an e-mail address such as soc@example.go.jp",
    "too-long": (p) => `too long: ${String(p.length)} characters, at most ${String(p.max)} allowed`,
    guid: () => "expected an id such as 00000000-0000-0000-0000-000000000000 (Application (client) ID in Entra ID)",
    phone: () => "expected a phone number such as 03-1234-5678 or +81 3 1234 5678",
    "partner-domain": () => 'a partner needs "domain" or a non-empty "domains"',
    "shared-suffix": (p) =>
      `"${String(p.domain)}" is shared by many organisations (a public suffix, or a whole place under lg.jp): list the organisation's own domain, such as example.${String(p.domain)}`,
    unknown: (p) => `unknown key ${String(p.keys)} (check the spelling; see README for the keys)`,
  },
  ja: {
    domain: (p) => `example.go.jp のようなドメイン名を指定してください（指定値: "${String(p.raw)}"）`,
    "https-url": () => "https:// で始まるURLを指定してください",
    email: () => "soc@example.go.jp のようなメールアドレスを指定してください",
    "too-long": (p) => `長すぎます（${String(p.length)} 文字。${String(p.max)} 文字以内にしてください）`,
    guid: () =>
      "00000000-0000-0000-0000-000000000000 の形のID（Entra ID の「アプリケーション (クライアント) ID」）を指定してください",
    phone: () => "03-1234-5678 や +81 3 1234 5678 のような電話番号を指定してください",
    "partner-domain": () => '取引先には "domain" か、空でない "domains" が必要です',
    "shared-suffix": (p) =>
      `"${String(p.domain)}" は多くの組織が共有するドメイン（公開サフィックス、または lg.jp の地域全体）です。example.${String(p.domain)} のような、その組織自身のドメインを指定してください`,
    unknown: (p) => `不明なキー ${String(p.keys)} です（綴りを確かめてください。キーの一覧は README にあります）`,
  },
};

const ZOD_LOCALES = { en: zodEn, ja: zodJa } as const;

function toError(issue: z.core.$ZodIssue, lang: Lang): PolicyError {
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    return { path, message: CUSTOM[lang].unknown!({ keys: issue.keys.map((k) => `"${k}"`).join(", ") }) };
  }
  if (issue.code === "custom" && issue.message.startsWith("sendcheck:")) {
    const say = CUSTOM[lang][issue.message.slice("sendcheck:".length)];
    if (say) return { path, message: say((issue.params ?? {}) as Record<string, unknown>) };
  }
  return { path, message: issue.message };
}

/** Validates a parsed policy and fills in every default. Never throws. Messages in `lang` (English by default). */
export function validatePolicy(input: unknown, lang: Lang = "en"): PolicyResult {
  const result = policySchema.safeParse(input, { error: ZOD_LOCALES[lang]().localeError });
  if (result.success) return ok(result.data);
  return err(result.error.issues.map((i) => toError(i, lang)));
}

/** Parses policy JSON text; a syntax error is reported at `$` with the parser's own words. */
export function parsePolicyText(text: string, lang: Lang = "en"): PolicyResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const why = (e as Error).message;
    return err([{ path: "$", message: lang === "ja" ? `JSONとして読めません: ${why}` : `not valid JSON: ${why}` }]);
  }
  return validatePolicy(parsed, lang);
}

export function formatPolicyErrors(errors: readonly PolicyError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join("\n");
}
