import type { ReactNode } from 'react';
import { parseMarkdown, type Inline } from '../domain/markdown/parse';

function renderInline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={index}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={index}>{renderInline(node.children)}</em>;
      case 'code':
        return <code key={index}>{node.text}</code>;
      case 'link':
        return (
          <a key={index} href={node.href} target="_blank" rel="noopener noreferrer nofollow">
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

/** Renders a note or memo's Markdown as React elements: no HTML string is ever injected. */
export function MarkdownText({
  source,
  className,
}: {
  source: string;
  className?: string | undefined;
}) {
  return (
    <div className={className} style={{ whiteSpace: 'pre-wrap' }}>
      {parseMarkdown(source).map((block, index) =>
        block.type === 'list' ? (
          <ul key={index}>
            {block.items.map((item, i) => (
              <li key={i}>{renderInline(item)}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>{renderInline(block.children)}</p>
        ),
      )}
    </div>
  );
}
