import type { TagCounts } from '../domain/compare/compare';
import styles from './compare-charts.module.css';

const ROW = 26;
const LABEL = 150;
const WIDTH = 720;

/**
 * Share of each tag per outlet: one bar per outlet, split by tag in proportion to its count.
 * Drawn by React as SVG; the table next to it carries the same numbers for screen readers, so
 * the picture itself is hidden from them. Each tag's name is in the legend beside its colour.
 */
export function TagShareChart({ data }: { data: TagCounts }) {
  const totals = data.counts.map((row) => row.reduce((sum, n) => sum + n, 0));
  const height = data.outlets.length * ROW + 4;
  const bar = WIDTH - LABEL - 50;
  return (
    <figure className={styles.figure}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className={styles.chart}
        aria-hidden="true"
        data-chart="tag-share"
      >
        {data.outlets.map((outlet, i) => {
          const total = totals[i] ?? 0;
          let x = LABEL;
          const y = i * ROW + 4;
          return (
            <g key={outlet}>
              <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" className={styles.chartLabel}>
                {outlet.length > 22 ? `${outlet.slice(0, 21)}…` : outlet}
              </text>
              <rect x={LABEL} y={y + 3} width={bar} height={ROW - 8} className={styles.track} />
              {data.tags.map((tag, j) => {
                const value = data.counts[i]?.[j] ?? 0;
                if (total === 0 || value === 0) return null;
                const width = (value / total) * bar;
                const segment = (
                  <rect
                    key={tag.id}
                    x={x}
                    y={y + 3}
                    width={width}
                    height={ROW - 8}
                    fill={tag.color}
                    stroke="rgb(0 0 0 / 45%)"
                    strokeWidth="0.6"
                  >
                    <title>{`${tag.name}: ${value} of ${total}`}</title>
                  </rect>
                );
                x += width;
                return segment;
              })}
              <text x={LABEL + bar + 6} y={y + ROW / 2} className={styles.chartLabel}>
                {total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className={styles.caption}>Share of each tag in each outlet’s annotations.</span>
        <ul className={styles.legend} aria-label="Tag colours">
          {data.tags.map((tag) => (
            <li key={tag.id}>
              <span className={styles.key} style={{ background: tag.color }} aria-hidden="true" />
              {tag.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
