/**
 * The Markdown subset Smart Alerts renders: bold/italic, "- " list items ending in "\r", paragraphs separated by
 * "\n\n", backslash escapes and [text](https://…) links. Text from the mail (names, domains) is escaped so it can
 * never turn into formatting or a link.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()<>#|]/g, (c) => "\\" + c);
}

export function isHttpsUrl(url: string): boolean {
  return /^https:\/\/[^\s()<>[\]"]+$/i.test(url);
}

export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${url})`;
}
