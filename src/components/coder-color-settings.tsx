import { useId, useState } from 'react';
import { setCoderColor } from '../commands/coders';
import type { Coder } from '../domain/coders/coder';
import { CODER_COLOR_CHOICES, coderColors } from '../domain/coders/colors';
import { useCoders } from '../hooks/use-coders';
import styles from './coder-name-settings.module.css';
import { TagSwatch } from './tag-swatch';

function CoderColorRow({ coder, color }: { coder: Coder; color: string }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const options = CODER_COLOR_CHOICES.some((c) => c.hex === color)
    ? CODER_COLOR_CHOICES
    : // A colour from a file that is not in the palette stays choosable.
      [...CODER_COLOR_CHOICES, { name: `Current colour (${color})`, hex: color }];
  return (
    <li className={styles.colorRow}>
      <TagSwatch color={color} />
      <label htmlFor={id}>Colour of {coder.name}</label>
      <select
        id={id}
        className="field"
        value={color}
        onChange={(e) => {
          void setCoderColor(coder.id, e.target.value).then((result) =>
            setError(result.ok ? null : result.message),
          );
        }}
      >
        {options.map((c) => (
          <option key={c.hex} value={c.hex}>
            {c.name}
          </option>
        ))}
      </select>
      {error ? <span role="alert">{error}</span> : null}
    </li>
  );
}

/**
 * "Coder colours": the colour each layer's highlights take when the reader colours by coder
 * (Reader: Colour by coder). Each coder gets one from the palette when created; here it can be
 * changed. The chosen colour's name is read out with the coder's.
 */
export function CoderColorSettings() {
  const { coders } = useCoders();
  const colors = coderColors(coders);
  return (
    <div>
      <h3>Coder colours</h3>
      <p className={styles.hint}>
        Used in the reader when it colours highlights by coder (Colour by: Coder).
      </p>
      <ul className={styles.colors} aria-label="Coder colours">
        {coders.map((coder) => (
          <CoderColorRow key={coder.id} coder={coder} color={colors.get(coder.id) ?? ''} />
        ))}
      </ul>
    </div>
  );
}
