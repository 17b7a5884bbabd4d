import { getDb, openDb } from '../db';
import { listOverrides } from '../db/overrides-read';
import type { TeamReport } from '../domain/agreement/team-types';
import { applyOverrides } from '../domain/corpus/overrides';
import { useAppStore } from '../store';
import { withTexts } from './corpus';
import { runCommand, type CommandResult } from './run';
import type { ComputeProgress } from './team-agreement-compute';
import { readAgreementInput } from './team-agreement-read';

/**
 * Where a computation stands: reading the data; comparing this many annotations (so many
 * articles of all done); taking in the report's rows.
 */
export type AgreementStage =
  | { step: 'reading' }
  | { step: 'comparing'; annotations: number; done?: number; total?: number }
  | { step: 'receiving'; done: number; total: number };

/** The bundled articles, with the user's metadata edits and their texts. */
async function bundledArticles() {
  await useAppStore.getState().loadManifest();
  const manifest = useAppStore.getState().manifest;
  if (manifest.status !== 'ready')
    throw new Error('The library could not be loaded, so its articles are missing.');
  return withTexts(applyOverrides(manifest.value.articles, await listOverrides()));
}

/**
 * The agreement of the chosen coders' layers, computed from one consistent snapshot of the
 * database and the texts of every article. With a worker and the database in IndexedDB the
 * worker reads the layers and texts itself, so the page never holds them (team-agreement.worker);
 * otherwise they are read here. `onStage` hears where it stands.
 */
export function computeTeamAgreement(
  coderIds: readonly string[],
  onStage?: (stage: AgreementStage) => void,
): Promise<CommandResult<TeamReport>> {
  return runCommand(
    'Computing the agreement',
    async () => {
      onStage?.({ step: 'reading' });
      const bundled = await bundledArticles();
      const inWorker = typeof Worker !== 'undefined';
      const onProgress = (progress: ComputeProgress) => onStage?.(progress);
      if (inWorker && (await openDb()) === 'indexeddb') {
        const { computeAgreementInWorker } = await import('./team-agreement-compute');
        return computeAgreementInWorker(
          { read: { dbName: getDb().name, coderIds: [...coderIds], bundled } },
          onProgress,
        );
      }
      const { input, annotations } = await readAgreementInput(getDb(), coderIds, bundled);
      onStage?.({ step: 'comparing', annotations });
      if (inWorker) {
        const { computeAgreementInWorker } = await import('./team-agreement-compute');
        return computeAgreementInWorker({ input }, onProgress);
      }
      const { computeTeamAgreement: compute } = await import('../domain/agreement/team-report');
      return compute(input);
    },
    { report: 'caller' },
  );
}
