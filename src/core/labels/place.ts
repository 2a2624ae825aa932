/**
 * Where a text sits decides how a 格付 word in it is read (handbook 1章-1: a marking is put where whoever handles
 * the information sees it at once).
 *
 * - `explicit`: places that exist to name or label a document: headers and footers, titles, subjects, keywords,
 *   sheet names, sensitivity label names, file and archive entry names, PDF metadata, slide masters (what an
 *   office template prints on every slide). A label word standing as a
 *   word of its own there (not inside a longer phrase such as 機密性２情報の取扱い) is a marking.
 * - `cells`: spreadsheet cells, one per line. A cell that holds only a label is a marking wherever it is.
 * - `body`: running text (document body, slide text, PDF first-page text, the body of an attached mail). Only
 *   markings count: a bracketed label, a label alone on an early line, a label after 格付：/取扱制限：, or a
 *   sentence stating the class of this content. A class named as a topic is a mention.
 */
export type TextPlace = "subject" | "explicit" | "cells" | "body";

// Matched against the `where` of an inspected text. Inspectors may prefix it (a nested entry's name, an attached
// mail inside an attached mail), so these look for a part of it, never the whole.
const EXPLICIT_WHERE =
  /header|footer|title|subject|keywords|category|sheet name|sensitivity|entry name|attachment name|file name|xmp|\/info|docprops\/custom\.xml|summaryinformation|slidemaster/i;
const CELLS_WHERE = /sharedstrings|worksheets\/sheet/i;

/** Classifies an inspection text's `where` (e.g. "word/header1.xml", "xl sheet name", "pdf page 1"). */
export function placeOfWhere(where: string): TextPlace {
  // A core.xml description is prose someone typed; the other core properties are short labels.
  if (/description|comments/i.test(where)) return "body";
  if (CELLS_WHERE.test(where) && !/header|footer/i.test(where)) return "cells";
  return EXPLICIT_WHERE.test(where) ? "explicit" : "body";
}
