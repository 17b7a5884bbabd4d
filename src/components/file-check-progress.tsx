import styles from './transfer-panels.module.css';

/** How far the checking of an import file has come: a progress bar and "Checking x… 42%". */
export function FileCheckProgress({ fileName, fraction }: { fileName: string; fraction: number }) {
  const percent = Math.min(100, Math.max(0, Math.floor(fraction * 100)));
  return (
    <div className={styles.checking}>
      <progress aria-label={`Checking ${fileName}`} max={100} value={percent} />
      <p role="status">
        Checking {fileName}… {percent}%
      </p>
    </div>
  );
}
