import { memo } from 'react';
import type { Paragraph } from '../domain/corpus/types';
import styles from './paragraph-view.module.css';

interface Props {
  paragraph: Paragraph;
}

/**
 * One line of the canonical text. Its text content is exactly `canonical.slice(start, end)` and it
 * carries `data-offset`, so a DOM selection maps back to offsets without searching the quote.
 */
export const ParagraphView = memo(function ParagraphView({ paragraph }: Props) {
  return (
    <p
      className={`${styles.paragraph} ${styles[paragraph.kind] ?? ''}`}
      data-offset={paragraph.start}
      data-kind={paragraph.kind}
    >
      {paragraph.text}
    </p>
  );
});
