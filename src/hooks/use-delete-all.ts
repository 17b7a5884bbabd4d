import { transferRepo } from '../db/transfer-repo';
import { useAppStore } from '../store';
import { gatherExport } from './transfer';

/** Builds a full native backup file (for "Download a backup first"). */
export async function buildBackup(): Promise<{ fileName: string; content: string; type: string }> {
  const [{ buildExport }, input] = await Promise.all([
    import('../domain/formats/export-entry'),
    gatherExport(),
  ]);
  return buildExport('native', input, { markdown: { groupBy: 'article' } });
}

/**
 * Deletes every annotation, tag, memo and user document in one transaction, and forgets the
 * undo history (whose steps would point at records that are gone).
 */
export async function deleteAllData(): Promise<void> {
  await transferRepo.clearAll();
  useAppStore.setState({ past: [], future: [], activeAnnotationId: null });
}
