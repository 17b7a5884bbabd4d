import { useId, useMemo, useState, type ReactNode } from 'react';
import { alphaBand, kappaBand } from '../domain/agreement/bands';
import type { TeamFigures, TeamReport } from '../domain/agreement/team-types';
import { exportFileName } from '../domain/formats/file-name';
import styles from './agreement-report.module.css';
import { downloadText } from './download';
import { usePage } from '../hooks/use-page';
import { PairwiseMatrix } from './pairwise-matrix';
import { TablePager } from './table-pager';

/** Rows per page of the per-tag and per-article tables: a study may have thousands of each. */
export const REPORT_PAGE_SIZE = 50;

type ArticleRow = TeamReport['byArticle'][number];
type ArticleOrder = 'library' | 'alpha-low' | 'alpha-high' | 'spans';

const ARTICLE_ORDERS: { value: ArticleOrder; label: string }[] = [
  { value: 'library', label: 'Library order' },
  { value: 'alpha-low', label: 'Lowest α first' },
  { value: 'alpha-high', label: 'Highest α first' },
  { value: 'spans', label: 'Most spans first' },
];

/** The articles in the chosen order; articles without α (n/a) go last, ties keep library order. */
export function sortArticleRows(
  rows: readonly ArticleRow[],
  order: ArticleOrder,
): readonly ArticleRow[] {
  if (order === 'library') return rows;
  const alpha = (row: ArticleRow) => row.figures.alpha;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      if (order === 'spans') return y.row.figures.spans - x.row.figures.spans || x.index - y.index;
      const a = alpha(x.row);
      const b = alpha(y.row);
      if (a === null || b === null)
        return (a === null ? 1 : 0) - (b === null ? 1 : 0) || x.index - y.index;
      return (order === 'alpha-low' ? a - b : b - a) || x.index - y.index;
    })
    .map(({ row }) => row);
}

function score(value: number | null): string {
  if (value === null) return 'n/a';
  return (Math.abs(value) < 0.0005 ? 0 : value).toFixed(3);
}

function withBand(value: number | null, band: { label: string } | null): string {
  return band ? `${score(value)} (${band.label})` : score(value);
}

function Table({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <>
      <h4 id={id}>{title}</h4>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable by keyboard */}
      <div className={styles.scroll} role="group" aria-labelledby={id} tabIndex={0}>
        <table className={styles.table} aria-labelledby={id}>
          {children}
        </table>
      </div>
    </>
  );
}

const HEADERS = [
  'Krippendorff’s α',
  'Fleiss’ κ',
  'Units (characters × tags)',
  'F1 exact',
  'F1 overlap',
  'Spans',
];

function Cells({ f }: { f: TeamFigures }) {
  return (
    <>
      <td className={styles.num}>{withBand(f.alpha, alphaBand(f.alpha))}</td>
      <td className={styles.num}>{withBand(f.fleiss, kappaBand(f.fleiss))}</td>
      <td className={styles.num}>{f.units}</td>
      <td className={styles.num}>{score(f.exactF1)}</td>
      <td className={styles.num}>{score(f.overlapF1)}</td>
      <td className={styles.num}>{f.spans}</td>
    </>
  );
}

