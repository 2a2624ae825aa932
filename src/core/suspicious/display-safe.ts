/**
 * Text copied from a mail into a sign (a display name, a file name, link text) is chosen by the sender. Before it
 * reaches the pane or the report body it is made inert as *text*: bidi controls become visible markers (so 請求書
 * [U+202E]fdp.exe cannot pose as 請求書exe.pdf), other control characters become spaces, and length is capped.
 * HTML escaping is the renderer's job; the pane renders text nodes only.
 */

// Explicit bidi formatting characters (UAX #9): LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const BIDI_TEST = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
// C0/C1 controls, the line and paragraph separators, and invisible characters that hide text: zero-width ones,
// soft hyphen, Mongolian vowel separator, invisible operators, deprecated format controls, interlinear annotation
// marks and the tag characters (U+E0000-E007F, a surrogate pair).
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u001f\u007f-\u009f\u00ad\u180e\u2028\u2029\u200b-\u200d\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

export function hasBidiControl(text: string): boolean {
  return BIDI_TEST.test(text);
}

export function stripBidi(text: string): string {
  return text.replace(BIDI, "");
}

function hex4(c: string): string {
  const h = c.charCodeAt(0).toString(16).toUpperCase();
  return "0000".slice(h.length) + h;
}

/** The text with every bidi control shown as [U+XXXX], other controls as spaces, cut to `max` characters. */
export function displaySafe(text: string, max = 200): string {
  let out = text.replace(BIDI, (c) => `[U+${hex4(c)}]`).replace(CONTROLS, " ");
  out = out.replace(/\s+/g, " ").trim();
  if (out.length > max) {
    // Do not cut a surrogate pair in half: a lone surrogate renders as garbage.
    let cut = max - 1;
    const code = out.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    out = out.slice(0, cut) + "…";
  }
  return out;
}
