import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import type { Article } from '../domain/corpus/types';
import type { LibrarySortKey } from '../domain/library';
import {
  FACET_NAMES,
  codedFacet,
  facetData,
  indexLibrary,
  matchQuery,
  multiFacet,
  readFacetSelection,
  shownInOrder,
  sortOrder,
  titleRanks,
  viewLibrary,
  type FacetName,
  type FacetSelection,
} from '../domain/library-index';
import type { ArticleSet } from '../domain/model';
import { useArticleTags } from '../hooks/use-article-tags';
import { useSets } from '../hooks/use-sets';
import { useTags } from '../hooks/use-tags';
import { useAppStore } from '../store';
import type { EditDetailsDialogProps } from './edit-details-dialog';
import { FiltersDisclosure } from './filters-disclosure';
import { formatCount, formatNumber } from './format';
import { LibraryFacets } from './library-facets';
import styles from './library-browser.module.css';
import { StatusMessage } from './status-message';
import { CardWithActions, UserDocumentCard } from './user-document-card';
import { VirtualList } from './virtual-list';
import { useUrlParams } from '../hooks/use-url-params';

const BulkDetailsDialog = lazy(() =>
  import('./bulk-details-dialog').then((m) => ({ default: m.BulkDetailsDialog })),
);
const AddToSetDialog = lazy(() =>
  import('./add-to-set-dialog').then((m) => ({ default: m.AddToSetDialog })),
);

const sortLabels: Record<LibrarySortKey, string> = {
  title: 'Title',
  date: 'Date (newest first)',
  outlet: 'Outlet',
};

interface Props {
  articles: readonly Article[];
  counts: Readonly<Record<string, number>>;
  onDelete: (entry: Article) => void;
}

const keyOf = (article: Article) => article.id;

/**
 * The library's articles at any size: a filter, facets with counts (kept in the URL), a sort
 * order, a list that renders only what is near the screen, and a selection for editing details
 * or adding to a set many at once. Search text and order are computed once per article list.
 */
