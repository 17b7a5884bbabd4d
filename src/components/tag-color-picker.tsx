import { useId } from 'react';
import { TAG_COLORS } from '../domain/codebook';
import { FieldError } from './form-field';
import styles from './tag-color-picker.module.css';

interface Props {
  value: string;
  onChange: (hex: string) => void;
  error?: string | undefined;
}

/**
 * The palette as a radio group; each swatch is named by its colour, and the
 * chosen one is marked by a tick and bold text as well as by its border.
 */
export function TagColorPicker({ value, onChange, error }: Props) {
  const name = useId();
  const errorId = `${name}-error`;
  const current = value.toLowerCase();
  const options = TAG_COLORS.some((color) => color.hex === current)
    ? TAG_COLORS
    : // A colour from an import that is not in the palette stays choosable.
      [...TAG_COLORS, { name: `Current colour (${current})`, hex: current }];
  return (
    <fieldset
      className={styles.group}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className={styles.legend}>Colour</legend>
      <div className={styles.options}>
        {options.map((color) => (
          <label key={color.hex} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={color.hex}
              checked={color.hex === current}
              onChange={() => onChange(color.hex)}
            />
            <span className={styles.swatch} style={{ background: color.hex }} aria-hidden="true" />
            {color.name}
          </label>
        ))}
      </div>
      {error ? <FieldError id={errorId} message={error} /> : null}
    </fieldset>
  );
}
