import { useCallback, useEffect, useMemo, useRef } from 'react';
import { AnnotationCard } from '../components/annotation-card';
import { AnnotationsExport } from '../components/annotations-export';
import { ArticleFilter } from '../components/article-filter';
import { FiltersDisclosure } from '../components/filters-disclosure';
import { FilterSelect } from '../components/filter-select';
import { UNKNOWN_OUTLET, formatCount, languageName } from '../components/format';
import { SetFilterSelect } from '../components/set-filter-select';
import { StatusMessage } from '../components/status-message';
import { VirtualList } from '../components/virtual-list';
import {
  UNKNOWN_OUTLET_KEY,
  filtersFromParams,
  filtersToParams,
  type AnnotationFilters,
} from '../domain/annotations/filter';
import { ANCHOR_STATUS_LABELS } from '../domain/anchoring/status';
import type { Tag } from '../domain/model';
import { codebookOrder, effectiveParent } from '../domain/codebook';
import type { AnnotationListQuery } from '../domain/annotations/list-view';
import { useAnnotationList, type AnnotationList } from '../hooks/use-annotation-list';
import { PendingAnnotation } from '../components/pending-annotation';
import { useArticleInfos } from '../hooks/use-article-infos';
import { useCoders } from '../hooks/use-coders';
import { useSets } from '../hooks/use-sets';
import { useTags } from '../hooks/use-tags';
import styles from './annotations.module.css';
import { useUrlParams } from '../hooks/use-url-params';

type ListKey = 'tags' | 'articles' | 'outlets' | 'languages' | 'statuses';

