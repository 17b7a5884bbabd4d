import { memo, type CSSProperties } from 'react';
import { quoteOf } from '../domain/annotations/quote';
import { tagsOf } from '../domain/codebook/lookup';
import type { Tag } from '../domain/model';
import type { AnchoredAnnotation } from '../hooks/use-reader-annotations';
import styles from './annotation-sidebar.module.css';
import { NoteText } from './note-text';
import { RenderProbe } from './render-probe';
import { sidebarBadges, truncate } from './sidebar-text';
import { TagSwatch } from './tag-swatch';

interface Props {
  item: AnchoredAnnotation;
  color: string;
  active: boolean;
  byId: ReadonlyMap<string, Tag>;
  /** Stable across renders (the list hands the same function to every item). */
  onActivate: (id: string) => void;
}

/**
 * One highlight in the reader's sidebar. Memoised on props that stay the same while the
 * annotation, its paint and whether it is open stay the same, so a change to one annotation
 * re-renders one item (docs/architecture.md "Rendering").
 */
export const SidebarItem = memo(function SidebarItem({
  item,
  color,
  active,
  byId,
  onActivate,
}: Props) {
  const { annotation } = item;
  const tags = tagsOf(annotation.tagIds, byId);
  const badge = sidebarBadges[item.status];
  return (
    <RenderProbe part="sidebar-item" id={annotation.id}>
      <button
        type="button"
        className={styles.item}
        aria-current={active}
        data-annotation-item={annotation.id}
        style={{ '--item-color': color } as CSSProperties}
        onClick={() => onActivate(annotation.id)}
      >
        <span className={styles.quote}>“{truncate(quoteOf(annotation), 200)}”</span>
        {tags.length > 0 ? (
          <span className={styles.tags}>
            {tags.map((tag) => (
              <span key={tag.id} className={styles.tag}>
                <TagSwatch color={tag.color} />
                {tag.name}
              </span>
            ))}
          </span>
        ) : null}
        {annotation.note ? <NoteText source={annotation.note} clamp={2} links={false} /> : null}
        {badge ? <span className={styles.badge}>{badge}</span> : null}
      </button>
    </RenderProbe>
  );
});
