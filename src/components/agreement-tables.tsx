import { useId, type ReactNode } from 'react';
import type { AgreementMeasures } from '../domain/agreement';
import styles from './agreement-report.module.css';

/* The tables of the agreement report: measure cells, headers and a scrollable named table. */

export function score(value: number | null): string {
  if (value === null) return 'n/a';
  // Avoid "-0.00" for a tiny negative value.
  return (Math.abs(value) < 0.005 ? 0 : value).toFixed(2);
}

function kappa(m: AgreementMeasures): string {
  if (m.kappa !== null) return score(m.kappa);
  return m.observed === null ? 'n/a' : 'undefined (no variation)';
}

export function MeasureCells({ m }: { m: AgreementMeasures }) {
  return (
    <>
      <td className={styles.num}>{kappa(m)}</td>
      <td className={styles.num}>{score(m.exact.f1)}</td>
      <td className={styles.num}>{score(m.overlap.f1)}</td>
      <td className={styles.num}>{m.localSpans}</td>
      <td className={styles.num}>{m.importedSpans}</td>
    </>
  );
}

const MEASURE_HEADERS = ['Cohen’s κ', 'F1 exact', 'F1 overlap', 'Local spans', 'Imported spans'];

/**
 * A table named by the heading above it, in a keyboard-scrollable box: on a phone the table
 * scrolls sideways while its name stays in view.
 */
export function ScrollTable({
  title,
  level,
  children,
}: {
  title: string;
  level: 'h4' | 'h5';
  children: ReactNode;
}) {
  const titleId = useId();
  const Heading = level;
  return (
    <>
      <Heading id={titleId} className={styles.tableTitle}>
        {title}
      </Heading>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable by keyboard */}
      <div className={styles.scroll} role="group" aria-labelledby={titleId} tabIndex={0}>
        <table className={styles.table} aria-labelledby={titleId}>
          {children}
        </table>
      </div>
    </>
  );
}

export function HeaderRow({ first }: { first: string[] }) {
  return (
    <thead>
      <tr>
        {[...first, ...MEASURE_HEADERS].map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
