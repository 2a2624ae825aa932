import { readFileSync } from "node:fs";
import type { Lang } from "../core/i18n/types";
import { formatPolicyErrors, parsePolicyText, type PolicyError, type PolicyResult } from "../core/policy/validate";

/**
 * Reading a policy file and telling an administrator what is wrong with it: shared by the CLI and the build
 * (webpack.config.js), so `sendcheck policy validate` and `npm run build` say the same thing in the same words.
 */

const READ_ERRORS: Record<Lang, Record<string, string>> = {
  ja: { ENOENT: "ファイルがありません", EISDIR: "フォルダーです", EACCES: "読み取りの権限がありません" },
  en: { ENOENT: "no such file", EISDIR: "is a directory", EACCES: "permission denied" },
};

export function describeReadError(e: unknown, lang: Lang = "en"): string {
  const err = e as NodeJS.ErrnoException;
  return READ_ERRORS[lang][err.code ?? ""] ?? err.message ?? String(e);
}

/** Reads and validates a policy file; an unreadable file is an error at `$`, like a syntax error. Never throws. */
export function readPolicyFile(path: string, lang: Lang = "en"): PolicyResult {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const why = describeReadError(e, lang);
    return {
      ok: false,
      error: [{ path: "$", message: lang === "ja" ? `${path} を読めません: ${why}` : `cannot read ${path}: ${why}` }],
    };
  }
  return parsePolicyText(text, lang);
}

/** The validator's errors under a heading, in the language the administrator asked for. */
export function policyErrors(file: string, errors: readonly PolicyError[], lang: Lang): string {
  const heading = lang === "ja" ? `${file}: 誤りが${errors.length}件あります` : `${file}: ${errors.length} error(s)`;
  return `${heading}\n${formatPolicyErrors(errors)}`;
}
