/**
 * Plain text as HTML that shows exactly that text. The report body holds sender-chosen strings (display names,
 * file names, link text), so every character that means something in HTML is escaped before it reaches htmlBody.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Lines become <br>; nothing else is interpreted. */
export function textToHtml(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map(escapeHtml);
  return `<div style="font-family: sans-serif; white-space: pre-wrap">${lines.join("<br>")}</div>`;
}
