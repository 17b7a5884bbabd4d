import { lazy, Suspense } from 'react';
import { useStorageStatus } from '../hooks/use-storage-status';
import styles from './storage-banner.module.css';

const messages = {
  versionChanged: 'Gloss was updated in another tab. Reload this tab to keep working.',
  blocked:
    'Gloss needs to update its storage but another tab is holding it open. Close other Gloss tabs, then reload.',
  memory:
    'Your browser is not letting Gloss store data. You can read and annotate, but nothing will be kept after you close this tab.',
  unavailable:
    'Gloss could not open its storage in this browser, so nothing can be saved. Reload to try again.',
} as const;

const LostStorageBanner = lazy(() => import('./lost-storage-banner'));

function ReloadButton() {
  return (
    <button type="button" className="button" onClick={() => window.location.reload()}>
      Reload
    </button>
  );
}

/** Tells the user, below the header, when their work is not (or no longer) being stored. */
export function StorageBanner() {
  const status = useStorageStatus();
  const { mode, versionChanged, blocked, lost } = status;
  if (lost) {
    return (
      <div className={styles.banners}>
        <Suspense fallback={null}>
          <LostStorageBanner status={status} />
        </Suspense>
      </div>
    );
  }
  if (!versionChanged && !blocked && mode !== 'memory' && mode !== 'unavailable') return null;
  return (
    <div className={styles.banners}>
      {versionChanged ? (
        <div role="alert" className={`${styles.banner} ${styles.urgent}`}>
          <p>{messages.versionChanged}</p>
          <ReloadButton />
        </div>
      ) : null}
      {blocked && !versionChanged ? (
        <div role="alert" className={`${styles.banner} ${styles.urgent}`}>
          <p>{messages.blocked}</p>
        </div>
      ) : null}
      {mode === 'memory' ? (
        <div role="alert" className={styles.banner}>
          <p>{messages.memory}</p>
        </div>
      ) : null}
      {mode === 'unavailable' ? (
        <div role="alert" className={`${styles.banner} ${styles.urgent}`}>
          <p>{messages.unavailable}</p>
          <ReloadButton />
        </div>
      ) : null}
    </div>
  );
}
