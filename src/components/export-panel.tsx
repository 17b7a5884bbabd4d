import { useState } from 'react';
import { emptyFilters, type AnnotationFilters } from '../domain/annotations/filter';
import type { ExportKind } from '../domain/formats/file-name';
import { useExport } from '../hooks/use-export';
import { downloadText } from './download';
import { SetFilterSelect } from './set-filter-select';
import styles from './transfer-panels.module.css';

const buttons: { kind: ExportKind; label: string; what: string }[] = [
  {
    kind: 'native',
    label: 'Download native JSON',
    what: 'full backup: tags, annotations, memos and your documents',
  },
  {
    kind: 'w3c',
    label: 'Download W3C JSON-LD',
    what: 'Web Annotation Data Model, offsets in code points',
  },
  {
    kind: 'doccano',
    label: 'Download doccano JSONL',
    what: 'one line per article, spans in code points',
  },
  { kind: 'csv', label: 'Download CSV', what: 'one row per annotation and tag, UTF-16 offsets' },
  {
    kind: 'csv-semicolon',
    label: 'CSV for Excel (semicolon)',
    what: 'the same CSV separated by semicolons, for Excel in French or German',
  },
  { kind: 'markdown', label: 'Download Markdown', what: 'quotes and notes to read or share' },
  {
    kind: 'refi',
    label: 'Download REFI-QDA project',
    what: '.qdpx for NVivo, ATLAS.ti, MAXQDA, QualCoder; positions in code points',
  },
  { kind: 'refi-codebook', label: 'Download REFI-QDA codebook', what: '.qdc: the tags only' },
  {
    kind: 'codebook-csv',
    label: 'Download codebook CSV',
    what: 'tags as Taguette writes them: Parent/Child, description, colour',
  },
];

interface Props {
  /** Filters from the All annotations view, when the export was asked for from there. */
  filter: AnnotationFilters | null;
  /** The set the export is narrowed to ('' for every article), kept in the URL. */
  setId?: string;
  onSetChange?: (setId: string) => void;
}

/** The export buttons; each builds its file on demand and starts a real download. */
export function ExportPanel({ filter, setId = '', onSetChange }: Props) {
  const [scope, setScope] = useState<'all' | 'filtered'>(filter ? 'filtered' : 'all');
  const [groupBy, setGroupBy] = useState<'article' | 'tag'>('article');
  const { state, run } = useExport((file) => downloadText(file.fileName, file.content, file.type));
  const busy = state.step === 'working';
  const scoped = scope === 'filtered' && filter ? filter : undefined;
  // A set narrows whichever scope is chosen to its articles: their annotations, memos and documents.
  const exportFilter = setId ? { ...(scoped ?? emptyFilters), sets: [setId] } : scoped;

  return (
    <section className={styles.panel} aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className={styles.hint}>
        Every file says which offset unit it uses. Nothing leaves your browser except the file you
        save.
      </p>
      {filter ? (
        <fieldset className={styles.row}>
          <legend className="visually-hidden">What to export</legend>
          <label>
            <input
              type="radio"
              name="scope"
              checked={scope === 'filtered'}
              onChange={() => setScope('filtered')}
            />
            Only the annotations matching the filters
          </label>
          <label>
            <input
              type="radio"
              name="scope"
              checked={scope === 'all'}
              onChange={() => setScope('all')}
            />
            Everything
          </label>
        </fieldset>
      ) : null}
      {onSetChange ? (
        <SetFilterSelect className={styles.row} value={setId} onChange={onSetChange} />
      ) : null}
      <ul className={styles.exports}>
        {buttons.map(({ kind, label, what }) => (
          <li key={kind}>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void run(kind, {
                  filter: exportFilter,
                  groupBy,
                })
              }
            >
              {label}
            </button>
            <span className={styles.what}>{what}</span>
            {kind === 'markdown' ? (
              <label className={styles.inline}>
                grouped by
                <select
                  className="field"
                  value={groupBy}
                  onChange={(e) => setGroupBy(e.target.value as 'article' | 'tag')}
                >
                  <option value="article">article</option>
                  <option value="tag">tag</option>
                </select>
              </label>
            ) : null}
          </li>
        ))}
      </ul>
      {state.step === 'working' ? (
        <p role="status">
          Preparing the file…{' '}
          {state.total > 0 ? (
            <progress max={state.total} value={state.done} aria-label="Export progress">
              {Math.round((100 * state.done) / state.total)}%
            </progress>
          ) : null}
        </p>
      ) : state.step === 'done' ? (
        <p role="status" className={styles.ok}>
          Saved {state.fileName} ({state.count.toLocaleString('en')} annotations).
        </p>
      ) : state.step === 'error' ? (
        <p role="alert" className={styles.alert}>
          The export failed: {state.message}
        </p>
      ) : null}
    </section>
  );
}
