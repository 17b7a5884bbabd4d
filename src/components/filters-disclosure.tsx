import { useId, useState, type ReactNode } from 'react';
import styles from './filters-disclosure.module.css';

interface Props {
  /** How many filters are set, shown on the button while folded. */
  active: number;
  children: ReactNode;
}

/**
 * On a phone the filters fold behind a "Filters" button so the list comes first; on wider
 * screens the button is not shown and the filters always are.
 */
export function FiltersDisclosure({ active, children }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={styles.wrapper}>
      <button
        type="button"
        className={`button ${styles.toggle}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Filters{active > 0 ? ` (${active} set)` : ''}
      </button>
      <div id={id} className={styles.body} data-open={open || undefined}>
        {children}
      </div>
    </div>
  );
}
