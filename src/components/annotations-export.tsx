import { useId, useState } from 'react';
import type { AnnotationFilters } from '../domain/annotations/filter';
import type { ExportKind } from '../domain/formats/file-name';
import { useExport } from '../hooks/use-export';
import { downloadText } from './download';
import styles from './annotations-export.module.css';

type Choice = ExportKind | 'markdown-tag';

const formats: { value: Choice; label: string }[] = [
  { value: 'csv', label: 'CSV' },
  { value: 'markdown', label: 'Markdown, by article' },
  { value: 'markdown-tag', label: 'Markdown, by tag' },
  { value: 'w3c', label: 'W3C JSON-LD' },
  { value: 'doccano', label: 'doccano JSONL' },
  { value: 'native', label: 'Native JSON' },
];

interface Props {
  filters: AnnotationFilters;
  /** How many annotations the filters show: what the file will hold. */
  count: number;
}

/** "Export" on /annotations: the annotations the filters show, in a chosen format. */
export function AnnotationsExport({ filters, count }: Props) {
  const [format, setFormat] = useState<Choice>('csv');
  const id = useId();
  const { state, run } = useExport((file) => downloadText(file.fileName, file.content, file.type));
  const exportNow = () => {
    const kind: ExportKind = format === 'markdown-tag' ? 'markdown' : format;
    void run(kind, { filter: filters, groupBy: format === 'markdown-tag' ? 'tag' : 'article' });
  };
  return (
    <div className={styles.export}>
      <label htmlFor={id}>Export format</label>
      <select
        id={id}
        className="field"
        value={format}
        onChange={(e) => setFormat(e.target.value as Choice)}
      >
        {formats.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        disabled={count === 0 || state.step === 'working'}
        onClick={exportNow}
      >
        Export {count === 1 ? '1 annotation' : `${count.toLocaleString('en')} annotations`}
      </button>
      <span role="status" className={styles.status}>
        {state.step === 'done'
          ? `Saved ${state.fileName} (${state.count.toLocaleString('en')} annotations).`
          : state.step === 'error'
            ? `The export failed: ${state.message}`
            : state.step === 'working'
              ? 'Preparing the file…'
              : ''}
      </span>
    </div>
  );
}
