import type { Coder } from '../domain/coders/coder';
import { TagSwatch } from './tag-swatch';

interface Props {
  coders: readonly Coder[];
  colors: ReadonlyMap<string, string>;
  /** The coders chosen; none means every coder's layer counts. */
  chosen: readonly string[];
  onChange: (coderIds: string[]) => void;
  className?: string | undefined;
}

/**
 * "Coders shown" on Compare: which layers the passages, counts and co-occurrence are drawn from (one,
 * several, the consensus). Nothing ticked counts every layer, as before there were coders.
 */
export function CompareCoderFilter({ coders, colors, chosen, onChange, className }: Props) {
  const toggle = (id: string) =>
    onChange(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  return (
    <fieldset className={className}>
      <legend>Coders shown</legend>
      {coders.map((coder) => (
        <label key={coder.id}>
          <input
            type="checkbox"
            checked={chosen.includes(coder.id)}
            onChange={() => toggle(coder.id)}
          />
          <TagSwatch color={colors.get(coder.id) ?? 'transparent'} />
          {coder.name}
        </label>
      ))}
      <p>
        {chosen.length === 0
          ? 'Counting every coder’s layer.'
          : `Counting ${coders
              .filter((c) => chosen.includes(c.id))
              .map((c) => c.name)
              .join(', ')} only.`}
      </p>
    </fieldset>
  );
}
