import type { ImportProgress } from '../commands/corpus-import';
import styles from './import-articles.module.css';

/** How far an import has come, as a progress bar and in words. */
export function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  const words =
    progress === null
      ? 'Starting the import…'
      : progress.phase === 'saving'
        ? `Saving ${total.toLocaleString('en')} articles…`
        : `Prepared ${done.toLocaleString('en')} of ${total.toLocaleString('en')} articles…`;
  return (
    <div>
      <progress
        className={styles.progress}
        aria-label="Import progress"
        max={Math.max(total, 1)}
        value={done}
      />
      <p role="status">{words}</p>
    </div>
  );
}
