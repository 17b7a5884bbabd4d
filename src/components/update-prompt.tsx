import { useServiceWorkerUpdate } from '../hooks/use-service-worker';
import styles from './update-prompt.module.css';

/**
 * Offers the new version once its service worker is waiting. Nothing changes
 * until the reader chooses "Reload", so an open note is never cut short.
 */
export function UpdatePrompt() {
  const { updateAvailable, reload } = useServiceWorkerUpdate();
  if (!updateAvailable) return null;
  return (
    <div className={styles.frame}>
      <div role="status" className={styles.prompt}>
        <p>A new version is available —</p>
        <button type="button" className="button" onClick={reload}>
          Reload
        </button>
      </div>
    </div>
  );
}
