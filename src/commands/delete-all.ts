import { transferRepo } from '../db/transfer-repo';
import type { BuiltExport } from '../domain/formats/export-entry';
import { useAppStore } from '../store';
import { runCommand, type CommandResult } from './run';
import { gatherExport } from './transfer';

/** Builds a full native backup file (for "Download a backup first"). */
export async function buildBackup(): Promise<CommandResult<BuiltExport>> {
  return runCommand(
    'The backup',
    async () => {
      const [{ buildExport }, input] = await Promise.all([
        import('../domain/formats/export-entry'),
        gatherExport(),
      ]);
      return buildExport('native', input, { markdown: { groupBy: 'article' } });
    },
    { report: 'caller' },
  );
}

/**
 * Deletes every annotation, tag, memo and user document in one transaction, and forgets the
 * undo history (whose steps would point at records that are gone). Not undoable: the dialog
 * offers a backup first.
 */
export async function deleteAllData(): Promise<CommandResult<void>> {
  const result = await runCommand('Deleting all data', () => transferRepo.clearAll(), {
    report: 'caller',
  });
  if (result.ok) useAppStore.setState({ past: [], future: [] });
  return result;
}
