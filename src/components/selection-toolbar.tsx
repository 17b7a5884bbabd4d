import type { Tag } from '../domain/model';
import styles from './selection-toolbar.module.css';
import { TagSwatch } from './tag-swatch';

interface Props {
  /** Where the selection is: page coordinates vertically, viewport horizontally. */
  anchor: { top: number; bottom: number; left: number; right: number };
  tags: readonly Tag[];
  onHighlight: (tagId?: string) => void;
}

/** "Annotate selection": Highlight, and one button per codebook tag (highlight and tag at once). */
export function SelectionToolbar({ anchor, tags, onHighlight }: Props) {
  const width = Math.min(512, window.innerWidth - 16);
  const left = Math.max(
    8,
    Math.min((anchor.left + anchor.right) / 2 - width / 2, window.innerWidth - width - 8),
  );
  // Page coordinates: the toolbar scrolls with the text it belongs to.
  const below = anchor.bottom + 10;
  const fitsBelow = below - window.scrollY + 56 < window.innerHeight;
  const top = fitsBelow ? below : Math.max(window.scrollY + 8, anchor.top - 56);
  return (
    <div
      role="toolbar"
      aria-label="Annotate selection"
      className={styles.toolbar}
      style={{ top, left }}
      onMouseDown={(event) => event.preventDefault() /* keep the text selected */}
    >
      <button
        type="button"
        className={styles.primary}
        aria-keyshortcuts="h"
        onClick={() => onHighlight()}
      >
        Highlight{' '}
        <span className={styles.key} aria-hidden="true">
          H
        </span>
      </button>
      {tags.map((tag) => (
        <button
          key={tag.id}
          type="button"
          onClick={() => onHighlight(tag.id)}
          aria-keyshortcuts={tag.hotkey ?? undefined}
          title={tag.description || `Highlight and tag “${tag.name}”`}
        >
          <TagSwatch color={tag.color} />
          {tag.name}
          {tag.hotkey ? (
            <span className={styles.key} aria-hidden="true">
              {tag.hotkey.toUpperCase()}
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
