interface Props {
  label: string;
  /** The chosen value; '' means no filter. */
  value: string;
  /** The label of the "no filter" option, e.g. "All tags". */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** One labelled filter: a select whose first option means "any". */
export function FilterSelect({ label, value, anyLabel, options, onChange }: Props) {
  return (
    <label>
      {label}
      <select className="field" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
