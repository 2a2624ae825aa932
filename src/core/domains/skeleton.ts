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
  à: "a",
  á: "a",
  â: "a",
  ä: "a",
  å: "a",
  ã: "a",
  è: "e",
  é: "e",
  ê: "e",
  ë: "e",
  ì: "l",
  í: "l",
  î: "l",
  ï: "l",
  ò: "o",
  ó: "o",
  ô: "o",
  ö: "o",
  õ: "o",
  ø: "o",
  ù: "u",
  ú: "u",
  û: "u",
  ü: "u",
  ý: "y",
  ÿ: "y",
  ñ: "n",
  ç: "c",
};

const MULTI: [RegExp, string][] = [
  [/rn/g, "m"],
  [/vv/g, "w"],
  [/cl/g, "d"],
];

export function skeleton(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) out += CHAR_MAP[ch] ?? ch;
  for (const [re, to] of MULTI) out = out.replace(re, to);
  return out;
}
