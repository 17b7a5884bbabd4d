import styles from './transfer-panels.module.css';

/**
 * How far the checking (or, with `doing="Importing"`, the writing) of an import file has come:
 * a progress bar and "Checking x… 42%".
 */
export function FileCheckProgress({
  fileName,
  fraction,
  doing = 'Checking',
}: {
  fileName: string;
  fraction: number;
  doing?: 'Checking' | 'Importing';
}) {
  const percent = Math.min(100, Math.max(0, Math.floor(fraction * 100)));
  return (
    <div className={styles.checking}>
      <progress aria-label={`${doing} ${fileName}`} max={100} value={percent} />
      <p role="status">
        {doing} {fileName}… {percent}%
      </p>
    </div>
  );
}
