import { Fragment, type ReactNode } from "react";
import { parseMarkdown, type Inline } from "../markdown";

function inline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.type) {
      case "text":
        return <Fragment key={i}>{n.text}</Fragment>;
      case "strong":
        return <strong key={i}>{inline(n.children)}</strong>;
      case "em":
        return <em key={i}>{inline(n.children)}</em>;
      case "link":
        return (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer">
            {inline(n.children)}
          </a>
        );
    }
  });
}

/** The dialog's Markdown as React text nodes: no HTML from the message can reach the page. */
export function MarkdownView({ source }: { source: string }) {
  return (
    <div className="markdown">
      {parseMarkdown(source).map((b, i) =>
        b.type === "paragraph" ? (
          <p key={i}>{inline(b.children)}</p>
        ) : b.ordered ? (
          <ol key={i}>
            {b.items.map((item, j) => (
              <li key={j}>{inline(item)}</li>
            ))}
          </ol>
        ) : (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>{inline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
