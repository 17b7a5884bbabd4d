import { useId, useState } from 'react';
import styles from './adjudication-panel.module.css';

// Focuses the first field when the form opens (autoFocus is discouraged for page loads).
const focusOnce = (el: HTMLInputElement | null) => el?.focus();

interface Props {
  start: number;
  end: number;
  tagIds: string[];
  tags: readonly { id: string; name: string }[];
  onSave: (start: number, end: number, tagIds: string[]) => void;
  onCancel: () => void;
}

/** "Edit the consensus passage": its offsets and tags, saved as the decision. */
export function AdjudicationEditForm(props: Props) {
  const [start, setStart] = useState(String(props.start));
  const [end, setEnd] = useState(String(props.end));
  const [chosen, setChosen] = useState(props.tagIds);
  const startId = useId();
  const endId = useId();
  return (
    <form
      aria-label="Edit the consensus passage"
      className={styles.edit}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(Number(start), Number(end), chosen);
      }}
    >
      <label htmlFor={startId}>Start</label>
      <input
        id={startId}
        inputMode="numeric"
        value={start}
        onChange={(e) => setStart(e.target.value)}
        ref={focusOnce}
      />
      <label htmlFor={endId}>End</label>
      <input id={endId} inputMode="numeric" value={end} onChange={(e) => setEnd(e.target.value)} />
      <fieldset>
        <legend>Tags</legend>
        {props.tags.map((tag) => (
          <label key={tag.id}>
            <input
              type="checkbox"
              checked={chosen.includes(tag.id)}
              onChange={() =>
                setChosen((c) =>
                  c.includes(tag.id) ? c.filter((x) => x !== tag.id) : [...c, tag.id],
                )
              }
            />{' '}
            {tag.name}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button-primary">
        Save to consensus
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
