import { quoteOf } from '../domain/annotations/quote';
import type { AnchoredAnnotation } from '../hooks/use-reader-annotations';
import { useReaderStore } from '../hooks/use-reader-store';
import styles from './annotation-sidebar.module.css';
import { sidebarBadges, truncate } from './sidebar-text';

interface Props {
  items: readonly AnchoredAnnotation[];
  onActivate: (id: string) => void;
  onConfirm: (item: AnchoredAnnotation) => void;
  onReattach: (item: AnchoredAnnotation) => void;
  onDelete: (id: string) => void;
}

/** "Re-attach to selection": the one control here that follows the selection. */
function ReattachButton({ onClick }: { onClick: () => void }) {
  const hasSelection = useReaderStore((s) => s.selection !== null);
  return (
    <button
      type="button"
      className="button"
      disabled={!hasSelection}
      title={hasSelection ? undefined : 'Select the passage in the article first'}
      onClick={onClick}
    >
      Re-attach to selection
    </button>
  );
}

/** "Needs attention": fuzzy matches to confirm and orphans to re-attach or delete. */
export function SidebarAttention({ items, onActivate, onConfirm, onReattach, onDelete }: Props) {
  return (
    <section className={styles.attention} aria-labelledby="needs-attention">
      <h3 id="needs-attention">Needs attention ({items.length})</h3>
      <ul>
        {items.map((item) => (
          <li key={item.annotation.id}>
            <span className={styles.badge}>{sidebarBadges[item.status]}</span>
            <div className={styles.quote}>“{truncate(quoteOf(item.annotation), 160)}”</div>
            <div className={styles.actions}>
              {item.status === 'fuzzy' ? (
                <>
                  <button
                    type="button"
                    className="button"
                    onClick={() => onActivate(item.annotation.id)}
                  >
                    Show
                  </button>
                  <button type="button" className="button" onClick={() => onConfirm(item)}>
                    Confirm
                  </button>
                </>
              ) : (
                <ReattachButton onClick={() => onReattach(item)} />
              )}
              <button type="button" className="button" onClick={() => onDelete(item.annotation.id)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
