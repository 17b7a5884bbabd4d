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
import { coOccurrence, compareColumns, tagCountsByOutlet } from '../domain/compare/compare';
import type { Tag } from '../domain/model';
import { coderColors } from '../domain/coders/colors';
import { useAllAnnotations } from '../hooks/use-annotations';
import { useCoders } from '../hooks/use-coders';
import { useArticleInfos } from '../hooks/use-article-infos';
import { useSets } from '../hooks/use-sets';
import { useTags } from '../hooks/use-tags';
import { setMembers } from '../domain/annotations/filter';
import styles from './compare.module.css';
import { annotationPath } from '../domain/annotation-link';
import { useUrlParams } from '../hooks/use-url-params';

const today = () => new Date().toISOString().slice(0, 10);
const COLUMNS_PER_PAGE = 24;

/** `/compare`: passages coded with chosen tags, side by side per article/outlet, with counts. */
export function CompareRoute() {
  const [params, setParams] = useUrlParams();
  const chosen = params.getAll('tag');
  const coderIds = params.getAll('coder');
  const setId = params.get('set') ?? '';
  const { coders } = useCoders();
  const sets = useSets();
  const everyLayer = useAllAnnotations();
  // The set chosen under "Set" (every article when none is), kept in the URL like the rest.
  const inSet = useMemo(() => setMembers(setId ? [setId] : [], sets ?? []), [setId, sets]);
  // The layers chosen under "Coders" (all when none is) in the chosen set: every table, chart
  // and CSV below.
  const annotations = useMemo(
    () =>
      coderIds.length === 0 && !inSet
        ? everyLayer
        : everyLayer?.filter(
            (a) =>
              (coderIds.length === 0 || coderIds.includes(a.coderId)) &&
              (!inSet || inSet.has(a.articleId)),
          ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `coderIds` is derived from params
    [everyLayer, params, inSet],
  );
  const { tags, byId } = useTags();
  const articles = useArticleInfos();
  const articleList = useMemo(
    () => (inSet ? articles.list.filter((a) => inSet.has(a.id)) : articles.list),
    [articles.list, inSet],
  );
  const articleById = useMemo(
    () => (inSet ? new Map(articleList.map((a) => [a.id, a])) : articles.byId),
    [articleList, articles.byId, inSet],
  );
  const columns = useMemo(
    () => (annotations ? compareColumns(annotations, chosen, articleList, tags) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `chosen` is derived from params
    [annotations, params, articleList, tags],
  );
  const withPassages = columns.filter((c) => c.passages.length > 0);
  // Columns come a page at a time: ten thousand articles would be ten thousand columns at once.
  const [pages, setPages] = useState(1);
  const shownColumns = withPassages.slice(0, pages * COLUMNS_PER_PAGE);
  const without = columns.filter((c) => c.passages.length === 0);
  const counts = useMemo(
    () => tagCountsByOutlet(annotations ?? [], articleById, tags, UNKNOWN_OUTLET),
    [annotations, articleById, tags],
  );
  const matrix = useMemo(() => coOccurrence(annotations ?? [], tags), [annotations, tags]);

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
      {chosen.length > 0 && withPassages.length === 0 ? (
        <StatusMessage kind="empty" title="No passage is coded with these tags yet." />
      ) : null}
      {withPassages.length > 0 ? (
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
      {withPassages.length > shownColumns.length ? (
        <p>
          <button type="button" className="button" onClick={() => setPages((n) => n + 1)}>
            {`Show ${Math.min(COLUMNS_PER_PAGE, withPassages.length - shownColumns.length)} more articles`}
          </button>{' '}
          {`${shownColumns.length.toLocaleString('en')} of ${withPassages.length.toLocaleString('en')} articles shown`}
        </p>
      ) : null}
      {withPassages.length > 0 && without.length > 0 ? (
        <p className={styles.none}>
          Not coded with these tags in:{' '}
          {without
            .map(({ article }) => `${article.title} (${article.source ?? UNKNOWN_OUTLET})`)
            .join('; ')}
          .
        </p>
      ) : null}
      {tags.length > 0 ? (
        <>
          <TagCountsChart data={counts} fileName={`gloss-tag-counts-${today()}.csv`} />
          <CoOccurrenceTable
            tags={tags}
            matrix={matrix}
            fileName={`gloss-cooccurrence-${today()}.csv`}
          />
        </>
      ) : null}
      <CompareCoders />
    </main>
  );
}