function Head({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        {[first, ...HEADERS].map((h) => (
          <th key={h} scope="col">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function PairRow({ name, f }: { name: string; f: TeamFigures }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      {f.pairs.map((p) => (
        <td key={`${p.a}-${p.b}`} className={styles.num}>
          {withBand(p.kappa, kappaBand(p.kappa))} · {p.units} units
        </td>
      ))}
    </tr>
  );
}

async function download(report: TeamReport): Promise<void> {
  const { teamAgreementCsv } = await import('../domain/agreement/team-csv');
  downloadText(
    exportFileName('agreement-coders', new Date(), 'csv'),
    teamAgreementCsv(report),
    'text/csv;charset=utf-8',
  );
}

/**
 * The agreement of several coders: α, Fleiss' κ and span F1 overall, per tag, per article and
 * per outlet with the units each rests on; the pairwise Cohen's κ per tag and as a matrix.
 */
export function TeamAgreementReport({ report }: { report: TeamReport }) {
  const names = new Map(report.coders.map((c) => [c.id, c.name]));
  const titleId = useId();
  const [order, setOrder] = useState<ArticleOrder>('library');
  const sorted = useMemo(() => sortArticleRows(report.byArticle, order), [report, order]);
  const articlePage = usePage(sorted, REPORT_PAGE_SIZE);
  const tagPage = usePage(report.byTag, REPORT_PAGE_SIZE);
  return (
    <div role="region" aria-labelledby={titleId} className={styles.report}>
      <h3 id={titleId}>Agreement of {report.coders.map((c) => c.name).join(', ')}</h3>
      <p className={styles.hint}>
        Each character of an article is one unit per tag: coded with the tag or not, by every coder
        who coded the article (the others count as missing). α ≥ 0.800 is reliable, ≥ 0.667 allows
        tentative conclusions (Krippendorff); κ bands follow Landis &amp; Koch. F1 pairs spans one
        to one: exact (same start and end) or overlapping.
      </p>
      <div className={styles.buttons}>
        <button type="button" className="button" onClick={() => void download(report)}>
          Download coder agreement CSV
        </button>
      </div>
      {report.byArticle.length === 0 ? (
        <p role="status">None of these coders has annotations on the articles of this library.</p>
      ) : (
        <>
          <Table title="Agreement per tag">
            <Head first="Tag" />
            <tbody>
              {tagPage.rows.map(({ tag, figures }) => (
                <tr key={tag.key}>
                  <th scope="row">{tag.name}</th>
                  <Cells f={figures} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All tags</th>
                <Cells f={report.overall} />
              </tr>
            </tfoot>
          </Table>
          <TablePager page={tagPage} noun="Tags" label="Pages of the agreement per tag" />
          <Table title="Pairwise Cohen’s κ per tag">
            <thead>
              <tr>
                <th scope="col">Tag</th>
                {report.overall.pairs.map((p) => (
                  <th key={`${p.a}-${p.b}`} scope="col">
                    {names.get(p.a)} – {names.get(p.b)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tagPage.rows.map((t) => (
                <PairRow key={t.tag.key} name={t.tag.name} f={t.figures} />
              ))}
            </tbody>
            <tfoot>
              <PairRow name="All tags" f={report.overall} />
            </tfoot>
          </Table>
          <TablePager page={tagPage} noun="Tags" label="Pages of the pairwise kappa per tag" />
          <h4>Pairwise Cohen’s κ, all tags</h4>
          <PairwiseMatrix report={report} title="Matrix of pairwise Cohen’s kappa over all tags" />
          <label className={styles.sort}>
            Sort articles by{' '}
            <select value={order} onChange={(e) => setOrder(e.target.value as ArticleOrder)}>
              {ARTICLE_ORDERS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <Table title="Agreement per article">
            <Head first="Article" />
            <tbody>
              {articlePage.rows.map(({ article, coderIds, figures }) => (
                <tr key={article.id}>
                  <th scope="row">
                    {article.title}
                    <span className={styles.kind}>
                      coded by {coderIds.map((id) => names.get(id)).join(', ')}
                    </span>
                  </th>
                  <Cells f={figures} />
                </tr>
              ))}
            </tbody>
          </Table>
          <TablePager
            page={articlePage}
            noun="Articles"
            label="Pages of the agreement per article"
          />
          <Table title="Agreement per outlet">
            <Head first="Outlet" />
            <tbody>
              {report.byOutlet.map(({ outlet, articles, figures }) => (
                <tr key={outlet}>
                  <th scope="row">
                    {outlet === '' ? 'Unknown outlet' : outlet} ({articles})
                  </th>
                  <Cells f={figures} />
                </tr>
              ))}
            </tbody>
          </Table>
          {report.bySet.length > 0 ? (
            <Table title="Agreement per set">
              <Head first="Set" />
              <tbody>
                {report.bySet.map(({ set, articles, figures }) => (
                  <tr key={set}>
                    <th scope="row">
                      {set} ({articles})
                    </th>
                    <Cells f={figures} />
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
          {report.singleCoderTags.length > 0 ? (
            <>
              <h4>Tags only one coder used</h4>
              <p className={styles.hint}>
                Rename or merge them on the Tags page to reconcile the codebook; it applies to every
                layer.
              </p>
              <ul>
                {report.singleCoderTags.map(({ tag, coderId }) => (
                  <li key={tag.key}>
                    {tag.name}: only {names.get(coderId)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
