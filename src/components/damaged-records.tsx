import { useId } from 'react';
import { deleteDamagedRecord, useDamagedRecords } from '../hooks/use-damaged-records';
import { downloadText } from './download';
import { formatCount } from './format';

const TABLE_NAMES = {
  annotations: 'annotation',
  tags: 'tag',
  memos: 'memo',
  articles: 'document',
} as const;

/**
 * Damaged records in this browser's storage: each can be downloaded exactly as stored, or
 * deleted. Every view works without them meanwhile, and the native backup carries them raw.
 */
export function DamagedRecords() {
  const damaged = useDamagedRecords();
  const headingId = useId();
  if (damaged.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{formatCount(damaged.length, 'damaged record')}</h2>
      <p role="status">
        {damaged.length === 1 ? '1 damaged record' : `${damaged.length} damaged records`}: download
        {damaged.length === 1 ? ' it' : ' them'} raw, or delete{' '}
        {damaged.length === 1 ? 'it' : 'them'}. Everything else works as usual, and the native
        backup includes {damaged.length === 1 ? 'it' : 'them'} raw.
      </p>
      <ul>
        {damaged.map((record) => {
          const name = `${TABLE_NAMES[record.table]} ${record.key}`;
          return (
            <li key={`${record.table}-${record.key}`}>
              <span>
                {name}: {record.problem}
              </span>{' '}
              <button
                type="button"
                className="button"
                aria-label={`Download ${name} raw`}
                onClick={() =>
                  downloadText(
                    `gloss-damaged-${TABLE_NAMES[record.table]}.json`,
                    `${JSON.stringify(record.raw, null, 2)}\n`,
                    'application/json',
                  )
                }
              >
                Download raw
              </button>{' '}
              <button
                type="button"
                className="button"
                aria-label={`Delete ${name}`}
                onClick={() => void deleteDamagedRecord(record)}
              >
                Delete
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
