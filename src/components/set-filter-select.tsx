import { useSets } from '../hooks/use-sets';
import { FilterSelect } from './filter-select';

interface Props {
  /** The chosen set's id; '' for every article. */
  value: string;
  onChange: (setId: string) => void;
  /** When given, the select sits in a div with this class (a row of its own). */
  className?: string | undefined;
}

/**
 * "Set": narrows a view or an export to the articles of one named set. Shown once the user has
 * made a set (and while a link names one), like the Coder filter once there are two coders.
 */
export function SetFilterSelect({ value, onChange, className }: Props) {
  const sets = useSets() ?? [];
  if (sets.length === 0 && value === '') return null;
  const options = sets.map((set) => ({
    value: set.id,
    label: `${set.name} (${set.articleIds.length.toLocaleString('en')})`,
  }));
  if (value !== '' && !sets.some((set) => set.id === value))
    options.push({ value, label: 'A set that no longer exists' });
  const select = (
    <FilterSelect
      label="Set"
      value={value}
      anyLabel="All articles"
      options={options}
      onChange={onChange}
    />
  );
  return className ? <div className={className}>{select}</div> : select;
}
