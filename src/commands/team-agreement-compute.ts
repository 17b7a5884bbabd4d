import type { TeamAgreementInput } from '../domain/agreement/team-report';
import type { TeamReport } from '../domain/agreement/team-types';
import type { TeamAgreementReply } from './team-agreement-protocol';

/**
 * Computes the team agreement report in a Web Worker, so that the page stays responsive and its
 * "Computing" status paints while a large study is compared. Where workers are missing (tests,
 * old browsers) it is computed here.
 * @throws Error with the computation's message
 */
export async function computeAgreementOffThread(input: TeamAgreementInput): Promise<TeamReport> {
  if (typeof Worker === 'undefined') {
    const { computeTeamAgreement } = await import('../domain/agreement/team-report');
    return computeTeamAgreement(input);
  }
  const worker = new Worker(new URL('./team-agreement.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gloss-agreement',
  });
  try {
    return await new Promise<TeamReport>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<TeamAgreementReply>) => {
        const reply = event.data;
        if (reply.type === 'done') resolve(reply.report);
        else reject(new Error(reply.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message || 'the agreement worker stopped'));
      };
      worker.postMessage(input);
    });
  } finally {
    worker.terminate();
  }
}
