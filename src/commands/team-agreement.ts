import { setsRepo } from '../db/sets-repo';
import { transferRepo } from '../db/transfer-repo';
import { computeTeamAgreement as compute } from '../domain/agreement/team-report';
import type { TeamReport } from '../domain/agreement/team-types';
import { runCommand, type CommandResult } from './run';
import { loadAllArticles } from './transfer';

/**
 * The agreement of the chosen coders' layers, computed from one consistent snapshot of the
 * database and the texts of every article. The agreement math loads with it.
 */
export function computeTeamAgreement(
  coderIds: readonly string[],
): Promise<CommandResult<TeamReport>> {
  return runCommand(
    'Computing the agreement',
    async () => {
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
      return compute({
        articles: articles.map((a) => ({ ...a, outlet: a.source })),
        coders,
        tags: snapshot.tags,
        sets,
      });
    },
    { report: 'caller' },
  );
}
