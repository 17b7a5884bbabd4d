import type { AdjudicationItem, Decision } from '../domain/adjudication';
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
      <button
        type="button"
        className="button"
        aria-keyshortcuts="1"
        disabled={!current.a}
        onClick={() => onDecide({ kind: 'a' })}
      >
        Accept A
      </button>
      <button
        type="button"
        className="button"
        aria-keyshortcuts="2"
        disabled={!current.b}
        onClick={() => onDecide({ kind: 'b' })}
      >
        Accept B
      </button>
      <button
        type="button"
        className="button"
        aria-keyshortcuts="3"
        onClick={() => onDecide({ kind: 'both' })}
      >
        Accept both
      </button>
      <button
        type="button"
        className="button"
        aria-keyshortcuts="0"
        onClick={() => onDecide({ kind: 'neither' })}
      >
        Neither
      </button>
      <button type="button" className="button" aria-keyshortcuts="e" onClick={onEdit}>
        Edit
      </button>
      <button type="button" className="button" onClick={onNext}>
        Next
      </button>
    </div>
  );
}
