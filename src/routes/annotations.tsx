import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AnnotationCard } from '../components/annotation-card';
import { UNKNOWN_OUTLET, formatCount, languageName } from '../components/format';
import { StatusMessage } from '../components/status-message';
import {
  UNKNOWN_OUTLET_KEY,
  filterAnnotations,
  filtersFromParams,
  filtersToParams,
  type AnnotationFilters,
} from '../domain/annotations/filter';
import type { Tag } from '../domain/model';
import { useAllAnnotations } from '../hooks/use-annotations';
import { useArticleInfos } from '../hooks/use-article-infos';
import { useTags } from '../hooks/use-tags';
import styles from './annotations.module.css';

type ListKey = 'tags' | 'articles' | 'outlets' | 'languages' | 'statuses';

/** `/annotations`: every annotation across articles, filtered and sorted, with filters in the URL. */
export function AnnotationsRoute() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const annotations = useAllAnnotations();
  const { tags, byId: tagsById } = useTags();
  const articles = useArticleInfos();
  const shown = useMemo(
    () => (annotations ? filterAnnotations(annotations, filters, articles.byId, tags) : []),
    [annotations, filters, articles.byId, tags],
  );
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

  const update = (patch: Partial<AnnotationFilters>) =>
    setParams(filtersToParams({ ...filters, ...patch }), { replace: true });
  const single = (key: ListKey, value: string) => update({ [key]: value ? [value] : [] });
  const tagLabel = (tag: Tag) => (tag.parentId ? `— ${tag.name}` : tag.name);
  const ordered = [...tags.filter((t) => t.parentId === null)].flatMap((parent) => [
    parent,
    ...tags.filter((t) => t.parentId === parent.id),
  ]);
  const filtered = params.toString() !== '' && params.toString() !== `sort=${filters.sort}`;

  return (
    <main className={styles.page} id="main">
      <h1>Annotations</h1>
      <p className={styles.summary} role="status">
        {annotations
          ? filtered
            ? `${formatCount(shown.length, 'annotation')} of ${annotations.length} match these filters`
            : formatCount(annotations.length, 'annotation')
          : 'Loading…'}
      </p>
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
        <label>
          Tag
          <select
            className="field"
            value={filters.tags[0] ?? ''}
            onChange={(e) => single('tags', e.target.value)}
          >
            <option value="">All tags</option>
            {ordered.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tagLabel(tag)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Article
          <select
            className="field"
            value={filters.articles[0] ?? ''}
            onChange={(e) => single('articles', e.target.value)}
          >
            <option value="">All articles</option>
            {articles.list.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title.length > 60 ? `${a.title.slice(0, 59)}…` : a.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Outlet
          <select
            className="field"
            value={filters.outlets[0] ?? ''}
            onChange={(e) => single('outlets', e.target.value)}
          >
            <option value="">All outlets</option>
            {outlets.map((o) => (
              <option key={o} value={o}>
                {o === UNKNOWN_OUTLET_KEY ? UNKNOWN_OUTLET : o}
              </option>
            ))}
          </select>
        </label>
        <label>
          Language
          <select
            className="field"
            value={filters.languages[0] ?? ''}
            onChange={(e) => single('languages', e.target.value)}
          >
            <option value="">All languages</option>
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select
            className="field"
            value={filters.statuses[0] ?? ''}
            onChange={(e) => single('statuses', e.target.value)}
          >
            <option value="">Any status</option>
            <option value="exact">Anchored</option>
            <option value="moved">Moved</option>
            <option value="fuzzy">Approximate</option>
            <option value="orphan">Not found</option>
          </select>
        </label>
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
              onClick={() => setParams(new URLSearchParams(), { replace: true })}
            >
              Clear filters
            </button>
          ) : null}
          <Link className="button" to={filtered ? `/data?${params.toString()}` : '/data'}>
            {filtered ? 'Export these' : 'Export'}
          </Link>
        </div>
      </form>
      {!annotations ? (
        <StatusMessage kind="loading" title="Loading annotations…" />
      ) : annotations.length === 0 ? (
        <StatusMessage
          kind="empty"
          title="No annotations yet."
          detail="Open an article from the library, select a passage and choose Highlight."
        />
      ) : shown.length === 0 ? (
        <StatusMessage kind="empty" title="No annotation matches these filters." />
      ) : (
        <ol className={styles.list} aria-label="Matching annotations">
          {shown.map((annotation) => (
            <li key={annotation.id}>
              <AnnotationCard
                annotation={annotation}
                article={articles.byId.get(annotation.articleId)}
                tags={annotation.tagIds
                  .map((id) => tagsById.get(id))
                  .filter((t): t is Tag => t !== undefined)}
              />
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
