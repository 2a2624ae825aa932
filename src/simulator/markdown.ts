/**
 * The Smart Alerts Markdown subset, parsed into a small tree the dialog renders with React text nodes (never as
 * HTML): paragraphs split by a blank line, "- ", "* " and "1. " list items ending in "\r", **bold**, *italic* and
 * _italic_, backslash escapes, and [text](url) links. As in Outlook, a link whose URL is not HTTPS is not a link.
 */

export type Inline =
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "strong" | "em"; readonly children: Inline[] }
  | { readonly type: "link"; readonly href: string; readonly children: Inline[] };

export type Block =
  | { readonly type: "paragraph"; readonly children: Inline[] }
  | { readonly type: "list"; readonly ordered: boolean; readonly items: Inline[][] };

const LINK = /^\[((?:\\.|[^\]\\])*)\]\(([^()\s]*)\)/;
const HTTPS = /^https:\/\/[^\s()<>"]+$/i;

export function parseInline(src: string): Inline[] {
  const root: Inline[] = [];
  // Open emphasis runs: their marker and their children; an unclosed one turns back into text at the end.
  const stack: { marker: string; children: Inline[] }[] = [];
  const out = () => (stack.length ? (stack[stack.length - 1] as { children: Inline[] }).children : root);
  const text = (t: string) => {
    const list = out();
    const last = list[list.length - 1];
    if (last && last.type === "text") list[list.length - 1] = { type: "text", text: last.text + t };
    else list.push({ type: "text", text: t });
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === "\\" && i + 1 < src.length) {
      text(src[i + 1] as string);
      i += 2;
      continue;
    }
    if (c === "[") {
      const m = LINK.exec(src.slice(i));
      if (m) {
        const label = parseInline(m[1] as string);
        const href = m[2] as string;
        if (HTTPS.test(href)) out().push({ type: "link", href, children: label });
        else {
          // Not a link in Outlook either: show what was written, inertly.
          for (const n of label) out().push(n);
          text(` (${href})`);
        }
        i += m[0].length;
        continue;
      }
    }
    if (c === "*" || c === "_") {
      const marker = src.startsWith(c + c, i) ? c + c : c;
      const open = stack.findIndex((s) => s.marker === marker);
      if (open >= 0) {
        // Close this run (and fold any run opened inside it back into text).
        while (stack.length - 1 > open) {
          const inner = stack.pop() as { marker: string; children: Inline[] };
          text(inner.marker);
          for (const n of inner.children) out().push(n);
        }
        const run = stack.pop() as { marker: string; children: Inline[] };
        out().push({ type: marker.length === 2 ? "strong" : "em", children: run.children });
      } else stack.push({ marker, children: [] });
      i += marker.length;
      continue;
    }
    text(c);
    i++;
  }
  while (stack.length) {
    const run = stack.pop() as { marker: string; children: Inline[] };
    const parent = out();
    parent.push({ type: "text", text: run.marker });
    for (const n of run.children) parent.push(n);
  }
  return merge(root);
}

function merge(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of list) {
    const last = out[out.length - 1];
    if (n.type === "text" && last && last.type === "text")
      out[out.length - 1] = { type: "text", text: last.text + n.text };
    else out.push(n);
  }
  return out;
}

const ITEM = /^(?:[-*]|(\d+)\.)\s+/;

export function parseMarkdown(src: string): Block[] {
  const blocks: Block[] = [];
  for (const para of src.split(/\n{2,}/)) {
    const lines = para.split(/\r\n?|\n/).filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    if (lines.every((l) => ITEM.test(l))) {
      const ordered = /^\d+\./.test(lines[0] as string);
      blocks.push({ type: "list", ordered, items: lines.map((l) => parseInline(l.replace(ITEM, ""))) });
    } else blocks.push({ type: "paragraph", children: parseInline(lines.join(" ")) });
  }
  return blocks;
}
