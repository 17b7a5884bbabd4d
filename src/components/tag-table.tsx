import { useCallback, useId, useRef } from 'react';
import type { Tag } from '../domain/model';
import { formatCount } from './format';
import { TagRow } from './tag-row';
import styles from './tag-table.module.css';
import pageStyles from './tags-page.module.css';

const COLUMNS = 6;

/**
 * Top-level tags in the given order, each followed by its sub-tags. A sub-tag
 * whose parent is missing is shown at the top level rather than lost.
 */
export function codebookOrder(tags: readonly Tag[]): { tag: Tag; parent: Tag | undefined }[] {
  const ids = new Set(tags.map((tag) => tag.id));
  const isTop = (tag: Tag) => tag.parentId === null || !ids.has(tag.parentId);
  const rows: { tag: Tag; parent: Tag | undefined }[] = [];
  for (const top of tags.filter(isTop)) {
    rows.push({ tag: top, parent: undefined });
    for (const child of tags) {
      if (child.parentId === top.id) rows.push({ tag: child, parent: top });
    }
  }
  return rows;
}

interface Props {
  tags: readonly Tag[];
  /** Usage per tag id; a tag missing from it has not been counted yet. */
  usage: ReadonlyMap<string, number>;
}

/** Every tag with its colour, description, hotkey, parent and how often it is used. */
export function TagTable({ tags, usage }: Props) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useCallback(() => heading.current?.focus(), []);
  return (
    <section className={pageStyles.listSection} aria-labelledby={headingId}>
      <div className={pageStyles.listHeading}>
        {/* Focus lands here when the focused row's tag is merged away or deleted. */}
        <h2 id={headingId} ref={heading} tabIndex={-1} className={pageStyles.panelHeading}>
          Codebook
        </h2>
        <p className={pageStyles.count}>{formatCount(tags.length, 'tag')}</p>
      </div>
      <table className={styles.table} aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Tag</th>
            <th scope="col">Description</th>
            <th scope="col">Hotkey</th>
            <th scope="col">Parent</th>
            <th scope="col">Used in</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {codebookOrder(tags).map(({ tag, parent }) => (
            <TagRow
              key={tag.id}
              tag={tag}
              parent={parent}
              usage={usage.get(tag.id)}
              tags={tags}
              columns={COLUMNS}
              onGone={focusHeading}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
