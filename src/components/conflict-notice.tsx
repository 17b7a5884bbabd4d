import { useId, useState } from 'react';
import styles from './conflict-notice.module.css';

interface Props {
  /** What this tab has in the field. */
  mine: string;
  /** What another tab stored meanwhile. */
  theirs: string;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
}

/**
 * "Changed in another tab": both versions of a field two tabs edited at once. Nothing is
 * overwritten until the user chooses; "See both" shows the two texts side by side.
 */
export function ConflictNotice({ mine, theirs, onKeepMine, onKeepTheirs }: Props) {
  const [both, setBoth] = useState(false);
  const headingId = useId();
  return (
    <div className={styles.notice} role="alert" aria-labelledby={headingId}>
      <p id={headingId} className={styles.heading}>
        Changed in another tab
      </p>
      <p>
        The note was changed in another tab while you were typing here. Your text is kept until you
        choose.
      </p>
      <div className={styles.buttons}>
        <button type="button" className="button button-primary" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button" onClick={onKeepTheirs}>
          Keep theirs
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={both}
          onClick={() => setBoth(!both)}
        >
          See both
        </button>
      </div>
      {both ? (
        <div className={styles.both}>
          <figure>
            <figcaption>Mine (this tab)</figcaption>
            <pre className={styles.text}>{mine}</pre>
          </figure>
          <figure>
            <figcaption>Theirs (the other tab)</figcaption>
            <pre className={styles.text}>{theirs}</pre>
          </figure>
        </div>
      ) : null}
    </div>
  );
}