export function LibraryBrowser({ articles, counts, onDelete }: Props) {
  const sort = useAppStore((s) => s.librarySort);
  const filter = useAppStore((s) => s.libraryFilter);
  const setSort = useAppStore((s) => s.setLibrarySort);
  const setFilter = useAppStore((s) => s.setLibraryFilter);
  // A facet click shows its result in its own frame, before the router has caught up.
  const [params, setParams] = useUrlParams();
  // Kept by value: the click's own frame and the router catching up a moment later give two
  // parameter objects for one selection, and the view over every article is computed once.
  const selectionKey = JSON.stringify(readFacetSelection(params));
  const selection = useMemo(() => JSON.parse(selectionKey) as FacetSelection, [selectionKey]);
  const sets = useSets();
  const setList = useMemo(() => sets ?? [], [sets]);
  const setsOf = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const set of setList)
      for (const id of set.articleIds) map.set(id, [...(map.get(id) ?? []), set.id]);
    return map;
  }, [setList]);

  const articleTags = useArticleTags();
  const { tags } = useTags();

  // Each piece is recomputed only when what it depends on changes: a keystroke redoes the
  // match, a click only the view (one pass over integer codes).
  const index = useMemo(() => indexLibrary(articles), [articles]);
  const ranks = useMemo(() => titleRanks(articles), [articles]);
  const order = useMemo(() => sortOrder(index, ranks, sort), [index, ranks, sort]);
  // The first paint shows the list; the facets' counts (a pass over every article for each
  // facet) follow in a background render right after it. With a facet chosen the list depends
  // on them, so they are computed at once.
  const counted = useDeferredValue(true, false);
  const facetCount = FACET_NAMES.filter((name) => selection[name] !== undefined).length;
  const quick = !counted && facetCount === 0;
  const coded = useMemo(
    () => (quick ? null : codedFacet(articles, counts)),
    [quick, articles, counts],
  );
  const setFacet = useMemo(
    () => (quick ? null : multiFacet(articles, setsOf)),
    [quick, articles, setsOf],
  );
  const tagFacet = useMemo(
    () => (quick ? null : multiFacet(articles, articleTags)),
    [quick, articles, articleTags],
  );
  const facets = useMemo(
    () =>
      coded && setFacet && tagFacet
        ? facetData(index, { coded, set: setFacet, tag: tagFacet })
        : null,
    [index, coded, setFacet, tagFacet],
  );
  const match = useMemo(() => matchQuery(index, filter), [index, filter]);
  // The folded search text waits for the first paint, then is built while the page is idle, so
  // that the first keystroke does not pay for it.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const id = idle(() => void index.searchText());
    return () => cancel(id);
  }, [index]);
  const view = useMemo(
    () =>
      facets
        ? viewLibrary(index, order, match, selection, facets)
        : { shown: shownInOrder(index, order, match), counts: null },
    [index, order, match, selection, facets],
  );

  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [dialog, setDialog] = useState<'details' | 'set' | null>(null);
  const [Details, setDetails] = useState<{
    Component: ComponentType<EditDetailsDialogProps>;
    entry: Article;
  } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const toggleFacet = (facet: FacetName, value: string) => {
    const next = new URLSearchParams(params);
    if (next.get(facet) === value) next.delete(facet);
    else next.set(facet, value);
    // A month lies under its year: another year (or none) leaves no month to keep.
    if (facet === 'year') next.delete('month');
    setParams(next);
  };
  const clearAll = () => {
    setFilter('');
    const next = new URLSearchParams(params);
    for (const name of FACET_NAMES) next.delete(name);
    setParams(next);
  };
  const toggleSelected = useCallback((id: string) => {
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const deleteSet = (set: ArticleSet) => {
    void import('../commands/sets').then(({ deleteSet: remove }) => remove(set.id));
    if (selection.set === set.id) toggleFacet('set', set.id);
  };
  const editOne = useCallback((entry: Article) => {
    void import('./edit-details-dialog').then((module) =>
      setDetails({ Component: module.EditDetailsDialog, entry }),
    );
  }, []);

  const chosen = useMemo(() => articles.filter((a) => selected.has(a.id)), [articles, selected]);
  const narrowed = filter.trim() !== '' || facetCount > 0;
  const allShownSelected = view.shown.length > 0 && view.shown.every((a) => selected.has(a.id));

  const renderItem = useCallback(
    (entry: Article) => (
      <div className={styles.row}>
        <input
          type="checkbox"
          className={styles.check}
          aria-label={`Select ${entry.title}`}
          checked={selected.has(entry.id)}
          onChange={() => toggleSelected(entry.id)}
        />
        <div className={styles.card}>
          {entry.origin === 'imported' ? (
            <UserDocumentCard
              entry={entry}
              annotationCount={counts[entry.id] ?? 0}
              onDelete={onDelete}
            />
          ) : (
            <CardWithActions
              entry={entry}
              annotationCount={counts[entry.id] ?? 0}
              badge="Bundled with Gloss"
            >
              <button
                type="button"
                className="button"
                aria-label={`Edit details of ${entry.title}`}
                onClick={() => editOne(entry)}
              >
                Edit details
              </button>
            </CardWithActions>
          )}
        </div>
      </div>
    ),
    [selected, counts, onDelete, toggleSelected, editOne],
  );

  return (
    <>
      <div className={styles.controls}>
        <label className={`${styles.control} ${styles.grow}`}>
          Filter articles
          <input
            className="field"
            type="search"
            value={filter}
            placeholder="Title, outlet, byline or language"
            onChange={(e) => setFilter(e.target.value)}
          />
        </label>
        <label className={styles.control}>
          Sort by
          <select
            className="field"
            value={sort}
            onChange={(e) => setSort(e.target.value as LibrarySortKey)}
          >
            {Object.entries(sortLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className={styles.layout}>
        <aside className={styles.side} aria-label="Facets">
          <FiltersDisclosure active={facetCount}>
            {view.counts ? (
              <LibraryFacets
                counts={view.counts}
                selection={selection}
                sets={setList}
                tags={tags}
                onToggle={toggleFacet}
                onDeleteSet={deleteSet}
              />
            ) : (
              <p className={styles.count}>Counting…</p>
            )}
          </FiltersDisclosure>
        </aside>
        <div className={styles.main}>
          <p role="status" className={styles.count}>
            {narrowed
              ? `${formatNumber(view.shown.length)} of ${formatCount(articles.length, 'article')}`
              : ''}
          </p>
          <div className={styles.selectionBar} role="group" aria-label="Selection">
            <button
              type="button"
              className="button"
              disabled={view.shown.length === 0 || allShownSelected}
              onClick={() => setSelected(new Set([...selected, ...view.shown.map(keyOf)]))}
            >
              Select all {formatNumber(view.shown.length)} shown
            </button>
            <span className={styles.selectedCount}>{formatNumber(selected.size)} selected</span>
            <button
              type="button"
              className="button"
              disabled={selected.size === 0}
              onClick={() => setDialog('details')}
            >
              Edit details…
            </button>
            <button
              type="button"
              className="button"
              disabled={selected.size === 0}
              onClick={() => setDialog('set')}
            >
              Add to set…
            </button>
            <button
              type="button"
              className="button"
              disabled={selected.size === 0}
              onClick={() => setSelected(new Set())}
            >
              Clear selection
            </button>
          </div>
          {articles.length === 0 ? (
            <StatusMessage kind="empty" title="The library is empty." />
          ) : view.shown.length === 0 ? (
            <StatusMessage
              kind="empty"
              title={
                filter.trim()
                  ? `No article matches “${filter}”.`
                  : 'No article matches these filters.'
              }
            >
              <button type="button" className="button" onClick={clearAll}>
                {facetCount > 0 ? 'Clear filters' : 'Clear filter'}
              </button>
            </StatusMessage>
          ) : (
            <div ref={scroller} className={styles.scroller}>
              <VirtualList
                items={view.shown}
                keyOf={keyOf}
                scroller={scroller}
                renderItem={renderItem}
                estimate={170}
                threshold={60}
                className={styles.list}
                aria-label="Articles"
              />
            </div>
          )}
        </div>
      </div>
      <Suspense fallback={null}>
        {dialog === 'details' ? (
          <BulkDetailsDialog articles={chosen} onClose={() => setDialog(null)} />
        ) : null}
        {dialog === 'set' ? (
          <AddToSetDialog
            articleIds={chosen.map(keyOf)}
            sets={setList}
            onClose={() => setDialog(null)}
          />
        ) : null}
      </Suspense>
      {Details ? (
        <Details.Component entry={Details.entry} onClose={() => setDetails(null)} />
      ) : null}
    </>
  );
}
