import { useEffect } from 'react';
import styles from './pending-annotation.module.css';
import { formatNumber } from './format';

interface Props {
  /** The row's position in the list. */
  index: number;
  /** The list's version: a new one asks again. */
  version: number;
  /** Asks for the page holding the row. */
  need: ((index: number) => void) | undefined;
}

/** A row of the annotation list whose page is still on its way: asks for it, keeps its place. */
export function PendingAnnotation({ index, version, need }: Props) {
  useEffect(() => {
    need?.(index);
  }, [index, version, need]);
  return (
    <div className={styles.pending} aria-busy="true">
      Loading annotation {formatNumber(index + 1)}…
    </div>
  );
}
