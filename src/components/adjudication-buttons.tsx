import type { AdjudicationItem, Decision } from '../domain/adjudication';
import { DECISIONS } from './adjudication-decisions';
import styles from './adjudication-panel.module.css';

interface Props {
  current: AdjudicationItem;
  onDecide: (decision: Decision) => void;
  onEdit: () => void;
  onPrevious: () => void;
  onNext: () => void;
}

/** Previous, the decisions (with their keys) and Next. */
export function AdjudicationButtons({ current, onDecide, onEdit, onPrevious, onNext }: Props) {
  return (
    <div className={styles.buttons}>
      <button type="button" className="button" onClick={onPrevious}>
        Previous
      </button>
      {DECISIONS.map(({ kind, label, keys, needs }) => (
        <button
          key={kind}
          type="button"
          className="button"
          aria-keyshortcuts={keys}
          disabled={needs !== undefined && !current[needs]}
          onClick={() => onDecide({ kind })}
        >
          {label}
        </button>
      ))}
      <button type="button" className="button" aria-keyshortcuts="e" onClick={onEdit}>
        Edit
      </button>
      <button type="button" className="button" onClick={onNext}>
        Next
      </button>
    </div>
  );
}
