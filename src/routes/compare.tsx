import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { Link } from 'react-router';
import { CoOccurrenceTable, TagCountsChart } from '../components/compare-charts';
import { CompareCoderFilter } from '../components/compare-coder-filter';
import { CompareCoders } from '../components/compare-coders';
import { UNKNOWN_OUTLET, formatCount } from '../components/format';
import { SetFilterSelect } from '../components/set-filter-select';
import { StatusMessage } from '../components/status-message';
import { PassageTags } from '../components/passage-tags';
import { TagSwatch } from '../components/tag-swatch';
import { quoteOf } from '../domain/annotations/quote';
import { highlightColor, tagsOf } from '../domain/codebook';
import { COMPARE_COLUMNS_PER_PAGE, type CompareQuery } from '../domain/compare/compare-view';
import type { Tag } from '../domain/model';
import { coderColors } from '../domain/coders/colors';
import { useCompareView } from '../hooks/use-compare-view';
import { useCoders } from '../hooks/use-coders';
import { useArticleInfos } from '../hooks/use-article-infos';
import { useSets } from '../hooks/use-sets';
import { useTags } from '../hooks/use-tags';
import { setMembers } from '../domain/annotations/filter';
import styles from './compare.module.css';
import { annotationPath } from '../domain/annotation-link';
import { useUrlParams } from '../hooks/use-url-params';

const today = () => new Date().toISOString().slice(0, 10);
const COLUMNS_PER_PAGE = COMPARE_COLUMNS_PER_PAGE;

