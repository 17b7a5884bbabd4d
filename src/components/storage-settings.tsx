import {
  usePersistence,
  type PersistenceState,
  type PersistenceView,
} from '../hooks/use-persistence';
import { useStorageStatus, type StorageStatus } from '../hooks/use-storage-status';
import { formatBytes } from './format-bytes';
import styles from './storage-settings.module.css';

const whereLabels: Record<StorageStatus['mode'], string> = {
  pending: 'Checking…',
  indexeddb: 'IndexedDB in this browser',
  memory: 'Memory only: nothing is kept after you close this tab',
  unavailable: 'Nowhere: this browser does not let Gloss store data',
};

const persistenceLabels: Record<PersistenceView, string> = {
  persistent: 'Persistent: the browser will not clear your data under storage pressure',
  'not-persistent':
    'Not persistent (the browser may clear it when space runs low) — download backups regularly',
  'not-asked': 'Not asked yet (asked after your first annotation)',
};

const answerLabels: Record<PersistenceState, string> = {
  granted: 'The browser agreed to keep your data.',
  denied:
    'The browser declined. It may agree later (for example once Gloss is bookmarked or installed); until then, download backups regularly.',
  unsupported: 'This browser cannot make storage persistent. Download backups regularly.',
};

/** The "Storage" section of Settings: where data lives, whether it is persistent, space used. */
export function StorageSettings() {
  const { mode } = useStorageStatus();
  const { info, asking, answer, ask } = usePersistence();
  const stored = mode === 'indexeddb';

  return (
    <section className={styles.section} aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      <dl className={styles.facts}>
        <div>
          <dt>Where your data lives</dt>
          <dd>{whereLabels[mode]}</dd>
        </div>
        {stored && info.status === 'ready' ? (
          <>
            <div>
              <dt>Persistence</dt>
              <dd>{persistenceLabels[info.persistence]}</dd>
            </div>
            {info.use ? (
              <div>
                <dt>Space</dt>
                <dd>
                  Using {formatBytes(info.use.usage)} of {formatBytes(info.use.quota)}
                </dd>
              </div>
            ) : null}
          </>
        ) : null}
      </dl>
      {stored && info.status === 'loading' ? <p>Reading storage details…</p> : null}
      {info.status === 'error' ? (
        <p role="alert" className={styles.error}>
          Storage details could not be read: {info.message}
        </p>
      ) : null}
      {stored ? (
        <div className={styles.actions}>
          <button type="button" className="button" onClick={() => void ask()} disabled={asking}>
            Ask for persistent storage
          </button>
          <p role="status" className={styles.answer}>
            {answer ? answerLabels[answer] : ''}
          </p>
        </div>
      ) : null}
    </section>
  );
}
