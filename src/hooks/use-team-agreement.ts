import { useCallback, useState } from 'react';
import { transferRepo } from '../db/transfer-repo';
import type { TeamReport } from '../domain/agreement/team-types';
import { loadAllArticles } from './transfer';

export type TeamAgreementState =
  | { step: 'idle' }
  | { step: 'computing' }
  | { step: 'ready'; report: TeamReport }
  | { step: 'error'; message: string };

/**
 * The agreement of the chosen coders' layers, computed on request from one consistent
 * snapshot of the database and the texts of every article.
 */
export function useTeamAgreement() {
  const [state, setState] = useState<TeamAgreementState>({ step: 'idle' });
  const compute = useCallback(async (coderIds: readonly string[]) => {
    setState({ step: 'computing' });
    try {
      const [{ computeTeamAgreement }, snapshot, articles] = await Promise.all([
        import('../domain/agreement/team-report'),
        transferRepo.snapshot(),
        loadAllArticles(),
      ]);
      const coders = coderIds.flatMap((id) => {
        const coder = snapshot.coders.find((c) => c.id === id);
        if (!coder) return [];
        const annotations = snapshot.annotations.filter((a) => a.coderId === id);
        return [{ id, name: coder.name, annotations }];
      });
      const report = computeTeamAgreement({
        articles: articles.map((a) => ({ ...a, outlet: a.source })),
        coders,
        tags: snapshot.tags,
      });
      setState({ step: 'ready', report });
    } catch (error) {
      setState({ step: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);
  return { state, compute };
}
