import { CO_OCCURRENCE_EXPLAINED, type TagCounts } from '../domain/compare/compare';
import type { Tag } from '../domain/model';
import styles from './compare-charts.module.css';
import { downloadCsv } from './download';
import { TagShareChart } from './tag-share-chart';
import { TagSwatch } from './tag-swatch';

/**
 * Tag counts per outlet: a chart of each tag's share, then the numbers as a table with tags as
 * rows and outlets as columns (a dozen tags and ten outlets fit at 1280 px), first column sticky.
 */
export function TagCountsChart({ data, fileName }: { data: TagCounts; fileName: string }) {
  const rows = [
    ['outlet', ...data.tags.map((t) => t.name)],
    ...data.outlets.map((o, i) => [o, ...(data.counts[i] ?? []).map(String)]),
  ];
  const max = Math.max(1, ...data.counts.flat());
  return (
    <section className={styles.section} aria-labelledby="counts-title">
      <div className={styles.head}>
        <h2 id="counts-title">Tag counts per outlet</h2>
        <button type="button" className="button" onClick={() => void downloadCsv(fileName, rows)}>
          Download counts CSV
        </button>
      </div>
      <TagShareChart data={data} />
      {/* Focusable so a keyboard user can scroll it on a narrow screen. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label="Tag counts table">
        <table className={styles.table} aria-labelledby="counts-title">
          <thead>
            <tr>
              <th scope="col" className={styles.sticky}>
                Tag
              </th>
              {data.outlets.map((outlet) => (
                <th key={outlet} scope="col">
                  {outlet}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.tags.map((tag, j) => (
              <tr key={tag.id}>
                <th scope="row" className={styles.sticky}>
                  <TagSwatch color={tag.color} /> {tag.name}
                </th>
                {data.outlets.map((outlet, i) => {
                  const value = data.counts[i]?.[j] ?? 0;
                  return (
                    <td key={outlet} className={styles.countCell}>
                      <span className={styles.num}>{value}</span>
                      {value > 0 ? (
                        <span
                          className={styles.cellBar}
                          style={{ width: `${(value / max) * 100}%`, background: tag.color }}
                          aria-hidden="true"
                        />
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The co-occurrence matrix as a table with a light heat scale (numbers always shown). */
export function CoOccurrenceTable({
  tags,
  matrix,
  fileName,
}: {
  tags: readonly Tag[];
  matrix: number[][];
  fileName: string;
}) {
  const max = Math.max(1, ...matrix.flat());
  const rows = [
    ['tag', ...tags.map((t) => t.name)],
    ...tags.map((t, i) => [t.name, ...(matrix[i] ?? []).map(String)]),
  ];
  return (
    <section className={styles.section} aria-labelledby="cooc-title">
      <div className={styles.head}>
        <h2 id="cooc-title">Tag co-occurrence</h2>
        <button type="button" className="button" onClick={() => void downloadCsv(fileName, rows)}>
          Download co-occurrence CSV
        </button>
      </div>
      <p className={styles.explain}>{CO_OCCURRENCE_EXPLAINED}</p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label="Co-occurrence table">
        <table className={styles.table} aria-labelledby="cooc-title">
          <thead>
            <tr>
              <th scope="col" className={styles.sticky}>
                Tag
              </th>
              {tags.map((tag) => (
                <th key={tag.id} scope="col">
                  {tag.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tags.map((row, i) => (
              <tr key={row.id}>
                <th scope="row" className={styles.sticky}>
                  {row.name}
                </th>
                {tags.map((column, j) => {
                  const value = matrix[i]?.[j] ?? 0;
                  const alpha = value === 0 ? 0 : 0.15 + (0.6 * value) / max;
                  return (
                    <td
                      key={column.id}
                      className={styles.heat}
                      style={{ background: `rgb(37 99 235 / ${alpha})` }}
                    >
                      {value}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
