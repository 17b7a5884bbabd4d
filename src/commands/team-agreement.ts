import { setsRepo } from '../db/sets-repo';
import { transferRepo } from '../db/transfer-repo';
import type { TeamReport } from '../domain/agreement/team-types';
import { runCommand, type CommandResult } from './run';
import { computeAgreementOffThread } from './team-agreement-compute';
import { loadAllArticles } from './transfer';

/** Where a computation stands: reading the data, then comparing this many annotations. */
export type AgreementStage = { step: 'reading' } | { step: 'comparing'; annotations: number };

/**
 * The agreement of the chosen coders' layers, computed from one consistent snapshot of the
 * database and the texts of every article, in a worker where there is one (team-agreement-compute).
 * `onStage` hears where it stands.
 */
export function computeTeamAgreement(
  coderIds: readonly string[],
  onStage?: (stage: AgreementStage) => void,
): Promise<CommandResult<TeamReport>> {
  return runCommand(
    'Computing the agreement',
    async () => {
      onStage?.({ step: 'reading' });
      const [snapshot, articles, sets] = await Promise.all([
        transferRepo.snapshot(),
        loadAllArticles(),
        setsRepo.list(),
      ]);
      const coders = coderIds.flatMap((id) => {
        const coder = snapshot.coders.find((c) => c.id === id);
        if (!coder) return [];
        const annotations = snapshot.annotations.filter((a) => a.coderId === id);
        return [{ id, name: coder.name, annotations }];
      });
      onStage?.({
        step: 'comparing',
        annotations: coders.reduce((sum, c) => sum + c.annotations.length, 0),
      });
      return computeAgreementOffThread({
        articles: articles.map((a) => ({ ...a, outlet: a.source })),
        coders,
        tags: snapshot.tags,
        sets,
      });
    },
    { report: 'caller' },
  );
}
