import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import type { Coder } from '../domain/coders/coder';
import { groupRowsByCoder, type CoderGroupRow } from '../domain/coders/group-rows';
import type { Tag } from '../domain/model';
import { useLatestCallback } from '../hooks/use-latest-callback';
import type { AnchoredAnnotation } from '../hooks/use-reader-annotations';
import styles from './annotation-sidebar.module.css';
import { formatCount } from './format';
import { RenderProbe } from './render-probe';
import { SidebarAttention } from './sidebar-attention';
import { SidebarItem } from './sidebar-item';
import { VirtualList } from './virtual-list';

interface Props {
  anchored: readonly AnchoredAnnotation[];
  byId: ReadonlyMap<string, Tag>;
  activeId: string | null;
  colorOf: (item: AnchoredAnnotation) => string;
  open: boolean;
  editor: ReactNode;
  /** The article memo, shown above the list. */
  memo?: ReactNode;
  onActivate: (id: string) => void;
  onClose: () => void;
  onConfirm: (item: AnchoredAnnotation) => void;
  onReattach: (item: AnchoredAnnotation) => void;
  onDelete: (id: string) => void;
  /** The coders in their usual order: the list groups by coder when it shows several. */
  coders?: readonly Coder[];
}

type Row = CoderGroupRow<AnchoredAnnotation>;
const keyOf = (item: AnchoredAnnotation) => item.annotation.id;
const coderOf = (item: AnchoredAnnotation) => item.annotation.coderId;
const rowKey = (row: Row) => row.key;
const noCoders: readonly Coder[] = [];

/** Rows of the list: one per item, or (several coders shown) grouped under coder headings. */
function rowsOf(placed: readonly AnchoredAnnotation[], coders: readonly Coder[]): Row[] {
  const several = placed.some((a) => a.annotation.coderId !== placed[0]?.annotation.coderId);
  return several
    ? groupRowsByCoder(placed, coderOf, keyOf, coders)
    : placed.map((item) => ({ kind: 'item', key: keyOf(item), item }));
}

/**
 * The reader's "Annotations" sidebar (a drawer on narrow screens), in text order; when it shows
 * several coders' layers, grouped by coder under a heading each (in text order within). A long list
 * renders only what is near its visible part (VirtualList), and each item is memoised with
 * stable props, so adding, editing or deleting one highlight re-renders one item.
 */
export function AnnotationSidebar(props: Props) {
  const { anchored, byId, activeId, colorOf, open, editor, memo, coders = noCoders } = props;
  const scroller = useRef<HTMLElement>(null);
  const placed = useMemo(() => anchored.filter((a) => a.status !== 'orphan'), [anchored]);
  const rows = useMemo(() => rowsOf(placed, coders), [placed, coders]);
  const attention = useMemo(
    () => anchored.filter((a) => a.status === 'orphan' || a.status === 'fuzzy'),
    [anchored],
  );
  const onActivate = useLatestCallback(props.onActivate);
  const onConfirm = useLatestCallback(props.onConfirm);
  const onReattach = useLatestCallback(props.onReattach);
  const onDelete = useLatestCallback(props.onDelete);
  const renderItem = useCallback(
    (row: Row) =>
      row.kind === 'heading' ? (
        <h3 className={styles.group}>
          {row.name} <span className={styles.count}>({row.count})</span>
        </h3>
      ) : (
        <SidebarItem
          item={row.item}
          color={colorOf(row.item)}
          active={row.item.annotation.id === activeId}
          byId={byId}
          onActivate={onActivate}
        />
      ),
    [colorOf, activeId, byId, onActivate],
  );

  return (
    <RenderProbe part="sidebar">
      <aside
        ref={scroller}
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
          <SidebarAttention
            items={attention}
            onActivate={onActivate}
            onConfirm={onConfirm}
            onReattach={onReattach}
            onDelete={onDelete}
          />
        ) : null}
        {placed.length === 0 ? (
          <p className={styles.empty}>
            {anchored.length === 0
              ? 'No annotations yet. Select text in the article, then choose Highlight (or press H).'
              : 'Every annotation here needs attention.'}
          </p>
        ) : (
          <VirtualList
            items={rows}
            keyOf={rowKey}
            scroller={scroller}
            renderItem={renderItem}
            focusKey={activeId}
            className={styles.list}
            aria-label={formatCount(placed.length, 'annotation')}
          />
        )}
      </aside>
    </RenderProbe>
  );
}
