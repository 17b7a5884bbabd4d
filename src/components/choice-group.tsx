import { useId } from 'react';
import styles from './reader-settings.module.css';

interface Props<T extends string | number> {
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A row of radio buttons drawn as segmented buttons. */
export function ChoiceGroup<T extends string | number>({
  legend,
  value,
  options,
  onChange,
}: Props<T>) {
  const name = useId();
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      <div className={styles.options}>
        {options.map((option) => (
          <label key={String(option.value)}>
            <input
              type="radio"
              name={name}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
