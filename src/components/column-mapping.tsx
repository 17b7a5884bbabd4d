import { useId } from 'react';
import {
  COLUMN_ROLES,
  type ColumnMapping as Mapping,
  type ColumnRole,
} from '../domain/corpus-import/columns';
import type { ImportTable } from '../domain/corpus-import/table';
import { formatCount } from './format';
import styles from './import-articles.module.css';

interface Props {
  table: ImportTable;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}

const SAMPLE_ROWS = 5;
const SAMPLE_CELL = 80;

function short(cell: string): string {
  const line = cell.replace(/\s+/gu, ' ').trim();
  return line.length > SAMPLE_CELL ? `${line.slice(0, SAMPLE_CELL - 1)}…` : line;
}

/**
 * The mapping step for one table: which column holds the text, title, outlet, date, language,
 * URL and author (guessed, changeable), which other columns to keep as metadata, and the first
 * rows to judge by.
 */
export function ColumnMapping({ table, mapping, onChange }: Props) {
  const id = useId();
  const mapped = new Set(Object.values(mapping.columns).filter((column) => column !== null));
  const others = table.headers.filter((header) => !mapped.has(header));

  function choose(role: ColumnRole, column: string) {
    const value = column === '' ? null : column;
    onChange({
      columns: { ...mapping.columns, [role]: value },
      extra: mapping.extra.filter((header) => header !== value),
    });
  }

  function keep(header: string, kept: boolean) {
    const extra = kept ? [...mapping.extra, header] : mapping.extra.filter((h) => h !== header);
    onChange({ ...mapping, extra: table.headers.filter((h) => extra.includes(h)) });
  }

  return (
    <fieldset className={styles.mapping}>
      <legend className={styles.legend}>
        Columns of {table.file} ({formatCount(table.rows.length, 'row')})
      </legend>
      <div className={styles.selects}>
        {COLUMN_ROLES.map(({ role, label }) => (
          <div className={styles.field} key={role}>
            <label htmlFor={`${id}-${role}`}>{label}</label>
            <select
              id={`${id}-${role}`}
              className="field"
              value={mapping.columns[role] ?? ''}
              onChange={(event) => choose(role, event.target.value)}
            >
              <option value="">{role === 'text' ? 'Choose a column' : 'None'}</option>
              {table.headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {others.length > 0 ? (
        <fieldset className={styles.extra}>
          <legend className={styles.legend}>Keep as metadata</legend>
          {others.map((header) => (
            <label key={header}>
              <input
                type="checkbox"
                checked={mapping.extra.includes(header)}
                onChange={(event) => keep(header, event.target.checked)}
              />{' '}
              {header}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className={styles.sample}>
        <table>
          <caption className="visually-hidden">First rows of {table.file}</caption>
          <thead>
            <tr>
              {table.headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, SAMPLE_ROWS).map((row, index) => (
              <tr key={index}>
                {table.headers.map((header) => (
                  <td key={header}>{short(row[header] ?? '')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
