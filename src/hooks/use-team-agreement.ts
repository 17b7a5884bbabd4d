import { startTransition, useCallback, useState } from 'react';
import type { TeamReport } from '../domain/agreement/team-types';
import type { AgreementStage } from '../commands/team-agreement';

export type TeamAgreementState =
  | { step: 'idle' }
  | { step: 'computing'; stage: AgreementStage }
  | { step: 'ready'; report: TeamReport }
  | { step: 'error'; message: string };

/** The agreement of the chosen coders' layers, computed on request (see commands/team-agreement). */
export function useTeamAgreement() {
  const [state, setState] = useState<TeamAgreementState>({ step: 'idle' });
  const compute = useCallback(async (coderIds: readonly string[]) => {
    setState({ step: 'computing', stage: { step: 'reading' } });
    const { computeTeamAgreement } = await import('../commands/team-agreement');
    const result = await computeTeamAgreement(coderIds, (stage) =>
      setState({ step: 'computing', stage }),
    );
    // A report of ten thousand articles renders in slices the page can paint between.
    startTransition(() =>
      setState(
        result.ok
          ? { step: 'ready', report: result.value }
          : { step: 'error', message: result.message },
      ),
    );
  }, []);
  return { state, compute };
}
