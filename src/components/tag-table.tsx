import { useCallback, useId, useMemo, useRef } from 'react';
import { childrenByParent, codebookOrder } from '../domain/codebook';
import type { Tag } from '../domain/model';
import { formatCount } from './format';
import { TagRow } from './tag-row';
import styles from './tag-table.module.css';
import pageStyles from './tags-page.module.css';

const COLUMNS = 6;

export { codebookOrder } from '../domain/codebook';

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
  const rows = useMemo(() => codebookOrder(tags), [tags]);
  const children = useMemo(() => childrenByParent(tags), [tags]);
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
          {rows.map(({ tag, parent }) => (
            <TagRow
              key={tag.id}
              tag={tag}
              parent={parent}
              usage={usage.get(tag.id)}
              tags={tags}
              childCount={children.get(tag.id)?.length ?? 0}
              columns={COLUMNS}
              onGone={focusHeading}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
