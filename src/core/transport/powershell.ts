import type { ParamValue, TransportRule } from "./rules";

/**
 * Renders rules as Exchange Online PowerShell. Every string is single-quoted, so nothing inside is expanded
 * ($, backtick and double quotes are plain characters there). PowerShell also ends a single-quoted string at the
 * typographic quotes ‘ ’ ‚ ‛, so those are doubled like the ASCII one; line breaks cannot occur in a value.
 */
export function psQuote(text: string): string {
  const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, " ");
  return `'${flat.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}

function renderValue(v: ParamValue): string {
  switch (v.kind) {
    case "string":
      return psQuote(v.value);
    case "strings":
      return v.value.map(psQuote).join(",");
    case "word":
      if (!/^[a-z][a-z0-9.]*$/i.test(v.value)) throw new Error(`not a bare word: ${v.value}`);
      return v.value;
    case "bool":
      return v.value ? "$true" : "$false";
  }
}

export function renderRule(rule: TransportRule): string {
  const lines = [`New-TransportRule -Name ${psQuote(rule.name)}`];
  for (const [name, value] of rule.params) lines.push(`  -${name} ${renderValue(value)}`);
  // A backtick as the very last character of a line continues the command on the next one.
  return lines.join(" `\n");
}

export function renderScript(header: readonly string[], rules: readonly TransportRule[]): string {
  const comments = header.map((h) => `# ${h.replace(/[\r\n]+/g, " ")}`);
  return [...comments, "", ...rules.map(renderRule).join("\n\n").split("\n"), ""].join("\n");
}
