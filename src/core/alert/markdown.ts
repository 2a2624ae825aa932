/**
 * The Markdown subset Smart Alerts renders: bold/italic, "- " list items ending in "\r", paragraphs separated by
 * "\n\n", backslash escapes and [text](https://…) links. Text from the mail (names, domains) is escaped so it can
 * never turn into formatting or a link.
 */
export function escapeMarkdown(text: string): string {
  // Besides emphasis, code, links and HTML: "~" (strikethrough) and "&" (an entity such as &#13; could smuggle in
  // a character that neutraliseText removed). List markers and headings only work at a line start, which mail data
  // never reaches once its line breaks are gone.
  return text.replace(/[\\`*_[\]()<>#|~&]/g, (c) => "\\" + c);
}

/*
 * Characters that change the layout of the dialog or hide what text says, when they come from mail data:
 * - line breaks of every kind (CR, LF, VT, FF, NEL, U+2028, U+2029) and all other C0/C1 controls: a file name with
 *   "\r- " would otherwise add its own list item, "\n\n" its own paragraph;
 * - bidi controls (U+061C, U+200E-200F, U+202A-202E, U+2066-2069), which can make 請求書[RLO]fdp.exe read as a PDF;
 * - invisible format characters (soft hyphen, U+180E, zero-width space/joiners, U+2060-2064, U+206A-206F, BOM,
 *   interlinear annotation U+FFF9-FFFB) and the tag characters U+E0000-E007F (a surrogate pair).
 * Controls become a space (they separated something); format characters are dropped, which shows the text in the
 * order it is really stored.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const LAYOUT_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const INVISIBLE_FORMAT =
  /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

/** Mail data made inert as dialog text: one line, no hidden reordering. Plain text; escape separately for Markdown. */
export function neutraliseText(text: string): string {
  return text.replace(LAYOUT_CONTROLS, " ").replace(INVISIBLE_FORMAT, "");
}

export function isHttpsUrl(url: string): boolean {
  return /^https:\/\/[^\s()<>[\]"]+$/i.test(url);
}

export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${url})`;
}
