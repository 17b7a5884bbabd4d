import { useState } from 'react';
import { saveAgain } from '../db';
import type { StorageStatus } from '../hooks/use-storage-status';
import { useExport } from '../hooks/use-export';
import { downloadText } from './download';
import styles from './storage-banner.module.css';

export const DELETED_KEPT =
  'Gloss’s storage was deleted in another tab. Everything this tab showed is still here, but only until you close it: save it again, or download a backup.';
export const DELETED_GONE =
  'Gloss’s storage was deleted in another tab, and what this tab showed could not be kept. Reload to start again.';
export const CLOSED =
  'The browser closed Gloss’s storage while this tab was open (site data was cleared, or the disk failed). Changes made here can no longer be saved: copy any note you are writing, then reload.';

/**
 * What to do when the database went away while the tab was open (see docs/architecture.md
 * "Persistence"). Loaded only then, so the first screen does not carry it.
 */
export default function LostStorageBanner({ status }: { status: StorageStatus }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { state, run } = useExport((file) => downloadText(file.fileName, file.content, file.type));
  const kept = status.lost === 'deleted' && status.mode === 'memory';
  const message = status.lost === 'closed' ? CLOSED : kept ? DELETED_KEPT : DELETED_GONE;

  async function save() {
    setSaving(true);
    setProblem(null);
    try {
      await saveAgain();
    } catch (error) {
      setProblem(`Saving again failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div role="alert" className={`${styles.banner} ${styles.urgent}`}>
      <p>{message}</p>
      {kept ? (
        <>
          <button type="button" className="button" disabled={saving} onClick={() => void save()}>
            {saving ? 'Saving…' : 'Save it again'}
          </button>
          <button
            type="button"
            className="button"
            disabled={state.step === 'working'}
            onClick={() => void run('native')}
          >
            Download a backup
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      )}
      {problem ? <p>{problem}</p> : null}
      {state.step === 'error' ? <p>Download failed: {state.message}</p> : null}
    </div>
  );
}
