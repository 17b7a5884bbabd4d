import type { ReactNode } from 'react';
import { parseMarkdown, type Inline } from '../domain/markdown/parse';
import styles from './note-text.module.css';

function inline(nodes: readonly Inline[], links: boolean): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={index}>{inline(node.children, links)}</strong>;
      case 'em':
        return <em key={index}>{inline(node.children, links)}</em>;
      case 'code':
        return <code key={index}>{node.text}</code>;
      case 'link':
        return links ? (
          <a key={index} href={node.href} target="_blank" rel="noopener noreferrer nofollow">
            {inline(node.children, links)}
          </a>
        ) : (
          <span key={index} className={styles.link}>
            {inline(node.children, links)}
          </span>
        );
    }
  });
}

interface Props {
  source: string;
  /** Show at most this many lines (lists in the reader's sidebar). */
  clamp?: number;
  /**
   * Inside a button (the sidebar's items) a link cannot be a link: it is drawn as one and the
   * button opens the annotation, whose editor shows the working link.
   */
  links?: boolean;
}

/**
 * An annotation's note, one look everywhere: its safe Markdown (strong, emphasis, code, links,
 * lists) as React elements, never injected HTML. Built from phrasing elements only, so it may
 * sit inside a button.
 */
export function NoteText({ source, clamp, links = true }: Props) {
  return (
    <span
      className={`${styles.note} ${clamp ? styles.clamped : ''}`}
      style={clamp ? { WebkitLineClamp: clamp } : undefined}
      data-note=""
    >
      {parseMarkdown(source).map((block, index) =>
        block.type === 'list' ? (
          <span key={index} className={styles.list} role="list">
            {block.items.map((item, i) => (
              <span key={i} role="listitem" className={styles.item}>
                {inline(item, links)}
              </span>
            ))}
          </span>
        ) : (
          <span key={index} className={styles.block}>
            {inline(block.children, links)}
          </span>
        ),
      )}
    </span>
  );
}
