import { useEffect, useRef } from 'react';
import styles from './selection-toolbar.module.css';

interface Option {
  id: string;
  label: string;
  color: string;
}

interface Props {
  at: { x: number; y: number };
  options: readonly Option[];
  onChoose: (id: string) => void;
  onCancel: () => void;
}

/** When a click lands on several overlapping highlights, the reader picks one here. */
export function HighlightChooser({ at, options, onChoose, onCancel }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const left = Math.max(8, Math.min(at.x - 120, window.innerWidth - 300));
  return (
    <div
      role="dialog"
      aria-label="Choose a highlight"
      className={styles.toolbar}
      style={{ top: at.y + 12, left, flexDirection: 'column', alignItems: 'stretch' }}
    >
      {options.map((option, index) => (
        <button
          key={option.id}
          ref={index === 0 ? first : undefined}
          type="button"
          onClick={() => onChoose(option.id)}
        >
          <span className={styles.swatch} style={{ background: option.color }} aria-hidden="true" />
          {option.label}
        </button>
      ))}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
