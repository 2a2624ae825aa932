/**
 * A "skeleton" maps characters people confuse at a glance to one representative, so that exarnple and example,
 * or a Cyrillic а and a Latin a, compare equal. A small hand-picked table in the spirit of Unicode TR39: enough
 * for domain names, which after IDNA contain only letters, digits and hyphens.
 */
const CHAR_MAP: Record<string, string> = {
  // Cyrillic
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "l",
  ї: "l",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  һ: "h",
  ӏ: "l",
  ɡ: "g",
  // Greek
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "l",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  // Latin look-alikes and digits
  ı: "l",
  ł: "l",
  ɩ: "l",
  "0": "o",
  "1": "l",
  i: "l",
  "|": "l",
  "5": "s",
  $: "s",
  ɑ: "a",
  ø: "o",
  ɫ: "l",
  ǀ: "l",
};

// The ASCII keys of CHAR_MAP, so that plain ASCII (nearly every domain) takes one regex pass instead of a loop.
const ASCII_CONFUSABLE = /[01i|5$]/g;
// eslint-disable-next-line no-control-regex -- "anything outside ASCII"
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /[\u0300-\u036f]/g;

// Pairs read as one letter. No replacement can create another pair, so one left-to-right pass is enough.
const MULTI = /rn|vv|cl/g;
const MULTI_MAP: Record<string, string> = { rn: "m", vv: "w", cl: "d" };

const mapChar = (ch: string): string => CHAR_MAP[ch] ?? ch;

export function skeleton(text: string): string {
  let out = text.toLowerCase();
  if (NON_ASCII.test(out)) {
    // Letters with marks (á, ą, ė, ẹ, ĺ, İ) lose them: the mark is what the eye skips.
    out = out.normalize("NFD").replace(MARKS, "");
    let mapped = "";
    for (const ch of out) mapped += mapChar(ch);
    out = mapped;
  } else {
    out = out.replace(ASCII_CONFUSABLE, mapChar);
  }
  return out.replace(MULTI, (pair) => MULTI_MAP[pair] ?? pair);
}