/** `/annotations`: every annotation across articles, filtered and sorted, with filters in the URL. */
export function AnnotationsRoute() {
  const [params, setParams] = useUrlParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const { tags, byId: tagsById } = useTags();
  const articles = useArticleInfos();
  const sets = useSets();
  // Only what the filters read of each article goes to the worker, once per library change.
  const facts = useMemo(
    () => articles.list.map((a) => ({ id: a.id, source: a.source, language: a.language })),
    [articles.list],
  );
  const query = useMemo<AnnotationListQuery | null>(
    () => (articles.ready && sets !== undefined ? { filters, articles: facts, tags, sets } : null),
    [articles.ready, facts, filters, tags, sets],
  );
  const { list, error } = useAnnotationList(query);
  // Rows by position: the list is read in pages, so a row may not be here yet.
  // Made again only when the length changes: the virtual list measures its rows by their keys.
  const length = list ? (list.matching ?? firstPageLength(list)) : 0;
  const rows = useMemo(() => Array.from({ length }, (_, i) => i), [length]);
  const outlets = useMemo(
    () =>
      [...new Set(articles.list.map((a) => a.source ?? UNKNOWN_OUTLET_KEY))].sort((a, b) =>
        a === UNKNOWN_OUTLET_KEY ? 1 : b === UNKNOWN_OUTLET_KEY ? -1 : a.localeCompare(b),
      ),
    [articles.list],
  );
  const languages = useMemo(
    () => [...new Set(articles.list.map((a) => a.language))].sort(),
    [articles.list],
  );

  useEffect(() => {
    document.title = 'Annotations · Gloss';
  }, []);

  // A long list renders what is near the screen (the page scrolls it), so 100,000 stay usable.
  const pageScroller = useRef<HTMLElement | null>(
    typeof document === 'undefined'
      ? null
      : ((document.scrollingElement ?? document.documentElement) as HTMLElement),
  );
  const renderCard = useCallback(
    (index: number) => {
      const annotation = list?.rowAt(index);
      if (!annotation)
        return <PendingAnnotation index={index} version={list?.version ?? 0} need={list?.need} />;
      return (
        <AnnotationCard
          annotation={annotation}
          article={articles.byId.get(annotation.articleId)}
          tags={annotation.tagIds
            .map((id) => tagsById.get(id))
            .filter((t): t is Tag => t !== undefined)}
        />
      );
    },
    [list, articles.byId, tagsById],
  );

  const { coders } = useCoders();
  const update = (patch: Partial<AnnotationFilters>) =>
    setParams(filtersToParams({ ...filters, ...patch }));
  const single = (key: ListKey, value: string) => update({ [key]: value ? [value] : [] });
  const tagLabel = (tag: Tag) => (effectiveParent(tag, tagsById) ? `— ${tag.name}` : tag.name);
  const ordered = codebookOrder(tags).map((row) => row.tag);
  const filtered = params.toString() !== '' && params.toString() !== `sort=${filters.sort}`;
  const activeFilters =
    (filters.query ? 1 : 0) +
    [
      filters.tags,
      filters.articles,
      filters.outlets,
      filters.languages,
      filters.statuses,
      filters.sets ?? [],
    ].filter((list) => list.length > 0).length;

  return (
    <main className={styles.page} id="main">
      <h1>Annotations</h1>
      <p className={styles.summary} role="status">
        {list
          ? filtered
            ? list.matching === null
              ? `Counting the annotations that match these filters (of ${list.total})…`
              : `${formatCount(list.matching, 'annotation')} of ${list.total} match these filters`
            : formatCount(list.total, 'annotation')
          : 'Loading…'}
      </p>
      <FiltersDisclosure active={activeFilters}>
        <form
          className={styles.filters}
          role="search"
          aria-label="Filter annotations"
          onSubmit={(e) => e.preventDefault()}
        >
          <label className={styles.wide}>
            Search quotes and notes
            <input
              className="field"
              type="search"
              value={filters.query}
              onChange={(e) => update({ query: e.target.value })}
            />
          </label>
          <FilterSelect
            label="Tag"
            value={filters.tags[0] ?? ''}
            anyLabel="All tags"
            options={ordered.map((tag) => ({ value: tag.id, label: tagLabel(tag) }))}
            onChange={(v) => single('tags', v)}
          />
          <ArticleFilter
            articles={articles.list}
            value={filters.articles[0] ?? ''}
            onChange={(v) => single('articles', v)}
          />
          <SetFilterSelect
            value={filters.sets?.[0] ?? ''}
            onChange={(v) => update({ sets: v ? [v] : [] })}
          />
          <FilterSelect
            label="Outlet"
            value={filters.outlets[0] ?? ''}
            anyLabel="All outlets"
            options={outlets.map((o) => ({
              value: o,
              label: o === UNKNOWN_OUTLET_KEY ? UNKNOWN_OUTLET : o,
            }))}
            onChange={(v) => single('outlets', v)}
          />
          <FilterSelect
            label="Language"
            value={filters.languages[0] ?? ''}
            anyLabel="All languages"
            options={languages.map((l) => ({ value: l, label: languageName(l) }))}
            onChange={(v) => single('languages', v)}
          />
          {coders.length > 1 ? (
            <FilterSelect
              label="Coder"
              value={filters.coders?.[0] ?? ''}
              anyLabel="All coders"
              options={coders.map((c) => ({ value: c.id, label: c.name }))}
              onChange={(v) => update({ coders: v ? [v] : [] })}
            />
          ) : null}
          <FilterSelect
            label="Status"
            value={filters.statuses[0] ?? ''}
            anyLabel="Any status"
            options={(['exact', 'moved', 'fuzzy', 'orphan'] as const).map((status) => ({
              value: status,
              label: ANCHOR_STATUS_LABELS[status],
            }))}
            onChange={(v) => single('statuses', v)}
          />
          <label>
            Sort by
            <select
              className="field"
              value={filters.sort}
              onChange={(e) => update({ sort: e.target.value as AnnotationFilters['sort'] })}
            >
              <option value="article">Article order</option>
              <option value="date">Date (newest first)</option>
              <option value="tag">Tag</option>
            </select>
          </label>
          <div className={styles.actions}>
            {filtered ? (
              <button
                type="button"
                className="button"
                onClick={() => setParams(new URLSearchParams())}
              >
                Clear filters
              </button>
            ) : null}
          </div>
        </form>
      </FiltersDisclosure>
      {list && list.total > 0 ? (
        <AnnotationsExport filters={filters} count={list.matching ?? 0} />
      ) : null}
      {/* The list waits for the library (read from its snapshot, at once): until then, cards
          would name their articles "unknown". */}
      {error ? (
        <StatusMessage kind="error" title="The annotations could not be listed." detail={error} />
      ) : !list ? (
        <StatusMessage kind="loading" title="Loading annotations…" />
      ) : list.total === 0 ? (
        <StatusMessage
          kind="empty"
          title="No annotations yet."
          detail="Open an article from the library, select a passage and choose Highlight."
        />
      ) : rows.length === 0 ? (
        list.matching === null ? (
          <StatusMessage kind="loading" title="Loading annotations…" />
        ) : (
          <StatusMessage kind="empty" title="No annotation matches these filters." />
        )
      ) : (
        <VirtualList
          items={rows}
          keyOf={keyOfRow}
          scroller={pageScroller}
          renderItem={renderCard}
          estimate={160}
          className={styles.list}
          aria-label="Matching annotations"
        />
      )}
    </main>
  );
}

/**
 * Rows are keyed by position: a row's annotation comes with its page, and a page of the list
 * before a change may stand in for a moment (an id could then be on two rows).
 */
const keyOfRow = (index: number) => String(index);

/** How many rows the first page holds (when it is all that is known of the list). */
function firstPageLength(list: AnnotationList): number {
  let n = 0;
  while (list.rowAt(n)) n++;
  return n;
}