/** `/compare`: passages coded with chosen tags, side by side per article/outlet, with counts. */
export function CompareRoute() {
  const [params, setParams] = useUrlParams();
  const chosen = params.getAll('tag');
  const coderIds = params.getAll('coder');
  const setId = params.get('set') ?? '';
  const { coders } = useCoders();
  const sets = useSets();
  // The set chosen under "Set" (every article when none is), kept in the URL like the rest.
  const inSet = useMemo(() => setMembers(setId ? [setId] : [], sets ?? []), [setId, sets]);
  const { tags, byId, loading: tagsLoading } = useTags();
  const articles = useArticleInfos();
  const articleList = useMemo(
    () => (inSet ? articles.list.filter((a) => inSet.has(a.id)) : articles.list),
    [articles.list, inSet],
  );
  // Columns come a page at a time: ten thousand articles would be ten thousand columns at once.
  const [pages, setPages] = useState(1);
  // The layers chosen under "Coders" (all when none is) in the chosen set: every table, chart
  // and CSV below. Computed off the page where it can be (use-compare-view).
  const query = useMemo<CompareQuery | null>(
    () =>
      articles.ready && sets !== undefined
        ? {
            tagIds: chosen,
            coderIds,
            articles: articleList.map((a) => ({
              id: a.id,
              source: a.source,
              title: a.title,
              language: a.language,
            })),
            members: inSet ? [...inSet] : null,
            tags,
            unknownOutlet: UNKNOWN_OUTLET,
            columns: pages * COLUMNS_PER_PAGE,
          }
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `chosen`, `coderIds` derive from params
    [params, articleList, articles.ready, inSet, sets, tags, pages],
  );
  const { view, error } = useCompareView(query);
  // Each column names its article as the answer has it: a first page can come before the page
  // has read the library (use-compare-view). The codebook is read first, for the tag chips.
  const shownColumns = tagsLoading ? [] : (view?.columns ?? []);
  const withPassages = view?.withPassages ?? null;
  const without = (view?.without ?? []).flatMap((id) => articles.byId.get(id) ?? []);

  useEffect(() => {
    document.title = 'Compare · Gloss';
  }, []);

  // Tags and coders are kept in the URL, each as repeated parameters.
  const setList = (key: 'tag' | 'coder' | 'set', values: readonly string[]) => {
    const next = new URLSearchParams(params);
    next.delete(key);
    for (const value of values) next.append(key, value);
    setParams(next);
  };
  const toggle = (id: string) =>
    setList('tag', chosen.includes(id) ? chosen.filter((t) => t !== id) : [...chosen, id]);

  return (
    <main className={styles.page} id="main">
      <h1>Compare</h1>
      <p className={styles.intro}>
        Choose one or more tags to see the passages coded with them side by side, one column per
        article and outlet.
      </p>
      {tags.length === 0 ? (
        <StatusMessage
          kind="empty"
          title="No tags yet."
          detail="Tag passages in the reader, or create tags on the Tags page."
        />
      ) : (
        <fieldset className={styles.picker}>
          <legend>Tags to compare</legend>
          {tags.map((tag) => (
            <label key={tag.id}>
              <input
                type="checkbox"
                checked={chosen.includes(tag.id)}
                onChange={() => toggle(tag.id)}
              />
              <TagSwatch color={tag.color} />
              {tag.name}
            </label>
          ))}
        </fieldset>
      )}
      <SetFilterSelect
        className={styles.setChoice}
        value={setId}
        onChange={(id) => setList('set', id ? [id] : [])}
      />
      {coders.length > 1 ? (
        <CompareCoderFilter
          className={styles.picker}
          coders={coders}
          colors={coderColors(coders)}
          chosen={coderIds}
          onChange={(ids) => setList('coder', ids)}
        />
      ) : null}
      {error ? <p role="alert">The comparison could not be computed: {error}</p> : null}
      {chosen.length > 0 && !view ? (
        <StatusMessage kind="loading" title="Finding the passages…" />
      ) : null}
      {chosen.length > 0 && withPassages === 0 ? (
        <StatusMessage kind="empty" title="No passage is coded with these tags yet." />
      ) : null}
      {shownColumns.length > 0 ? (
        <ul className={styles.columns} aria-label="Passages by article">
          {shownColumns.map(({ article, passages }) => (
            <li key={article.id} className={styles.column} aria-labelledby={`column-${article.id}`}>
              <h2 id={`column-${article.id}`}>
                <span className={styles.outlet}>{article.source ?? UNKNOWN_OUTLET}</span>
                <span lang={article.language}>{article.title}</span>
              </h2>
              <p className={styles.count}>{formatCount(passages.length, 'passage')}</p>
              {
                <ul className={styles.passages}>
                  {passages.map((a) => {
                    return (
                      <li key={a.id}>
                        <Link
                          className={styles.passage}
                          lang={article.language}
                          style={
                            {
                              '--item-color': highlightColor(a, tagsOf(a.tagIds, byId)),
                            } as CSSProperties
                          }
                          to={annotationPath(a.articleId, a.id)}
                        >
                          “{quoteOf(a)}”
                        </Link>
                        <PassageTags
                          tags={a.tagIds
                            .map((id) => byId.get(id))
                            .filter((t): t is Tag => t !== undefined)}
                        />
                      </li>
                    );
                  })}
                </ul>
              }
            </li>
          ))}
        </ul>
      ) : null}
      {withPassages !== null && withPassages > shownColumns.length ? (
        <p>
          <button type="button" className="button" onClick={() => setPages((n) => n + 1)}>
            {`Show ${Math.min(COLUMNS_PER_PAGE, withPassages - shownColumns.length)} more articles`}
          </button>{' '}
          {`${shownColumns.length.toLocaleString('en')} of ${withPassages.toLocaleString('en')} articles shown`}
        </p>
      ) : null}
      {view && !view.complete && shownColumns.length > 0 ? (
        <p role="status">Counting the other articles’ passages…</p>
      ) : null}
      {withPassages !== null && withPassages > 0 && without.length > 0 ? (
        <p className={styles.none}>
          Not coded with these tags in:{' '}
          {without
            .map((article) => `${article.title} (${article.source ?? UNKNOWN_OUTLET})`)
            .join('; ')}
          .
        </p>
      ) : null}
      {tags.length > 0 && view?.counts && view.matrix ? (
        <>
          <TagCountsChart data={view.counts} fileName={`gloss-tag-counts-${today()}.csv`} />
          <CoOccurrenceTable
            tags={view.counts.tags}
            matrix={view.matrix}
            fileName={`gloss-cooccurrence-${today()}.csv`}
          />
        </>
      ) : tags.length > 0 ? (
        <StatusMessage kind="loading" title="Counting tags across every annotation…" />
      ) : null}
      <CompareCoders />
    </main>
  );
}
