import type { TagCounts } from '../domain/compare/compare';
import type { Tag } from '../domain/model';
import styles from './compare-charts.module.css';
import { downloadCsv } from './download';
import { TagSwatch } from './tag-swatch';

/** Tag counts per outlet: a table whose cells carry small SVG bars (readable without colour). */
export function TagCountsChart({ data, fileName }: { data: TagCounts; fileName: string }) {
  const max = Math.max(1, ...data.counts.flat());
  const rows = [
    ['outlet', ...data.tags.map((t) => t.name)],
    ...data.outlets.map((o, i) => [o, ...(data.counts[i] ?? []).map(String)]),
  ];
  return (
    <section className={styles.section} aria-labelledby="counts-title">
      <div className={styles.head}>
        <h2 id="counts-title">Tag counts per outlet</h2>
        <button type="button" className="button" onClick={() => void downloadCsv(fileName, rows)}>
          Download counts CSV
        </button>
      </div>
      <div className={styles.scroll}>
        <table className={styles.table} aria-labelledby="counts-title">
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              {data.tags.map((tag) => (
                <th key={tag.id} scope="col">
                  <TagSwatch color={tag.color} /> {tag.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.outlets.map((outlet, i) => (
              <tr key={outlet}>
                <th scope="row">{outlet}</th>
                {data.tags.map((tag, j) => {
                  const value = data.counts[i]?.[j] ?? 0;
                  return (
                    <td key={tag.id}>
                      <span className={styles.bar}>
                        <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                          <rect width="100" height="10" fill="var(--surface-2)" />
                          <rect
                            width={(value / max) * 100}
                            height="10"
                            fill={tag.color}
                            stroke="rgb(0 0 0 / 35%)"
                            strokeWidth="0.5"
                          />
                        </svg>
                        <span className={styles.num}>{value}</span>
                      </span>
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
      <p>
        How often two tags mark the same or overlapping passages. The diagonal counts each tag
        alone.
      </p>
      <div className={styles.scroll}>
        <table className={styles.table} aria-labelledby="cooc-title">
          <thead>
            <tr>
              <th scope="col">Tag</th>
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
                <th scope="row">{row.name}</th>
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
