import type { CSSProperties, ReactNode } from 'react';
import { quoteOf as joinedQuote } from '../domain/annotations/quote';
import { ANCHOR_STATUS_LABELS } from '../domain/anchoring/status';
import type { Tag } from '../domain/model';
import type { AnchoredAnnotation } from '../hooks/use-reader-annotations';
import { NoteText } from './note-text';
import styles from './annotation-sidebar.module.css';
import { formatCount } from './format';
import { TagSwatch } from './tag-swatch';

interface Props {
  anchored: readonly AnchoredAnnotation[];
  byId: ReadonlyMap<string, Tag>;
  activeId: string | null;
  colorOf: (item: AnchoredAnnotation) => string;
  open: boolean;
  editor: ReactNode;
  /** The article memo, shown above the list. */
  memo?: ReactNode;
  hasSelection: boolean;
  onActivate: (id: string) => void;
  onClose: () => void;
  onConfirm: (item: AnchoredAnnotation) => void;
  onReattach: (item: AnchoredAnnotation) => void;
  onDelete: (id: string) => void;
}

const badges = {
  ...ANCHOR_STATUS_LABELS,
  exact: null,
  fuzzy: `${ANCHOR_STATUS_LABELS.fuzzy} — confirm`,
};

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function quoteOf(item: AnchoredAnnotation): string {
  return joinedQuote(item.annotation);
}

/** The reader's "Annotations" sidebar (a drawer on narrow screens), in text order. */
export function AnnotationSidebar(props: Props) {
  const { anchored, byId, activeId, colorOf, open, editor, memo, hasSelection } = props;
  const placed = anchored.filter((a) => a.status !== 'orphan');
  const attention = anchored.filter((a) => a.status === 'orphan' || a.status === 'fuzzy');

  return (
    <aside
      id="annotations-sidebar"
      aria-label="Annotations"
      className={styles.sidebar}
      data-open={open}
    >
      <div className={styles.head}>
        <h2>
          Annotations <span className={styles.count}>({anchored.length})</span>
        </h2>
        <button type="button" className={`button ${styles.closeDrawer}`} onClick={props.onClose}>
          Hide
        </button>
      </div>
      {editor}
      {memo}
      {attention.length > 0 ? (
        <section className={styles.attention} aria-labelledby="needs-attention">
          <h3 id="needs-attention">Needs attention ({attention.length})</h3>
          <ul>
            {attention.map((item) => (
              <li key={item.annotation.id}>
                <span className={styles.badge}>{badges[item.status]}</span>
                <div className={styles.quote}>“{truncate(quoteOf(item), 160)}”</div>
                <div className={styles.actions}>
                  {item.status === 'fuzzy' ? (
                    <>
                      <button
                        type="button"
                        className="button"
                        onClick={() => props.onActivate(item.annotation.id)}
                      >
                        Show
                      </button>
                      <button
                        type="button"
                        className="button"
                        onClick={() => props.onConfirm(item)}
                      >
                        Confirm
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      disabled={!hasSelection}
                      title={hasSelection ? undefined : 'Select the passage in the article first'}
                      onClick={() => props.onReattach(item)}
                    >
                      Re-attach to selection
                    </button>
                  )}
                  <button
                    type="button"
                    className="button"
                    onClick={() => props.onDelete(item.annotation.id)}
                  >
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {placed.length === 0 ? (
        <p className={styles.empty}>
          {anchored.length === 0
            ? 'No annotations yet. Select text in the article, then choose Highlight (or press H).'
            : 'Every annotation here needs attention.'}
        </p>
      ) : (
        <ol className={styles.list} aria-label={formatCount(placed.length, 'annotation')}>
          {placed.map((item) => {
            const { annotation } = item;
            const tags = annotation.tagIds
              .map((id) => byId.get(id))
              .filter((t): t is Tag => t !== undefined);
            return (
              <li key={annotation.id}>
                <button
                  type="button"
                  className={styles.item}
                  aria-current={annotation.id === activeId}
                  data-annotation-item={annotation.id}
                  style={{ '--item-color': colorOf(item) } as CSSProperties}
                  onClick={() => props.onActivate(annotation.id)}
                >
                  <span className={styles.quote}>“{truncate(quoteOf(item), 200)}”</span>
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
                  {annotation.note ? (
                    <NoteText source={annotation.note} clamp={2} links={false} />
                  ) : null}
                  {badges[item.status] ? (
                    <span className={styles.badge}>{badges[item.status]}</span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
